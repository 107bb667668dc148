"""The demo's content: the UNHCR-OIC joint action plan 2022-2025 (see DOMAIN.md).

Facts about the plan are recorded as they are known and nothing more: the signing day is
unknown (the date is held to the year), the earlier plans exist but their details are not
given. The activities are illustrative samples and say so in their notes.

Every record has a fixed key; :mod:`desktop.services.demo` turns each key into a UUID (uuid5)
so that loading the demo twice finds what the first load created.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.dates import PartialDate
from desktop.domain.kinds import ActivityKind as K
from desktop.domain.kinds import ActivityStatus as S

REFERENCE = "UNHCR-OIC/JAP/2022-2025"
PREVIOUS_REFERENCE = "UNHCR-OIC/JAP/PREVIOUS"

UNHCR = {
    "name_ar": "المفوضية السامية للأمم المتحدة لشؤون اللاجئين",
    "name_en": "Office of the United Nations High Commissioner for Refugees",
    "acronym": "UNHCR",
    "country": "سويسرا / Switzerland",
}
OIC = {
    "name_ar": "منظمة التعاون الإسلامي",
    "name_en": "Organisation of Islamic Cooperation",
    "acronym": "OIC",
    "country": "المملكة العربية السعودية / Saudi Arabia",
}

KHALIFA = {
    "name_ar": "خالد خليفة",
    "name_en": "Khaled Khalifa",
    "position_ar": "مستشار المفوض السامي وممثل المفوضية لدى دول مجلس التعاون الخليجي",
    "position_en": (
        "Advisor to the High Commissioner and UNHCR Representative to the Gulf Cooperation Council countries"
    ),
}
BAKHEET = {
    "name_ar": "طارق علي بخيت",
    "name_en": "Tariq Ali Bakheet",
    "honorific_ar": "معالي السفير",
    "honorific_en": "H.E. Ambassador",
    "position_ar": "الأمين العام المساعد للشؤون الإنسانية والثقافية والاجتماعية",
    "position_en": "OIC Assistant Secretary-General for Humanitarian, Cultural and Social Affairs",
}

PLAN = {
    "title_ar": "خطة العمل المشتركة بين المفوضية السامية للأمم المتحدة لشؤون اللاجئين ومنظمة التعاون الإسلامي 2022-2025",
    "title_en": "UNHCR–OIC Joint Action Plan 2022–2025",
    "signing_place_ar": "مقر منظمة التعاون الإسلامي في جدة",
    "signing_place_en": "OIC headquarters, Jeddah",
    "purpose_ar": (
        "تعزيز التعاون الإنساني والشراكة الاستراتيجية بين المفوضية ومنظمة التعاون الإسلامي لدعم "
        "المهجرين قسرا، ومساندة الدول الأعضاء في المنظمة التي تستضيف اللاجئين في مواجهة التحديات "
        "التي تعترضها. وتبني الخطة على ما تحقق في خطط العمل المشتركة السابقة."
    ),
    "purpose_en": (
        "To deepen humanitarian cooperation and the strategic partnership between UNHCR and the OIC "
        "in support of people forced to flee their homes, and to help the OIC member states that host "
        "refugees meet the challenges they face. The plan builds on what the previous joint action "
        "plans achieved."
    ),
}

PREVIOUS_PLAN = {
    "title_ar": "خطط العمل المشتركة السابقة بين المفوضية ومنظمة التعاون الإسلامي",
    "title_en": "Previous UNHCR–OIC joint action plan(s)",
    "purpose_ar": (
        "خطط العمل المشتركة التي سبقت خطة 2022-2025 وبنت عليها. تفاصيلها (عددها وتواريخها "
        "والموقعون عليها ومضمونها) غير مسجلة في هذا السجل."
    ),
    "purpose_en": (
        "The joint action plans that preceded the 2022–2025 plan, which builds on them. Their details "
        "(how many there were, dates, signatories, content) are not recorded in this register."
    ),
}

# The four objectives, in the plan's order: (Arabic, English).
OBJECTIVES: list[tuple[str, str]] = [
    (
        "إيجاد سبل أفضل لمواجهة التحديات الناجمة عن التهجير القسري",
        "Find better ways to meet the challenges that forced displacement creates.",
    ),
    (
        "تعزيز تقاسم الأعباء والمسؤوليات بين الدول الأعضاء في منظمة التعاون الإسلامي",
        "Promote the sharing of burdens and responsibilities among OIC member states.",
    ),
    (
        "دعم الحماية والمساعدة المقدمة لأشد مجتمعات اللاجئين والنازحين ضعفا",
        "Support protection and assistance for the most vulnerable refugee and displaced communities.",
    ),
    (
        "حشد الموارد بطرق مبتكرة، ومنها أدوات التمويل الإسلامي",
        "Mobilise resources in innovative ways, including Islamic finance instruments.",
    ),
]

# Khalifa's words at the signing, paraphrased (reported speech, not a quotation).
STATEMENT = (
    "أشاد خالد خليفة بعمق الشراكة بين المنظمتين، وأعرب عن أمله في أن تسهم الخطة في لفت الانتباه إلى "
    "الاحتياجات الإنسانية والتنموية الكبيرة للاجئين والنازحين وفي حشد مزيد من الدعم لهم.",
    "Khaled Khalifa commended how deep the partnership between the two organisations has grown, and "
    "said he hoped the plan would draw attention to the vast humanitarian and development needs of "
    "refugees and displaced people and rally more support for them.",
)


@dataclass(frozen=True)
class MilestoneData:
    key: str
    date: PartialDate
    title_ar: str
    title_en: str
    description_ar: str
    description_en: str
    previous_plan: bool = False  # linked to the previous plan(s) record


MILESTONES = [
    MilestoneData(
        "1988", PartialDate(1988),
        "بداية الشراكة الاستراتيجية بين المفوضية ومنظمة التعاون الإسلامي",
        "The UNHCR–OIC strategic partnership begins",
        "بدأت في هذا العام الشراكة الاستراتيجية بين المنظمتين.",
        "The strategic partnership between the two organisations started this year.",
    ),
    MilestoneData(
        "2012-ashgabat", PartialDate(2012),
        "المؤتمر الوزاري الدولي حول اللاجئين في العالم الإسلامي، عشق أباد",
        "International ministerial conference “Refugees in the Muslim World”, Ashgabat",
        "عقد المؤتمر في عشق أباد بتركمانستان، وصدر عنه إعلان عشق أباد.",
        "Held in Ashgabat, Turkmenistan; the conference adopted the Ashgabat Declaration.",
    ),
    MilestoneData(
        "2014-11-committee", PartialDate(2014, 11),
        "الاتفاق على تشكيل لجنة مشتركة وإعداد خطط عمل",
        "Agreement to form a joint committee and prepare action plans",
        "اتفق الجانبان على تشكيل لجنة مشتركة لتعزيز التعاون وإعداد خطط عمل في المجالات ذات الاهتمام المشترك.",
        "The two sides agreed to form a joint committee to strengthen cooperation and to prepare "
        "action plans on matters of common interest.",
        previous_plan=True,
    ),
]

ILLUSTRATIVE_NOTE = (
    "Illustrative sample activity, not a record of a real event.\n"
    "نشاط توضيحي للعرض فقط، وليس سجلا لحدث حقيقي."
)
OUTSIDE_PERIOD_NOTE = (
    "Deliberately dated after the plan's period (2022–2025): a closing review set once the period ended.\n"
    "مؤرخ عمدا بعد انتهاء مدة الخطة (2022-2025): اجتماع مراجعة ختامي حدد بعد انتهاء المدة."
)

# Places in OIC member states: key -> (place, country).
PLACES: dict[str, tuple[str, str]] = {
    "jeddah": ("جدة / Jeddah", "المملكة العربية السعودية / Saudi Arabia"),
    "amman": ("عمان / Amman", "الأردن / Jordan"),
    "istanbul": ("إسطنبول / Istanbul", "تركيا / Türkiye"),
    "dakar": ("داكار / Dakar", "السنغال / Senegal"),
    "kampala": ("كمبالا / Kampala", "أوغندا / Uganda"),
    "islamabad": ("إسلام آباد / Islamabad", "باكستان / Pakistan"),
    "cairo": ("القاهرة / Cairo", "مصر / Egypt"),
    "rabat": ("الرباط / Rabat", "المغرب / Morocco"),
    "dhaka": ("دكا / Dhaka", "بنغلاديش / Bangladesh"),
    "coxs_bazar": ("كوكس بازار / Cox's Bazar", "بنغلاديش / Bangladesh"),
    "kuala_lumpur": ("كوالالمبور / Kuala Lumpur", "ماليزيا / Malaysia"),
    "mogadishu": ("مقديشو / Mogadishu", "الصومال / Somalia"),
    "ndjamena": ("نجامينا / N'Djamena", "تشاد / Chad"),
    "niamey": ("نيامي / Niamey", "النيجر / Niger"),
    "baku": ("باكو / Baku", "أذربيجان / Azerbaijan"),
    "doha": ("الدوحة / Doha", "قطر / Qatar"),
    "nouakchott": ("نواكشوط / Nouakchott", "موريتانيا / Mauritania"),
    "online": ("عن بعد / Online", ""),
}


@dataclass(frozen=True)
class ActivityData:
    key: str
    kind: K
    status: S
    objective: int | None  # 1-based position in OBJECTIVES
    start: str
    end: str | None
    place: str  # key of PLACES
    participants: int | None
    lead: str  # "UNHCR" or "OIC"
    title_ar: str
    title_en: str
    outside_period: bool = False

    def start_date(self) -> PartialDate:
        return PartialDate.parse(self.start)

    def end_date(self) -> PartialDate | None:
        return PartialDate.parse_optional(self.end)


A = ActivityData
ACTIVITIES: list[ActivityData] = [
    # 2022
    A("01", K.MEETING, S.COMPLETED, 1, "2022-05-10", None, "jeddah", 14, "OIC",
      "اجتماع اللجنة المشتركة لإطلاق برنامج عمل الخطة",
      "Joint committee meeting to launch the plan's work programme"),
    A("02", K.WORKSHOP, S.COMPLETED, 1, "2022-06-14", "2022-06-16", "amman", 35, "UNHCR",
      "ورشة عمل حول الحلول الدائمة للاجئين في المنطقة العربية",
      "Workshop on durable solutions for refugees in the Arab region"),
    A("03", K.LECTURE, S.COMPLETED, 3, "2022-09-21", None, "jeddah", 120, "OIC",
      "محاضرة عن القانون الدولي للاجئين وتقاليد الإجارة في الإسلام",
      "Lecture: international refugee law and the Islamic tradition of asylum"),
    A("04", K.JOINT_FIELD_VISIT, S.COMPLETED, 3, "2022-10-03", "2022-10-06", "kampala", 8, "UNHCR",
      "زيارة ميدانية مشتركة إلى مستوطنات اللاجئين في أوغندا",
      "Joint field visit to refugee settlements in Uganda"),
    A("05", K.CAPACITY_BUILDING, S.COMPLETED, 1, "2022-11-07", "2022-11-10", "istanbul", 28, "UNHCR",
      "دورة تدريبية لموظفي المنظمة في مجال حماية اللاجئين",
      "Refugee protection training course for OIC staff"),
    A("06", K.INFORMATION_EXCHANGE, S.COMPLETED, 2, "2022-12", None, "online", 6, "OIC",
      "تبادل البيانات عن أعداد اللاجئين في الدول الأعضاء لعام 2022",
      "Exchange of data on refugee numbers in member states for 2022"),
    # 2023
    A("07", K.WORKSHOP, S.COMPLETED, 4, "2023-02-20", "2023-02-21", "kuala_lumpur", 40, "UNHCR",
      "ورشة عمل حول أدوات التمويل الإسلامي لدعم اللاجئين",
      "Workshop on Islamic finance instruments for refugee support"),
    A("08", K.LECTURE, S.COMPLETED, 2, "2023-03-15", None, "rabat", 85, "OIC",
      "محاضرة عن تقاسم الأعباء والمسؤوليات في استضافة اللاجئين",
      "Lecture on burden- and responsibility-sharing in hosting refugees"),
    A("09", K.JOINT_FIELD_VISIT, S.COMPLETED, 3, "2023-04-09", "2023-04-12", "coxs_bazar", 10, "UNHCR",
      "زيارة ميدانية مشتركة إلى مخيمات اللاجئين الروهينغا في كوكس بازار",
      "Joint field visit to the Rohingya refugee camps in Cox's Bazar"),
    A("10", K.MEETING, S.COMPLETED, 2, "2023-05", None, "jeddah", 16, "OIC",
      "الاجتماع السنوي للجنة المشتركة لعام 2023",
      "Annual joint committee meeting 2023"),
    A("11", K.OTHER, S.COMPLETED, 1, "2023-06-20", None, "jeddah", 150, "OIC",
      "معرض صور بمناسبة اليوم العالمي للاجئين في مقر المنظمة",
      "World Refugee Day photo exhibition at OIC headquarters"),
    A("12", K.CAPACITY_BUILDING, S.COMPLETED, 3, "2023-07-10", "2023-07-13", "dakar", 30, "UNHCR",
      "تدريب الشركاء المحليين على الوقاية من العنف القائم على النوع الاجتماعي",
      "Training local partners in preventing gender-based violence"),
    A("13", K.INFORMATION_EXCHANGE, S.COMPLETED, 1, "2023-09", "2023-10", "online", 8, "UNHCR",
      "تبادل المعلومات عن حالات النزوح في منطقة الساحل",
      "Information exchange on displacement situations in the Sahel"),
    A("14", K.WORKSHOP, S.COMPLETED, 2, "2023-10-24", "2023-10-25", "islamabad", 45, "OIC",
      "ورشة عمل إقليمية حول دعم الدول المضيفة للاجئين الأفغان",
      "Regional workshop on support to countries hosting Afghan refugees"),
    A("15", K.JOINT_FIELD_VISIT, S.CANCELLED, 3, "2023-11", None, "mogadishu", None, "OIC",
      "زيارة ميدانية مشتركة إلى مواقع النازحين في مقديشو",
      "Joint field visit to displacement sites in Mogadishu"),
    A("16", K.LECTURE, S.CANCELLED, 4, "2023-12-05", None, "cairo", None, "OIC",
      "محاضرة عن الزكاة ودورها في دعم اللاجئين",
      "Lecture on zakat and its role in supporting refugees"),
    # 2024
    A("17", K.CAPACITY_BUILDING, S.COMPLETED, 1, "2024-02-12", "2024-02-15", "amman", 25, "UNHCR",
      "دورة تدريبية حول تسجيل اللاجئين وإدارة بياناتهم",
      "Training course on refugee registration and data management"),
    A("18", K.MEETING, S.COMPLETED, 2, "2024-03-06", None, "doha", 22, "OIC",
      "اجتماع تنسيقي مع الدول الأعضاء المضيفة للاجئين",
      "Coordination meeting with refugee-hosting member states"),
    A("19", K.WORKSHOP, S.COMPLETED, 3, "2024-05-20", "2024-05-22", "ndjamena", 38, "UNHCR",
      "ورشة عمل حول حماية الأطفال اللاجئين في تشاد",
      "Workshop on protecting refugee children in Chad"),
    A("20", K.JOINT_FIELD_VISIT, S.COMPLETED, 3, "2024-07-15", "2024-07-18", "niamey", 9, "OIC",
      "زيارة ميدانية مشتركة إلى مناطق استقبال اللاجئين في النيجر",
      "Joint field visit to refugee-hosting areas in Niger"),
    A("21", K.INFORMATION_EXCHANGE, S.COMPLETED, 4, "2024-09", None, "online", 7, "UNHCR",
      "تبادل الإحاطات حول تمويل الاستجابة للاجئين في الدول الأعضاء",
      "Exchange of briefings on funding the refugee response in member states"),
    A("22", K.LECTURE, S.COMPLETED, 1, "2024-10-08", None, "baku", 70, "UNHCR",
      "محاضرة عن الحلول الدائمة والعودة الطوعية",
      "Lecture on durable solutions and voluntary return"),
    A("23", K.CAPACITY_BUILDING, S.POSTPONED, 4, "2024-11", None, "dhaka", None, "UNHCR",
      "برنامج تدريبي على إعداد مشاريع قابلة للتمويل الإسلامي",
      "Training programme on designing projects for Islamic finance"),
    # 2025
    A("24", K.MEETING, S.COMPLETED, None, "2025-02-18", None, "jeddah", 18, "OIC",
      "اجتماع لمراجعة تنفيذ خطة العمل المشتركة",
      "Review meeting on the joint action plan's implementation"),
    A("25", K.INFORMATION_EXCHANGE, S.ONGOING, 1, "2025-01", None, "online", None, "UNHCR",
      "تبادل فصلي لبيانات النزوح بين المنظمتين",
      "Quarterly exchange of displacement data between the two organisations"),
    A("26", K.CAPACITY_BUILDING, S.ONGOING, 3, "2025-03-01", None, "istanbul", 24, "UNHCR",
      "برنامج توجيه لموظفي اللجوء في الجهات الوطنية",
      "Mentoring programme for national asylum officials"),
    A("27", K.WORKSHOP, S.POSTPONED, 2, "2025-04", None, "nouakchott", None, "OIC",
      "ورشة عمل حول إدماج اللاجئين في خطط التنمية الوطنية",
      "Workshop on including refugees in national development plans"),
    A("28", K.OTHER, S.CANCELLED, None, "2025-06", None, "jeddah", None, "OIC",
      "إصدار كتيب مشترك عن الشراكة بين المفوضية والمنظمة",
      "Joint booklet on the UNHCR–OIC partnership"),
    A("29", K.JOINT_FIELD_VISIT, S.PLANNED, 3, "2025-10", None, "cairo", None, "UNHCR",
      "زيارة ميدانية مشتركة إلى برامج دعم اللاجئين السودانيين في مصر",
      "Joint field visit to programmes supporting Sudanese refugees in Egypt"),
    A("30", K.WORKSHOP, S.PLANNED, 4, "2025-11", None, "doha", None, "OIC",
      "ورشة عمل OIC-UNHCR حول صناديق الزكاة لدعم اللاجئين",
      "OIC–UNHCR workshop on zakat funds for refugees"),
    A("31", K.LECTURE, S.PLANNED, 2, "2025-12", None, "dakar", None, "OIC",
      "محاضرة عن إعلان عشق أباد بعد أكثر من عشر سنوات",
      "Lecture: the Ashgabat Declaration more than ten years on"),
    A("32", K.MEETING, S.PLANNED, None, "2026-01", None, "jeddah", None, "OIC",
      "اجتماع ختامي لتقييم خطة العمل 2022-2025",
      "Closing evaluation meeting of the 2022–2025 action plan", outside_period=True),
]


# -- indicators (issue 23): what the plan measures per objective ----------------------------
@dataclass(frozen=True)
class IndicatorData:
    key: str
    objective: int  # 1-based position in OBJECTIVES
    name_ar: str
    name_en: str
    unit: str
    target: float
    method: str  # a desktop.domain.indicators.Method value
    kinds: tuple[str, ...] = ()
    entries: tuple[tuple[str, float], ...] = ()  # (period, value) entered by hand
    baseline: float = 0.0


INDICATORS: list[IndicatorData] = [
    IndicatorData("trained", 1, "الأشخاص الذين شاركوا في أنشطة التدريب والتوعية",
                  "People reached by training and awareness activities", "", 600, "participants"),
    IndicatorData("states_dialogue", 2, "الدول الأعضاء المشاركة في الحوار حول تقاسم الأعباء",
                  "Member states engaged in burden-sharing dialogue", "", 25, "manual",
                  entries=(("2022", 4), ("2023", 7), ("2024", 5))),
    IndicatorData("states_data", 2, "الدول الأعضاء التي تشملها البيانات المتبادلة",
                  "Member states covered by the data exchanged", "", 30, "reported"),
    IndicatorData("field_visits", 3, "الزيارات الميدانية المشتركة المنجزة",
                  "Joint field visits completed", "", 8, "count", kinds=("joint_field_visit",)),
    IndicatorData("funds", 4, "الأموال المعبأة عبر أدوات التمويل الإسلامي",
                  "Funds mobilised through Islamic finance instruments", "US$ million", 10, "manual",
                  entries=(("2023", 1.5), ("2024", 2.25))),
]

# What an activity reported for an indicator of its objective: activity key -> (indicator key, value)
REPORTED_VALUES: dict[str, tuple[str, float]] = {
    "06": ("states_data", 12),
    "18": ("states_data", 9),
}

# The example plan's attachments (generated when the demo is loaded: services/demo_files.py)
SIGNED_COPY = {
    "title_ar": "النسخة الموقّعة من خطة العمل المشتركة (نسخة توضيحية)",
    "title_en": "Signed copy of the joint action plan (stand-in)",
}
WORKSHOP_PHOTO = {
    "title_ar": "صورة من ورشة عمل مشتركة (توضيحية)",
    "title_en": "Photo of a joint workshop (illustrative)",
}
