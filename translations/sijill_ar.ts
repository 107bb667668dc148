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
        <source>IBM Plex Sans Arabic font (SIL Open Font License 1.1)</source>
        <translation>خط IBM Plex Sans Arabic (رخصة SIL للخطوط المفتوحة 1.1)</translation>
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
    <name>AccessBanner</name>
    <message>
        <source>Read-only: this register is open for editing in another Sijill window. You can read and print it.</source>
        <translation>للقراءة فقط: هذا السجل مفتوح للتحرير في نافذة أخرى من «سجل». يمكنك قراءته وطباعته.</translation>
    </message>
    <message>
        <source>Read-only: your server login {login} may only read this register. Ask its administrator for the editor role to make changes.</source>
        <translation>للقراءة فقط: حسابك على الخادم {login} يتيح لك قراءة هذا السجل فحسب. اطلب من مسؤوله دور المحرر لتتمكن من إجراء التغييرات.</translation>
    </message>
    <message>
        <source>A register file has one user at a time: the file&apos;s permissions on this computer are its access control.</source>
        <translation>لملف السجل مستخدم واحد في كل مرة: أذونات الملف على هذا الحاسوب هي التي تحدد من يصل إليه.</translation>
    </message>
    <message>
        <source>reader (may read only)</source>
        <translation>قارئ (يقرأ فقط)</translation>
    </message>
    <message>
        <source>editor (may change records)</source>
        <translation>محرر (يغيّر السجلات)</translation>
    </message>
    <message>
        <source>administrator (may also change settings and roles)</source>
        <translation>مسؤول (يغيّر أيضًا الإعدادات والأدوار)</translation>
    </message>
    <message>
        <source>owner of the database</source>
        <translation>مالك قاعدة البيانات</translation>
    </message>
    <message>
        <source>Server login {login}: {role}. The server&apos;s roles decide who may do what.</source>
        <translation>الحساب على الخادم {login}: {role}. أدوار الخادم هي التي تحدد صلاحيات كل مستخدم.</translation>
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
    <name>Attachments</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
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
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>إضافة ملفات…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>B</source>
        <translation>بايت</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>ك.ب</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>م.ب</translation>
    </message>
    <message>
        <source>Save the record first; then files can be attached to it.</source>
        <translation>احفظ السجل أولًا، ثم يمكن إرفاق الملفات به.</translation>
    </message>
    <message>
        <source>No files yet: add the signed document, minutes, reports or photos (or drop files here).</source>
        <translation>لا ملفات بعد: أضف الوثيقة الموقّعة أو المحاضر أو التقارير أو الصور (أو أفلت الملفات هنا).</translation>
    </message>
    <message>
        <source>This file is too large to preview; open it with its application.</source>
        <translation>هذا الملف أكبر من أن يُعاين؛ افتحه بتطبيقه.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>إرفاق ملفات</translation>
    </message>
    <message>
        <source>This file could be a program: Sijill does not open it. Save it and have it checked first.</source>
        <translation>قد يكون هذا الملف برنامجًا: لا يفتحه «سجل». احفظه واطلب فحصه أولًا.</translation>
    </message>
    <message>
        <source>Save the attachment as</source>
        <translation>حفظ المرفق باسم</translation>
    </message>
    <message>
        <source>Title (Arabic)…</source>
        <translation>العنوان (بالعربية)…</translation>
    </message>
    <message>
        <source>Title (English)…</source>
        <translation>العنوان (بالإنجليزية)…</translation>
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
        <source>Attachment</source>
        <translation>مرفق</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>This image cannot be read.</source>
        <translation>تتعذّر قراءة هذه الصورة.</translation>
    </message>
    <message>
        <source>This image is too large to preview safely; open it with its application.</source>
        <translation>هذه الصورة أكبر من أن تُعاين بأمان؛ افتحها بتطبيقها.</translation>
    </message>
    <message>
        <source>This PDF cannot be read.</source>
        <translation>تتعذّر قراءة ملف PDF هذا.</translation>
    </message>
    <message>
        <source>This PDF has too many pages to preview safely; open it with its application.</source>
        <translation>في ملف PDF هذا صفحات أكثر من أن يُعاين بأمان؛ افتحه بتطبيقه.</translation>
    </message>
    <message>
        <source>This PDF&apos;s pages are too large to preview safely; open it with its application.</source>
        <translation>صفحات ملف PDF هذا أكبر من أن تُعاين بأمان؛ افتحه بتطبيقه.</translation>
    </message>
    <message>
        <source>No preview for this kind of file; open it with its application.</source>
        <translation>لا معاينة لهذا النوع من الملفات؛ افتحه بتطبيقه.</translation>
    </message>
    <message>
        <source>PDF preview is not available on this system.</source>
        <translation>معاينة ملفات PDF غير متاحة على هذا النظام.</translation>
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
        <source>A backup is made automatically once a day when the database is opened (the last {days} days and {weeks} weeks are kept). Restoring replaces the database; the current file is kept aside.</source>
        <translation>تُنشأ نسخة احتياطية تلقائيًا مرة في اليوم عند فتح قاعدة البيانات (وتُحفظ نسخ آخر {days} أيام و{weeks} أسابيع). الاسترجاع يستبدل قاعدة البيانات، ويُحتفظ بالملف الحالي جانبًا.</translation>
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
        <source>Sign the bundle with your identity</source>
        <translation>توقيع الحزمة بهويتك</translation>
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
        <source>Unsigned: anyone could have made this bundle.</source>
        <translation>غير موقّعة: كان يمكن لأي أحد أن يصنع هذه الحزمة.</translation>
    </message>
    <message>
        <source>Signed by {who}, who is on your trust list.</source>
        <translation>وقّعها {who}، وهو في قائمة الثقة لديك.</translation>
    </message>
    <message>
        <source>Signed by {who}, who is NOT on your trust list.</source>
        <translation>وقّعها {who}، وهو ليس في قائمة الثقة لديك.</translation>
    </message>
    <message>
        <source>Merged: {added} added, {updated} updated, {deleted} deleted, {conflicts} conflicts.</source>
        <translation>تم الدمج: أضيف {added}، حُدّث {updated}، حُذف {deleted}، تعارضات {conflicts}.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>{name} (server login {login})</source>
        <translation>{name} (الحساب على الخادم {login})</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Import activities</source>
        <translation>استيراد الأنشطة</translation>
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
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>{what} {done} / {total}</source>
        <translation>{what} {done} / {total}</translation>
    </message>
    <message>
        <source>This file has no version column: its rows will be applied over any change made in the register since it was exported.</source>
        <translation>لا يحوي هذا الملف عمود الإصدار: ستُطبَّق صفوفه فوق أي تغيير جرى في السجل بعد تصديره.</translation>
    </message>
    <message>
        <source>Only rows with problems</source>
        <translation>الصفوف التي فيها مشكلات فقط</translation>
    </message>
    <message>
        <source>For fields changed on both sides, use the file&apos;s values</source>
        <translation>للحقول التي تغيّرت في الجهتين، استخدم قيم الملف</translation>
    </message>
    <message>
        <source>{file}: {rows} rows — {added} to add, {updated} to update, {unchanged} unchanged; {bad_rows} rows with problems ({problems} problems); {conflicts} conflicts.</source>
        <translation>{file}: عدد الصفوف {rows} — للإضافة {added}، للتحديث {updated}، دون تغيير {unchanged}؛ صفوف فيها مشكلات {bad_rows} (عدد المشكلات {problems})؛ تعارضات {conflicts}.</translation>
    </message>
    <message>
        <source>Read as an Excel workbook (.xlsx).</source>
        <translation>قُرئ بوصفه مصنف Excel ‏(.xlsx).</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>الفاصلة (,)</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>الفاصلة المنقوطة (;)</translation>
    </message>
    <message>
        <source>Arabic semicolon (؛)</source>
        <translation>الفاصلة المنقوطة العربية (؛)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>علامة الجدولة</translation>
    </message>
    <message>
        <source>Read as {encoding} text; columns separated by {separator}.</source>
        <translation>قُرئ نصًّا بترميز {encoding}؛ والأعمدة مفصولة بـ{separator}.</translation>
    </message>
    <message>
        <source>Columns this import does not know: choose the field each one fills, or ignore it.</source>
        <translation>أعمدة لا يعرفها الاستيراد: اختر الحقل الذي يملؤه كل منها، أو تجاهله.</translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation>تجاهل هذا العمود</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>افحص من جديد</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Changes: {fields}</source>
        <translation>يغيّر: {fields}</translation>
    </message>
    <message>
        <source>empty cells clear: {fields}</source>
        <translation>خلايا فارغة تمحو: {fields}</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Nothing will be imported until every error is corrected in the file.</source>
        <translation>لن يُستورد شيء حتى تُصحَّح كل الأخطاء في الملف.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>أُلغي الاستيراد؛ ولم يتغير شيء.</translation>
    </message>
    <message>
        <source>Checking rows…</source>
        <translation>جارٍ فحص الصفوف…</translation>
    </message>
    <message>
        <source>Importing rows…</source>
        <translation>جارٍ استيراد الصفوف…</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
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
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>المستهدف</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Achievement counted from</source>
        <translation>يُحتسب الإنجاز من</translation>
    </message>
    <message>
        <source>Kinds of activity counted (none: all)</source>
        <translation>أنواع الأنشطة المحتسبة (بلا اختيار: كلها)</translation>
    </message>
    <message>
        <source>Values entered by hand, per period (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>قيم تُدخل يدويًا لكل مدة (YYYY أو YYYY-MM أو YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Add period</source>
        <translation>إضافة مدة</translation>
    </message>
    <message>
        <source>Remove period</source>
        <translation>إزالة المدة</translation>
    </message>
    <message>
        <source>Period row %1: write the period as YYYY, YYYY-MM or YYYY-MM-DD and the value as a number.</source>
        <translation>صف المدة %1: اكتب المدة بصيغة YYYY أو YYYY-MM أو YYYY-MM-DD والقيمة رقمًا.</translation>
    </message>
</context>
<context>
    <name>IndicatorValues</name>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Value reported</source>
        <translation>القيمة المبلَّغ عنها</translation>
    </message>
    <message>
        <source>Values reported for the objective&apos;s indicators</source>
        <translation>القيم المبلَّغ عنها لمؤشرات الهدف</translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message>
        <source>Indicators of objective %1</source>
        <translation>مؤشرات الهدف %1</translation>
    </message>
    <message>
        <source>Indicators (select an objective)</source>
        <translation>المؤشرات (اختر هدفًا)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>المستهدف</translation>
    </message>
    <message>
        <source>Achievement counted from</source>
        <translation>يُحتسب الإنجاز من</translation>
    </message>
    <message>
        <source>Add indicator…</source>
        <translation>إضافة مؤشر…</translation>
    </message>
    <message>
        <source>Edit indicator…</source>
        <translation>تعديل المؤشر…</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>إزالة المؤشر</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>المؤشرات</translation>
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
        <source>Move “{name}” to the trash? It can be restored from File › Trash….</source>
        <translation>نقل «{name}» إلى سلة المحذوفات؟ يمكن استرجاعه من ملف › سلة المحذوفات….</translation>
    </message>
    <message>
        <source>Moved to the trash; File › Trash… restores it.</source>
        <translation>نُقل إلى سلة المحذوفات؛ ويمكن استرجاعه من ملف › سلة المحذوفات….</translation>
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
    <name>ServerUsers</name>
    <message>
        <source>reader</source>
        <translation>قارئ</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>محرر</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>مسؤول</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>المالك</translation>
    </message>
    <message>
        <source>Server users and roles</source>
        <translation>مستخدمو الخادم وأدوارهم</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Server login</source>
        <translation>الحساب على الخادم</translation>
    </message>
    <message>
        <source>Give this role</source>
        <translation>امنح هذا الدور</translation>
    </message>
    <message>
        <source>Take every role</source>
        <translation>اسحب كل الأدوار</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <source>Trash</source>
        <translation>سلة المحذوفات</translation>
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
        <source>Deleted records wait here until the trash is emptied: choose one and Restore to bring it back, with what was deleted with it.</source>
        <translation>تبقى السجلات المحذوفة هنا حتى تُفرَغ السلة: اختر سجلًا ثم «استعد» لإعادته مع ما حُذف معه.</translation>
    </message>
    <message>
        <source>The trash is empty. A record you delete (Delete in a list, or Edit › Delete…) comes here and can be restored until the trash is emptied.</source>
        <translation>سلة المحذوفات فارغة. كل سجل تحذفه (بمفتاح Delete في القائمة، أو من تحرير › حذف…) يأتي إليها، ويمكن استرجاعه ما لم تُفرَغ السلة.</translation>
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
    <message>
        <source>Welcome to Sijill: your name</source>
        <translation>مرحبًا بك في «سجل»: اسمك</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Page {page}: removed.</source>
        <translation>الصفحة {page}: حُذفت.</translation>
    </message>
    <message>
        <source>Page {page}: added after the summary was made.</source>
        <translation>الصفحة {page}: أُضيفت بعد إعداد الملخص.</translation>
    </message>
    <message>
        <source>Page {page}: its content was changed.</source>
        <translation>الصفحة {page}: غُيّر محتواها.</translation>
    </message>
    <message>
        <source>Page {page}: its size or cropping was changed.</source>
        <translation>الصفحة {page}: غُيّر مقاسها أو اقتصاصها.</translation>
    </message>
    <message>
        <source>Page {page}: images were added or removed.</source>
        <translation>الصفحة {page}: أُضيفت إليها صور أو حُذفت منها.</translation>
    </message>
    <message>
        <source>Page {page}: annotations were added or removed.</source>
        <translation>الصفحة {page}: أُضيفت إليها تعليقات توضيحية أو حُذفت منها.</translation>
    </message>
    <message>
        <source>Page {page}: an embedded font was changed.</source>
        <translation>الصفحة {page}: غُيّر خط مضمَّن.</translation>
    </message>
    <message>
        <source>Page {page}: a font that was not in the summary was added.</source>
        <translation>الصفحة {page}: أُضيف خط لم يكن في الملخص.</translation>
    </message>
    <message>
        <source>Page {page}: drawing resources it did not have were added.</source>
        <translation>الصفحة {page}: أُضيفت إليها موارد رسم لم تكن فيها.</translation>
    </message>
    <message>
        <source>The fingerprint is not the one the record digests make.</source>
        <translation>البصمة ليست التي تنتج عن بصمات السجلات.</translation>
    </message>
    <message>
        <source>The document information does not carry the fingerprint.</source>
        <translation>معلومات المستند لا تحمل البصمة.</translation>
    </message>
    <message>
        <source>The footer does not print the fingerprint.</source>
        <translation>تذييل الصفحة لا يطبع البصمة.</translation>
    </message>
    <message>
        <source>The QR code does not encode the fingerprint.</source>
        <translation>رمز QR لا يحمل البصمة.</translation>
    </message>
    <message>
        <source>The record of the pages made when the summary was built is missing or does not match.</source>
        <translation>سجلّ الصفحات الذي أُعدّ مع الملخص مفقود أو لا يطابقه.</translation>
    </message>
    <message>
        <source>The printed values kept in the file do not match their digests.</source>
        <translation>القيم المطبوعة المحفوظة في الملف لا تطابق بصماتها.</translation>
    </message>
    <message>
        <source>The document&apos;s pages could not be read.</source>
        <translation>تعذّرت قراءة صفحات المستند.</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>مفتاح التوقيع</translation>
    </message>
    <message>
        <source>Passphrase of your signing key:</source>
        <translation>عبارة المرور لمفتاح توقيعك:</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>الملخص غير موقّع.</translation>
    </message>
    <message>
        <source>The signature could not be checked: it is damaged.</source>
        <translation>تعذّر فحص التوقيع: إنه تالف.</translation>
    </message>
    <message>
        <source>Signed by {who}.</source>
        <translation>وقّعه {who}.</translation>
    </message>
    <message>
        <source>Signed by {who}, but the signature does NOT verify.</source>
        <translation>وقّعه {who}، لكن التوقيع لا يصحّ.</translation>
    </message>
    <message>
        <source>The signer is on your trust list.</source>
        <translation>الموقّع في قائمة الثقة لديك.</translation>
    </message>
    <message>
        <source>The signer is NOT on your trust list.</source>
        <translation>الموقّع ليس في قائمة الثقة لديك.</translation>
    </message>
    <message>
        <source>The signature covers the whole file.</source>
        <translation>يشمل التوقيع الملف كله.</translation>
    </message>
    <message numerus="yes">
        <source>The signature does NOT cover the whole file: %n change(s) were written after signing.</source>
        <translation>
            <numerusform>لا يشمل التوقيع الملف كله: كُتبت تغييرات بعد التوقيع.</numerusform>
            <numerusform>لا يشمل التوقيع الملف كله: كُتب تغيير واحد بعد التوقيع.</numerusform>
            <numerusform>لا يشمل التوقيع الملف كله: كُتب تغييران بعد التوقيع.</numerusform>
            <numerusform>لا يشمل التوقيع الملف كله: كُتبت %n تغييرات بعد التوقيع.</numerusform>
            <numerusform>لا يشمل التوقيع الملف كله: كُتب %n تغييرًا بعد التوقيع.</numerusform>
            <numerusform>لا يشمل التوقيع الملف كله: كُتب %n تغيير بعد التوقيع.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The document is as it was made: %n page(s), and the fingerprint, footer, QR code and metadata agree.</source>
        <translation>
            <numerusform>المستند كما أُعدّ: بلا صفحات، والبصمة والتذييل ورمز QR ومعلومات المستند متطابقة.</numerusform>
            <numerusform>المستند كما أُعدّ: صفحة واحدة، والبصمة والتذييل ورمز QR ومعلومات المستند متطابقة.</numerusform>
            <numerusform>المستند كما أُعدّ: صفحتان، والبصمة والتذييل ورمز QR ومعلومات المستند متطابقة.</numerusform>
            <numerusform>المستند كما أُعدّ: %n صفحات، والبصمة والتذييل ورمز QR ومعلومات المستند متطابقة.</numerusform>
            <numerusform>المستند كما أُعدّ: %n صفحة، والبصمة والتذييل ورمز QR ومعلومات المستند متطابقة.</numerusform>
            <numerusform>المستند كما أُعدّ: %n صفحة، والبصمة والتذييل ورمز QR ومعلومات المستند متطابقة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The document was ALTERED after it was made:</source>
        <translation>عُدّل المستند بعد إعداده:</translation>
    </message>
    <message>
        <source>This summary was altered, or its signature is not valid: do not rely on it.</source>
        <translation>عُدّل هذا الملخص أو أن توقيعه غير صحيح: لا تعتمد عليه.</translation>
    </message>
    <message>
        <source>The summary is intact, but the register has changed since it was printed.</source>
        <translation>الملخص سليم، لكن السجل تغيّر منذ طباعته.</translation>
    </message>
    <message>
        <source>The summary is intact and the register still holds what it printed.</source>
        <translation>الملخص سليم، وما زال السجل يحوي ما طُبع فيه.</translation>
    </message>
    <message>
        <source>Row {row}: {kind} {title}</source>
        <translation>الصف {row}: {kind} {title}</translation>
    </message>
    <message>
        <source>added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>غُيّر</translation>
    </message>
    <message>
        <source>{field} (not on the summary)</source>
        <translation>{field} (غير مطبوع في الملخص)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>المطبوع</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Verify a summary</source>
        <translation>التحقق من ملخص</translation>
    </message>
    <message>
        <source>1. Signature</source>
        <translation>١. التوقيع</translation>
    </message>
    <message>
        <source>2. The document</source>
        <translation>٢. المستند</translation>
    </message>
    <message>
        <source>3. The register</source>
        <translation>٣. السجل</translation>
    </message>
    <message>
        <source>The register holds exactly what was printed.</source>
        <translation>يحوي السجل ما طُبع تمامًا.</translation>
    </message>
    <message>
        <source>The register no longer holds what was printed:</source>
        <translation>لم يعد السجل يحوي ما طُبع:</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
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
        <source>Sign exported summaries</source>
        <translation>توقيع الملخصات المصدَّرة</translation>
    </message>
    <message>
        <source>Verify a summary…</source>
        <translation>التحقق من ملخص…</translation>
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
        <translation>تاريخ الشراكة</translation>
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
        <translation>سلة المحذوفات…</translation>
    </message>
    <message>
        <source>History of this record…</source>
        <translation>سجل تغييرات هذا السجل…</translation>
    </message>
    <message>
        <source>Your name in the history…</source>
        <translation>اسمك في سجل التغييرات…</translation>
    </message>
    <message>
        <source>Server users and roles…</source>
        <translation>مستخدمو الخادم وأدوارهم…</translation>
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
    <message>
        <source>Default columns</source>
        <translation>الأعمدة الافتراضية</translation>
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
    <name>credentials</name>
    <message>
        <source>Server password</source>
        <translation>كلمة مرور الخادم</translation>
    </message>
    <message>
        <source>The database server asks for the password of {where}.</source>
        <translation>يطلب خادم قاعدة البيانات كلمة المرور للحساب {where}.</translation>
    </message>
    <message>
        <source>Remember it in the system keyring</source>
        <translation>احفظها في سلسلة مفاتيح النظام</translation>
    </message>
    <message>
        <source>No system keyring is available here, so Sijill will ask for the password each time. It is never written to Sijill&apos;s settings.</source>
        <translation>لا تتوفر هنا سلسلة مفاتيح للنظام، لذا سيطلب «سجل» كلمة المرور في كل مرة. ولا تُكتب أبدًا في إعدادات «سجل».</translation>
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
    <message>
        <source>{achieved} of {target}</source>
        <translation>{achieved} من {target}</translation>
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
        <source>Indicators: achieved against target, by objective</source>
        <translation>المؤشرات: المتحقق مقارنة بالمستهدف، حسب الهدف</translation>
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
        <source>Indicator values</source>
        <translation>قيم المؤشرات</translation>
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
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx)</source>
        <translation>جداول البيانات (*.csv *.txt *.tsv *.xlsx)</translation>
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
    <message>
        <source>Show the activities of the agreement</source>
        <translation>عرض أنشطة الاتفاق</translation>
    </message>
    <message>
        <source>Show the activities with the status</source>
        <translation>عرض الأنشطة ذات الحالة</translation>
    </message>
    <message>
        <source>Show the activities of the kind</source>
        <translation>عرض الأنشطة من النوع</translation>
    </message>
</context>
<context>
    <name>keyboard</name>
    <message>
        <source>Parties</source>
        <translation>الأطراف</translation>
    </message>
    <message>
        <source>Organisation to add as a party</source>
        <translation>المنظمة التي تُضاف طرفًا</translation>
    </message>
    <message>
        <source>Signatories in signing order</source>
        <translation>الموقّعون بترتيب التوقيع</translation>
    </message>
    <message>
        <source>Person to add as a signatory</source>
        <translation>الشخص الذي يُضاف موقّعًا</translation>
    </message>
    <message>
        <source>The party the selected signatory signs for</source>
        <translation>الطرف الذي يوقّع عنه الموقّع المحدد</translation>
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
        <source>The person who made the selected statement</source>
        <translation>صاحب التصريح المحدد</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>List of agreements</source>
        <translation>قائمة الاتفاقات</translation>
    </message>
    <message>
        <source>List of activities</source>
        <translation>قائمة الأنشطة</translation>
    </message>
    <message>
        <source>List of organisations</source>
        <translation>قائمة المنظمات</translation>
    </message>
    <message>
        <source>List of people</source>
        <translation>قائمة الأشخاص</translation>
    </message>
    <message>
        <source>List of milestones</source>
        <translation>قائمة المحطات</translation>
    </message>
    <message>
        <source>List</source>
        <translation>القائمة</translation>
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
    <message>
        <source>Signed agreement</source>
        <translation>الاتفاق الموقّع</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>محضر اجتماع</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>تقرير</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>صورة</translation>
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
        <source>Cannot read {path}: {error}</source>
        <translation>تعذّرت قراءة {path}: {error}</translation>
    </message>
    <message>
        <source>--annual needs --year YYYY.</source>
        <translation>يحتاج الخيار ‎--annual‎ إلى ‎--year YYYY‎.</translation>
    </message>
    <message>
        <source>The annual report is a PDF: give -o FILE.pdf.</source>
        <translation>التقرير السنوي ملف PDF: حدّد ‎-o FILE.pdf‎.</translation>
    </message>
    <message>
        <source>The annual report covers every plan: --by, --agreement and --json do not apply.</source>
        <translation>يشمل التقرير السنوي كل الخطط: لا تنطبق عليه الخيارات ‎--by‎ و‎--agreement‎ و‎--json‎.</translation>
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
        <source>--to comes before --from.</source>
        <translation>تاريخ ‎--to‎ يسبق تاريخ ‎--from‎.</translation>
    </message>
    <message>
        <source>Unsupported file type {suffix}: use {allowed}.</source>
        <translation>نوع الملف {suffix} غير مدعوم: استخدم {allowed}.</translation>
    </message>
    <message>
        <source>--lang ar+en is for the annual report (--annual).</source>
        <translation>الخيار ‎--lang ar+en‎ خاص بالتقرير السنوي (‎--annual‎).</translation>
    </message>
    <message>
        <source>{option}: not a date: {value} (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>{option}: ليس تاريخًا: {value} (YYYY أو YYYY-MM أو YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>read-only: your server login {login} may only read this register; ask its administrator for the editor role.</source>
        <translation>للقراءة فقط: حسابك على الخادم {login} يتيح لك قراءة هذا السجل فحسب؛ اطلب من مسؤوله دور المحرر.</translation>
    </message>
    <message>
        <source>not allowed: your server login {login} ({role}) cannot do this; it needs the admin role.</source>
        <translation>غير مسموح: حسابك على الخادم {login} ({role}) لا يملك صلاحية هذا الإجراء؛ فهو يتطلب دور المسؤول.</translation>
    </message>
    <message>
        <source>not allowed: only the database&apos;s owner can do this; your server login {login} is {role}.</source>
        <translation>غير مسموح: لا يقوم بهذا إلا مالك قاعدة البيانات؛ ودور حسابك على الخادم {login} هو {role}.</translation>
    </message>
    <message>
        <source>could not be applied here</source>
        <translation>تعذّر تطبيقه هنا</translation>
    </message>
    <message>
        <source>Participants of completed activities</source>
        <translation>المشاركون في الأنشطة المنجزة</translation>
    </message>
    <message>
        <source>Values reported by completed activities</source>
        <translation>القيم التي أبلغت عنها الأنشطة المنجزة</translation>
    </message>
    <message>
        <source>Completed activities counted</source>
        <translation>عدد الأنشطة المنجزة</translation>
    </message>
    <message>
        <source>Entered by hand per period</source>
        <translation>تُدخل يدويًا لكل مدة</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>زيادة</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>انخفاض</translation>
    </message>
    <message>
        <source>Objective {n}: an indicator needs a name.</source>
        <translation>الهدف {n}: يحتاج المؤشر إلى اسم.</translation>
    </message>
    <message>
        <source>Objective {n}: an indicator&apos;s name is too long.</source>
        <translation>الهدف {n}: اسم المؤشر طويل جدًا.</translation>
    </message>
    <message>
        <source>Objective {n}: the target of an increasing indicator is below its baseline.</source>
        <translation>الهدف {n}: المستهدف لمؤشر متزايد أقل من خط الأساس.</translation>
    </message>
    <message>
        <source>Objective {n}: the target of a decreasing indicator is above its baseline.</source>
        <translation>الهدف {n}: المستهدف لمؤشر متناقص أعلى من خط الأساس.</translation>
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
        <source>{path} is open in Sijill ({holder}); close it there first. Nothing was restored.</source>
        <translation>الملف {path} مفتوح في «سجل» ({holder})؛ أغلقه هناك أولًا. لم يُستعد شيء.</translation>
    </message>
    <message>
        <source>{path} is in use by another Sijill window or command; wait until it has finished. Nothing was restored.</source>
        <translation>الملف {path} قيد الاستخدام في نافذة أخرى من «سجل» أو في أمر آخر؛ انتظر حتى ينتهي. لم يُستعد شيء.</translation>
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
        <source>The bundle holds more than {limit} MiB of data once unpacked ({name}); it was refused.</source>
        <translation>تحوي الحزمة بعد فك ضغطها أكثر من {limit} ميبيبايت من البيانات ({name})؛ فرُفضت.</translation>
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
        <source>{name} in the bundle is compressed in a way Sijill does not read; it was refused.</source>
        <translation>الملف {name} في الحزمة مضغوط بطريقة لا يقرؤها «سجل»؛ فرُفضت.</translation>
    </message>
    <message>
        <source>The bundle is too large to import at once ({name}); export it in smaller parts (e.g. with --since).</source>
        <translation>الحزمة أكبر من أن تُستورد دفعة واحدة ({name})؛ صدّرها على أجزاء أصغر (مثلًا بالخيار --since).</translation>
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
        <source>Text that is not valid UTF-8 cannot be used here: {text}</source>
        <translation>لا يمكن استخدام نص غير صالح بترميز UTF-8 هنا: {text}</translation>
    </message>
    <message>
        <source>Cannot read or write a file: {path}: {error}</source>
        <translation>تعذّرت قراءة ملف أو الكتابة فيه: {path}: {error}</translation>
    </message>
    <message>
        <source>Cannot read or write a file: {error}</source>
        <translation>تعذّرت قراءة ملف أو الكتابة فيه: {error}</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>أُوقف</translation>
    </message>
    <message>
        <source>{file}: nothing imported; {problems} problems in {rows} rows (first: {first}); --json or --errors-csv FILE lists them all.</source>
        <translation>{file}: لم يُستورد شيء؛ عدد المشكلات {problems} في {rows} من الصفوف (أولاها: {first})؛ يسردها كلها الخيار ‎--json‎ أو ‎--errors-csv FILE‎.</translation>
    </message>
    <message>
        <source>{file}: checked {rows} rows ({encoding}{separator}): {added} to add, {updated} to update, {unchanged} unchanged, {conflicts} left out for conflicts, {warnings} warnings; nothing was changed.</source>
        <translation>{file}: فُحص من الصفوف {rows} ({encoding}{separator}): للإضافة {added}، للتحديث {updated}، دون تغيير {unchanged}، متروكة بسبب التعارض {conflicts}، تنبيهات {warnings}؛ ولم يتغير شيء.</translation>
    </message>
    <message>
        <source>{file}: imported {rows} rows ({encoding}{separator}): {added} added, {updated} updated, {unchanged} unchanged, {conflicts} left out for conflicts, {warnings} warnings.</source>
        <translation>{file}: استُورد من الصفوف {rows} ({encoding}{separator}): أُضيف {added}، حُدّث {updated}، دون تغيير {unchanged}، متروكة بسبب التعارض {conflicts}، تنبيهات {warnings}.</translation>
    </message>
    <message>
        <source>row {row}, {field}: {problem}</source>
        <translation>الصف {row}، {field}: {problem}</translation>
    </message>
    <message>
        <source>Exported {count} activities to {path}.</source>
        <translation>صُدّر من الأنشطة {count} إلى {path}.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>علامة الجدولة</translation>
    </message>
    <message>
        <source>Wrote an empty import template to {path}.</source>
        <translation>كُتب قالب استيراد فارغ في {path}.</translation>
    </message>
    <message>
        <source>The attachments come to {size} MB, more than a bundle carries ({budget} MB): export fewer agreements, or use --no-attachments.</source>
        <translation>يبلغ حجم المرفقات {size} م.ب، وهو أكثر مما تحمله الحزمة ({budget} م.ب): صدّر اتفاقات أقل، أو استعمل ‎--no-attachments.</translation>
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
        <source>This register is a copy (or was moved here) from the place its id belongs to; it now has an id of its own ({id}, was {previous}), so bundles go both ways between it and the original with no edit lost.</source>
        <translation>قاعدة البيانات هذه نسخة (أو نُقلت إلى هنا) من المكان الذي يعود إليه معرّفها؛ صار لها الآن معرّف خاص بها ({id}، وكان {previous})، فتتبادل الحزم مع الأصل في الاتجاهين دون أن يضيع أي تعديل.</translation>
    </message>
    <message>
        <source>This bundle comes from a copy of this register made by hand, which had the same id; this register now has an id of its own ({id}, was {previous}) and the bundle was merged.</source>
        <translation>هذه الحزمة آتية من نسخة من قاعدة البيانات هذه نُسخت يدويًا وتحمل المعرّف نفسه؛ صار لقاعدة البيانات هذه الآن معرّف خاص بها ({id}، وكان {previous})، ودُمجت الحزمة.</translation>
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
        <source>The file is {size} MB, larger than this register&apos;s limit of {limit} MB for one attachment; nothing was added.</source>
        <translation>حجم الملف {size} م.ب، وهو أكبر من الحد الذي يقبله هذا السجل للمرفق الواحد ({limit} م.ب)؛ لم يُضف شيء.</translation>
    </message>
    <message>
        <source>The attachment size limit must be between 1 and 4096 MB.</source>
        <translation>يجب أن يكون حد حجم المرفق بين 1 و4096 م.ب.</translation>
    </message>
    <message>
        <source>The file&apos;s contents changed while it was being read, or do not match their checksum; nothing was added.</source>
        <translation>تغيّر محتوى الملف أثناء قراءته، أو لا يطابق مجموعه الاختباري؛ لم يُضف شيء.</translation>
    </message>
    <message>
        <source>The stored contents of this attachment are damaged (checksum mismatch).</source>
        <translation>المحتوى المحفوظ لهذا المرفق تالف (لا يطابق مجموعه الاختباري).</translation>
    </message>
    <message>
        <source>No agreement, activity, organisation or milestone with reference or id {key}.</source>
        <translation>لا يوجد اتفاق أو نشاط أو منظمة أو محطة بالمرجع أو المعرّف {key}.</translation>
    </message>
    <message>
        <source>An attachment belongs to an agreement, activity, organisation or milestone.</source>
        <translation>يتبع المرفق اتفاقًا أو نشاطًا أو منظمة أو محطة.</translation>
    </message>
    <message>
        <source>An attachment needs the SHA-256 of its contents.</source>
        <translation>يحتاج المرفق إلى بصمة SHA-256 لمحتواه.</translation>
    </message>
    <message>
        <source>The attachment&apos;s file name holds folders or hidden characters.</source>
        <translation>اسم ملف المرفق يحوي مجلدات أو محارف خفية.</translation>
    </message>
    <message>
        <source>The attachment&apos;s description is malformed.</source>
        <translation>وصف المرفق غير سليم.</translation>
    </message>
    <message>
        <source>The record this attachment belongs to ({uuid}) is not in the register.</source>
        <translation>السجل الذي يتبعه هذا المرفق ({uuid}) غير موجود في السجل.</translation>
    </message>
    <message>
        <source>The contents of attachment {name} are not in the register.</source>
        <translation>محتوى المرفق {name} غير موجود في السجل.</translation>
    </message>
    <message>
        <source>No file at {path}.</source>
        <translation>لا يوجد ملف في {path}.</translation>
    </message>
    <message>
        <source>Unknown kind of attachment {kind!r}; use one of: {kinds}.</source>
        <translation>نوع مرفق غير معروف {kind!r}؛ استعمل أحد الأنواع: {kinds}.</translation>
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
        <source>A value is reported for an indicator that is not one of the activity&apos;s objective.</source>
        <translation>أُبلغ عن قيمة لمؤشر لا ينتمي إلى هدف النشاط.</translation>
    </message>
    <message>
        <source>The same indicator has two values.</source>
        <translation>للمؤشر نفسه قيمتان.</translation>
    </message>
    <message>
        <source>A report is grouped by one or two of: {dimensions}.</source>
        <translation>يُجمَّع التقرير حسب بُعد واحد أو بُعدين من: {dimensions}.</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>يُنتظر رقم</translation>
    </message>
    <message>
        <source>Roles exist only on a PostgreSQL register; a SQLite file has one user, and its file permissions are its access control.</source>
        <translation>الأدوار موجودة في سجل PostgreSQL فقط؛ أما ملف SQLite فله مستخدم واحد، وأذونات الملف هي التي تحدد من يصل إليه.</translation>
    </message>
    <message>
        <source>The roles are not set up on this server: its owner runs `sijill server setup` first.</source>
        <translation>الأدوار غير مُعدّة على هذا الخادم: على مالك قاعدة البيانات أن يشغّل أولًا الأمر ‎`sijill server setup`‎.</translation>
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
        <source>Restore the record it is attached to ({label}) first.</source>
        <translation>استعد أولًا السجل الذي أُرفق به ({label}).</translation>
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
        <source>{path} is being restored from a backup; try again when that has finished.</source>
        <translation>يجري استرجاع الملف {path} من نسخة احتياطية؛ حاول مرة أخرى حين ينتهي ذلك.</translation>
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
        <source>Nothing to change: give --name-ar, --name-en, --logo, --footer-ar or --footer-en.</source>
        <translation>لا شيء لتغييره: استخدم ‎--name-ar أو ‎--name-en أو ‎--logo أو ‎--footer-ar أو ‎--footer-en.</translation>
    </message>
    <message>
        <source>The logo is too large: at most {max} KB.</source>
        <translation>الشعار كبير جدًا: الحد الأقصى {max} كيلوبايت.</translation>
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
        <source>unsigned</source>
        <translation>غير موقّعة</translation>
    </message>
    <message>
        <source>signed by a certificate that is not trusted</source>
        <translation>موقّعة بشهادة غير موثوق بها</translation>
    </message>
    <message>
        <source>signed by a trusted certificate</source>
        <translation>موقّعة بشهادة موثوق بها</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not verify: it was altered after signing, or forged; it was refused.</source>
        <translation>توقيع الحزمة لا يصحّ: فقد عُدّلت بعد توقيعها أو زُوّرت؛ ولذلك رُفضت.</translation>
    </message>
    <message>
        <source>bundle {file}, signed by {signer} (not trusted)</source>
        <translation>الحزمة {file}، بتوقيع {signer} (غير موثوق به)</translation>
    </message>
    <message>
        <source>Unknown bundle policy {policy}: use signed, trusted or any.</source>
        <translation>سياسة حزم غير معروفة {policy}: استعمل signed أو trusted أو any.</translation>
    </message>
    <message>
        <source>This register accepts only signed bundles (policy: signed); this bundle is unsigned.</source>
        <translation>لا يقبل هذا السجل إلا الحزم الموقّعة (السياسة: signed)، وهذه الحزمة غير موقّعة.</translation>
    </message>
    <message>
        <source>This register accepts only bundles signed by a trusted certificate (policy: trusted); this bundle is {state}.</source>
        <translation>لا يقبل هذا السجل إلا الحزم الموقّعة بشهادة موثوق بها (السياسة: trusted)، وهذه الحزمة {state}.</translation>
    </message>
    <message>
        <source>signed by {who}, not trusted</source>
        <translation>بتوقيع {who}، غير موثوق به</translation>
    </message>
    <message>
        <source>bundle {file}, unsigned</source>
        <translation>الحزمة {file}، غير موقّعة</translation>
    </message>
    <message>
        <source>bundle {file}, signed by {signer}</source>
        <translation>الحزمة {file}، بتوقيع {signer}</translation>
    </message>
    <message>
        <source>signed by {who}, trusted</source>
        <translation>بتوقيع {who}، موثوق به</translation>
    </message>
    <message>
        <source>The summary could not be laid out at {place}.</source>
        <translation>تعذّر تنسيق صفحات الملخص عند {place}.</translation>
    </message>
    <message>
        <source>The summary could not be signed: {error}</source>
        <translation>تعذّر توقيع الملخص: {error}</translation>
    </message>
    <message>
        <source>A passphrase is needed: set {env} or type it when asked.</source>
        <translation>يلزم إدخال عبارة المرور: عيّن {env} أو اكتبها عند طلبها.</translation>
    </message>
    <message>
        <source>An identity already exists in {path}; remove it first to make another.</source>
        <translation>توجد هوية توقيع في {path}؛ احذفها أولًا لإنشاء غيرها.</translation>
    </message>
    <message>
        <source>Give the name to sign with (--name).</source>
        <translation>اذكر الاسم الذي توقّع به (--name).</translation>
    </message>
    <message>
        <source>{path} holds no private key with its certificate.</source>
        <translation>لا يحوي {path} مفتاحًا خاصًا مع شهادته.</translation>
    </message>
    <message>
        <source>{path} holds a kind of key Sijill cannot sign with.</source>
        <translation>يحوي {path} نوعًا من المفاتيح لا يستطيع «سجل» التوقيع به.</translation>
    </message>
    <message>
        <source>No signing identity yet: make one with sijill identity create --name NAME.</source>
        <translation>لا توجد هوية توقيع بعد: أنشئ واحدة بالأمر sijill identity create --name NAME.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>Cannot open {path}: wrong passphrase, or not a PKCS#12 file.</source>
        <translation>تعذّر فتح {path}: عبارة المرور خاطئة، أو أنه ليس ملف PKCS#12.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the signing key.</source>
        <translation>عبارة المرور خاطئة لمفتاح التوقيع.</translation>
    </message>
    <message>
        <source>{path} is not a certificate (PEM or DER).</source>
        <translation>ليس {path} شهادة (PEM أو DER).</translation>
    </message>
    <message>
        <source>Not a date: {value} (write YYYY, YYYY-MM or YYYY-MM-DD).</source>
        <translation>ليس تاريخًا: {value} (اكتب YYYY أو YYYY-MM أو YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Not a whole number: {value}.</source>
        <translation>ليس عددًا صحيحًا: {value}.</translation>
    </message>
    <message>
        <source>{value} looks like a Hijri date: write هـ after it, or put it in a column headed Hijri.</source>
        <translation>يبدو أن {value} تاريخ هجري: اكتب بعده «هـ»، أو ضعه في عمود عنوانه هجري.</translation>
    </message>
    <message>
        <source>Not a number: {value}.</source>
        <translation>ليس رقمًا: {value}.</translation>
    </message>
    <message>
        <source>Not a Hijri date Sijill can convert: {value} (years 1343 to 1500).</source>
        <translation>ليس تاريخًا هجريًا يستطيع «سجل» تحويله: {value} (السنوات من 1343 إلى 1500).</translation>
    </message>
    <message>
        <source>The row names {named}; this import is for {default}.</source>
        <translation>يذكر الصف الاتفاق {named}، والاستيراد خاص بالاتفاق {default}.</translation>
    </message>
    <message>
        <source>No agreement: fill in the column, or choose the agreement to import into.</source>
        <translation>لا اتفاق: املأ العمود، أو اختر الاتفاق الذي يُستورد إليه.</translation>
    </message>
    <message>
        <source>A new activity has no objective yet, so it cannot report an indicator&apos;s value: add it, choose its objective, then import the values.</source>
        <translation>النشاط الجديد ليس له هدف بعد، فلا يمكنه الإبلاغ عن قيمة مؤشر: أضفه واختر هدفه، ثم استورد القيم.</translation>
    </message>
    <message>
        <source>Changed in the register since this file was exported (version {exported}, now {version}, last by {who}): the file says {file}, the register {register}.</source>
        <translation>تغيّر في السجل بعد تصدير هذا الملف (الإصدار {exported}، والآن {version}، آخر تعديل من {who}): في الملف {file}، وفي السجل {register}.</translation>
    </message>
    <message>
        <source>The activity&apos;s objective has no indicator {uuid}: its value cannot be reported here.</source>
        <translation>ليس لهدف النشاط مؤشر {uuid}: لا يمكن الإبلاغ عن قيمته هنا.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
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
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>عدد المشاركين</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Indicator values</source>
        <translation>قيم المؤشرات</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>أُلغي الاستيراد؛ ولم يتغير شيء.</translation>
    </message>
    <message>
        <source>The file has no version column: its rows are applied over any change made in the register since it was exported.</source>
        <translation>لا يحوي الملف عمود الإصدار: تُطبَّق صفوفه فوق أي تغيير جرى في السجل بعد تصديره.</translation>
    </message>
    <message>
        <source>Merged cells: unmerge them in the spreadsheet (every row needs its own values).</source>
        <translation>خلايا مدمجة: ألغِ دمجها في جدول البيانات (لكل صف قيمه الخاصة).</translation>
    </message>
    <message>
        <source>The same activity is also on row {row}.</source>
        <translation>النشاط نفسه موجود أيضًا في الصف {row}.</translation>
    </message>
    <message>
        <source>No activity with id {uuid} (leave the id empty to add a new activity).</source>
        <translation>لا نشاط بالمعرّف {uuid} (اترك المعرّف فارغًا لإضافة نشاط جديد).</translation>
    </message>
    <message>
        <source>Unknown column {header}: choose its field or ignore it.</source>
        <translation>عمود غير معروف {header}: اختر حقله أو تجاهله.</translation>
    </message>
    <message>
        <source>Two columns give the same field: {first} and {second}.</source>
        <translation>عمودان يملآن الحقل نفسه: {first} و{second}.</translation>
    </message>
    <message>
        <source>The file has {count} rows; at most {limit} can be imported at once: split it into smaller files.</source>
        <translation>في الملف من الصفوف {count}، والحد الأقصى للاستيراد دفعة واحدة {limit}: قسّمه إلى ملفات أصغر.</translation>
    </message>
    <message>
        <source>{path} is larger than {size} MB; it was refused.</source>
        <translation>حجم {path} أكبر من {size} ميغابايت؛ فرُفض.</translation>
    </message>
    <message>
        <source>{path} is not readable text (UTF-8, UTF-16 or Windows-1256).</source>
        <translation>الملف {path} ليس نصًا مقروءًا (UTF-8 أو UTF-16 أو Windows-1256).</translation>
    </message>
    <message>
        <source>Unsupported file type {suffix}: use .csv, .txt, .tsv or .xlsx.</source>
        <translation>نوع ملف غير مدعوم {suffix}: استخدم ‎.csv‎ أو ‎.txt‎ أو ‎.tsv‎ أو ‎.xlsx‎.</translation>
    </message>
    <message>
        <source>Unknown value {value} (one of: {allowed}).</source>
        <translation>قيمة غير معروفة {value} (القيم الممكنة: {allowed}).</translation>
    </message>
    <message>
        <source>Some activities were changed elsewhere during the import; nothing was imported. Check the file again.</source>
        <translation>عُدّلت بعض الأنشطة في مكان آخر أثناء الاستيراد؛ فلم يُستورد شيء. افحص الملف من جديد.</translation>
    </message>
    <message>
        <source>{path} would take more than {size} MB once unpacked; it was refused.</source>
        <translation>يتجاوز {path} بعد فك ضغطه {size} ميغابايت؛ فرُفض.</translation>
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
        <source>The database {where} must be updated to this version of Sijill, and only its owner can do that: ask them to run `sijill init` ({error}).</source>
        <translation>يجب تحديث قاعدة البيانات {where} إلى هذا الإصدار من «سجل»، ولا يقوم بذلك إلا مالكها: اطلب منه تشغيل الأمر ‎`sijill init`‎ ({error}).</translation>
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
        <source>The database server {where} refused this: your login&apos;s role does not allow it; nothing was changed ({error}).</source>
        <translation>رفض خادم قاعدة البيانات {where} هذا الإجراء: دور حسابك لا يسمح به؛ ولم يتغير شيء ({error}).</translation>
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
        <source>There is no login {login} on the server: its administrator creates it first (createuser --pwprompt {login}).</source>
        <translation>لا يوجد على الخادم حساب باسم {login}: على مسؤول الخادم أن ينشئه أولًا (‎createuser --pwprompt {login}‎).</translation>
    </message>
    <message>
        <source>{login} is a group role, not a login; give the role to a person&apos;s login.</source>
        <translation>{login} دور جماعي وليس حساب دخول؛ امنح الدور لحساب شخص بعينه.</translation>
    </message>
    <message>
        <source>The server kept {login} in {roles}: that role was given by another administrator, who must take it back.</source>
        <translation>أبقى الخادم {login} في {roles}: فقد منحه هذا الدورَ مسؤولٌ آخر، وعليه هو أن يسحبه.</translation>
    </message>
    <message>
        <source>Making the roles needs the CREATEROLE attribute: a superuser runs ALTER ROLE {login} CREATEROLE, then run `sijill server setup` again ({error}).</source>
        <translation>إنشاء الأدوار يتطلب صفة CREATEROLE: يشغّل أحد المستخدمين الفائقين الأمر ‎ALTER ROLE {login} CREATEROLE‎، ثم شغّل ‎`sijill server setup`‎ مرة أخرى ({error}).</translation>
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
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <source>Writing the summary…</source>
        <translation>جارٍ إعداد الملخص…</translation>
    </message>
    <message>
        <source>A summary is already being written.</source>
        <translation>يجري إعداد ملخص الآن.</translation>
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
        <source>The summary&apos;s pages</source>
        <translation>صفحات الملخص</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>ملاءمة الصفحة</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <source>of {total}</source>
        <translation>من {total}</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>حفظ الملخص</translation>
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
    <message>
        <source>Printing the summary…</source>
        <translation>جارٍ طباعة الملخص…</translation>
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
        <source>Save</source>
        <translation>احفظ</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>لا تحفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
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
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
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
        <source>Attached to (kind)</source>
        <translation>مرفق بـ (النوع)</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>مرفق بـ</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>اسم الملف</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>نوع المحتوى</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>الحجم (بايت)</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>أضافه</translation>
    </message>
    <message>
        <source>Added at</source>
        <translation>وقت الإضافة</translation>
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
        <source>Attachment</source>
        <translation>مرفق</translation>
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
    <name>reports</name>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>الربع</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Lead partner</source>
        <translation>الشريك المنفّذ</translation>
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
        <source>Objective</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>كل الخطط</translation>
    </message>
    <message>
        <source>Write the dates as a year (2024), a month (2024-03) or a full date (2024-03-15).</source>
        <translation>اكتب التواريخ سنةً (2024) أو شهرًا (2024-03) أو تاريخًا كاملًا (2024-03-15).</translation>
    </message>
    <message>
        <source>Activities by %1</source>
        <translation>الأنشطة حسب %1</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;PDF (*.pdf)</source>
        <translation>مصنف Excel (*.xlsx);;CSV (*.csv);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>الخطة:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>التجميع حسب:</translation>
    </message>
    <message>
        <source>then by:</source>
        <translation>ثم حسب:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>No activities in this report.</source>
        <translation>لا أنشطة في هذا التقرير.</translation>
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
        <source>Sign exported bundles</source>
        <translation>توقيع الحزم المصدَّرة</translation>
    </message>
    <message>
        <source>Sign exported summaries</source>
        <translation>توقيع الملخصات المصدَّرة</translation>
    </message>
    <message>
        <source>Show a record&apos;s history in its editor</source>
        <translation>إظهار سجل تغييرات السجل في محرره</translation>
    </message>
    <message>
        <source>Columns of a list</source>
        <translation>أعمدة القائمة</translation>
    </message>
    <message>
        <source>Column choices for imported files</source>
        <translation>اختيارات الأعمدة للملفات المستوردة</translation>
    </message>
    <message>
        <source>The name was asked at first use</source>
        <translation>سُئل عن الاسم عند أول استخدام</translation>
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
