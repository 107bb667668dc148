<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Third-party notices</source>
        <translation>إشعارات البرمجيات الخارجية</translation>
    </message>
    <message>
        <source>Amiri font (SIL Open Font License 1.1)</source>
        <translation>خط أميري (رخصة SIL للخطوط المفتوحة 1.1)</translation>
    </message>
    <message>
        <source>Sijill (سجل)</source>
        <translation>سجل (Sijill)</translation>
    </message>
    <message>
        <source>A register of partnership agreements and the activities carried out under them.</source>
        <translation>سجل لاتفاقات الشراكة والأنشطة المنفذة في إطارها.</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>الإصدار {version}</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>قاعدة البيانات: {path}</translation>
    </message>
    <message>
        <source>Python {python}, Qt {qt}, PySide6 {pyside}</source>
        <translation>Python {python}, Qt {qt}, PySide6 {pyside}</translation>
    </message>
    <message>
        <source>Sijill is free software under the GNU General Public License, version 3 or later. Arabic is drawn with the Amiri font (SIL Open Font License). Qt and PySide6 are used under the GNU Lesser General Public License, version 3.</source>
        <translation>«سجل» برنامج حر يُوزَّع بموجب رخصة جنو العمومية العامة، الإصدار 3 أو أي إصدار لاحق. تُرسم الحروف العربية بخط أميري (رخصة SIL للخطوط المفتوحة)، ويُستخدم Qt وPySide6 بموجب رخصة جنو العمومية الصغرى، الإصدار 3.</translation>
    </message>
    <message>
        <source>About Sijill</source>
        <translation>حول «سجل»</translation>
    </message>
    <message>
        <source>Licences of Sijill and of what it ships with:</source>
        <translation>تراخيص «سجل» وما يُوزَّع معه:</translation>
    </message>
    <message>
        <source>The licence files are missing from this installation.</source>
        <translation>ملفات التراخيص غير موجودة في هذا التثبيت.</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Parties and signatories</source>
        <translation>الأطراف والموقّعون</translation>
    </message>
    <message>
        <source>Objectives and statements</source>
        <translation>الأهداف والتصريحات</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>لا أنشطة</numerusform>
            <numerusform>نشاط واحد</numerusform>
            <numerusform>نشاطان</numerusform>
            <numerusform>%n أنشطة</numerusform>
            <numerusform>%n نشاطًا</numerusform>
            <numerusform>%n نشاط</numerusform>
        </translation>
    </message>
    <message>
        <source>Add activity…</source>
        <translation>إضافة نشاط…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Backed up to {path}</source>
        <translation>نُسخ احتياطيًا إلى {path}</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>A backup is made automatically once a day when the database is opened (the last 7 days and 4 weeks are kept). Restoring replaces the database; the current file is kept aside.</source>
        <translation>تُنشأ نسخة احتياطية تلقائيًا مرة في اليوم عند فتح قاعدة البيانات (وتُحفظ نسخ آخر ٧ أيام و٤ أسابيع). الاسترجاع يستبدل قاعدة البيانات، ويُحتفظ بالملف الحالي جانبًا.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>انسخ احتياطيًا الآن</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>استرجع…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>استرجع من ملف…</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>تلقائية</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>يدوية</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>الاسترجاع من ملف</translation>
    </message>
    <message>
        <source>Sijill databases (*.sqlite *.db);;All files (*)</source>
        <translation>قواعد بيانات «سجل» (*.sqlite *.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استرجاع نسخة احتياطية</translation>
    </message>
    <message>
        <source>Replace the database by the backup of {date}?</source>
        <translation>أتستبدل قاعدة البيانات بالنسخة الاحتياطية {date}؟</translation>
    </message>
    <message>
        <source>Changes made since that backup will not be in the database; the current file is kept aside.</source>
        <translation>لن تكون في قاعدة البيانات التغييرات التي جرت بعد تلك النسخة، ويُحتفظ بالملف الحالي جانبًا.</translation>
    </message>
    <message>
        <source>Restored; the previous file was kept as {path}</source>
        <translation>تم الاسترجاع؛ واحتُفظ بالملف السابق باسم {path}</translation>
    </message>
</context>
<context>
    <name>ConflictReview</name>
    <message>
        <source>Review conflicts</source>
        <translation>مراجعة التعارضات</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Here (mine)</source>
        <translation>هنا (نسختي)</translation>
    </message>
    <message>
        <source>From the field (theirs)</source>
        <translation>من الميدان (نسختهم)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>الإبقاء على</translation>
    </message>
    <message>
        <source>Keep the record</source>
        <translation>أبقِ السجل</translation>
    </message>
    <message>
        <source>Leave it deleted</source>
        <translation>اتركه محذوفًا</translation>
    </message>
    <message>
        <source>Resolve this conflict</source>
        <translation>احسم هذا التعارض</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <source>Close; the conflicts stay listed until they are resolved.</source>
        <translation>أغلق؛ تبقى التعارضات مدرجة حتى تُحسم.</translation>
    </message>
    <message>
        <source>No conflicts are waiting for review.</source>
        <translation>لا توجد تعارضات بانتظار المراجعة.</translation>
    </message>
    <message>
        <source>{what}: {reason}. From {source}.</source>
        <translation>{what}: {reason}. المصدر: {source}.</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>نسختي</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>نسختهم</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
</context>
<context>
    <name>DatabaseSettings</name>
    <message>
        <source>Database settings</source>
        <translation>إعدادات قاعدة البيانات</translation>
    </message>
    <message>
        <source>A file on this computer (one person, or a field laptop)</source>
        <translation>ملف على هذا الحاسوب (لشخص واحد، أو لحاسوب ميداني)</translation>
    </message>
    <message>
        <source>A server shared by the office (PostgreSQL)</source>
        <translation>خادم يتشاركه المكتب (PostgreSQL)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <source>Use this database</source>
        <translation>استخدام قاعدة البيانات هذه</translation>
    </message>
    <message>
        <source>Fill in the file, or the server address and the database name.</source>
        <translation>اكتب اسم الملف، أو عنوان الخادم واسم قاعدة البيانات.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>ملف قاعدة البيانات</translation>
    </message>
    <message>
        <source>Sijill databases (*.sqlite *.db)</source>
        <translation>قواعد بيانات «سجل» (*.sqlite *.db)</translation>
    </message>
</context>
<context>
    <name>ExchangeDialogs</name>
    <message>
        <source>Sijill bundles (*.sijill)</source>
        <translation>حزم «سجل» (*.sijill)</translation>
    </message>
    <message>
        <source>Export for field work</source>
        <translation>التصدير للعمل الميداني</translation>
    </message>
    <message>
        <source>Choose the agreements to take to the field (with their activities and the people and organisations they name). Leave all unchecked to take the whole register.</source>
        <translation>اختر الاتفاقات التي تُؤخذ إلى الميدان (مع أنشطتها والأشخاص والمنظمات التي تذكرها). اترك الكل دون اختيار لأخذ السجل كله.</translation>
    </message>
    <message>
        <source>Only records changed since (YYYY-MM-DD), optional</source>
        <translation>السجلات المعدلة منذ (YYYY-MM-DD) فقط، اختياري</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>صدّر…</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation>اكتب التاريخ بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Bundle written: {path} ({count} records).</source>
        <translation>كُتبت الحزمة: {path} ({count} سجلًا).</translation>
    </message>
    <message>
        <source>Import from field</source>
        <translation>الاستيراد من الميدان</translation>
    </message>
    <message>
        <source>{source}: {added} to add, {updated} to update, {deleted} to delete, {unchanged} unchanged, {conflicts} conflicts to review.</source>
        <translation>{source}: إضافة {added}، تحديث {updated}، حذف {deleted}، دون تغيير {unchanged}، تعارضات للمراجعة {conflicts}.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Nothing is overwritten: a record changed here and in the field is kept in both versions for review.</source>
        <translation>لا يُكتب شيء فوق شيء: السجل الذي عُدّل هنا وفي الميدان تُحفظ نسختاه كلتاهما للمراجعة.</translation>
    </message>
    <message>
        <source>This bundle was imported before; importing it again changes nothing.</source>
        <translation>استُوردت هذه الحزمة من قبل؛ واستيرادها مرة أخرى لا يغيّر شيئًا.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استورد</translation>
    </message>
    <message>
        <source>Merged: {added} added, {updated} updated, {deleted} deleted, {conflicts} conflicts.</source>
        <translation>تم الدمج: أضيف {added}، حُدّث {updated}، حُذف {deleted}، تعارضات {conflicts}.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Import activities</source>
        <translation>استيراد الأنشطة</translation>
    </message>
    <message>
        <source>{file}: {rows} rows — {added} to add, {updated} to update, {unchanged} unchanged, {errors} with errors.</source>
        <translation>{file}: عدد الصفوف {rows} — للإضافة {added}، للتحديث {updated}، دون تغيير {unchanged}، فيها أخطاء {errors}.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Nothing will be imported until every error is corrected in the file.</source>
        <translation>لن يُستورد شيء حتى تُصحَّح كل الأخطاء في الملف.</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <source>Organisation name</source>
        <translation>اسم المنظمة</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>الترويسة</translation>
    </message>
    <message>
        <source>Organisation name (Arabic)</source>
        <translation>اسم المنظمة (بالعربية)</translation>
    </message>
    <message>
        <source>Organisation name (English)</source>
        <translation>اسم المنظمة (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Footer line (Arabic)</source>
        <translation>سطر التذييل (بالعربية)</translation>
    </message>
    <message>
        <source>Footer line (English)</source>
        <translation>سطر التذييل (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <source>Choose PNG or SVG…</source>
        <translation>اختيار صورة PNG أو SVG…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>إزالة الشعار</translation>
    </message>
    <message>
        <source>Images (*.png *.svg)</source>
        <translation>الصور (*.png *.svg)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Database: {name}</source>
        <translation>قاعدة البيانات: {name}</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>للقراءة فقط</translation>
    </message>
    <message>
        <source>Sijill</source>
        <translation>سجل</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>جارٍ فتح قاعدة البيانات…</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n conflict(s) to review</source>
        <translation>
            <numerusform>⚠ لا تعارضات</numerusform>
            <numerusform>⚠ تعارض واحد للمراجعة</numerusform>
            <numerusform>⚠ تعارضان للمراجعة</numerusform>
            <numerusform>⚠ %n تعارضات للمراجعة</numerusform>
            <numerusform>⚠ %n تعارضًا للمراجعة</numerusform>
            <numerusform>⚠ %n تعارض للمراجعة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message numerus="yes">
        <source>%n records</source>
        <translation>
            <numerusform>لا سجلات</numerusform>
            <numerusform>سجل واحد</numerusform>
            <numerusform>سجلان</numerusform>
            <numerusform>%n سجلات</numerusform>
            <numerusform>%n سجلًا</numerusform>
            <numerusform>%n سجل</numerusform>
        </translation>
    </message>
    <message>
        <source>Depending on it:</source>
        <translation>ما يعتمد عليه:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete “{name}”? This cannot be undone.</source>
        <translation>حذف «{name}»؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>سجل جديد</translation>
    </message>
    <message>
        <source>Search (Arabic or English)…</source>
        <translation>بحث (بالعربية أو الإنجليزية)…</translation>
    </message>
</context>
<context>
    <name>RecordHistory</name>
    <message>
        <source>History of {record}</source>
        <translation>سجل تغييرات {record}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>No change has been recorded for this record yet.</source>
        <translation>لم يُسجَّل أي تغيير لهذا السجل بعد.</translation>
    </message>
    <message>
        <source>from {source}</source>
        <translation>من {source}</translation>
    </message>
    <message>
        <source>Not saved yet: its history starts when it is saved.</source>
        <translation>لم يُحفظ بعد: يبدأ سجل تغييراته عند حفظه.</translation>
    </message>
    <message>
        <source>History of this record</source>
        <translation>سجل تغييرات هذا السجل</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <source>Trash</source>
        <translation>المحذوفات</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حُذف في</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعد</translation>
    </message>
    <message>
        <source>Empty the trash…</source>
        <translation>أفرغ المحذوفات…</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>إفراغ المحذوفات</translation>
    </message>
    <message>
        <source>They cannot be restored afterwards.</source>
        <translation>لا يمكن استعادتها بعد ذلك.</translation>
    </message>
    <message numerus="yes">
        <source>Forget the %n record(s) in the trash for good?</source>
        <translation>
            <numerusform>لا شيء في المحذوفات.</numerusform>
            <numerusform>أتنسى السجل الموجود في المحذوفات نهائيًا؟</numerusform>
            <numerusform>أتنسى السجلين الموجودين في المحذوفات نهائيًا؟</numerusform>
            <numerusform>أتنسى السجلات الـ%n الموجودة في المحذوفات نهائيًا؟</numerusform>
            <numerusform>أتنسى الـ%n سجلًا الموجودة في المحذوفات نهائيًا؟</numerusform>
            <numerusform>أتنسى الـ%n سجل الموجودة في المحذوفات نهائيًا؟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserName</name>
    <message>
        <source>Your name in the history</source>
        <translation>اسمك في سجل التغييرات</translation>
    </message>
    <message>
        <source>Changes you make are recorded under this name. It is kept on this computer for you alone, so colleagues sharing a server database keep their own names.</source>
        <translation>تُسجَّل التغييرات التي تجريها باسمك هذا. يُحفظ على هذا الحاسوب لك وحدك، فيحتفظ كل زميل يشارك قاعدة بيانات على الخادم باسمه.</translation>
    </message>
    <message>
        <source>Left empty, your computer account name is used: {name}</source>
        <translation>إن تُرك فارغًا، يُستخدم اسم حسابك على الحاسوب: {name}</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to Sijill</source>
        <translation>مرحبًا بك في «سجل»</translation>
    </message>
    <message>
        <source>This register is empty. Sijill keeps partnership agreements, their parties and signatories, objectives, activities and the history of the partnership. You can start with an empty register or look around in the example: the joint action plan 2022–2025 of UNHCR and the Organisation of Islamic Cooperation.</source>
        <translation>هذا السجل فارغ. يحفظ «سجل» اتفاقات الشراكة وأطرافها والموقّعين عليها، وأهدافها وأنشطتها، وتاريخ الشراكة. يمكنك أن تبدأ بسجل فارغ، أو أن تتجوّل في المثال: خطة العمل المشتركة 2022-2025 بين المفوضية السامية للأمم المتحدة لشؤون اللاجئين ومنظمة التعاون الإسلامي.</translation>
    </message>
    <message>
        <source>Load the example plan</source>
        <translation>تحميل الخطة النموذجية</translation>
    </message>
    <message>
        <source>Start with an empty register</source>
        <translation>البدء بسجل فارغ</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>New database…</source>
        <translation>قاعدة بيانات جديدة…</translation>
    </message>
    <message>
        <source>Open database…</source>
        <translation>فتح قاعدة بيانات…</translation>
    </message>
    <message>
        <source>Letterhead…</source>
        <translation>الترويسة…</translation>
    </message>
    <message>
        <source>Import activities…</source>
        <translation>استيراد أنشطة…</translation>
    </message>
    <message>
        <source>Export list as CSV…</source>
        <translation>تصدير القائمة بصيغة CSV…</translation>
    </message>
    <message>
        <source>Export list as Excel…</source>
        <translation>تصدير القائمة بصيغة Excel…</translation>
    </message>
    <message>
        <source>Export agreement summary as PDF…</source>
        <translation>تصدير ملخص الاتفاق بصيغة PDF…</translation>
    </message>
    <message>
        <source>Preview agreement summary</source>
        <translation>معاينة ملخص الاتفاق</translation>
    </message>
    <message>
        <source>Print agreement summary…</source>
        <translation>طباعة ملخص الاتفاق…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>إلغاء التعديلات</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>الاتفاقات</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>History</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>العربية</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Show Hijri dates</source>
        <translation>إظهار التاريخ الهجري</translation>
    </message>
    <message>
        <source>Arabic-Indic digits (١٢٣)</source>
        <translation>الأرقام الهندية (١٢٣)</translation>
    </message>
    <message>
        <source>About Sijill</source>
        <translation>حول «سجل»</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>قواعد البيانات الأخيرة</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Database settings…</source>
        <translation>إعدادات قاعدة البيانات…</translation>
    </message>
    <message>
        <source>Export for field work…</source>
        <translation>التصدير للعمل الميداني…</translation>
    </message>
    <message>
        <source>Import from field…</source>
        <translation>الاستيراد من الميدان…</translation>
    </message>
    <message>
        <source>Review conflicts…</source>
        <translation>مراجعة التعارضات…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>انسخ احتياطيًا الآن</translation>
    </message>
    <message>
        <source>Backups and restore…</source>
        <translation>النسخ الاحتياطية والاسترجاع…</translation>
    </message>
    <message>
        <source>Trash…</source>
        <translation>المحذوفات…</translation>
    </message>
    <message>
        <source>History of this record…</source>
        <translation>سجل تغييرات هذا السجل…</translation>
    </message>
    <message>
        <source>Your name in the history…</source>
        <translation>اسمك في سجل التغييرات…</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Export chart as PNG…</source>
        <translation>تصدير الرسم صورة PNG…</translation>
    </message>
    <message>
        <source>Export chart as SVG…</source>
        <translation>تصدير الرسم صورة SVG…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>صورة SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>تصدير الرسم</translation>
    </message>
    <message>
        <source>The chart could not be saved.</source>
        <translation>تعذّر حفظ الرسم.</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>— none —</source>
        <translation>— لا شيء —</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>اللقب</translation>
    </message>
    <message>
        <source>Title / position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>المحطة</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <source>Changed elsewhere</source>
        <translation>تغيّر في مكان آخر</translation>
    </message>
    <message>
        <source>Reload shows the stored record, with what you typed beside each field you changed. Overwrite saves your changes over the other ones; their changes to other fields are kept.</source>
        <translation>«إعادة التحميل» تعرض السجل المحفوظ، وبجانب كل حقل غيّرته ما كتبتَه. «الكتابة فوقه» تحفظ تغييراتك فوق تغييراتهم، وتبقى تغييراتهم في الحقول الأخرى.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>الكتابة فوقه</translation>
    </message>
    <message>
        <source>You had changed this; the stored version is shown.</source>
        <translation>كنتَ قد غيّرت هذا؛ المعروض هو النسخة المحفوظة.</translation>
    </message>
    <message>
        <source>You had typed: {value}</source>
        <translation>كنتَ قد كتبت: {value}</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <source>As of {date}</source>
        <translation>حتى تاريخ {date}</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>المدة: {period}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>غير مسجلة</translation>
    </message>
    <message>
        <source>No lead organisation</source>
        <translation>بلا جهة قائدة</translation>
    </message>
    <message>
        <source>No country (online)</source>
        <translation>بلا بلد (عن بعد)</translation>
    </message>
    <message>
        <source>{done} of {total} days</source>
        <translation>{done} من {total} يومًا</translation>
    </message>
    <message>
        <source>period not recorded</source>
        <translation>المدة غير مسجلة</translation>
    </message>
    <message>
        <source>Time elapsed</source>
        <translation>الوقت المنقضي</translation>
    </message>
    <message>
        <source>Activities completed</source>
        <translation>الأنشطة المنجزة</translation>
    </message>
    <message>
        <source>{done} of {total} activities</source>
        <translation>{done} من {total} نشاطًا</translation>
    </message>
    <message numerus="yes">
        <source>%n other countries</source>
        <translation>
            <numerusform>لا بلدان أخرى</numerusform>
            <numerusform>بلد آخر واحد</numerusform>
            <numerusform>بلدان آخران</numerusform>
            <numerusform>%n بلدان أخرى</numerusform>
            <numerusform>%n بلدًا آخر</numerusform>
            <numerusform>%n بلد آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>({n} participants)</source>
        <translation>({n} مشاركًا)</translation>
    </message>
    <message numerus="yes">
        <source>Overdue planned activities: %n</source>
        <translation>
            <numerusform>أنشطة مخططة فات موعدها: %n</numerusform>
            <numerusform>أنشطة مخططة فات موعدها: %n</numerusform>
            <numerusform>أنشطة مخططة فات موعدها: %n</numerusform>
            <numerusform>أنشطة مخططة فات موعدها: %n</numerusform>
            <numerusform>أنشطة مخططة فات موعدها: %n</numerusform>
            <numerusform>أنشطة مخططة فات موعدها: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to open the activity</source>
        <translation>انقر لفتح النشاط</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>لا شيء متأخر.</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>الاتفاق:</translation>
    </message>
    <message>
        <source>No agreement yet: add one on the Agreements page.</source>
        <translation>لا توجد اتفاقات بعد: أضف اتفاقًا من صفحة الاتفاقات.</translation>
    </message>
    <message>
        <source>Progress against the period</source>
        <translation>التقدم مقارنة بمدة الخطة</translation>
    </message>
    <message>
        <source>Activities by status</source>
        <translation>الأنشطة حسب الحالة</translation>
    </message>
    <message>
        <source>Activities by kind</source>
        <translation>الأنشطة حسب النوع</translation>
    </message>
    <message>
        <source>Activities per quarter</source>
        <translation>الأنشطة في كل ربع سنة</translation>
    </message>
    <message>
        <source>Activities per lead party</source>
        <translation>الأنشطة حسب الطرف القائد</translation>
    </message>
    <message>
        <source>Activities per country</source>
        <translation>الأنشطة حسب البلد</translation>
    </message>
    <message>
        <source>Right-click to export the chart as PNG or SVG</source>
        <translation>انقر بالزر الأيمن لتصدير الرسم بصيغة PNG أو SVG</translation>
    </message>
    <message>
        <source>No activities yet.</source>
        <translation>لا توجد أنشطة بعد.</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>AH</source>
        <translation>هـ</translation>
    </message>
    <message>
        <source>year only</source>
        <translation>السنة فقط</translation>
    </message>
    <message>
        <source>month only</source>
        <translation>الشهر فقط</translation>
    </message>
    <message>
        <source>full date</source>
        <translation>تاريخ كامل</translation>
    </message>
    <message>
        <source>YYYY or YYYY-MM or YYYY-MM-DD</source>
        <translation>سنة، أو سنة-شهر، أو سنة-شهر-يوم</translation>
    </message>
    <message>
        <source>A year (2022), a month (2022-03) or a full date (2022-03-15); ١٢٣ digits work too.</source>
        <translation>سنة (2022) أو شهر (2022-03) أو تاريخ كامل (2022-03-15)؛ وتصلح الأرقام ١٢٣ أيضًا.</translation>
    </message>
    <message>
        <source>not a date yet</source>
        <translation>ليس تاريخًا بعد</translation>
    </message>
</context>
<context>
    <name>dependents</name>
    <message>
        <source>Activities: %n</source>
        <translation>الأنشطة: %n</translation>
    </message>
    <message>
        <source>Later agreements that build on it: %n</source>
        <translation>اتفاقات لاحقة تبني عليه: %n</translation>
    </message>
    <message>
        <source>Milestones: %n</source>
        <translation>المحطات: %n</translation>
    </message>
    <message>
        <source>People: %n</source>
        <translation>الأشخاص: %n</translation>
    </message>
    <message>
        <source>Agreements where it is a party: %n</source>
        <translation>اتفاقات هي طرف فيها: %n</translation>
    </message>
    <message>
        <source>Signatures for it: %n</source>
        <translation>توقيعات باسمها: %n</translation>
    </message>
    <message>
        <source>Signatures: %n</source>
        <translation>التوقيعات: %n</translation>
    </message>
    <message>
        <source>Statements: %n</source>
        <translation>التصريحات: %n</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The database could not be used</source>
        <translation>تعذّر استخدام قاعدة البيانات</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>تغيّر في مكان آخر</translation>
    </message>
    <message>
        <source>Please check the form</source>
        <translation>يرجى مراجعة النموذج</translation>
    </message>
    <message>
        <source>Sijill</source>
        <translation>سجل</translation>
    </message>
    <message>
        <source>A file could not be read or written: {error}</source>
        <translation>تعذّرت قراءة ملف أو الكتابة فيه: {error}</translation>
    </message>
    <message>
        <source>Something went wrong. Your work in the form is kept; the details are in the log file.</source>
        <translation>حدث خطأ غير متوقع. ما كتبته في النموذج محفوظ كما هو، والتفاصيل في ملف السجلّ.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Agreement</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Title (Arabic)</source>
        <translation>العنوان (بالعربية)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>العنوان (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>الجهة المنفّذة</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>عدد المشاركين</translation>
    </message>
    <message>
        <source>Notes and outputs</source>
        <translation>ملاحظات ومخرجات</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Builds on (predecessor)</source>
        <translation>يبني على (الاتفاق السابق)</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>المدة من</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>المدة إلى</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>تاريخ التوقيع</translation>
    </message>
    <message>
        <source>Signed at (Arabic)</source>
        <translation>مكان التوقيع (بالعربية)</translation>
    </message>
    <message>
        <source>Signed at (English)</source>
        <translation>مكان التوقيع (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Purpose (Arabic)</source>
        <translation>الغرض (بالعربية)</translation>
    </message>
    <message>
        <source>Purpose (English)</source>
        <translation>الغرض (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>الأطراف</translation>
    </message>
    <message>
        <source>Signatories, in signing order</source>
        <translation>الموقّعون، بترتيب التوقيع</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>التصريحات</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>الاسم (بالعربية)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>الاسم (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Honorific (Arabic)</source>
        <translation>اللقب (بالعربية)</translation>
    </message>
    <message>
        <source>Honorific (English)</source>
        <translation>اللقب (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Title / position (Arabic)</source>
        <translation>المنصب (بالعربية)</translation>
    </message>
    <message>
        <source>Title / position (English)</source>
        <translation>المنصب (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Description (Arabic)</source>
        <translation>الوصف (بالعربية)</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>الوصف (بالإنجليزية)</translation>
    </message>
</context>
<context>
    <name>fileops</name>
    <message>
        <source>Open database</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
        <source>Sijill databases (*.sqlite *.db);;All files (*)</source>
        <translation>قواعد بيانات «سجل» (*.sqlite *.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <source>Sijill databases (*.sqlite)</source>
        <translation>قواعد بيانات «سجل» (*.sqlite)</translation>
    </message>
    <message>
        <source>A file with this name exists already; choose Open database to open it.</source>
        <translation>يوجد ملف بهذا الاسم؛ اختر «فتح قاعدة بيانات» لفتحه.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>تصدير القائمة</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows to {path}</source>
        <translation>
            <numerusform>لم يُصدَّر أي صف إلى {path}</numerusform>
            <numerusform>صُدِّر صف واحد إلى {path}</numerusform>
            <numerusform>صُدِّر صفّان إلى {path}</numerusform>
            <numerusform>صُدِّرت %n صفوف إلى {path}</numerusform>
            <numerusform>صُدِّر %n صفًّا إلى {path}</numerusform>
            <numerusform>صُدِّر %n صف إلى {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Import activities</source>
        <translation>استيراد الأنشطة</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>جداول بيانات (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Imported: {added} added, {updated} updated.</source>
        <translation>اكتمل الاستيراد: أُضيف {added}، وحُدِّث {updated}.</translation>
    </message>
</context>
<context>
    <name>filters</name>
    <message>
        <source>All agreements</source>
        <translation>كل الاتفاقات</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>كل الأنواع</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <source>UN agency</source>
        <translation>وكالة أممية</translation>
    </message>
    <message>
        <source>Intergovernmental organisation</source>
        <translation>منظمة حكومية دولية</translation>
    </message>
    <message>
        <source>Member state</source>
        <translation>دولة عضو</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>منظمة غير حكومية</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Joint action plan</source>
        <translation>خطة عمل مشتركة</translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <translation>مذكرة تفاهم</translation>
    </message>
    <message>
        <source>Letter of agreement</source>
        <translation>رسالة اتفاق</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>موقّع</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ساري</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منتهٍ</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>مستبدَل</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>ورشة عمل</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>محاضرة</translation>
    </message>
    <message>
        <source>Joint field visit</source>
        <translation>زيارة ميدانية مشتركة</translation>
    </message>
    <message>
        <source>Capacity building</source>
        <translation>بناء القدرات</translation>
    </message>
    <message>
        <source>Information exchange</source>
        <translation>تبادل المعلومات</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>اجتماع</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>مخطط له</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>جارٍ</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>مؤجل</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
</context>
<context>
    <name>lists</name>
    <message>
        <source>Signs for: (not said)</source>
        <translation>يوقّع نيابةً عن: (غير محدد)</translation>
    </message>
    <message>
        <source>Signs for: {party}</source>
        <translation>يوقّع نيابةً عن: {party}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>تقديم</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>تأخير</translation>
    </message>
    <message>
        <source>Objective (Arabic)</source>
        <translation>الهدف (بالعربية)</translation>
    </message>
    <message>
        <source>Objective (English)</source>
        <translation>الهدف (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>إضافة هدف</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>الطرف</translation>
    </message>
    <message>
        <source>Add party</source>
        <translation>إضافة طرف</translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation>منظمة جديدة…</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>الموقّع</translation>
    </message>
    <message>
        <source>For</source>
        <translation>نيابةً عن</translation>
    </message>
    <message>
        <source>Add signatory</source>
        <translation>إضافة موقّع</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>شخص جديد…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <source>Statement (Arabic)</source>
        <translation>التصريح (بالعربية)</translation>
    </message>
    <message>
        <source>Statement (English)</source>
        <translation>التصريح (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Add statement</source>
        <translation>إضافة تصريح</translation>
    </message>
    <message>
        <source>Said by: {person}</source>
        <translation>صاحب التصريح: {person}</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>عُدِّل</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <source>restored from the trash</source>
        <translation>استُعيد من سلة المحذوفات</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>استُورد</translation>
    </message>
    <message>
        <source>conflict resolved</source>
        <translation>حُلّ التعارض</translation>
    </message>
    <message>
        <source>changed here and there</source>
        <translation>عُدِّل هنا وهناك</translation>
    </message>
    <message>
        <source>deleted here, changed there</source>
        <translation>حُذف هنا وعُدِّل هناك</translation>
    </message>
    <message>
        <source>changed here, deleted there</source>
        <translation>عُدِّل هنا وحُذف هناك</translation>
    </message>
    <message>
        <source>Unknown language {lang}: use ar or en.</source>
        <translation>لغة غير معروفة {lang}: استخدم ar أو en.</translation>
    </message>
    <message>
        <source>Unknown paper size {paper}: use a4 or letter.</source>
        <translation>مقاس ورق غير معروف {paper}: استخدم a4 أو letter.</translation>
    </message>
    <message>
        <source>The PDF font cannot draw these characters: {chars}</source>
        <translation>لا يستطيع خط ملف PDF رسم هذه الحروف: {chars}</translation>
    </message>
    <message>
        <source>No agreement with reference or id {key}.</source>
        <translation>لا يوجد اتفاق بالمرجع أو المعرّف {key}.</translation>
    </message>
    <message>
        <source>The objective belongs to another agreement.</source>
        <translation>هذا الهدف تابع لاتفاق آخر.</translation>
    </message>
    <message>
        <source>This agreement has {activities} activities; delete them with it or move them first.</source>
        <translation>لهذا الاتفاق أنشطة عددها {activities}؛ احذفها معه أو انقلها أولًا.</translation>
    </message>
    <message>
        <source>The reference {ref} is already used.</source>
        <translation>المرجع {ref} مستخدم من قبل.</translation>
    </message>
    <message>
        <source>An agreement cannot come after itself (a cycle of predecessors).</source>
        <translation>لا يمكن أن يكون الاتفاق لاحقًا لنفسه (حلقة في الاتفاقات السابقة).</translation>
    </message>
    <message>
        <source>No {what} with id {uuid}.</source>
        <translation>لا يوجد سجل ({what}) بالمعرّف {uuid}.</translation>
    </message>
    <message>
        <source>This record was changed elsewhere at {when} (version {theirs}, yours {mine}); reload it before saving.</source>
        <translation>تغيّر هذا السجل في مكان آخر في {when} (النسخة {theirs}، ونسختك {mine})؛ أعد تحميله قبل الحفظ.</translation>
    </message>
    <message>
        <source>The scale must be zero or more activities.</source>
        <translation>يجب أن يكون عدد الأنشطة صفرًا أو أكثر.</translation>
    </message>
    <message>
        <source>This database already holds generated data; use a new database file.</source>
        <translation>في قاعدة البيانات هذه بيانات مولَّدة من قبل؛ استخدم ملف قاعدة بيانات جديدًا.</translation>
    </message>
    <message>
        <source>This organisation cannot be deleted: {agreements} agreement(s) name it as a party and {people} person(s) belong to it.</source>
        <translation>لا يمكن حذف هذه المنظمة: هي طرف في اتفاقات عددها {agreements}، وينتمي إليها أشخاص عددهم {people}.</translation>
    </message>
    <message>
        <source>This person signed {signatures} agreement(s) and cannot be deleted.</source>
        <translation>وقّع هذا الشخص على اتفاقات عددها {signatures}، فلا يمكن حذفه.</translation>
    </message>
    <message>
        <source>This record was changed elsewhere while you were saving; reload it.</source>
        <translation>تغيّر هذا السجل في مكان آخر أثناء الحفظ؛ أعد تحميله.</translation>
    </message>
    <message>
        <source>The database could not complete the operation: {error}</source>
        <translation>تعذّر على قاعدة البيانات إتمام العملية: {error}</translation>
    </message>
    <message>
        <source>unexpected value</source>
        <translation>قيمة غير متوقعة</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>المتوقع كائن</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>المتوقع قائمة</translation>
    </message>
    <message>
        <source>expected a text of at most {max} characters</source>
        <translation>المتوقع نص لا يزيد على {max} حرفًا</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>المتوقع عدد صحيح</translation>
    </message>
    <message>
        <source>expected a date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>المتوقع تاريخ (سنة، أو سنة-شهر، أو سنة-شهر-يوم)</translation>
    </message>
    <message>
        <source>not an id: {value!r}</source>
        <translation>ليس معرّفًا: {value!r}</translation>
    </message>
    <message>
        <source>a record without an id</source>
        <translation>سجل بلا معرّف</translation>
    </message>
    <message>
        <source>unknown value {value!r}</source>
        <translation>قيمة غير معروفة {value!r}</translation>
    </message>
    <message>
        <source>not a date: {value!r}</source>
        <translation>ليس تاريخًا: {value!r}</translation>
    </message>
    <message>
        <source>unknown kind of record {kind!r}</source>
        <translation>نوع سجل غير معروف {kind!r}</translation>
    </message>
    <message>
        <source>No such file: {path}</source>
        <translation>الملف غير موجود: {path}</translation>
    </message>
    <message>
        <source>{path} is empty: a header row is needed.</source>
        <translation>الملف {path} فارغ: يلزم صف للعناوين.</translation>
    </message>
    <message>
        <source>Unsupported file type {suffix}: use .csv or .xlsx.</source>
        <translation>نوع ملف غير مدعوم {suffix}: استخدم ‎.csv أو ‎.xlsx.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text: save the CSV as UTF-8.</source>
        <translation>الملف {path} ليس نصًّا بترميز UTF-8: احفظ ملف CSV بترميز UTF-8.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>تعذّرت قراءة {path}: {error}</translation>
    </message>
    <message>
        <source>Restore works on a SQLite register file.</source>
        <translation>لا يعمل الاسترجاع إلا على ملف سجل من نوع SQLite.</translation>
    </message>
    <message>
        <source>Not a date: {text} (use YYYY-MM-DD).</source>
        <translation>ليس تاريخًا: {text} (استخدم الصيغة YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Write --field NAME=mine or NAME=theirs, not {item}.</source>
        <translation>اكتب ‎--field NAME=mine أو NAME=theirs، لا {item}.</translation>
    </message>
    <message>
        <source>Emptying the trash cannot be undone: add --yes.</source>
        <translation>لا يمكن التراجع عن إفراغ سلة المحذوفات: أضف الخيار ‎--yes.</translation>
    </message>
    <message>
        <source>Nothing to change: give --name-ar, --name-en, --logo, --footer-ar or --footer-en.</source>
        <translation>لا شيء لتغييره: استخدم ‎--name-ar أو ‎--name-en أو ‎--logo أو ‎--footer-ar أو ‎--footer-en.</translation>
    </message>
    <message>
        <source>The logo is too large: at most {max} KB.</source>
        <translation>الشعار كبير جدًا: الحد الأقصى {max} كيلوبايت.</translation>
    </message>
    <message>
        <source>could not be applied here</source>
        <translation>تعذّر تطبيقه هنا</translation>
    </message>
    <message>
        <source>The logo must be a PNG or SVG image.</source>
        <translation>يجب أن يكون الشعار صورة بصيغة PNG أو SVG.</translation>
    </message>
    <message>
        <source>{field} is too long: at most {max} characters.</source>
        <translation>الحقل {field} طويل جدًا: الحد الأقصى {max} حرفًا.</translation>
    </message>
    <message>
        <source>Backups are made of SQLite files; for a server database use its own backup tools.</source>
        <translation>تُنشأ النسخ الاحتياطية لملفات SQLite؛ أما قاعدة البيانات على خادم فاستخدم أدوات النسخ الاحتياطي الخاصة بها.</translation>
    </message>
    <message>
        <source>No backup file at {path}.</source>
        <translation>لا توجد نسخة احتياطية في {path}.</translation>
    </message>
    <message>
        <source>{path} failed the integrity check; nothing was restored.</source>
        <translation>لم يجتز الملف {path} فحص السلامة؛ لم يُستعد شيء.</translation>
    </message>
    <message>
        <source>{path} is not a Sijill register; nothing was restored.</source>
        <translation>الملف {path} ليس سجلًّا من سجلات «سجل»؛ لم يُستعد شيء.</translation>
    </message>
    <message>
        <source>The backup to {path} failed: {error}</source>
        <translation>فشل النسخ الاحتياطي إلى {path}: {error}</translation>
    </message>
    <message>
        <source>{path} is not a usable backup ({error}).</source>
        <translation>الملف {path} ليس نسخة احتياطية صالحة ({error}).</translation>
    </message>
    <message>
        <source>The bundle holds too many files ({count}).</source>
        <translation>تحوي الحزمة ملفات أكثر من اللازم ({count}).</translation>
    </message>
    <message>
        <source>{name} in the bundle is larger than declared; it was refused.</source>
        <translation>الملف {name} في الحزمة أكبر مما صُرّح به؛ فرُفضت.</translation>
    </message>
    <message>
        <source>This file is not a Sijill exchange bundle (unknown format).</source>
        <translation>هذا الملف ليس حزمة تبادل لـ«سجل» (صيغة غير معروفة).</translation>
    </message>
    <message>
        <source>The bundle does not say which format version it uses.</source>
        <translation>لا تذكر الحزمة إصدار الصيغة الذي تستخدمه.</translation>
    </message>
    <message>
        <source>The bundle uses format version {version}, newer than this Sijill reads ({known}); please update Sijill.</source>
        <translation>تستخدم الحزمة إصدار الصيغة {version}، وهو أحدث مما يقرؤه هذا الإصدار من «سجل» ({known})؛ يرجى تحديث «سجل».</translation>
    </message>
    <message>
        <source>The bundle uses an unknown format version ({version}).</source>
        <translation>تستخدم الحزمة إصدار صيغة غير معروف ({version}).</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest lists no files.</source>
        <translation>لا يذكر بيان الحزمة أي ملف.</translation>
    </message>
    <message>
        <source>No bundle file at {path}.</source>
        <translation>لا يوجد ملف حزمة في {path}.</translation>
    </message>
    <message>
        <source>This file is not a Sijill exchange bundle (no manifest).</source>
        <translation>هذا الملف ليس حزمة تبادل لـ«سجل» (لا بيان فيه).</translation>
    </message>
    <message>
        <source>The bundle holds files its manifest does not list ({names}).</source>
        <translation>تحوي الحزمة ملفات لا يذكرها بيانها ({names}).</translation>
    </message>
    <message>
        <source>The bundle holds a file with an unsafe name ({name}); it was refused.</source>
        <translation>تحوي الحزمة ملفًا باسم غير آمن ({name})؛ فرُفضت.</translation>
    </message>
    <message>
        <source>The bundle holds a link or folder ({name}), not a plain file; it was refused.</source>
        <translation>تحوي الحزمة رابطًا أو مجلدًا ({name}) لا ملفًا عاديًا؛ فرُفضت.</translation>
    </message>
    <message>
        <source>The bundle holds {name} twice; it was refused.</source>
        <translation>تحوي الحزمة الملف {name} مرتين؛ فرُفضت.</translation>
    </message>
    <message>
        <source>The bundle holds an encrypted file ({name}).</source>
        <translation>تحوي الحزمة ملفًا مشفّرًا ({name}).</translation>
    </message>
    <message>
        <source>{name} in the bundle is not valid JSON ({error}).</source>
        <translation>الملف {name} في الحزمة ليس JSON صالحًا ({error}).</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest has a bad entry for {name}.</source>
        <translation>في بيان الحزمة مدخل غير سليم للملف {name}.</translation>
    </message>
    <message>
        <source>{path} is not a Sijill bundle, or it is damaged or truncated ({error}).</source>
        <translation>الملف {path} ليس حزمة لـ«سجل»، أو أنه تالف أو مبتور ({error}).</translation>
    </message>
    <message>
        <source>{path} is damaged or truncated ({error}).</source>
        <translation>الملف {path} تالف أو مبتور ({error}).</translation>
    </message>
    <message>
        <source>The bundle is incomplete: {name} is missing.</source>
        <translation>الحزمة ناقصة: الملف {name} مفقود.</translation>
    </message>
    <message>
        <source>{name} in the bundle does not match its checksum: the bundle is damaged or was altered.</source>
        <translation>الملف {name} في الحزمة لا يطابق مجموعه الاختباري: الحزمة تالفة أو عُدّلت.</translation>
    </message>
    <message>
        <source>No conflict number {id}.</source>
        <translation>لا يوجد تعارض برقم {id}.</translation>
    </message>
    <message>
        <source>This conflict was already resolved.</source>
        <translation>حُلّ هذا التعارض من قبل.</translation>
    </message>
    <message>
        <source>No field {field} to choose for.</source>
        <translation>لا يوجد حقل {field} للاختيار فيه.</translation>
    </message>
    <message>
        <source>One side deleted this record: choose whether to keep it or not.</source>
        <translation>حذف أحد الطرفين هذا السجل: اختر الإبقاء عليه أو حذفه.</translation>
    </message>
    <message>
        <source>Choose mine, theirs or a value for {field}.</source>
        <translation>اختر قيمتي أو قيمتهم أو قيمة أخرى للحقل {field}.</translation>
    </message>
    <message>
        <source>Choose which side to keep.</source>
        <translation>اختر الطرف الذي تُبقي على نسخته.</translation>
    </message>
    <message>
        <source>has no valid id.</source>
        <translation>ليس له معرّف صالح.</translation>
    </message>
    <message>
        <source>The bundle was refused: {what} {problem}</source>
        <translation>رُفضت الحزمة: {what} {problem}</translation>
    </message>
    <message>
        <source>has a damaged lineage.</source>
        <translation>سلسلة أصوله تالفة.</translation>
    </message>
    <message>
        <source>is not a record.</source>
        <translation>ليس سجلًّا.</translation>
    </message>
    <message>
        <source>has two different ids.</source>
        <translation>له معرّفان مختلفان.</translation>
    </message>
    <message>
        <source>fails validation: {problems}</source>
        <translation>لا يجتاز التحقق: {problems}</translation>
    </message>
    <message>
        <source>does not match its digest.</source>
        <translation>لا يطابق بصمته.</translation>
    </message>
    <message>
        <source>is not a deletion of a known kind of record.</source>
        <translation>ليس حذفًا لنوع معروف من السجلات.</translation>
    </message>
    <message>
        <source>is not a list of deletions.</source>
        <translation>ليس قائمة بالمحذوفات.</translation>
    </message>
    <message>
        <source>is both present and deleted.</source>
        <translation>موجود ومحذوف في آن واحد.</translation>
    </message>
    <message>
        <source>is not a list of records.</source>
        <translation>ليس قائمة بالسجلات.</translation>
    </message>
    <message>
        <source>appears twice.</source>
        <translation>مذكور مرتين.</translation>
    </message>
    <message>
        <source>The bundle was refused: its content is malformed ({error}).</source>
        <translation>رُفضت الحزمة: محتواها غير سليم البنية ({error}).</translation>
    </message>
    <message>
        <source>bundle {file} of {source}</source>
        <translation>الحزمة {file} الواردة من {source}</translation>
    </message>
    <message>
        <source>This bundle was made by this very database; import it on another one.</source>
        <translation>أُنشئت هذه الحزمة من قاعدة البيانات هذه نفسها؛ استوردها في قاعدة بيانات أخرى.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>تعذّرت كتابة {path}: {error}</translation>
    </message>
    <message>
        <source>{path} is not a Sijill summary (no embedded fingerprint).</source>
        <translation>الملف {path} ليس ملخصًا من «سجل» (لا بصمة مضمّنة فيه).</translation>
    </message>
    <message>
        <source>Cannot read {path}: it is not a readable PDF ({error}).</source>
        <translation>تعذّرت قراءة {path}: ليس ملف PDF صالحًا للقراءة ({error}).</translation>
    </message>
    <message>
        <source>The fingerprint embedded in {path} is damaged.</source>
        <translation>البصمة المضمّنة في {path} تالفة.</translation>
    </message>
    <message>
        <source>{who} changed this record at {when} (version {theirs}, yours {mine}); reload it before saving.</source>
        <translation>عدّل {who} هذا السجل في {when} (النسخة {theirs}، ونسختك {mine})؛ أعد تحميله قبل الحفظ.</translation>
    </message>
    <message>
        <source>Connected to {where}: a Sijill register of an older version; it will be updated when opened.</source>
        <translation>تم الاتصال بـ {where}: سجل من إصدار أقدم من «سجل»، وسيُحدَّث عند فتحه.</translation>
    </message>
    <message>
        <source>Connected to {where}: the database is empty; Sijill will create its tables.</source>
        <translation>تم الاتصال بـ {where}: قاعدة البيانات فارغة، وسيُنشئ «سجل» جداوله فيها.</translation>
    </message>
    <message>
        <source>Connected to {where}: a Sijill register, up to date.</source>
        <translation>تم الاتصال بـ {where}: سجل محدَّث من سجلات «سجل».</translation>
    </message>
    <message>
        <source>No file at {where} yet: Sijill will create a new register there.</source>
        <translation>لا يوجد ملف في {where} بعد: سيُنشئ «سجل» سجلًّا جديدًا هناك.</translation>
    </message>
    <message>
        <source>{path} would take {size} MB once unpacked; it was refused.</source>
        <translation>سيشغل الملف {path} بعد فك ضغطه {size} ميغابايت؛ فرُفض.</translation>
    </message>
    <message>
        <source>no activity with uuid {uuid} (leave uuid empty to add a new one)</source>
        <translation>لا يوجد نشاط بالمعرّف {uuid} (اترك عمود uuid فارغًا لإضافة نشاط جديد)</translation>
    </message>
    <message>
        <source>Nothing with id {uuid} is in the trash.</source>
        <translation>لا يوجد في سلة المحذوفات شيء بالمعرّف {uuid}.</translation>
    </message>
    <message>
        <source>Restore its agreement ({label}) first.</source>
        <translation>استعد اتفاقه ({label}) أولًا.</translation>
    </message>
    <message>
        <source>A title is required in Arabic or in English.</source>
        <translation>العنوان مطلوب بالعربية أو بالإنجليزية.</translation>
    </message>
    <message>
        <source>A name is required in Arabic or in English.</source>
        <translation>الاسم مطلوب بالعربية أو بالإنجليزية.</translation>
    </message>
    <message>
        <source>The end ({end}) is before the start ({start}).</source>
        <translation>النهاية ({end}) قبل البداية ({start}).</translation>
    </message>
    <message>
        <source>Starts before the agreement&apos;s period ({period}).</source>
        <translation>يبدأ قبل مدة الاتفاق ({period}).</translation>
    </message>
    <message>
        <source>Ends after the agreement&apos;s period ({period}).</source>
        <translation>ينتهي بعد مدة الاتفاق ({period}).</translation>
    </message>
    <message>
        <source>A reference is required.</source>
        <translation>المرجع مطلوب.</translation>
    </message>
    <message>
        <source>The same organisation is listed twice as a party.</source>
        <translation>المنظمة نفسها مذكورة طرفًا مرتين.</translation>
    </message>
    <message>
        <source>An activity belongs to an agreement.</source>
        <translation>يجب أن يتبع النشاط اتفاقًا.</translation>
    </message>
    <message>
        <source>The number of participants cannot be negative.</source>
        <translation>لا يمكن أن يكون عدد المشاركين سالبًا.</translation>
    </message>
    <message>
        <source>A milestone needs a date (a year at least).</source>
        <translation>تحتاج المحطة إلى تاريخ (سنة على الأقل).</translation>
    </message>
    <message>
        <source>Too long: at most {max} characters.</source>
        <translation>النص طويل جدًّا: الحد الأقصى {max} حرفًا.</translation>
    </message>
    <message>
        <source>Contains a character that cannot be stored (an invalid or NUL character); remove it.</source>
        <translation>يحتوي على حرف لا يمكن حفظه (حرف غير صالح أو حرف NUL)؛ احذفه.</translation>
    </message>
    <message>
        <source>A signatory signs for an organisation that is not a party.</source>
        <translation>أحد الموقّعين يوقّع عن منظمة ليست طرفًا في الاتفاق.</translation>
    </message>
    <message>
        <source>The same person is listed twice as a signatory.</source>
        <translation>الشخص نفسه مذكور موقّعًا مرتين.</translation>
    </message>
    <message>
        <source>Objective {n} is empty.</source>
        <translation>الهدف رقم {n} فارغ.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} مجلد وليس ملف قاعدة بيانات.</translation>
    </message>
    <message>
        <source>Cannot read {path}: permission denied.</source>
        <translation>تعذّرت قراءة {path}: لا تملك إذن القراءة.</translation>
    </message>
    <message>
        <source>Cannot open {path}: {error}</source>
        <translation>تعذّر فتح {path}: {error}</translation>
    </message>
    <message>
        <source>{path} is not a Sijill database or is damaged ({error}).</source>
        <translation>الملف {path} ليس قاعدة بيانات لـ«سجل»، أو أنه تالف ({error}).</translation>
    </message>
    <message>
        <source>The summary could not be laid out at {place}.</source>
        <translation>تعذّر تنسيق صفحات الملخص عند {place}.</translation>
    </message>
    <message>
        <source>Not a database path or URL: {url}</source>
        <translation>ليس مسار قاعدة بيانات ولا عنوانًا لها: {url}</translation>
    </message>
    <message>
        <source>Cannot use {url}: {error}</source>
        <translation>تعذّر استخدام {url}: {error}</translation>
    </message>
    <message>
        <source>{path} is a SQLite file but not a Sijill register.</source>
        <translation>الملف {path} من نوع SQLite لكنه ليس سجلًّا من سجلات «سجل».</translation>
    </message>
    <message>
        <source>{path} cannot be used: the file or its folder is read-only for you, and Sijill needs to write beside it. Copy it to a folder you can write to ({error}).</source>
        <translation>لا يمكن استخدام {path}: الملف أو مجلده للقراءة فقط بالنسبة إليك، و«سجل» يحتاج إلى الكتابة بجانبه. انسخه إلى مجلد تملك الكتابة فيه ({error}).</translation>
    </message>
    <message>
        <source>{path} is locked by another program; try again when it has finished ({error}).</source>
        <translation>الملف {path} مقفل من برنامج آخر؛ حاول مرة أخرى حين ينتهي ({error}).</translation>
    </message>
    <message>
        <source>The database {where} holds other tables and is not a Sijill register; it was left untouched.</source>
        <translation>تحوي قاعدة البيانات {where} جداول أخرى وليست سجلًّا من سجلات «سجل»؛ وقد تُركت دون مساس.</translation>
    </message>
    <message>
        <source>No database at {path}.</source>
        <translation>لا توجد قاعدة بيانات في {path}.</translation>
    </message>
    <message>
        <source>Cannot create {path}: {error}</source>
        <translation>تعذّر إنشاء {path}: {error}</translation>
    </message>
    <message>
        <source>The database server {where} refused the user name or password ({error}).</source>
        <translation>رفض خادم قاعدة البيانات {where} اسم المستخدم أو كلمة المرور ({error}).</translation>
    </message>
    <message>
        <source>The database server {where} has no such database; ask its administrator to create it ({error}).</source>
        <translation>لا توجد قاعدة البيانات هذه على الخادم {where}؛ اطلب من مسؤوله إنشاءها ({error}).</translation>
    </message>
    <message>
        <source>Cannot reach the database server {where}: is it running, and is the address right? ({error})</source>
        <translation>تعذّر الوصول إلى خادم قاعدة البيانات {where}: هل هو يعمل، وهل العنوان صحيح؟ ({error})</translation>
    </message>
    <message>
        <source>The connection to the database server {where} was lost; this change was not saved. Try again when the server is back ({error}).</source>
        <translation>انقطع الاتصال بخادم قاعدة البيانات {where}؛ لم يُحفظ هذا التغيير. حاول مرة أخرى حين يعود الخادم ({error}).</translation>
    </message>
    <message>
        <source>The database {where} is busy (another program is writing to it); try again ({error}).</source>
        <translation>قاعدة البيانات {where} مشغولة (برنامج آخر يكتب فيها)؛ حاول مرة أخرى ({error}).</translation>
    </message>
    <message>
        <source>Cannot open the database {where}: {error}</source>
        <translation>تعذّر فتح قاعدة البيانات {where}: {error}</translation>
    </message>
    <message>
        <source>The database {where} was written by a newer version of Sijill (schema {revision}); it was left untouched. Please update Sijill.</source>
        <translation>كُتبت قاعدة البيانات {where} بإصدار أحدث من «سجل» (المخطط {revision})، وقد تُركت دون مساس. يرجى تحديث «سجل».</translation>
    </message>
    <message>
        <source>Write a whole number.</source>
        <translation>اكتب عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>Not a date: write a year (2022), a month (2022-03) or a full date (2022-03-15).</source>
        <translation>ليس تاريخًا: اكتب سنة (2022) أو شهرًا (2022-03) أو تاريخًا كاملًا (2022-03-15).</translation>
    </message>
    <message>
        <source>{name} is open in another Sijill window.</source>
        <translation>الملف {name} مفتوح في نافذة أخرى من «سجل».</translation>
    </message>
</context>
<context>
    <name>overview</name>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المتابعة</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <source>Writing the summary…</source>
        <translation>جارٍ إعداد الملخص…</translation>
    </message>
    <message>
        <source>Export the summary</source>
        <translation>تصدير الملخص</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Summary written to {path}</source>
        <translation>حُفظ الملخص في {path}</translation>
    </message>
    <message>
        <source>Summary preview</source>
        <translation>معاينة الملخص</translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation>طباعة الملخص</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n pages to the printer.</source>
        <translation>
            <numerusform>لم تُرسل أي صفحة إلى الطابعة.</numerusform>
            <numerusform>أُرسلت صفحة واحدة إلى الطابعة.</numerusform>
            <numerusform>أُرسلت صفحتان إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %n صفحات إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %n صفحةً إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %n صفحة إلى الطابعة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>This record has changes that are not saved yet.</source>
        <translation>في هذا السجل تغييرات لم تُحفظ بعد.</translation>
    </message>
    <message>
        <source>Do you want to save them?</source>
        <translation>هل تريد حفظها؟</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>قاعدة البيانات قيد الاستخدام</translation>
    </message>
    <message>
        <source>Another Sijill window is already editing this database:
{name}</source>
        <translation>هناك نافذة أخرى من «سجل» تحرّر قاعدة البيانات هذه:
{name}</translation>
    </message>
    <message>
        <source>You can open it read-only to look things up.</source>
        <translation>يمكنك فتحها للقراءة فقط للاطلاع على ما فيها.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>فتح للقراءة فقط</translation>
    </message>
</context>
<context>
    <name>quick</name>
    <message>
        <source>New organisation</source>
        <translation>منظمة جديدة</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>الاسم (بالعربية)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>الاسم (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>شخص جديد</translation>
    </message>
    <message>
        <source>Title / position (Arabic)</source>
        <translation>المنصب (بالعربية)</translation>
    </message>
    <message>
        <source>Title / position (English)</source>
        <translation>المنصب (بالإنجليزية)</translation>
    </message>
</context>
<context>
    <name>record_values</name>
    <message>
        <source>Name (Arabic)</source>
        <translation>الاسم (بالعربية)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>الاسم (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Honorific (Arabic)</source>
        <translation>اللقب (بالعربية)</translation>
    </message>
    <message>
        <source>Honorific (English)</source>
        <translation>اللقب (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Position (Arabic)</source>
        <translation>المنصب (بالعربية)</translation>
    </message>
    <message>
        <source>Position (English)</source>
        <translation>المنصب (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Title (Arabic)</source>
        <translation>العنوان (بالعربية)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>العنوان (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>المدة من</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>المدة إلى</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>تاريخ التوقيع</translation>
    </message>
    <message>
        <source>Place of signing (Arabic)</source>
        <translation>مكان التوقيع (بالعربية)</translation>
    </message>
    <message>
        <source>Place of signing (English)</source>
        <translation>مكان التوقيع (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Previous agreement</source>
        <translation>الاتفاق السابق</translation>
    </message>
    <message>
        <source>Purpose (Arabic)</source>
        <translation>الغرض (بالعربية)</translation>
    </message>
    <message>
        <source>Purpose (English)</source>
        <translation>الغرض (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>الأطراف</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>الموقّعون</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>التصريحات</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>المنظمة الرائدة</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Description (Arabic)</source>
        <translation>الوصف (بالعربية)</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>الوصف (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>نشاط</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>محطة</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>عُدّل</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <source>Restored from the trash</source>
        <translation>استُعيد من المحذوفات</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>استُورد</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>حُسم تعارض</translation>
    </message>
    <message>
        <source>Changed here and in the field</source>
        <translation>عُدّل هنا وفي الميدان</translation>
    </message>
    <message>
        <source>Deleted here, changed in the field</source>
        <translation>حُذف هنا وعُدّل في الميدان</translation>
    </message>
    <message>
        <source>Changed here, deleted in the field</source>
        <translation>عُدّل هنا وحُذف في الميدان</translation>
    </message>
    <message>
        <source>Could not be applied here</source>
        <translation>تعذّر تطبيقه هنا</translation>
    </message>
    <message>
        <source>spreadsheet</source>
        <translation>جدول بيانات</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <extracomment>stored fields that hold a partial date (ISO text)</extracomment>
        <translation>
            <numerusform>لا عناصر</numerusform>
            <numerusform>عنصر واحد</numerusform>
            <numerusform>عنصران</numerusform>
            <numerusform>%n عناصر</numerusform>
            <numerusform>%n عنصرًا</numerusform>
            <numerusform>%n عنصر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Language of the interface</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>Show Hijri dates</source>
        <translation>إظهار التاريخ الهجري</translation>
    </message>
    <message>
        <source>Arabic-Indic digits</source>
        <translation>الأرقام الهندية</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>قواعد البيانات الأخيرة</translation>
    </message>
    <message>
        <source>Last database</source>
        <translation>آخر قاعدة بيانات</translation>
    </message>
    <message>
        <source>Window geometry</source>
        <translation>أبعاد النافذة</translation>
    </message>
    <message>
        <source>Last folder</source>
        <translation>آخر مجلد</translation>
    </message>
    <message>
        <source>Your name in the history</source>
        <translation>اسمك في سجل التغييرات</translation>
    </message>
    <message>
        <source>Show a record&apos;s history in its editor</source>
        <translation>إظهار سجل تغييرات السجل في محرره</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>Agreements</source>
        <translation>الاتفاقات</translation>
    </message>
    <message>
        <source>period not recorded</source>
        <translation>المدة غير مسجلة</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاريخ الشراكة</translation>
    </message>
    <message>
        <source>Activities of {plan}</source>
        <translation>أنشطة {plan}</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Activities of:</source>
        <translation>أنشطة:</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Whole story</source>
        <translation>القصة كاملة</translation>
    </message>
    <message>
        <source>The plan&apos;s period</source>
        <translation>مدة الخطة</translation>
    </message>
</context>
</TS>
