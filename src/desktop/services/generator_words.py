"""Words for the synthetic register made by :mod:`desktop.services.generator`.

Arabic and English go together pair by pair, so a generated title reads the same in both
languages. Several Arabic phrases appear in more than one spelling (الأمم/الامم, ة/ه, ى/ي)
because real registers are typed by many hands; search must find them all.
"""

from __future__ import annotations

from desktop.domain.kinds import ActivityKind as K

ORGANIZATIONS: list[tuple[str, str, str, str]] = [
    # (Arabic name, English name, acronym, kind value)
    ("المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "Office of the UN High Commissioner for Refugees", "UNHCR", "un_agency"),
    ("منظمة التعاون الإسلامي", "Organisation of Islamic Cooperation", "OIC", "intergovernmental"),
    ("منظمة الأمم المتحدة للطفولة", "United Nations Children's Fund", "UNICEF", "un_agency"),
    ("برنامج الأغذية العالمي", "World Food Programme", "WFP", "un_agency"),
    ("منظمة الصحة العالمية", "World Health Organization", "WHO", "un_agency"),
    ("المنظمة الدولية للهجرة", "International Organization for Migration", "IOM", "un_agency"),
    ("برنامج الأمم المتحدة الإنمائي", "United Nations Development Programme", "UNDP", "un_agency"),
    ("جامعة الدول العربية", "League of Arab States", "LAS", "intergovernmental"),
    ("البنك الإسلامي للتنمية", "Islamic Development Bank", "IsDB", "intergovernmental"),
    ("مجلس التعاون لدول الخليج العربية", "Gulf Cooperation Council", "GCC", "intergovernmental"),
    ("الهلال الأحمر الأردني", "Jordan Red Crescent", "JRC", "ngo"),
    ("الهلال الأحمر القطري", "Qatar Red Crescent", "QRC", "ngo"),
    ("الإغاثة الإسلامية عبر العالم", "Islamic Relief Worldwide", "IRW", "ngo"),
    ("المجلس النرويجي للاجئين", "Norwegian Refugee Council", "NRC", "ngo"),
    ("وزارة الخارجية الأردنية", "Ministry of Foreign Affairs of Jordan", "MoFA-JO", "member_state"),
    ("وزارة الداخلية التركية", "Ministry of Interior of Türkiye", "MoI-TR", "member_state"),
    ("وزارة التضامن الاجتماعي المصرية", "Ministry of Social Solidarity of Egypt", "MoSS-EG", "member_state"),
    ("مركز الملك سلمان للإغاثة والأعمال الإنسانية", "King Salman Humanitarian Aid and Relief Centre", "KSrelief", "other"),
]

# (Arabic, English) - the subject of an activity; some Arabic forms deliberately vary.
TOPICS: list[tuple[str, str]] = [
    ("حماية اللاجئين", "refugee protection"),
    ("حمايه اللاجئين", "protecting refugees"),
    ("الأمم المتحدة والمنظمات الإقليمية", "the United Nations and regional organisations"),
    ("الامم المتحده والشراكات", "United Nations partnerships"),
    ("التعاون الإسلامي في العمل الإنساني", "Islamic cooperation in humanitarian action"),
    ("التعاون الاسلامى والتنمية", "Islamic cooperation and development"),
    ("انعدام الجنسية", "statelessness"),
    ("العودة الطوعية", "voluntary return"),
    ("إعادة التوطين", "resettlement"),
    ("اعاده التوطين في بلد ثالث", "third-country resettlement"),
    ("التعليم في حالات الطوارئ", "education in emergencies"),
    ("الصحة النفسية والدعم النفسي الاجتماعي", "mental health and psychosocial support"),
    ("المياه والصرف الصحي", "water and sanitation"),
    ("سبل العيش والاعتماد على الذات", "livelihoods and self-reliance"),
    ("النازحين داخلياً", "internally displaced people"),
    ("النازحين داخليا في المخيمات", "internally displaced people in camps"),
    ("الأطفال غير المصحوبين", "unaccompanied children"),
    ("تمكين المرأة", "women's empowerment"),
    ("مكافحة العنف القائم على النوع الاجتماعي", "preventing gender-based violence"),
    ("الزكاة والتمويل الإسلامي الإنساني", "zakat and Islamic humanitarian finance"),
    ("الوقف لدعم اللاجئين", "waqf for refugee support"),
    ("التسجيل وإدارة الحالات", "registration and case management"),
    ("المأوى والمواد غير الغذائية", "shelter and non-food items"),
    ("الأمن الغذائي", "food security"),
    ("التأهب للطوارئ", "emergency preparedness"),
    ("القانون الدولي للاجئين", "international refugee law"),
    ("حق اللجوء في الشريعة الإسلامية", "asylum in Islamic law"),
    ("الإعلام والتوعية", "media and awareness"),
    ("جمع البيانات والإحصاءات", "data collection and statistics"),
    ("بناء قدرات الموظفين الحكوميين", "capacity of government officials"),
    ("الحلول الدائمة", "durable solutions"),
    ("المجتمعات المضيفة", "host communities"),
    ("التغير المناخي والنزوح", "climate change and displacement"),
    ("الشباب والرياضة", "youth and sport"),
    ("الاستجابه الانسانيه في الساحل", "humanitarian response in the Sahel"),
    ("الإستجابة الإنسانية في اليمن", "humanitarian response in Yemen"),
]

# (Arabic city, English city, Arabic country, English country)
PLACES: list[tuple[str, str, str, str]] = [
    ("عمّان", "Amman", "الأردن", "Jordan"),
    ("إربد", "Irbid", "الأردن", "Jordan"),
    ("جدة", "Jeddah", "السعودية", "Saudi Arabia"),
    ("الرياض", "Riyadh", "السعودية", "Saudi Arabia"),
    ("القاهرة", "Cairo", "مصر", "Egypt"),
    ("الإسكندرية", "Alexandria", "مصر", "Egypt"),
    ("إسطنبول", "Istanbul", "تركيا", "Türkiye"),
    ("غازي عنتاب", "Gaziantep", "تركيا", "Türkiye"),
    ("بيروت", "Beirut", "لبنان", "Lebanon"),
    ("أربيل", "Erbil", "العراق", "Iraq"),
    ("بغداد", "Baghdad", "العراق", "Iraq"),
    ("الخرطوم", "Khartoum", "السودان", "Sudan"),
    ("نيامي", "Niamey", "النيجر", "Niger"),
    ("داكار", "Dakar", "السنغال", "Senegal"),
    ("إسلام آباد", "Islamabad", "باكستان", "Pakistan"),
    ("كوالالمبور", "Kuala Lumpur", "ماليزيا", "Malaysia"),
    ("جاكرتا", "Jakarta", "إندونيسيا", "Indonesia"),
    ("الدوحة", "Doha", "قطر", "Qatar"),
    ("الكويت", "Kuwait City", "الكويت", "Kuwait"),
    ("أبوظبي", "Abu Dhabi", "الإمارات", "United Arab Emirates"),
    ("تونس", "Tunis", "تونس", "Tunisia"),
    ("الرباط", "Rabat", "المغرب", "Morocco"),
    ("نواكشوط", "Nouakchott", "موريتانيا", "Mauritania"),
    ("مقديشو", "Mogadishu", "الصومال", "Somalia"),
    ("جنيف", "Geneva", "سويسرا", "Switzerland"),
]

KIND_WORDS: dict[K, list[tuple[str, str]]] = {
    K.WORKSHOP: [("ورشة عمل حول", "Workshop on"), ("ورشه عمل إقليمية حول", "Regional workshop on")],
    K.LECTURE: [("محاضرة عن", "Lecture on"), ("مُحاضَرة عامة عن", "Public lecture on")],
    K.JOINT_FIELD_VISIT: [("زيارة ميدانية مشتركة لمتابعة", "Joint field visit on"), ("بعثة ميدانية بشأن", "Field mission on")],
    K.CAPACITY_BUILDING: [("دورة تدريبية في", "Training course on"), ("برنامج بناء القدرات في", "Capacity-building programme on")],
    K.INFORMATION_EXCHANGE: [("تبادل المعلومات بشأن", "Information exchange on"), ("تقرير مشترك عن", "Joint report on")],
    K.MEETING: [("اجتماع تنسيقي حول", "Coordination meeting on"), ("اجتماع اللجنة المشتركة بشأن", "Joint committee meeting on")],
    K.OTHER: [("مبادرة مشتركة بشأن", "Joint initiative on"), ("حملة توعية حول", "Awareness campaign on")],
}

OBJECTIVES: list[tuple[str, str]] = [
    ("تعزيز الحماية الدولية للاجئين", "Strengthen international protection of refugees"),
    ("دعم الدول الأعضاء المستضيفة", "Support host member states"),
    ("إيجاد الحلول الدائمة", "Find durable solutions"),
    ("بناء القدرات الوطنية", "Build national capacity"),
    ("حشد الموارد والتمويل الإسلامي", "Mobilise resources and Islamic finance"),
    ("التوعية والمناصرة", "Awareness and advocacy"),
]

AGREEMENT_SUBJECTS: list[tuple[str, str]] = [
    ("خطة العمل المشتركة", "Joint action plan"),
    ("مذكرة التفاهم", "Memorandum of understanding"),
    ("رسالة الاتفاق", "Letter of agreement"),
    ("اتفاق التعاون", "Cooperation agreement"),
]

NOTES: list[str] = [
    "",
    "",
    "بيانات مولدة للاختبار / generated test data",
    "بالتنسيق مع مكتب الأمم المتحدة القطري",
    "in coordination with the country office",
    "تم تأجيلها بسبب الأوضاع الأمنية",
    "مموّلة من صندوق الزكاة",
]
