<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>Adjudication</name>
    <message>
        <source>not JSON: %1</source>
        <translation>ليس JSON: %1</translation>
    </message>
    <message>
        <source>not a Hashiya adjudication file</source>
        <translation>ليس ملف تحكيم من Hashiya</translation>
    </message>
    <message>
        <source>an adjudication file of version %1, which this Hashiya does not read</source>
        <translation>ملف تحكيم بالإصدار %1، ولا يقرؤه هذا الإصدار من Hashiya</translation>
    </message>
</context>
<context>
    <name>AgreementCommand</name>
    <message>
        <source>at least two folders are needed, one per analyst</source>
        <translation>يلزم مجلدان على الأقل، مجلد لكل محلل</translation>
    </message>
    <message>
        <source>--json and --csv cannot be used together</source>
        <translation>لا يمكن استخدام ‎--json و‎--csv معًا</translation>
    </message>
    <message>
        <source>--fail-under needs a number from 0 to 1, not “%1”</source>
        <translation>يحتاج ‎--fail-under إلى عدد بين 0 و1، لا “%1”</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ليس مجلدًا</translation>
    </message>
    <message>
        <source>comparing</source>
        <translation>المقارنة جارية</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>the entities&apos; exact-typed F1 is %1, below %2</source>
        <translation>قيمة F1 للكيانات (تطابق تام مع النوع) هي %1، أدنى من %2</translation>
    </message>
    <message>
        <source>Usage: hashiya agreement [--json | --csv] [--types T1,T2] [--fail-under F1] [--diagnostics FILE]
                         DIR_A DIR_B [DIR_C...]
Compares the copies of one corpus that several analysts annotated, one folder each, article by
article (paired by their path in the folder), and prints how far they agree: entities (precision,
recall and F1, exact and overlapping, with and without types), Cohen&apos;s κ on code points and
tokens, relations through the entity alignment, attributes, Fleiss&apos; κ and Krippendorff&apos;s α_U
over all analysts. docs/agreement.md defines each figure.
--types keeps only entities of these types (and the relations between them).
--diagnostics writes one line per disagreement, with its text, as TSV.
--fail-under exits with 1 when the entities&apos; exact-typed F1 over all articles (of any two
analysts) is below F1, e.g. in a team&apos;s CI.
Articles missing from some copies, whose text differs or whose sidecar has errors are named
and left out. Nothing is written into the folders.
Exits with 0, 1 (--fail-under not met), or 2 on a usage error or when FILE cannot be written.
</source>
        <translation>الاستخدام: hashiya agreement [--json | --csv] [--types T1,T2] [--fail-under F1] [--diagnostics FILE]
                         DIR_A DIR_B [DIR_C...]
يقارن نسخ مدوّنة واحدة علّم عليها عدة محللين، مجلدًا لكل محلل، مقالةً مقالة (تُقرن المقالات
بمسارها داخل المجلد)، ويطبع مدى اتفاقهم: الكيانات (الدقة والاستدعاء وF1، بتطابق تام أو
بالتداخل، مع الأنواع ومن دونها)، وكابا كوهين على نقاط الترميز وعلى الكلمات، والعلاقات عبر
محاذاة الكيانات، والسمات، وكابا فلايس وألفا كريبندورف التقطيعية (α_U) لجميع المحللين.
يعرّف الملف docs/agreement.md كل قيمة.
--types يُبقي كيانات هذه الأنواع فقط (والعلاقات بينها).
--diagnostics يكتب سطرًا لكل خلاف، مع نصّه، بصيغة TSV.
--fail-under يخرج بالرمز 1 إذا كانت قيمة F1 للكيانات (تطابق تام مع النوع) على جميع المقالات
لأي محللَين أدنى من F1، مثلًا في التكامل المستمر لفريق.
تُذكر بالاسم المقالاتُ الغائبة عن بعض النسخ أو التي يختلف نصها أو التي في ملفها المرافق أخطاء،
وتُستبعد. لا يُكتب شيء في المجلدات.
رموز الخروج: 0، أو 1 (لم يتحقق --fail-under)، أو 2 عند خطأ في الاستخدام أو تعذّر كتابة FILE.
</translation>
    </message>
</context>
<context>
    <name>AgreementReport</name>
    <message>
        <source>n/a (%1)</source>
        <translation>غير متاح (%1)</translation>
    </message>
    <message>
        <source>matched/|A|/|B|</source>
        <translation>المتطابق/|A|/|B|</translation>
    </message>
    <message>
        <source>%1 of %2 agree (%3), κ %4</source>
        <translation>يتفق %1 من %2 (%3)، κ %4</translation>
    </message>
    <message>
        <source>in all (complete agreement)</source>
        <translation>لدى الجميع (اتفاق تام)</translation>
    </message>
    <message>
        <source>in %1 only</source>
        <translation>لدى %1 فقط</translation>
    </message>
    <message numerus="yes">
        <source>Agreement of %n analyst(s)</source>
        <translation>
            <numerusform>اتفاق %n محللين</numerusform>
            <numerusform>اتفاق محلل واحد</numerusform>
            <numerusform>اتفاق محللَين</numerusform>
            <numerusform>اتفاق %n محللين</numerusform>
            <numerusform>اتفاق %n محللًا</numerusform>
            <numerusform>اتفاق %n محلل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) compared</source>
        <translation>
            <numerusform>لم تُقارن أي مقالة</numerusform>
            <numerusform>قورنت مقالة واحدة</numerusform>
            <numerusform>قورنت مقالتان</numerusform>
            <numerusform>قورنت %n مقالات</numerusform>
            <numerusform>قورنت %n مقالة</numerusform>
            <numerusform>قورنت %n مقالة</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>الإعدادات:</translation>
    </message>
    <message>
        <source>entity types: %1</source>
        <translation>أنواع الكيانات: %1</translation>
    </message>
    <message>
        <source>all</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>relation types without direction: %1</source>
        <translation>أنواع علاقات بلا اتجاه: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>offsets: Unicode code points; tokens: UAX #29 word boundaries, white space left out</source>
        <translation>المواضع: نقاط ترميز يونيكود؛ الكلمات: حدود الكلمات وفق UAX #29 من دون المسافات</translation>
    </message>
    <message>
        <source>relations and entity diagnostics: entities paired one to one by overlap, any type</source>
        <translation>العلاقات وتشخيص الكيانات: تُقرن الكيانات واحدًا بواحد بحسب التداخل، أيًّا كان النوع</translation>
    </message>
    <message>
        <source>attributes: over entities paired by overlap and type, and over matching relations</source>
        <translation>السمات: على الكيانات المقترنة بالتداخل والنوع، وعلى العلاقات المتطابقة</translation>
    </message>
    <message>
        <source>Not in every copy (left out):</source>
        <translation>غير موجود في كل النسخ (مستبعد):</translation>
    </message>
    <message>
        <source>missing in %1</source>
        <translation>غائب عن %1</translation>
    </message>
    <message>
        <source>Left out (see the problems above):</source>
        <translation>مستبعد (انظر المشكلات أعلاه):</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>الكيانات</translation>
    </message>
    <message>
        <source>macro F1, exact-typed: %1; mean F1 per article: %2</source>
        <translation>F1 الكلي (macro)، تطابق تام مع النوع: %1؛ متوسط F1 لكل مقالة: %2</translation>
    </message>
    <message>
        <source>Entities per type (exact-typed)</source>
        <translation>الكيانات حسب النوع (تطابق تام مع النوع)</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>المواضع</translation>
    </message>
    <message>
        <source>κ, all (N)</source>
        <translation>κ، الكل (N)</translation>
    </message>
    <message>
        <source>κ, marked (N)</source>
        <translation>κ، المعلَّم (N)</translation>
    </message>
    <message>
        <source>code points</source>
        <translation>نقاط الترميز</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>العلاقات</translation>
    </message>
    <message>
        <source>comparable</source>
        <translation>القابلة للمقارنة</translation>
    </message>
    <message>
        <source>links, all</source>
        <translation>الروابط، الكل</translation>
    </message>
    <message>
        <source>links, comparable</source>
        <translation>الروابط، القابلة للمقارنة</translation>
    </message>
    <message>
        <source>relation types, κ over aligned endpoint pairs: %1 (%2)</source>
        <translation>أنواع العلاقات، κ على أزواج الأطراف المتحاذية: %1 (%2)</translation>
    </message>
    <message>
        <source>Entity attributes</source>
        <translation>سمات الكيانات</translation>
    </message>
    <message>
        <source>Relation attributes</source>
        <translation>سمات العلاقات</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>الخلافات</translation>
    </message>
    <message>
        <source>Every two analysts: F1 exact-typed (upper right), κ on code points (lower left)</source>
        <translation>كل محللَين: F1 بتطابق تام مع النوع (أعلى اليمين)، وκ على نقاط الترميز (أسفل اليسار)</translation>
    </message>
    <message>
        <source>All analysts</source>
        <translation>جميع المحللين</translation>
    </message>
    <message>
        <source>Entities marked alike (the same spans and type), by who marked them:</source>
        <translation>الكيانات المعلَّمة بالمثل (المقاطع نفسها والنوع نفسه)، بحسب من علّمها:</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ, code points: %1 (%2), marked: %3 (%4)</source>
        <translation>كابا فلايس، نقاط الترميز: %1 (%2)، المعلَّم: %3 (%4)</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ, tokens: %1 (%2), marked: %3 (%4)</source>
        <translation>كابا فلايس، الكلمات: %1 (%2)، المعلَّم: %3 (%4)</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α_U (articles end to end): %1</source>
        <translation>ألفا كريبندورف α_U (المقالات متتالية): %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) left out of α_U: they overlap another of the same analyst and type</source>
        <translation>
            <numerusform>لم تُستبعد أي وحدة من α_U</numerusform>
            <numerusform>استُبعدت وحدة واحدة من α_U: تتداخل مع أخرى للمحلل نفسه والنوع نفسه</numerusform>
            <numerusform>استُبعدت وحدتان من α_U: تتداخلان مع أخرى للمحلل نفسه والنوع نفسه</numerusform>
            <numerusform>استُبعدت %n وحدات من α_U: تتداخل مع أخرى للمحلل نفسه والنوع نفسه</numerusform>
            <numerusform>استُبعدت %n وحدة من α_U: تتداخل مع أخرى للمحلل نفسه والنوع نفسه</numerusform>
            <numerusform>استُبعدت %n وحدة من α_U: تتداخل مع أخرى للمحلل نفسه والنوع نفسه</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnalystCopies</name>
    <message>
        <source>not compared: the sidecar has errors; fix them first</source>
        <translation>لم تُقارن: في الملف المرافق أخطاء؛ أصلحها أولًا</translation>
    </message>
    <message>
        <source>not compared: its text differs from the copy in %1</source>
        <translation>لم تُقارن: نصها يختلف عن النسخة في %1</translation>
    </message>
</context>
<context>
    <name>AnnotationMerge</name>
    <message>
        <source>%1 was deleted here and changed in the file; the file&apos;s version is kept</source>
        <translation>حُذف %1 هنا وعُدّل في الملف؛ أُبقيت نسخة الملف</translation>
    </message>
    <message>
        <source>%1 was deleted in the file and changed here; this version is kept</source>
        <translation>حُذف %1 في الملف وعُدّل هنا؛ أُبقيت هذه النسخة</translation>
    </message>
    <message>
        <source>%1 was changed on both sides; this version is kept, the file had %2</source>
        <translation>عُدّل %1 في الجهتين؛ أُبقيت هذه النسخة، وكان في الملف %2</translation>
    </message>
    <message>
        <source>%1 was dropped: one of its entities was deleted on the other side</source>
        <translation>أُسقط %1: حُذف أحد كياناته في الجهة الأخرى</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>hashiya: no display to open a window on (DISPLAY and WAYLAND_DISPLAY are not set). Run it in a desktop session, or on a virtual display: xvfb-run -a hashiya [FOLDER]. The commands (hashiya --help) need no display.</source>
        <translation>hashiya: لا توجد شاشة لفتح نافذة عليها (المتغيّران DISPLAY وWAYLAND_DISPLAY غير مضبوطين). شغّله في جلسة سطح مكتب، أو على شاشة افتراضية: xvfb-run -a hashiya [مجلد]. الأوامر (hashiya --help) لا تحتاج إلى شاشة.</translation>
    </message>
    <message>
        <source>hashiya: %1 is open in another window, which now shows what was asked.</source>
        <translation>hashiya: %1 مفتوحة في نافذة أخرى، وهي تعرض الآن ما طُلب.</translation>
    </message>
</context>
<context>
    <name>ArcLinks</name>
    <message>
        <source>(missing entity)</source>
        <translation>(كيان مفقود)</translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <source>cannot open the article: %1</source>
        <translation>تعذّر فتح المقالة: %1</translation>
    </message>
    <message>
        <source>the article is %1 MB; Hashiya opens articles of up to %2 MB</source>
        <translation>حجم المقالة %1 ميغابايت؛ يفتح Hashiya مقالات حتى %2 ميغابايت</translation>
    </message>
    <message>
        <source>cannot read the article: %1</source>
        <translation>تعذّرت قراءة المقالة: %1</translation>
    </message>
    <message>
        <source>the article is UTF-32, which Hashiya does not read; save it as UTF-8</source>
        <translation>المقالة بترميز UTF-32 الذي لا يقرؤه Hashiya؛ احفظها بترميز UTF-8</translation>
    </message>
    <message>
        <source>unknown encoding “%1”; choose UTF-8 or one of: %2</source>
        <translation>ترميز غير معروف «%1»؛ اختر UTF-8 أو أحد الترميزات التالية: %2</translation>
    </message>
    <message>
        <source>the article is empty</source>
        <translation>المقالة فارغة</translation>
    </message>
    <message>
        <source>the article looks binary: a NUL byte at byte offset %1</source>
        <translation>تبدو المقالة ملفًا ثنائيًا: بايت NUL عند الموضع %1</translation>
    </message>
    <message>
        <source>; if it is a legacy file, open it with an explicit encoding (%1)</source>
        <translation>؛ إن كان ملفًا قديمًا فافتحه بترميز صريح (%1)</translation>
    </message>
    <message>
        <source>the article is not valid UTF-8: invalid byte sequence at byte offset %1</source>
        <translation>المقالة ليست UTF-8 صالحًا: تسلسل بايتات غير صالح عند الموضع %1</translation>
    </message>
    <message>
        <source>the article is not valid UTF-16: odd number of bytes (%1)</source>
        <translation>المقالة ليست UTF-16 صالحًا: عدد البايتات فردي (%1)</translation>
    </message>
    <message>
        <source>the article is not valid UTF-16: unpaired surrogate at byte offset %1</source>
        <translation>المقالة ليست UTF-16 صالحًا: بديل غير مقترن عند الموضع %1</translation>
    </message>
    <message>
        <source>the article looks binary: a NUL character at byte offset %1</source>
        <translation>تبدو المقالة ملفًا ثنائيًا: محرف NUL عند الموضع %1</translation>
    </message>
    <message>
        <source>the article cannot be decoded as %1</source>
        <translation>تعذّر فك ترميز المقالة بوصفها %1</translation>
    </message>
</context>
<context>
    <name>ArticleSummary</name>
    <message>
        <source>line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <source>The sidecar is not valid JSON: %1</source>
        <translation>الملف المرافق ليس JSON صالحًا: %1</translation>
    </message>
    <message>
        <source>The sidecar has errors: %1</source>
        <translation>في الملف المرافق أخطاء: %1</translation>
    </message>
    <message>
        <source>The article cannot be read: %1</source>
        <translation>تعذّرت قراءة المقالة: %1</translation>
    </message>
    <message>
        <source>The sidecar cannot be read: %1</source>
        <translation>تعذّرت قراءة الملف المرافق: %1</translation>
    </message>
</context>
<context>
    <name>BatchedWrites</name>
    <message>
        <source>cannot open the folder %1: %2</source>
        <translation>تعذّر فتح المجلد %1: %2</translation>
    </message>
    <message>
        <source>cannot open %1 for writing: %2</source>
        <translation>تعذّر فتح %1 للكتابة: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>not written: the device reported an error when %1 was synced: %2</source>
        <translation>لم يُكتب: أبلغ الجهاز عن خطأ عند مزامنة %1 مع القرص: %2</translation>
    </message>
    <message>
        <source>cannot move %1 into place: %2</source>
        <translation>تعذّر نقل %1 إلى مكانه: %2</translation>
    </message>
    <message>
        <source>written, but the device reported an error when %1 was synced: %2</source>
        <translation>كُتب، لكن الجهاز أبلغ عن خطأ عند مزامنة %1 مع القرص: %2</translation>
    </message>
</context>
<context>
    <name>BratConfigReader</name>
    <message>
        <source>brat annotation.conf</source>
        <translation>ملف brat annotation.conf</translation>
    </message>
    <message>
        <source>relation %1 needs two arguments; it is kept allowing any types</source>
        <translation>العلاقة %1 تحتاج إلى طرفين؛ أُبقيت مع السماح بأي نوع</translation>
    </message>
    <message>
        <source>line outside the four sections ignored</source>
        <translation>تم تجاهل سطر خارج الأقسام الأربعة</translation>
    </message>
</context>
<context>
    <name>BratExporter</name>
    <message>
        <source>entity %1 not exported: its type “%2” is not a single word</source>
        <translation>لم يُصدَّر الكيان %1: نوعه «%2» ليس كلمة واحدة</translation>
    </message>
    <message>
        <source>entity %1 not exported: it covers only line breaks</source>
        <translation>لم يُصدَّر الكيان %1: لا يغطي سوى فواصل أسطر</translation>
    </message>
    <message>
        <source>relation %1 not exported: an entity it links was not exported</source>
        <translation>لم تُصدَّر العلاقة %1: أحد الكيانين اللذين تربطهما لم يُصدَّر</translation>
    </message>
    <message>
        <source>relation %1 not exported: its type “%2” is not a single word</source>
        <translation>لم تُصدَّر العلاقة %1: نوعها «%2» ليس كلمة واحدة</translation>
    </message>
    <message>
        <source>attribute “%1” of %2 not exported: brat needs its name and value as single words</source>
        <translation>لم تُصدَّر السمة «%1» للعنصر %2: يشترط brat أن يكون اسمها وقيمتها كلمتين مفردتين</translation>
    </message>
    <message>
        <source>reference “%1” of %2 not exported: brat needs the form DB:ID without spaces</source>
        <translation>لم يُصدَّر المرجع «%1» للعنصر %2: يشترط brat الصيغة DB:ID من دون مسافات</translation>
    </message>
    <message>
        <source>value “%1” of attribute %2 not listed: brat needs single words</source>
        <translation>لم تُدرج القيمة «%1» للسمة %2: يشترط brat كلمات مفردة</translation>
    </message>
</context>
<context>
    <name>BratImporter</name>
    <message>
        <source>%1: brat type “%2” imported as %3</source>
        <translation>%1: نوع brat «%2» استُورد باسم %3</translation>
    </message>
    <message>
        <source>%1 is not an entity or event of this file</source>
        <translation>%1 ليس كيانًا ولا حدثًا في هذا الملف</translation>
    </message>
    <message>
        <source>%1 was skipped</source>
        <translation>تم تخطي %1</translation>
    </message>
    <message>
        <source>%1 needs a type and offsets</source>
        <translation>%1 يحتاج إلى نوع ومواضع</translation>
    </message>
    <message>
        <source>%1: offsets must be “start end” pairs of whole numbers, separated by “;”</source>
        <translation>%1: يجب أن تكون المواضع أزواجًا «بداية نهاية» من أعداد صحيحة، تفصل بينها «;»</translation>
    </message>
    <message>
        <source>%1: a span starts after it ends</source>
        <translation>%1: مقطع يبدأ بعد نهايته</translation>
    </message>
    <message>
        <source>%1: a span ends at %2, after the end of the text (%3 characters)</source>
        <translation>%1: مقطع ينتهي عند %2، بعد نهاية النص (%3 محرفًا)</translation>
    </message>
    <message>
        <source>%1 needs offsets</source>
        <translation>%1 يحتاج إلى مواضع</translation>
    </message>
    <message>
        <source>%1: the text “%2” differs from the article&apos;s “%3” at these offsets</source>
        <translation>%1: النص «%2» يختلف عن نص المقالة «%3» عند هذه المواضع</translation>
    </message>
    <message>
        <source>%1: its fragments overlap</source>
        <translation>%1: أجزاؤه متداخلة</translation>
    </message>
    <message>
        <source>%1 covers no text</source>
        <translation>%1 لا يغطي أي نص</translation>
    </message>
    <message>
        <source>not imported: its text %1 is missing</source>
        <translation>لم يُستورد: نصه %1 مفقود</translation>
    </message>
    <message>
        <source>alias of</source>
        <translation>اسم آخر لـ</translation>
    </message>
    <message>
        <source>not imported: its text is not valid UTF-8 at byte %1</source>
        <translation>لم يُستورد: نصه ليس UTF-8 صالحًا عند البايت %1</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8</source>
        <translation>السطر ليس UTF-8 صالحًا</translation>
    </message>
    <message>
        <source>an annotation line starts with an id and a TAB</source>
        <translation>يبدأ سطر الوسم بمعرّف ثم محرف جدولة (TAB)</translation>
    </message>
    <message>
        <source>unknown annotation type “%1”</source>
        <translation>نوع وسم غير معروف «%1»</translation>
    </message>
    <message>
        <source>the id %1 is used twice</source>
        <translation>المعرّف %1 مستخدم مرتين</translation>
    </message>
    <message>
        <source>%1 needs “Type:Trigger” first</source>
        <translation>%1 يحتاج أولًا إلى «النوع:المُطلِق»</translation>
    </message>
    <message>
        <source>%1: its trigger %2 is not a text-bound annotation of this file</source>
        <translation>%1: المُطلِق %2 ليس وسمًا مرتبطًا بنص في هذا الملف</translation>
    </message>
    <message>
        <source>%1 has type %2 but its trigger has type %3; the trigger&apos;s is kept</source>
        <translation>%1 من النوع %2 لكن مُطلِقه من النوع %3؛ أُبقي نوع المُطلِق</translation>
    </message>
    <message>
        <source>%1 shares its trigger with another event; their arguments are merged</source>
        <translation>%1 يشارك مُطلِقه مع حدث آخر؛ دُمجت أطرافهما</translation>
    </message>
    <message>
        <source>%1: argument “%2” is not “Role:Id”</source>
        <translation>%1: الطرف «%2» ليس بالصيغة «الدور:المعرّف»</translation>
    </message>
    <message>
        <source>%1: argument %2 skipped: %3</source>
        <translation>%1: تم تخطي الطرف %2: %3</translation>
    </message>
    <message>
        <source>%1 needs a type and two “Role:Id” arguments</source>
        <translation>%1 يحتاج إلى نوع وطرفين بالصيغة «الدور:المعرّف»</translation>
    </message>
    <message>
        <source>%1: arguments must be “Role:Id”</source>
        <translation>%1: يجب أن تكون الأطراف بالصيغة «الدور:المعرّف»</translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation>تم تخطي %1: %2</translation>
    </message>
    <message>
        <source>an equivalence line is “*”, TAB, a type and two or more ids</source>
        <translation>سطر التكافؤ هو «*» ثم TAB ثم نوع ثم معرّفان أو أكثر</translation>
    </message>
    <message>
        <source>equivalence skipped: %1</source>
        <translation>تم تخطي التكافؤ: %1</translation>
    </message>
    <message>
        <source>%1 is not a relation of this file</source>
        <translation>%1 ليس علاقة في هذا الملف</translation>
    </message>
    <message>
        <source>%1 needs a name, an id and at most one value</source>
        <translation>%1 يحتاج إلى اسم ومعرّف وقيمة واحدة على الأكثر</translation>
    </message>
    <message>
        <source>%1: %2 already has attribute %3</source>
        <translation>%1: للعنصر %2 السمة %3 مسبقًا</translation>
    </message>
    <message>
        <source>%1 needs “Reference Id DB:ID”</source>
        <translation>%1 يحتاج إلى «Reference المعرّف DB:ID»</translation>
    </message>
    <message>
        <source>%1: %2 already has a reference; Hashiya keeps one</source>
        <translation>%1: للعنصر %2 مرجع مسبقًا؛ يحتفظ Hashiya بمرجع واحد</translation>
    </message>
    <message>
        <source>%1 needs a note type and an id</source>
        <translation>%1 يحتاج إلى نوع ملاحظة ومعرّف</translation>
    </message>
</context>
<context>
    <name>CodingAgreement</name>
    <message>
        <source>no items</source>
        <translation>لا عناصر</translation>
    </message>
    <message>
        <source>every item in one category</source>
        <translation>كل العناصر في فئة واحدة</translation>
    </message>
    <message>
        <source>fewer than two raters</source>
        <translation>أقل من مقيّمَين</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>hashiya: %1 is neither a command nor an existing file or folder</source>
        <translation>hashiya: ‏%1 ليس أمرًا ولا ملفًا أو مجلدًا موجودًا</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>Hashiya — read and annotate multilingual news.

Usage:
  hashiya [FOLDER | ARTICLE...]     open the reader on a corpus folder or articles
  hashiya -- PATH                   open one named like a command (or: hashiya ./export)
  hashiya validate PATH...          check articles, sidecars and schemas
  hashiya stats [--json] [--no-index] PATH...
                                    count documents, entities and relations per type
  hashiya export --format FORMAT --out DIR [--status STATUS] PATH...
                                    write annotated articles in a peer format
  hashiya import --from FORMAT --out DIR [--force] PATH...
                                    turn peer files into articles with sidecars
  hashiya search [--type TYPE] [--fold OPTIONS] [--no-index] PATTERN PATH...
                                    find a name in a corpus, one hit per line
  hashiya index info|rebuild [--in-corpus] FOLDER
                                    show or remake a corpus&apos;s index
  hashiya agreement [--json|--csv] [--types T,...] [--fail-under F1] DIR_A DIR_B...
                                    compare analysts&apos; copies of a corpus
  hashiya consistency [--json] [--types T,...] [--all] CORPUS...
                                    find texts tagged one way here, another way there
  hashiya setup-git [REPO]          let git merge sidecars annotation by annotation
  hashiya merge-driver BASE OURS THEIRS [MARKER_SIZE] [PATH]
                                    git&apos;s merge driver for sidecars (see setup-git)
  hashiya help COMMAND              show a command&apos;s options
  hashiya --help | --version
</source>
        <translation>Hashiya — اقرأ الأخبار المتعددة اللغات ووسّمها.

الاستخدام:
  hashiya [FOLDER | ARTICLE...]     يفتح القارئ على مجلد مدوّنة أو على مقالات
  hashiya -- PATH                   يفتح ملفًا أو مجلدًا يحمل اسم أمر (أو: hashiya ./export)
  hashiya validate PATH...          يفحص المقالات والملفات المرافقة والمخططات
  hashiya stats [--json] [--no-index] PATH...
                                    يعدّ الوثائق والكيانات والعلاقات حسب النوع
  hashiya export --format FORMAT --out DIR [--status STATUS] PATH...
                                    يكتب المقالات الموسومة بصيغة أداة أخرى
  hashiya import --from FORMAT --out DIR [--force] PATH...
                                    يحوّل ملفات الأدوات الأخرى إلى مقالات مع ملفاتها المرافقة
  hashiya search [--type TYPE] [--fold OPTIONS] [--no-index] PATTERN PATH...
                                    يبحث عن اسم في مدوّنة، كل نتيجة في سطر
  hashiya index info|rebuild [--in-corpus] FOLDER
                                    يعرض فهرس مدوّنة أو يعيد بناءه
  hashiya agreement [--json|--csv] [--types T,...] [--fail-under F1] DIR_A DIR_B...
                                    يقارن نسخ المحللين من مدوّنة
  hashiya consistency [--json] [--types T,...] [--all] CORPUS...
                                    يجد نصوصًا وُسِمت هنا بطريقة وهناك بأخرى
  hashiya setup-git [REPO]          يجعل git يدمج الملفات المرافقة وسمًا وسمًا
  hashiya merge-driver الأساس نسختنا نسختهم [طول_العلامة] [المسار]
                                    مشغّل الدمج الذي يستدعيه git لملفات التعليقات (انظر setup-git)
  hashiya help COMMAND              يعرض خيارات أمر
  hashiya --help | --version
</translation>
    </message>
</context>
<context>
    <name>ConflictResolution</name>
    <message>
        <source>Keep ours (%1)</source>
        <translation>إبقاء نسختنا (%1)</translation>
    </message>
    <message>
        <source>Take theirs (%1)</source>
        <translation>اعتماد نسختهم (%1)</translation>
    </message>
    <message>
        <source>Keep it as %1 changed it</source>
        <translation>إبقاؤه كما غيّره %1</translation>
    </message>
    <message>
        <source>Delete it, as %1 did</source>
        <translation>حذفه كما فعل %1</translation>
    </message>
    <message>
        <source>Keep the entity</source>
        <translation>إبقاء الكيان</translation>
    </message>
    <message>
        <source>Delete it and the relations that need it</source>
        <translation>حذفه مع العلاقات التي تحتاجه</translation>
    </message>
</context>
<context>
    <name>ConflictWording</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 ← %3</translation>
    </message>
    <message>
        <source>type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>attributes</source>
        <translation>السمات</translation>
    </message>
    <message>
        <source>attribute %1</source>
        <translation>السمة %1</translation>
    </message>
    <message>
        <source>source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>Entity %1</source>
        <translation>الكيان %1</translation>
    </message>
    <message>
        <source>Relation %1</source>
        <translation>العلاقة %1</translation>
    </message>
    <message>
        <source>%1: %2 %3 (%4) or %5 (%6), was %7</source>
        <translation>%1: %2 %3 (%4) أو %5 (%6)، وكان %7</translation>
    </message>
    <message>
        <source>%1: deleted by %2, changed by %3</source>
        <translation>%1: حذفه %2 وغيّره %3</translation>
    </message>
    <message>
        <source>%1: deleted by %2, changed by %3 (%4)</source>
        <translation>%1: حذفه %2 وغيّره %3 (%4)</translation>
    </message>
    <message>
        <source>%1: deleted by %2, but a relation of %3 ended at it</source>
        <translation>%1: حذفه %2، لكن علاقةً لدى %3 كانت تنتهي عنده</translation>
    </message>
    <message>
        <source>%1: deleted by %2, but a relation of %3 ends at it (%4)</source>
        <translation>%1: حذفه %2، لكن علاقةً لدى %3 تنتهي عنده (%4)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Before the merge: %1</source>
        <translation>قبل الدمج: %1</translation>
    </message>
    <message>
        <source>%1 (ours): %2</source>
        <translation>%1 (نسختنا): %2</translation>
    </message>
    <message>
        <source>%1 (theirs): %2</source>
        <translation>%1 (نسختهم): %2</translation>
    </message>
</context>
<context>
    <name>ConllExporter</name>
    <message>
        <source>Entity &quot;%1&quot; (%2) overlaps &quot;%3&quot; and is left out.</source>
        <translation>الكيان «%1» (%2) يتداخل مع «%3» وقد استُبعد.</translation>
    </message>
    <message>
        <source>Entity &quot;%1&quot; (%2) is discontinuous: each of its %3 fragments is written as an entity of its own.</source>
        <translation>الكيان «%1» (%2) متقطع: كُتب كل جزء من أجزائه الـ%3 كيانًا مستقلًا.</translation>
    </message>
    <message>
        <source>Entity &quot;%1&quot; (%2) covers no token and is left out.</source>
        <translation>الكيان «%1» (%2) لا يغطي أي وحدة لغوية وقد استُبعد.</translation>
    </message>
    <message>
        <source>Entity &quot;%1&quot; (%2) runs across a line break; the part after it is written as an entity of its own.</source>
        <translation>الكيان «%1» (%2) يمتد عبر فاصل سطر؛ كُتب الجزء الذي بعده كيانًا مستقلًا.</translation>
    </message>
    <message>
        <source>Entity &quot;%1&quot; (%2) starts or ends inside a character (a letter and its marks or an emoji sequence); the token is split there.</source>
        <translation>الكيان «%1» (%2) يبدأ أو ينتهي داخل محرف (حرف وعلاماته أو تسلسل رموز تعبيرية)؛ قُسمت الوحدة هناك.</translation>
    </message>
</context>
<context>
    <name>ConsistencyCommand</name>
    <message>
        <source>partly %1 %2-%3</source>
        <translation>جزئيًّا %1 %2-%3</translation>
    </message>
    <message>
        <source>untagged</source>
        <translation>غير موسوم</translation>
    </message>
    <message>
        <source>Usage: hashiya consistency [--json] [--types T1,T2] [--all] CORPUS...
Finds every text an entity has, folded as the search folds it (case, Turkish suffixes, Arabic
marks, alef forms and proclitics), wherever it occurs in the corpus as a whole word, and says
how each occurrence is tagged: with the same span and a type, partly (an entity overlaps it),
or not at all. A text is inconsistent when it is tagged with more than one type, or tagged in
some places and not, or partly, in others. Texts of fewer than two letters are left out.
Lists the inconsistent texts (every text with --all): the text, its types with their counts,
how many occurrences are untagged or partly tagged, then each occurrence as
PATH:START-END: HOW: CONTEXT, offsets in code points.
--types keeps only entities of these types.
Articles whose sidecar cannot be read or has errors are named and left out. Nothing is written.
Exits with 0 when every text is consistent, 1 when some is not, or 2 on a usage error.
</source>
        <translation>الاستخدام: hashiya consistency [--json] [--types T1,T2] [--all] CORPUS...
يجد كل نص لكيان، مطويًّا كما يطويه البحث (حالة الأحرف، واللواحق التركية، والحركات العربية،
وأشكال الألف، والسوابق)، حيثما ورد في المدوّنة كلمةً كاملة، ويذكر كيف وُسِم كل ورود: بالمقطع نفسه
ونوع، أو جزئيًّا (يتداخل معه كيان)، أو لم يوسم. يكون النص غير متّسق إذا وُسِم بأكثر من نوع، أو وُسِم في
مواضع ولم يوسم أو وُسِم جزئيًّا في أخرى. تُستبعد النصوص الأقصر من حرفين.
يسرد النصوص غير المتّسقة (وكل النصوص مع ‎--all): النص، وأنواعه مع أعدادها، وكم ورودًا غير موسوم أو
موسوم جزئيًّا، ثم كل ورود بصيغة PATH:START-END: HOW: CONTEXT، والمواضع بنقاط الترميز.
--types يُبقي كيانات هذه الأنواع فقط.
تُذكر بالاسم المقالات التي يتعذّر قراءة ملفها المرافق أو فيه أخطاء، وتُستبعد. لا يُكتب شيء.
رموز الخروج: 0 إذا اتّسقت كل النصوص، و1 إذا لم يتّسق أحدها، و2 عند خطأ في الاستخدام.
</translation>
    </message>
    <message>
        <source>a corpus folder is needed</source>
        <translation>يلزم مجلد مدوّنة</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ليس مجلدًا</translation>
    </message>
    <message>
        <source>reviewing</source>
        <translation>المراجعة جارية</translation>
    </message>
    <message>
        <source>“%1”: %2; untagged %3, partly tagged %4</source>
        <translation>“%1”: %2؛ غير موسوم %3، موسوم جزئيًّا %4</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>بلا نوع</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n text(s) inconsistent</source>
        <translation>
            <numerusform>%1 من %n نصوص غير متّسقة</numerusform>
            <numerusform>%1 من نص واحد غير متّسق</numerusform>
            <numerusform>%1 من نصّين غير متّسقة</numerusform>
            <numerusform>%1 من %n نصوص غير متّسقة</numerusform>
            <numerusform>%1 من %n نصًّا غير متّسقة</numerusform>
            <numerusform>%1 من %n نص غير متّسقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) reviewed</source>
        <translation>
            <numerusform>لم تُراجع أي مقالة</numerusform>
            <numerusform>رُوجعت مقالة واحدة</numerusform>
            <numerusform>رُوجعت مقالتان</numerusform>
            <numerusform>رُوجعت %n مقالات</numerusform>
            <numerusform>رُوجعت %n مقالة</numerusform>
            <numerusform>رُوجعت %n مقالة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorpusStore</name>
    <message>
        <source>%1 could not be deleted</source>
        <translation>تعذّر حذف %1</translation>
    </message>
    <message>
        <source>the folder of the corpus index %1 could not be made</source>
        <translation>تعذّر إنشاء مجلد فهرس المدوّنة %1</translation>
    </message>
    <message>
        <source>rebuilt: %1</source>
        <translation>أُعيد بناؤه: %1</translation>
    </message>
    <message>
        <source>SQLite is not available to Qt (the package libqt6sql6-sqlite is missing)</source>
        <translation>SQLite غير متاح لـQt (الحزمة libqt6sql6-sqlite مفقودة)</translation>
    </message>
    <message>
        <source>%1 is not a corpus index: %2</source>
        <translation>%1 ليس فهرس مدوّنة: %2</translation>
    </message>
    <message>
        <source>%1 is a corpus index of another version</source>
        <translation>%1 فهرس مدوّنة من إصدار آخر</translation>
    </message>
    <message>
        <source>%1 is the index of another folder</source>
        <translation>%1 فهرس مجلد آخر</translation>
    </message>
    <message numerus="yes">
        <source>re-read: %n damaged record(s)</source>
        <translation>
            <numerusform>لم يُعَد قراءة أي سجل تالف</numerusform>
            <numerusform>أُعيدت قراءة سجل تالف واحد</numerusform>
            <numerusform>أُعيدت قراءة سجلين تالفين</numerusform>
            <numerusform>أُعيدت قراءة %n سجلات تالفة</numerusform>
            <numerusform>أُعيدت قراءة %n سجلًا تالفًا</numerusform>
            <numerusform>أُعيدت قراءة %n سجل تالف</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>the corpus index %1 could not be written: %2</source>
        <translation>تعذّرت كتابة فهرس المدوّنة %1: %2</translation>
    </message>
    <message>
        <source>the corpus index %1 is not an SQLite file</source>
        <translation>فهرس المدوّنة %1 ليس ملف SQLite</translation>
    </message>
    <message>
        <source>not kept: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
</context>
<context>
    <name>DoccanoExporter</name>
    <message>
        <source>relation %1 (%2) is not exported: one of its entities is missing</source>
        <translation>لم تُصدَّر العلاقة %1 (%2): أحد كيانيها مفقود</translation>
    </message>
</context>
<context>
    <name>DoccanoImporter</name>
    <message>
        <source>skipped an entity whose “id” is not an integer</source>
        <translation>تم تخطي كيان قيمة «id» فيه ليست عددًا صحيحًا</translation>
    </message>
    <message>
        <source>skipped a span that is not [start, end, &quot;label&quot;] or {&quot;start_offset&quot;, &quot;end_offset&quot;, &quot;label&quot;} with integer offsets: %1</source>
        <translation>تم تخطي مقطع ليس بالصيغة [start, end, &quot;label&quot;] أو {&quot;start_offset&quot;, &quot;end_offset&quot;, &quot;label&quot;} بمواضع صحيحة: %1</translation>
    </message>
    <message>
        <source>“%1” is not a list of spans; it is skipped</source>
        <translation>«%1» ليست قائمة مقاطع؛ تم تخطيها</translation>
    </message>
    <message>
        <source>%1:%2: %3 “%4” imported as “%5”</source>
        <translation>%1:%2: %3 «%4» استُورد باسم «%5»</translation>
    </message>
    <message>
        <source>skipped a line without a “text” string</source>
        <translation>تم تخطي سطر بلا سلسلة «text»</translation>
    </message>
    <message>
        <source>%1:%2: offsets read as UTF-16 code units</source>
        <translation>%1:%2: قُرئت المواضع بوحدات ترميز UTF-16</translation>
    </message>
    <message>
        <source>%1:%2: offsets read as code points</source>
        <translation>%1:%2: قُرئت المواضع بنقاط ترميز</translation>
    </message>
    <message>
        <source>skipped the span [%1, %2, “%3”]</source>
        <translation>تم تخطي المقطع [%1, %2, «%3»]</translation>
    </message>
    <message>
        <source>%1: an offset is negative</source>
        <translation>%1: أحد المواضع سالب</translation>
    </message>
    <message>
        <source>%1: its start is not before its end</source>
        <translation>%1: بدايته ليست قبل نهايته</translation>
    </message>
    <message>
        <source>%1: it splits a surrogate pair</source>
        <translation>%1: يقسم زوجًا بديلًا</translation>
    </message>
    <message>
        <source>%1: it ends past the text (%2 UTF-16 code units, %3 code points)</source>
        <translation>%1: ينتهي بعد نهاية النص (%2 وحدة UTF-16، %3 نقطة ترميز)</translation>
    </message>
    <message>
        <source>%1: the entity id %2 is used twice</source>
        <translation>%1: معرّف الكيان %2 مستخدم مرتين</translation>
    </message>
    <message>
        <source>%1: it holds only the CR of a line break</source>
        <translation>%1: لا يحوي إلا محرف CR من فاصل سطر</translation>
    </message>
    <message>
        <source>label</source>
        <translation>تسمية</translation>
    </message>
    <message>
        <source>comment not imported (Hashiya keeps notes on entities, not on documents): %1</source>
        <translation>لم يُستورد التعليق (يحفظ Hashiya الملاحظات على الكيانات لا على الوثائق): %1</translation>
    </message>
    <message>
        <source>“relations” is not a list; it is skipped</source>
        <translation>«relations» ليست قائمة؛ تم تخطيها</translation>
    </message>
    <message>
        <source>skipped a relation without integer “from_id” and “to_id” and a “type”</source>
        <translation>تم تخطي علاقة بلا «from_id» و«to_id» صحيحين وبلا «type»</translation>
    </message>
    <message>
        <source>skipped the relation %1 from %2 to %3: entity %4 is not on this line or was not imported</source>
        <translation>تم تخطي العلاقة %1 من %2 إلى %3: الكيان %4 ليس في هذا السطر أو لم يُستورد</translation>
    </message>
    <message>
        <source>relation type</source>
        <translation>نوع العلاقة</translation>
    </message>
    <message>
        <source>the name %1 is not a relative path; the document is named by its line instead</source>
        <translation>الاسم %1 ليس مسارًا نسبيًا؛ سُميت الوثيقة برقم سطرها بدلًا منه</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>ليس JSON: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ليس كائن JSON</translation>
    </message>
    <message numerus="yes">
        <source>not JSON Lines: the file is one JSON value over %n line(s); read as a whole</source>
        <translation>
            <numerusform>ليس JSON Lines: الملف قيمة JSON واحدة على %n سطر؛ قُرئ كاملًا</numerusform>
            <numerusform>ليس JSON Lines: الملف قيمة JSON واحدة على سطر واحد؛ قُرئ كاملًا</numerusform>
            <numerusform>ليس JSON Lines: الملف قيمة JSON واحدة على سطرين؛ قُرئ كاملًا</numerusform>
            <numerusform>ليس JSON Lines: الملف قيمة JSON واحدة على %n أسطر؛ قُرئ كاملًا</numerusform>
            <numerusform>ليس JSON Lines: الملف قيمة JSON واحدة على %n سطرًا؛ قُرئ كاملًا</numerusform>
            <numerusform>ليس JSON Lines: الملف قيمة JSON واحدة على %n سطر؛ قُرئ كاملًا</numerusform>
        </translation>
    </message>
    <message>
        <source>line skipped: %1</source>
        <translation>تم تخطي السطر: %1</translation>
    </message>
</context>
<context>
    <name>DocumentFile</name>
    <message>
        <source>%1 was not saved: its sidecar has errors, and Hashiya never replaces a file it could not read. Fix the problems listed for it, then reopen the article.</source>
        <translation>لم يُحفظ %1: في ملفه المرافق أخطاء، وHashiya لا يستبدل أبدًا ملفًا تعذّرت قراءته. أصلح المشكلات المدرجة له، ثم أعد فتح المقالة.</translation>
    </message>
</context>
<context>
    <name>EntityRemoval</name>
    <message>
        <source>Delete the entity and its relations?</source>
        <translation>أتحذف الكيان وعلاقاته؟</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>أتحذف «%1»؟</translation>
    </message>
    <message numerus="yes">
        <source>Its %n relation(s) go with it, with the notes and attributes written on them. %1 brings them back.</source>
        <translation>
            <numerusform>لا علاقات تُحذف معه. %1 يعيده.</numerusform>
            <numerusform>تُحذف معه علاقته، بما كُتب عليها من ملاحظات وسمات. %1 يعيدها.</numerusform>
            <numerusform>تُحذف معه علاقتاه، بما كُتب عليهما من ملاحظات وسمات. %1 يعيدهما.</numerusform>
            <numerusform>تُحذف معه علاقاته الـ%n، بما كُتب عليها من ملاحظات وسمات. %1 يعيدها.</numerusform>
            <numerusform>تُحذف معه علاقاته الـ%n، بما كُتب عليها من ملاحظات وسمات. %1 يعيدها.</numerusform>
            <numerusform>تُحذف معه علاقاته الـ%n، بما كُتب عليها من ملاحظات وسمات. %1 يعيدها.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ا&amp;حذف</translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>لا تسأل مرة أخرى</translation>
    </message>
    <message>
        <source>Deleted “%1” — %2 brings it back</source>
        <translation>حُذف «%1» — %2 يعيده</translation>
    </message>
    <message numerus="yes">
        <source>Deleted “%1” and %n relation(s) — %2 brings them back</source>
        <translation>
            <numerusform>حُذف «%1» — %2 يعيده</numerusform>
            <numerusform>حُذف «%1» وعلاقة واحدة — %2 يعيدهما</numerusform>
            <numerusform>حُذف «%1» وعلاقتان — %2 يعيدها</numerusform>
            <numerusform>حُذف «%1» و%n علاقات — %2 يعيدها</numerusform>
            <numerusform>حُذف «%1» و%n علاقة — %2 يعيدها</numerusform>
            <numerusform>حُذف «%1» و%n علاقة — %2 يعيدها</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeFiles</name>
    <message>
        <source>not exported: the sidecar has errors; fix them first</source>
        <translation>لم يُصدَّر: في الملف المرافق أخطاء؛ أصلحها أولًا</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Usage: hashiya export --format FORMAT --out DIR [--status STATUS] PATH...
Writes the articles under PATH, with their annotations, in a peer format into DIR.
--status keeps only documents with that status (new, in-progress, done).
Exits with 1 if a document could not be read or written, 2 on a usage error.

Formats (and the unit their offsets count):
</source>
        <translation>الاستخدام: hashiya export --format FORMAT --out DIR [--status STATUS] PATH...
يكتب المقالات الموجودة تحت PATH، مع وسومها، بصيغة أداة أخرى داخل DIR.
يُبقي --status الوثائق ذات تلك الحالة فقط (new وin-progress وdone).
يخرج بالرمز 1 إن تعذّرت قراءة وثيقة أو كتابتها، و2 عند خطأ في الاستخدام.

الصيغ (والوحدة التي تعدّ بها مواضعها):
</translation>
    </message>
    <message>
        <source>--format, --out and at least one PATH are needed</source>
        <translation>يلزم --format و--out ومسار PATH واحد على الأقل</translation>
    </message>
    <message>
        <source>unknown format %1</source>
        <translation>صيغة غير معروفة %1</translation>
    </message>
    <message>
        <source>unknown status %1</source>
        <translation>حالة غير معروفة %1</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 غير موجود</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ليس مجلدًا</translation>
    </message>
    <message>
        <source>exporting</source>
        <translation>جارٍ التصدير</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) exported</source>
        <translation>
            <numerusform>لم تُصدَّر أي وثيقة</numerusform>
            <numerusform>صُدّرت وثيقة واحدة</numerusform>
            <numerusform>صُدّرت وثيقتان</numerusform>
            <numerusform>صُدّرت %n وثائق</numerusform>
            <numerusform>صُدّرت %n وثيقة</numerusform>
            <numerusform>صُدّرت %n وثيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>لم يُكتب أي ملف في %1</numerusform>
            <numerusform>كُتب ملف واحد في %1</numerusform>
            <numerusform>كُتب ملفان في %1</numerusform>
            <numerusform>كُتبت %n ملفات في %1</numerusform>
            <numerusform>كُتب %n ملفًا في %1</numerusform>
            <numerusform>كُتب %n ملف في %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) left out by status</source>
        <translation>
            <numerusform>لم تُستبعد أي وثيقة بسبب حالتها</numerusform>
            <numerusform>استُبعدت وثيقة واحدة بسبب حالتها</numerusform>
            <numerusform>استُبعدت وثيقتان بسبب حالتهما</numerusform>
            <numerusform>استُبعدت %n وثائق بسبب حالتها</numerusform>
            <numerusform>استُبعدت %n وثيقة بسبب حالتها</numerusform>
            <numerusform>استُبعدت %n وثيقة بسبب حالتها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) could not be exported</source>
        <translation>
            <numerusform>لا توجد وثيقة تعذّر تصديرها</numerusform>
            <numerusform>تعذّر تصدير وثيقة واحدة</numerusform>
            <numerusform>تعذّر تصدير وثيقتين</numerusform>
            <numerusform>تعذّر تصدير %n وثائق</numerusform>
            <numerusform>تعذّر تصدير %n وثيقة</numerusform>
            <numerusform>تعذّر تصدير %n وثيقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>brat standoff</source>
        <translation>brat standoff</translation>
    </message>
    <message>
        <source>code points</source>
        <translation>نقاط ترميز</translation>
    </message>
    <message>
        <source>spaCy JSONL</source>
        <translation>spaCy JSONL</translation>
    </message>
    <message>
        <source>doccano JSONL (relation extraction)</source>
        <translation>doccano JSONL (استخراج العلاقات)</translation>
    </message>
    <message>
        <source>UTF-16 code units</source>
        <translation>وحدات ترميز UTF-16</translation>
    </message>
    <message>
        <source>Label Studio JSON</source>
        <translation>Label Studio JSON</translation>
    </message>
    <message>
        <source>CoNLL-2003 / IOB2</source>
        <translation>CoNLL-2003 / IOB2</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>وحدات لغوية</translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <source>CSV (entities and relations)</source>
        <translation>CSV (الكيانات والعلاقات)</translation>
    </message>
    <message>
        <source>GraphML entity graph</source>
        <translation>مخطط كيانات GraphML</translation>
    </message>
    <message>
        <source>none (a graph)</source>
        <translation>لا شيء (مخطط شبكي)</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>unknown export format %1</source>
        <translation>صيغة تصدير غير معروفة %1</translation>
    </message>
</context>
<context>
    <name>ExportSupport</name>
    <message>
        <source>entity %1 (%2, “%3”)</source>
        <translation>الكيان %1 (%2، «%3»)</translation>
    </message>
    <message>
        <source>%1 has %2 fragments; %3 has no discontinuous entities, so each fragment is written as an entity of its own and relations use the first</source>
        <translation>للعنصر %1 عدد %2 من الأجزاء؛ %3 لا يدعم الكيانات المتقطعة، لذا كُتب كل جزء كيانًا مستقلًا وتستخدم العلاقات الجزء الأول</translation>
    </message>
    <message numerus="yes">
        <source>%n attribute value(s)</source>
        <translation>
            <numerusform>لا قيم سمات</numerusform>
            <numerusform>قيمة سمة واحدة</numerusform>
            <numerusform>قيمتا سمة</numerusform>
            <numerusform>%n قيم سمات</numerusform>
            <numerusform>%n قيمة سمة</numerusform>
            <numerusform>%n قيمة سمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>لا ملاحظات</numerusform>
            <numerusform>ملاحظة واحدة</numerusform>
            <numerusform>ملاحظتان</numerusform>
            <numerusform>%n ملاحظات</numerusform>
            <numerusform>%n ملاحظة</numerusform>
            <numerusform>%n ملاحظة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s)</source>
        <translation>
            <numerusform>لا مراجع</numerusform>
            <numerusform>مرجع واحد</numerusform>
            <numerusform>مرجعان</numerusform>
            <numerusform>%n مراجع</numerusform>
            <numerusform>%n مرجعًا</numerusform>
            <numerusform>%n مرجع</numerusform>
        </translation>
    </message>
    <message>
        <source>not exported, %1 has no place for them: %2</source>
        <translation>لم يُصدَّر، فلا مكان لها في %1: %2</translation>
    </message>
    <message>
        <source>Entity %1 (%2) has spans outside the text or out of order and is left out.</source>
        <translation>الكيان %1 (%2) له مقاطع خارج النص أو بغير ترتيب، وقد استُبعد.</translation>
    </message>
    <message>
        <source>Relation %1 (%2) is left out with the entity it links.</source>
        <translation>استُبعدت العلاقة %1 (%2) مع الكيان الذي تربطه.</translation>
    </message>
</context>
<context>
    <name>FolderOutput</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>تعذّر إنشاء المجلد %1.</translation>
    </message>
</context>
<context>
    <name>GitSides</name>
    <message>
        <source>commit %1 by %2 (%3)</source>
        <translation>الإيداع %1 من %2 (%3)</translation>
    </message>
    <message>
        <source>the upstream</source>
        <translation>الفرع الأساسي</translation>
    </message>
    <message>
        <source>the upstream %1</source>
        <translation>الفرع الأساسي %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>ours (detached HEAD)</source>
        <translation>نسختنا (HEAD منفصل)</translation>
    </message>
</context>
<context>
    <name>GitUnmerged</name>
    <message>
        <source>unmerged in git: the merge of this file was not finished, and it may hold only one side&apos;s changes (to finish it, run hashiya setup-git and merge the file again with git checkout -m, or resolve it by hand, then git add it)</source>
        <translation>غير مدموج في git: لم يكتمل دمج هذا الملف، وقد لا يحوي إلا تغييرات أحد الطرفين (لإتمامه شغّل hashiya setup-git ثم ادمج الملف من جديد بالأمر git checkout -m، أو حُلّ التعارض يدويًا، ثم نفّذ git add عليه)</translation>
    </message>
</context>
<context>
    <name>GoldCopy</name>
    <message>
        <source>%1 holds another text than the article adjudicated; choose another folder</source>
        <translation>يحوي %1 نصًّا غير نص المقالة المحكَّمة؛ اختر مجلدًا آخر</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>تعذّر إنشاء المجلد %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
</context>
<context>
    <name>Hashiya</name>
    <message>
        <source>%1 points at %2, which is not an entity of this article</source>
        <translation>%1 يشير إلى %2، وهو ليس كيانًا في هذه المقالة</translation>
    </message>
    <message>
        <source>%1 links an entity to itself</source>
        <translation>%1 يربط كيانًا بنفسه</translation>
    </message>
    <message>
        <source>the relation type %1 is not in the schema</source>
        <translation>نوع العلاقة %1 غير موجود في المخطط</translation>
    </message>
    <message>
        <source>%1 must link two entities of the same type, not %2 and %3</source>
        <translation>يجب أن يربط %1 كيانين من النوع نفسه، لا %2 و%3</translation>
    </message>
    <message>
        <source>%1 is not allowed from %2 to %3</source>
        <translation>%1 غير مسموح به من %2 إلى %3</translation>
    </message>
    <message>
        <source>%1 repeats relation %2</source>
        <translation>%1 يكرّر العلاقة %2</translation>
    </message>
</context>
<context>
    <name>Hashiya::AnnotationPanel</name>
    <message>
        <source>Filter entities</source>
        <translation>تصفية الكيانات</translation>
    </message>
    <message>
        <source>Show the entities whose text or type contains this</source>
        <translation>اعرض الكيانات التي يحتوي نصها أو نوعها على هذا</translation>
    </message>
    <message>
        <source>No entity selected</source>
        <translation>لم يُحدَّد كيان</translation>
    </message>
    <message>
        <source>e.g. wikidata:Q43</source>
        <translation>مثلًا wikidata:Q43</translation>
    </message>
    <message>
        <source>The canonical entity this mention refers to</source>
        <translation>الكيان المعياري الذي يشير إليه هذا الذكر</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>النص:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>المرجع:</translation>
    </message>
    <message>
        <source>Selected entity</source>
        <translation>الكيان المحدد</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — not in the schema</source>
        <translation>%1 — غير موجود في المخطط</translation>
    </message>
    <message>
        <source>The schema has no entity type %1</source>
        <translation>لا يحوي المخطط نوع الكيان %1</translation>
    </message>
    <message>
        <source>Schema problems</source>
        <translation>مشكلات المخطط</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <source>“%1” has type %2, which the schema lacks</source>
        <translation>«%1» من النوع %2، وهو غير موجود في المخطط</translation>
    </message>
    <message>
        <source>“%1” has attribute %2, which the schema lacks</source>
        <translation>لـ«%1» السمة %2، وهي غير موجودة في المخطط</translation>
    </message>
    <message>
        <source>“%1” has attribute %2, which does not apply to type %3</source>
        <translation>لـ«%1» السمة %2، وهي لا تنطبق على النوع %3</translation>
    </message>
    <message>
        <source>“%1” has %2 “%3”, which the schema does not allow</source>
        <translation>لـ«%1» %2 بالقيمة «%3»، وهذا ما لا يسمح به المخطط</translation>
    </message>
    <message>
        <source>Schema problems: none</source>
        <translation>مشكلات المخطط: لا شيء</translation>
    </message>
    <message>
        <source>Schema problems (%1)</source>
        <translation>مشكلات المخطط (%1)</translation>
    </message>
    <message>
        <source>Delete entity</source>
        <translation>احذف الكيان</translation>
    </message>
</context>
<context>
    <name>Hashiya::AttributeForm</name>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Attribute %1 does not apply to type %2</source>
        <translation>السمة %1 لا تنطبق على النوع %2</translation>
    </message>
    <message>
        <source>The schema has no attribute %1</source>
        <translation>لا يحوي المخطط السمة %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove attribute %1 from this relation</source>
        <translation>أزل السمة %1 من هذه العلاقة</translation>
    </message>
    <message>
        <source>Remove attribute %1 from this entity</source>
        <translation>أزل السمة %1 من هذا الكيان</translation>
    </message>
    <message>
        <source>No value: removes the attribute</source>
        <translation>بلا قيمة: تُزال السمة</translation>
    </message>
    <message>
        <source>%1 (not allowed)</source>
        <translation>%1 (غير مسموح)</translation>
    </message>
</context>
<context>
    <name>Hashiya::CompareWindow</name>
    <message>
        <source>agree</source>
        <translation>اتفاق</translation>
    </message>
    <message>
        <source>other boundaries</source>
        <translation>حدود مختلفة</translation>
    </message>
    <message>
        <source>other type</source>
        <translation>نوع مختلف</translation>
    </message>
    <message>
        <source>other boundaries and type</source>
        <translation>حدود ونوع مختلفان</translation>
    </message>
    <message>
        <source>other attributes</source>
        <translation>سمات مختلفة</translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>لدى A فقط</translation>
    </message>
    <message>
        <source>only in B</source>
        <translation>لدى B فقط</translation>
    </message>
    <message>
        <source>other direction</source>
        <translation>اتجاه مختلف</translation>
    </message>
    <message>
        <source>an end only one has</source>
        <translation>طرف لدى أحدهما فقط</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>Compare — %1</source>
        <translation>مقارنة — %1</translation>
    </message>
    <message>
        <source>Add &amp;copy…</source>
        <translation>إضافة &amp;نسخة…</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ال&amp;تالي</translation>
    </message>
    <message>
        <source>The previous disagreement (Shift+F8)</source>
        <translation>الخلاف السابق (Shift+F8)</translation>
    </message>
    <message>
        <source>The next disagreement (F8)</source>
        <translation>الخلاف التالي (F8)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Click a status to list only its items; click a measure to list them all</source>
        <translation>انقر حالةً لعرض عناصرها فقط، وانقر مقياسًا لعرضها كلها</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Compared with:</source>
        <translation>مقارنة مع:</translation>
    </message>
    <message>
        <source>Another analyst&apos;s copy of the corpus</source>
        <translation>نسخة محلل آخر من المدوّنة</translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <translation>لا يحوي %1 الملف %2</translation>
    </message>
    <message>
        <source>%1: its text differs from this article&apos;s, so its annotations cannot be compared</source>
        <translation>%1: نصه يختلف عن نص هذه المقالة، فلا يمكن مقارنة وسومه</translation>
    </message>
    <message>
        <source>A: this article (%1)  ·  B: %2</source>
        <translation>A: هذه المقالة (%1)  ·  B: %2</translation>
    </message>
    <message>
        <source>Entities F1, %1</source>
        <translation>F1 للكيانات، %1</translation>
    </message>
    <message>
        <source>Relations F1</source>
        <translation>F1 للعلاقات</translation>
    </message>
    <message>
        <source>κ on code points</source>
        <translation>κ على نقاط الترميز</translation>
    </message>
    <message>
        <source>κ on marked code points</source>
        <translation>κ على نقاط الترميز المعلَّمة</translation>
    </message>
    <message>
        <source>relation %1</source>
        <translation>علاقة %1</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>متّفق عليه</translation>
    </message>
    <message>
        <source>A&apos;s</source>
        <translation>ما لدى A</translation>
    </message>
    <message>
        <source>B&apos;s</source>
        <translation>ما لدى B</translation>
    </message>
    <message>
        <source>both</source>
        <translation>كلاهما</translation>
    </message>
    <message>
        <source>neither</source>
        <translation>لا أحد منهما</translation>
    </message>
    <message>
        <source>Decide: %1</source>
        <translation>قرار: %1</translation>
    </message>
    <message>
        <source>&amp;Adjudicate into…</source>
        <translation>&amp;حكِّم إلى…</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Decide unit by unit, into a gold copy in a folder of its own</source>
        <translation>قرِّر وحدةً وحدة، في نسخة ذهبية داخل مجلد خاص بها</translation>
    </message>
    <message>
        <source>Accept &amp;A (1)</source>
        <translation>اقبل &amp;A (1)</translation>
    </message>
    <message>
        <source>Accept &amp;B (2)</source>
        <translation>اقبل &amp;B (2)</translation>
    </message>
    <message>
        <source>Bo&amp;th (3)</source>
        <translation>&amp;كلاهما (3)</translation>
    </message>
    <message>
        <source>&amp;Reject (0)</source>
        <translation>ا&amp;رفض (0)</translation>
    </message>
    <message>
        <source>Next &amp;undecided (N)</source>
        <translation>غير المقرَّر ال&amp;تالي (N)</translation>
    </message>
    <message>
        <source>Folder of the gold copy</source>
        <translation>مجلد النسخة الذهبية</translation>
    </message>
    <message>
        <source>the comparison changed; compare again</source>
        <translation>تغيّرت المقارنة؛ قارن من جديد</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n saved decision(s) name units this comparison does not have; they are left out</source>
        <translation>
            <numerusform>لا قرارات محفوظة مستبعدة</numerusform>
            <numerusform>قرار محفوظ واحد يسمّي وحدة ليست في هذه المقارنة؛ استُبعد</numerusform>
            <numerusform>قراران محفوظان يسمّيان وحدات ليست في هذه المقارنة؛ استُبعدا</numerusform>
            <numerusform>%n قرارات محفوظة تسمّي وحدات ليست في هذه المقارنة؛ استُبعدت</numerusform>
            <numerusform>%n قرارًا محفوظًا تسمّي وحدات ليست في هذه المقارنة؛ استُبعدت</numerusform>
            <numerusform>%n قرار محفوظ تسمّي وحدات ليست في هذه المقارنة؛ استُبعدت</numerusform>
        </translation>
    </message>
    <message>
        <source>The gold copy could not be saved: %1</source>
        <translation>تعذّر حفظ النسخة الذهبية: %1</translation>
    </message>
    <message>
        <source>%1 of %2 decided · gold copy: %3</source>
        <translation>قُرِّر %1 من %2 · النسخة الذهبية: %3</translation>
    </message>
    <message>
        <source>Take %1 from %2</source>
        <translation>خذ %1 من %2</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>in %1 only</source>
        <translation>في %1 فقط</translation>
    </message>
    <message>
        <source>in all, other attributes</source>
        <translation>في الكل، بخصائص مختلفة</translation>
    </message>
    <message>
        <source>in all</source>
        <translation>في الكل</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>معدَّل</translation>
    </message>
    <message>
        <source>The copy compared with (B), or all copies at once</source>
        <translation>النسخة المقارَن بها (B)، أو كل النسخ معًا</translation>
    </message>
    <message>
        <source>&amp;Edit… (E)</source>
        <translation>&amp;تعديل… (E)</translation>
    </message>
    <message>
        <source>Make the gold item by hand: its type, where it begins and ends, its attributes</source>
        <translation>أنشئ العنصر المرجعي يدويًا: نوعه وبدايته ونهايته وخصائصه</translation>
    </message>
    <message numerus="yes">
        <source>All %n copies</source>
        <translation>
            <numerusform>جميع النسخ (%n)</numerusform>
            <numerusform>النسخة الوحيدة</numerusform>
            <numerusform>النسختان كلتاهما</numerusform>
            <numerusform>النسخ الـ%n كلها</numerusform>
            <numerusform>النسخ الـ%n كلها</numerusform>
            <numerusform>النسخ الـ%n كلها</numerusform>
        </translation>
    </message>
    <message>
        <source>A: this article (%1)</source>
        <translation>A: هذه المقالة (%1)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>Analysts</source>
        <translation>المحللون</translation>
    </message>
    <message>
        <source>Adjudication decides between two copies: choose one of them above</source>
        <translation>التحكيم يفصل بين نسختين: اختر إحداهما في الأعلى</translation>
    </message>
    <message>
        <source>Entities F1, %1, %2–%3</source>
        <translation>F1 للكيانات، %1، %2–%3</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ on code points</source>
        <translation>κ فلايس على نقاط الترميز</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ on marked code points</source>
        <translation>κ فلايس على نقاط الترميز المعلَّمة</translation>
    </message>
    <message>
        <source>Edit the gold item</source>
        <translation>تعديل العنصر المرجعي</translation>
    </message>
</context>
<context>
    <name>Hashiya::ConflictsPanel</name>
    <message>
        <source>A git merge found these changes made on both sides. Choose one to see it in the article, then keep one side. The article cannot be marked done until none are left.</source>
        <translation>وجد دمج git هذه التغييرات التي أُجريت على الجانبين. اختر واحدًا منها لتراه في المقال، ثم أبقِ أحد الجانبين. لا يمكن وسم المقال بأنه منجز ما دام أيّ منها باقيًا.</translation>
    </message>
    <message>
        <source>This side cannot be applied: its item is gone, or its text is not in the article any more</source>
        <translation>لا يمكن تطبيق هذا الجانب: عنصره لم يعد موجودًا، أو لم يعد نصه في المقال</translation>
    </message>
</context>
<context>
    <name>Hashiya::CorpusModel</name>
    <message>
        <source>Arabic</source>
        <comment>language</comment>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Turkish</source>
        <comment>language</comment>
        <translation>التركية</translation>
    </message>
    <message>
        <source>English</source>
        <comment>language</comment>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>الكيانات</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>العلاقات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>The article has no letters</source>
        <translation>لا حروف في المقالة</translation>
    </message>
    <message>
        <source>Letters of more than one script</source>
        <translation>حروف من أكثر من نظام كتابة</translation>
    </message>
    <message>
        <source>%1, guessed from the letters</source>
        <translation>%1، بحسب الحروف</translation>
    </message>
    <message>
        <source>Arabic</source>
        <comment>script</comment>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Latin</source>
        <comment>script</comment>
        <translation>لاتينية</translation>
    </message>
    <message>
        <source>Mixed</source>
        <comment>script</comment>
        <translation>مختلطة</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
</context>
<context>
    <name>Hashiya::CorpusPanel</name>
    <message>
        <source>Filter articles</source>
        <translation>تصفية المقالات</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Filter articles by title, file, language or status (%1)</source>
        <translation>صفِّ المقالات حسب العنوان أو الملف أو اللغة أو الحالة (%1)</translation>
    </message>
    <message>
        <source>Mark as &amp;new</source>
        <translation>علّمها &amp;جديدة</translation>
    </message>
    <message>
        <source>Mark as &amp;in progress</source>
        <translation>علّمها &amp;قيد العمل</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>علّمها &amp;منجزة</translation>
    </message>
    <message>
        <source>No articles</source>
        <translation>لا مقالات</translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 of %n article(s)…</source>
        <translation>
            <numerusform>جارٍ قراءة %1 من %n مقالة…</numerusform>
            <numerusform>جارٍ قراءة %1 من مقالة واحدة…</numerusform>
            <numerusform>جارٍ قراءة %1 من مقالتين…</numerusform>
            <numerusform>جارٍ قراءة %1 من %n مقالات…</numerusform>
            <numerusform>جارٍ قراءة %1 من %n مقالة…</numerusform>
            <numerusform>جارٍ قراءة %1 من %n مقالة…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n article(s) shown</source>
        <translation>
            <numerusform>يُعرض %1 من %n مقالة</numerusform>
            <numerusform>يُعرض %1 من مقالة واحدة</numerusform>
            <numerusform>يُعرض %1 من مقالتين</numerusform>
            <numerusform>يُعرض %1 من %n مقالات</numerusform>
            <numerusform>يُعرض %1 من %n مقالة</numerusform>
            <numerusform>يُعرض %1 من %n مقالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>لا مقالات</numerusform>
            <numerusform>مقالة واحدة</numerusform>
            <numerusform>مقالتان</numerusform>
            <numerusform>%n مقالات</numerusform>
            <numerusform>%n مقالة</numerusform>
            <numerusform>%n مقالة</numerusform>
        </translation>
    </message>
    <message>
        <source>Set &amp;title…</source>
        <translation>تعيين ال&amp;عنوان…</translation>
    </message>
</context>
<context>
    <name>Hashiya::CorpusSearchPanel</name>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Search the corpus</source>
        <translation>ابحث في المدوّنة</translation>
    </message>
    <message>
        <source>Only hits inside entities of this type; with no text, every entity of it</source>
        <translation>النتائج داخل كيانات هذا النوع فقط؛ ومن دون نص، كل كيانات هذا النوع</translation>
    </message>
    <message>
        <source>attribute=value</source>
        <translation>سمة=قيمة</translation>
    </message>
    <message>
        <source>Only hits inside entities with this attribute (and value, if given)</source>
        <translation>النتائج داخل الكيانات التي لها هذه السمة (والقيمة إن ذُكرت) فقط</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>المطابقة</translation>
    </message>
    <message>
        <source>Open a corpus folder to search it</source>
        <translation>افتح مجلد مدوّنة للبحث فيه</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>لا مقالات</numerusform>
            <numerusform>مقالة واحدة</numerusform>
            <numerusform>مقالتان</numerusform>
            <numerusform>%n مقالات</numerusform>
            <numerusform>%n مقالة</numerusform>
            <numerusform>%n مقالة</numerusform>
        </translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>أي نوع</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n hit(s)</source>
        <translation>
            <numerusform>%1 — لا نتائج</numerusform>
            <numerusform>%1 — نتيجة واحدة</numerusform>
            <numerusform>%1 — نتيجتان</numerusform>
            <numerusform>%1 — %n نتائج</numerusform>
            <numerusform>%1 — %n نتيجة</numerusform>
            <numerusform>%1 — %n نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching… %n hit(s) so far</source>
        <translation>
            <numerusform>جارٍ البحث… لا نتائج حتى الآن</numerusform>
            <numerusform>جارٍ البحث… نتيجة واحدة حتى الآن</numerusform>
            <numerusform>جارٍ البحث… نتيجتان حتى الآن</numerusform>
            <numerusform>جارٍ البحث… %n نتائج حتى الآن</numerusform>
            <numerusform>جارٍ البحث… %n نتيجة حتى الآن</numerusform>
            <numerusform>جارٍ البحث… %n نتيجة حتى الآن</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hashiya::DigitsMenu</name>
    <message>
        <source>&amp;Digits</source>
        <translation>الأر&amp;قام</translation>
    </message>
    <message>
        <source>As the interface language</source>
        <translation>كما في لغة الواجهة</translation>
    </message>
    <message>
        <source>Western (0–9)</source>
        <translation>غربية (0–9)</translation>
    </message>
    <message>
        <source>Arabic-Indic (٠–٩)</source>
        <translation>هندية عربية (٠–٩)</translation>
    </message>
</context>
<context>
    <name>Hashiya::DocumentGraphView</name>
    <message>
        <source>Document graph</source>
        <translation>مخطط الوثيقة</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2, %n mention(s)</source>
        <translation>
            <numerusform>%1
%2، لا ذكر</numerusform>
            <numerusform>%1
%2، ذكر واحد</numerusform>
            <numerusform>%1
%2، ذكران</numerusform>
            <numerusform>%1
%2، %n مرات ذكر</numerusform>
            <numerusform>%1
%2، %n ذكرًا</numerusform>
            <numerusform>%1
%2، %n ذكر</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>%1 → %2 → %3</source>
        <translation>%1 ← %2 ← %3</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>No entities tagged in this article yet</source>
        <translation>لا كيانات موسومة في هذه المقالة بعد</translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>لا مقالة مفتوحة</translation>
    </message>
</context>
<context>
    <name>Hashiya::DocumentSession</name>
    <message>
        <source>%1 was not saved: another program changed it, and Hashiya waits for your choice between its version and yours</source>
        <translation>لم يُحفظ %1: غيّره برنامج آخر، وينتظر Hashiya أن تختار بين نسخته ونسختك</translation>
    </message>
    <message numerus="yes">
        <source>%1 was changed by another program: it now has %n entity(ies)</source>
        <translation>
            <numerusform>غيّر برنامج آخر %1: لم يعد فيه أي كيان</numerusform>
            <numerusform>غيّر برنامج آخر %1: فيه الآن كيان واحد</numerusform>
            <numerusform>غيّر برنامج آخر %1: فيه الآن كيانان</numerusform>
            <numerusform>غيّر برنامج آخر %1: فيه الآن %n كيانات</numerusform>
            <numerusform>غيّر برنامج آخر %1: فيه الآن %n كيانًا</numerusform>
            <numerusform>غيّر برنامج آخر %1: فيه الآن %n كيان</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the sidecar changed outside</source>
        <translation>اعتماد الملف المرافق المعدَّل من خارج البرنامج</translation>
    </message>
    <message>
        <source>Merge the sidecar changed outside</source>
        <translation>دمج الملف المرافق المعدَّل من خارج البرنامج</translation>
    </message>
    <message>
        <source>%1 was not rewritten, because no copy of it could be kept first: %2</source>
        <translation>لم تُعَد كتابة %1، لأنه تعذّر حفظ نسخة منه أولًا: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>another program changed %1 just now; look at its version first</source>
        <translation>غيّر برنامج آخر %1 للتو؛ اطّلع على نسخته أولًا</translation>
    </message>
    <message>
        <source>Merge a version another program wrote meanwhile</source>
        <translation>دمج نسخة كتبها برنامج آخر في الأثناء</translation>
    </message>
</context>
<context>
    <name>Hashiya::EndChoiceDialog</name>
    <message>
        <source>A relation&apos;s end is not in the gold copy</source>
        <translation>طرف علاقة ليس في النسخة المرجعية</translation>
    </message>
    <message>
        <source>«%1» (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <source>The relation is accepted, but these entities it links are not:</source>
        <translation>قُبلت العلاقة، لكن هذه الكيانات التي تربطها لم تُقبل:</translation>
    </message>
    <message>
        <source>%1&apos;s relation starts at %2</source>
        <translation>علاقة %1 تبدأ عند %2</translation>
    </message>
    <message>
        <source>%1&apos;s relation ends at %2</source>
        <translation>علاقة %1 تنتهي عند %2</translation>
    </message>
    <message>
        <source>Pull it into the gold copy as well</source>
        <translation>أدخِله في النسخة المرجعية أيضًا</translation>
    </message>
    <message>
        <source>Link to the gold entity %1 instead</source>
        <translation>اربطها بالكيان المرجعي %1 بدلًا منه</translation>
    </message>
</context>
<context>
    <name>Hashiya::EntityTreeModel</name>
    <message>
        <source>line %1</source>
        <translation>السطر %1</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>الكيان</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>السمات</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2) — not in the schema</source>
        <translation>%1 (%2) — غير موجود في المخطط</translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies) of type %1</source>
        <translation>
            <numerusform>لا كيانات من النوع %1</numerusform>
            <numerusform>كيان واحد من النوع %1</numerusform>
            <numerusform>كيانان من النوع %1</numerusform>
            <numerusform>%n كيانات من النوع %1</numerusform>
            <numerusform>%n كيانًا من النوع %1</numerusform>
            <numerusform>%n كيان من النوع %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The schema has no entity type %1; %n entity(ies) use it</source>
        <translation>
            <numerusform>لا يحوي المخطط نوع الكيان %1؛ ولا يستخدمه أي كيان</numerusform>
            <numerusform>لا يحوي المخطط نوع الكيان %1؛ ويستخدمه كيان واحد</numerusform>
            <numerusform>لا يحوي المخطط نوع الكيان %1؛ ويستخدمه كيانان</numerusform>
            <numerusform>لا يحوي المخطط نوع الكيان %1؛ ويستخدمه %n كيانات</numerusform>
            <numerusform>لا يحوي المخطط نوع الكيان %1؛ ويستخدمه %n كيانًا</numerusform>
            <numerusform>لا يحوي المخطط نوع الكيان %1؛ ويستخدمه %n كيان</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Note: %2</source>
        <translation>%1
ملاحظة: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>Hashiya::ExchangeActions</name>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>An open article could not be saved, so the export would miss its latest annotations. See the Problems panel, then try again.</source>
        <translation>تعذّر حفظ مقالة مفتوحة، فسيفوت التصديرَ أحدثُ وسومها. راجع لوحة المشكلات ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Exporting annotations…</source>
        <translation>جارٍ تصدير الوسوم…</translation>
    </message>
    <message>
        <source>The export was cancelled. Files already written for single articles stay; nothing covering the whole set was written.</source>
        <translation>أُلغي التصدير. تبقى الملفات المكتوبة لمقالات منفردة؛ ولم يُكتب شيء يغطي المجموعة كلها.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n document(s) as %1</source>
        <translation>
            <numerusform>لم تُصدَّر أي وثيقة بصيغة %1</numerusform>
            <numerusform>صُدّرت وثيقة واحدة بصيغة %1</numerusform>
            <numerusform>صُدّرت وثيقتان بصيغة %1</numerusform>
            <numerusform>صُدّرت %n وثائق بصيغة %1</numerusform>
            <numerusform>صُدّرت %n وثيقة بصيغة %1</numerusform>
            <numerusform>صُدّرت %n وثيقة بصيغة %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>لم يُكتب أي ملف في %1.</numerusform>
            <numerusform>كُتب ملف واحد في %1.</numerusform>
            <numerusform>كُتب ملفان في %1.</numerusform>
            <numerusform>كُتبت %n ملفات في %1.</numerusform>
            <numerusform>كُتب %n ملفًا في %1.</numerusform>
            <numerusform>كُتب %n ملف في %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) left out by status.</source>
        <translation>
            <numerusform>لم تُستبعد أي وثيقة بسبب حالتها.</numerusform>
            <numerusform>استُبعدت وثيقة واحدة بسبب حالتها.</numerusform>
            <numerusform>استُبعدت وثيقتان بسبب حالتهما.</numerusform>
            <numerusform>استُبعدت %n وثائق بسبب حالتها.</numerusform>
            <numerusform>استُبعدت %n وثيقة بسبب حالتها.</numerusform>
            <numerusform>استُبعدت %n وثيقة بسبب حالتها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) could not be exported.</source>
        <translation>
            <numerusform>لا توجد وثيقة تعذّر تصديرها.</numerusform>
            <numerusform>تعذّر تصدير وثيقة واحدة.</numerusform>
            <numerusform>تعذّر تصدير وثيقتين.</numerusform>
            <numerusform>تعذّر تصدير %n وثائق.</numerusform>
            <numerusform>تعذّر تصدير %n وثيقة.</numerusform>
            <numerusform>تعذّر تصدير %n وثيقة.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;افتح المجلد</translation>
    </message>
    <message>
        <source>Importing annotations…</source>
        <translation>جارٍ استيراد الوسوم…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n document(s)</source>
        <translation>
            <numerusform>لم تُستورد أي وثيقة</numerusform>
            <numerusform>استُوردت وثيقة واحدة</numerusform>
            <numerusform>استُوردت وثيقتان</numerusform>
            <numerusform>استُوردت %n وثائق</numerusform>
            <numerusform>استُوردت %n وثيقة</numerusform>
            <numerusform>استُوردت %n وثيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation>
            <numerusform>لا كيانات</numerusform>
            <numerusform>كيان واحد</numerusform>
            <numerusform>كيانان</numerusform>
            <numerusform>%n كيانات</numerusform>
            <numerusform>%n كيانًا</numerusform>
            <numerusform>%n كيان</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>لا علاقات</numerusform>
            <numerusform>علاقة واحدة</numerusform>
            <numerusform>علاقتان</numerusform>
            <numerusform>%n علاقات</numerusform>
            <numerusform>%n علاقة</numerusform>
            <numerusform>%n علاقة</numerusform>
        </translation>
    </message>
    <message>
        <source>into %1.</source>
        <translation>إلى %1.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>أُلغي الاستيراد.</translation>
    </message>
    <message>
        <source>The schema was written to %1.</source>
        <translation>كُتب المخطط في %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n input line(s) or entry(ies) skipped.</source>
        <translation>
            <numerusform>لم يُتخطَّ أي سطر أو مُدخل.</numerusform>
            <numerusform>تم تخطي سطر أو مُدخل واحد.</numerusform>
            <numerusform>تم تخطي سطرين أو مُدخلين.</numerusform>
            <numerusform>تم تخطي %n أسطر أو مُدخلات.</numerusform>
            <numerusform>تم تخطي %n سطرًا أو مُدخلًا.</numerusform>
            <numerusform>تم تخطي %n سطر أو مُدخل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not written.</source>
        <translation>
            <numerusform>كُتبت كل الوثائق.</numerusform>
            <numerusform>لم تُكتب وثيقة واحدة.</numerusform>
            <numerusform>لم تُكتب وثيقتان.</numerusform>
            <numerusform>لم تُكتب %n وثائق.</numerusform>
            <numerusform>لم تُكتب %n وثيقة.</numerusform>
            <numerusform>لم تُكتب %n وثيقة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>&amp;Open imported corpus</source>
        <translation>&amp;افتح المدوّنة المستوردة</translation>
    </message>
</context>
<context>
    <name>Hashiya::ExchangeSummaryDialog</name>
    <message>
        <source>Skipped, and why:</source>
        <translation>ما تم تخطيه، ولماذا:</translation>
    </message>
</context>
<context>
    <name>Hashiya::ExportDialog</name>
    <message>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation>تصدير الوسوم</translation>
    </message>
    <message>
        <source>All articles in the corpus</source>
        <translation>كل مقالات المدوّنة</translation>
    </message>
    <message>
        <source>The open article</source>
        <translation>المقالة المفتوحة</translation>
    </message>
    <message numerus="yes">
        <source>The %n article(s) the corpus list shows</source>
        <translation>
            <numerusform>المقالات التي تعرضها قائمة المدوّنة (لا شيء)</numerusform>
            <numerusform>المقالة الواحدة التي تعرضها قائمة المدوّنة</numerusform>
            <numerusform>المقالتان اللتان تعرضهما قائمة المدوّنة</numerusform>
            <numerusform>المقالات الـ%n التي تعرضها قائمة المدوّنة</numerusform>
            <numerusform>المقالات الـ%n التي تعرضها قائمة المدوّنة</numerusform>
            <numerusform>المقالات الـ%n التي تعرضها قائمة المدوّنة</numerusform>
        </translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Folder to write the files into</source>
        <translation>المجلد الذي تُكتب فيه الملفات</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>الوثائق:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <source>&amp;Target folder:</source>
        <translation>المجلد ال&amp;هدف:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;صدّر</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>التصدير إلى مجلد</translation>
    </message>
    <message>
        <source>Positions in this format: %1.</source>
        <translation>المواضع في هذه الصيغة: %1.</translation>
    </message>
</context>
<context>
    <name>Hashiya::ExportPreview</name>
    <message>
        <source>Preparing the preview…</source>
        <translation>جارٍ إعداد المعاينة…</translation>
    </message>
    <message>
        <source>Nothing to preview: no document in this choice can be exported.</source>
        <translation>لا شيء للمعاينة: لا يمكن تصدير أي مستند في هذا الاختيار.</translation>
    </message>
    <message>
        <source>Nothing to preview: no document has the chosen status.</source>
        <translation>لا شيء للمعاينة: لا يوجد مستند بالحالة المختارة.</translation>
    </message>
    <message>
        <source>What the export writes for %1:</source>
        <translation>ما يكتبه التصدير للمستند %1:</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n line(s)</source>
        <translation>
            <numerusform>%1 · %2 · لا أسطر</numerusform>
            <numerusform>%1 · %2 · سطر واحد</numerusform>
            <numerusform>%1 · %2 · سطران</numerusform>
            <numerusform>%1 · %2 · %n أسطر</numerusform>
            <numerusform>%1 · %2 · %n سطرًا</numerusform>
            <numerusform>%1 · %2 · %n سطر</numerusform>
        </translation>
    </message>
    <message>
        <source>CRLF line ends</source>
        <translation>نهايات أسطر CRLF</translation>
    </message>
</context>
<context>
    <name>Hashiya::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>ابحث في المقالة</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>المطابقة السابقة (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>المطابقة التالية (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>لا مطابقات</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>لا مطابقات</numerusform>
            <numerusform>مطابقة واحدة</numerusform>
            <numerusform>مطابقتان</numerusform>
            <numerusform>%n مطابقات</numerusform>
            <numerusform>%n مطابقة</numerusform>
            <numerusform>%n مطابقة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
</context>
<context>
    <name>Hashiya::GoldItemDialog</name>
    <message>
        <source>Edit the gold entity</source>
        <translation>تعديل الكيان المرجعي</translation>
    </message>
    <message>
        <source>First character:</source>
        <translation>الحرف الأول:</translation>
    </message>
    <message>
        <source>Last character:</source>
        <translation>الحرف الأخير:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>النص:</translation>
    </message>
    <message>
        <source>Take the reader&apos;s &amp;selection</source>
        <translation>خذ &amp;التحديد من القارئ</translation>
    </message>
    <message>
        <source>Characters %1 to %2</source>
        <translation>الحروف من %1 إلى %2</translation>
    </message>
    <message>
        <source>Edit the gold relation</source>
        <translation>تعديل العلاقة المرجعية</translation>
    </message>
    <message>
        <source>&amp;Reverse the direction</source>
        <translation>ا&amp;عكس الاتجاه</translation>
    </message>
    <message>
        <source>Between:</source>
        <translation>بين:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;ملاحظة:</translation>
    </message>
    <message>
        <source>The last character must come after the first.</source>
        <translation>يجب أن يأتي الحرف الأخير بعد الأول.</translation>
    </message>
</context>
<context>
    <name>Hashiya::ImportDialog</name>
    <message>
        <source>&amp;Replace existing sidecars</source>
        <translation>ا&amp;ستبدل الملفات المرافقة الموجودة</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>استيراد الوسوم</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>أضف &amp;ملفات…</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>أضف م&amp;جلدًا…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>أ&amp;زل</translation>
    </message>
    <message>
        <source>Corpus folder to write articles and sidecars into</source>
        <translation>مجلد المدوّنة الذي تُكتب فيه المقالات والملفات المرافقة</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>Without this, an article that already has a sidecar is left alone and listed</source>
        <translation>من دون هذا، تُترك المقالة التي لها ملف مرافق كما هي وتُدرج</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
        <source>Read:</source>
        <translation>اقرأ:</translation>
    </message>
    <message>
        <source>&amp;Into folder:</source>
        <translation>إلى ال&amp;مجلد:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستورد</translation>
    </message>
    <message>
        <source>%1 files (%2)</source>
        <translation>ملفات %1 (%2)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>ملفات للاستيراد</translation>
    </message>
    <message>
        <source>Folder to import</source>
        <translation>مجلد للاستيراد</translation>
    </message>
    <message>
        <source>Import into folder</source>
        <translation>الاستيراد إلى مجلد</translation>
    </message>
</context>
<context>
    <name>Hashiya::ItemPanel</name>
    <message>
        <source>Read-only: the sidecar has errors, so nothing here can be changed.</source>
        <translation>للقراءة فقط: في الملف المرافق أخطاء، فلا يمكن تغيير شيء هنا.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ولا شيء غيرها</numerusform>
            <numerusform>… وواحدة أخرى</numerusform>
            <numerusform>… واثنتان أخريان</numerusform>
            <numerusform>… و%n أخرى</numerusform>
            <numerusform>… و%n أخرى</numerusform>
            <numerusform>… و%n أخرى</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hashiya::KateToolHighlighter</name>
    <message>
        <source>%1 stopped with exit code %2</source>
        <translation>توقّف %1 برمز الخروج %2</translation>
    </message>
</context>
<context>
    <name>Hashiya::LanguageRestart</name>
    <message>
        <source>The interface will be in %1 after Hashiya restarts.</source>
        <translation>ستكون الواجهة باللغة %1 بعد إعادة تشغيل Hashiya.</translation>
    </message>
    <message>
        <source>Restarting now saves every article first and opens the same article at the same place. The undo history does not survive a restart.</source>
        <translation>إعادة التشغيل الآن تحفظ كل المقالات أولًا ثم تفتح المقالة نفسها في الموضع نفسه. لا يبقى سجل التراجع بعد إعادة التشغيل.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>أعد التشغيل ال&amp;آن</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>لا&amp;حقًا</translation>
    </message>
    <message>
        <source>The interface will be in %1 when Hashiya starts next time.</source>
        <translation>ستكون الواجهة بـ%1 عند تشغيل Hashiya في المرة القادمة.</translation>
    </message>
    <message>
        <source>Not restarted</source>
        <translation>لم تُعَد إعادة التشغيل</translation>
    </message>
    <message>
        <source>Hashiya could not be started again. Your work is saved; the new language applies when you start Hashiya next time.</source>
        <translation>تعذّر تشغيل Hashiya من جديد. عملك محفوظ، وتُطبَّق اللغة الجديدة عند تشغيل Hashiya في المرة القادمة.</translation>
    </message>
    <message>
        <source>Restart to change the language</source>
        <translation>أعد التشغيل لتغيير اللغة</translation>
    </message>
</context>
<context>
    <name>Hashiya::MainWindow</name>
    <message>
        <source>Corpus</source>
        <translation>المدوّنة</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Open &amp;folder…</source>
        <translation>افتح &amp;مجلدًا…</translation>
    </message>
    <message>
        <source>Open &amp;article…</source>
        <translation>افتح م&amp;قالة…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;About Hashiya</source>
        <translation>&amp;عن Hashiya</translation>
    </message>
    <message>
        <source>About Hashiya</source>
        <translation>عن Hashiya</translation>
    </message>
    <message>
        <source>Open corpus folder</source>
        <translation>افتح مجلد المدوّنة</translation>
    </message>
    <message>
        <source>Open article</source>
        <translation>افتح مقالة</translation>
    </message>
    <message>
        <source>Articles (*.txt);;All files (*)</source>
        <translation>المقالات (*.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>No articles</source>
        <translation>لا مقالات</translation>
    </message>
    <message>
        <source>The folder %1 holds no articles (.txt files).</source>
        <translation>لا يحوي المجلد %1 مقالات (ملفات .txt).</translation>
    </message>
    <message>
        <source>Cannot open article</source>
        <translation>تعذّر فتح المقالة</translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation>
            <numerusform>لا كيانات</numerusform>
            <numerusform>كيان واحد</numerusform>
            <numerusform>كيانان</numerusform>
            <numerusform>%n كيانات</numerusform>
            <numerusform>%n كيانًا</numerusform>
            <numerusform>%n كيان</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>لا علاقات</numerusform>
            <numerusform>علاقة واحدة</numerusform>
            <numerusform>علاقتان</numerusform>
            <numerusform>%n علاقات</numerusform>
            <numerusform>%n علاقة</numerusform>
            <numerusform>%n علاقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Hashiya</source>
        <translation>Hashiya</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>فُتحت</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source>&amp;Recent corpora</source>
        <translation>المدوّنات ال&amp;أخيرة</translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation>ا&amp;حفظ الآن</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <source>Annotations are saved automatically; this saves at once (Ctrl+S)</source>
        <translation>تُحفظ الوسوم تلقائيًا؛ وهذا يحفظ فورًا (Ctrl+S)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>أ&amp;عد</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>ا&amp;بحث…</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>ابحث عن ال&amp;تالي</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>ابحث عن ال&amp;سابق</translation>
    </message>
    <message>
        <source>Next entity</source>
        <translation>الكيان التالي</translation>
    </message>
    <message>
        <source>Previous entity</source>
        <translation>الكيان السابق</translation>
    </message>
    <message>
        <source>Add selection to entity</source>
        <translation>أضف التحديد إلى الكيان</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;وثيقة</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Text &amp;direction</source>
        <translation>ا&amp;تجاه النص</translation>
    </message>
    <message>
        <source>&amp;Automatic (each paragraph by its first letter)</source>
        <translation>&amp;تلقائي (كل فقرة حسب حرفها الأول)</translation>
    </message>
    <message>
        <source>&amp;Left to right</source>
        <translation>من ال&amp;يسار إلى اليمين</translation>
    </message>
    <message>
        <source>&amp;Right to left</source>
        <translation>من ال&amp;يمين إلى اليسار</translation>
    </message>
    <message>
        <source>&amp;Next direction</source>
        <translation>الاتجاه ال&amp;تالي</translation>
    </message>
    <message>
        <source>Text direction: %1</source>
        <translation>اتجاه النص: %1</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>S&amp;nap selections to words</source>
        <translation>اجعل التحديد ي&amp;نطبق على الكلمات</translation>
    </message>
    <message>
        <source>Tag whole words (hold Alt while selecting to tag exact characters)</source>
        <translation>وسّم كلمات كاملة (اضغط Alt أثناء التحديد لتوسيم المحارف بدقة)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>الحجم ال&amp;فعلي</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Font…</source>
        <translation>ال&amp;خط…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Wrap lines</source>
        <translation>ا&amp;لتفاف الأسطر</translation>
    </message>
    <message>
        <source>Alt+Z</source>
        <translation>Alt+Z</translation>
    </message>
    <message>
        <source>&amp;Dark colours</source>
        <translation>ألوان &amp;داكنة</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Cannot open folder</source>
        <translation>تعذّر فتح المجلد</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ليس مجلدًا.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>Some changes could not be saved, so the corpus stays open. See the status bar for why.</source>
        <translation>تعذّر حفظ بعض التغييرات، لذا تبقى المدوّنة مفتوحة. راجع شريط الحالة لمعرفة السبب.</translation>
    </message>
    <message>
        <source>The corpus schema has problems; using the bundled one: %1</source>
        <translation>في مخطط المدوّنة مشكلات؛ يُستخدم المخطط المرفق: %1</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>تعذّرت قراءة %1.</translation>
    </message>
    <message>
        <source>Read-only: this article&apos;s sidecar has problems, and it will not be overwritten (see Problems)</source>
        <translation>للقراءة فقط: في الملف المرافق لهذه المقالة مشكلات، ولن يُكتب فوقه (راجع المشكلات)</translation>
    </message>
    <message>
        <source>The status was not changed: this article&apos;s sidecar has problems (see Problems)</source>
        <translation>لم تتغير الحالة: في الملف المرافق لهذه المقالة مشكلات (راجع المشكلات)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>للقراءة فقط</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>حُفظ</translation>
    </message>
    <message>
        <source>Line %1, column %2 · offset %3</source>
        <translation>السطر %1، العمود %2 · الموضع %3</translation>
    </message>
    <message>
        <source>Reading font</source>
        <translation>خط القراءة</translation>
    </message>
    <message>
        <source>Not saved!</source>
        <translation>لم يُحفظ!</translation>
    </message>
    <message>
        <source>Could not save %1: %2 — retrying in a few seconds</source>
        <translation>تعذّر حفظ %1: %2 — ستُعاد المحاولة خلال ثوانٍ</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Some annotations could not be written to their sidecar files (see the status bar). If you quit now, those changes are lost.</source>
        <translation>تعذّرت كتابة بعض الوسوم في ملفاتها المرافقة (راجع شريط الحالة). إن خرجت الآن فستضيع تلك التغييرات.</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>العلاقات</translation>
    </message>
    <message>
        <source>Remove entity or relation</source>
        <translation>أزل الكيان أو العلاقة</translation>
    </message>
    <message>
        <source>Link to another entity…</source>
        <translation>اربط بكيان آخر…</translation>
    </message>
    <message>
        <source>Relation &amp;arcs</source>
        <translation>أ&amp;قواس العلاقات</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Link to another entity…</source>
        <translation>ا&amp;ربط بكيان آخر…</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>المخطط</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message numerus="yes">
        <source>%n relation problem(s)</source>
        <translation>
            <numerusform>لا مشكلات في العلاقات</numerusform>
            <numerusform>مشكلة واحدة في العلاقات</numerusform>
            <numerusform>مشكلتان في العلاقات</numerusform>
            <numerusform>%n مشكلات في العلاقات</numerusform>
            <numerusform>%n مشكلة في العلاقات</numerusform>
            <numerusform>%n مشكلة في العلاقات</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write annotated articles as brat, JSONL, CoNLL, W3C, CSV, GraphML or Label Studio</source>
        <translation>اكتب المقالات الموسومة بصيغة brat أو JSONL أو CoNLL أو W3C أو CSV أو GraphML أو Label Studio</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Turn brat, doccano or Label Studio files into articles with sidecars</source>
        <translation>حوّل ملفات brat أو doccano أو Label Studio إلى مقالات مع ملفاتها المرافقة</translation>
    </message>
    <message>
        <source>Corpus search</source>
        <translation>البحث في المدوّنة</translation>
    </message>
    <message>
        <source>&amp;Tag all occurrences…</source>
        <translation>&amp;وسّم كل المواضع…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Search the &amp;corpus…</source>
        <translation>ابحث في ال&amp;مدوّنة…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F</source>
        <translation>Ctrl+Alt+F</translation>
    </message>
    <message>
        <source>Snap to &amp;names (leave out suffixes and proclitics)</source>
        <translation>اجعل التحديد ينطبق على الأ&amp;سماء (دون اللواحق والسوابق)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>A selection of “Ankara&apos;da” tags “Ankara”, of “والقاهرة” tags “القاهرة”; Alt+Shift+arrows then move the end by one suffix, Ctrl+Alt+Shift+arrows the start by one proclitic</source>
        <translation>تحديد «Ankara&apos;da» يوسم «Ankara»، وتحديد «والقاهرة» يوسم «القاهرة»؛ ثم تحرّك Alt+Shift+الأسهم النهاية بلاحقة واحدة، وCtrl+Alt+Shift+الأسهم البداية بسابقة واحدة</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tagging&lt;/h3&gt;&lt;p&gt;Select text, then press a type&apos;s key. With an entity selected (click it, or Tab / Shift+Tab), a type key changes its type, Delete removes it, Shift+arrows move its end and Ctrl+Shift+arrows its start, Alt+Shift+arrows take in or give back a suffix at its end and Ctrl+Alt+Shift+arrows a proclitic at its start, and + adds the selected text to it as another fragment. Hold Alt while selecting to tag exact characters.&lt;/p&gt;&lt;table&gt;%1&lt;/table&gt;&lt;h3&gt;Commands&lt;/h3&gt;&lt;table&gt;%2&lt;/table&gt;</source>
        <translation>&lt;h3&gt;التوسيم&lt;/h3&gt;&lt;p&gt;حدّد نصًا ثم اضغط مفتاح النوع. وعند تحديد كيان (انقر عليه، أو Tab / Shift+Tab)، يغيّر مفتاح النوع نوعه، ويزيله Delete، وتحرّك Shift+الأسهم نهايته وCtrl+Shift+الأسهم بدايته، وتضم Alt+Shift+الأسهم لاحقة عند نهايته أو تتركها، وCtrl+Alt+Shift+الأسهم سابقة عند بدايته، ويضيف + النص المحدد إليه جزءًا آخر. اضغط Alt أثناء التحديد لتوسيم المحارف بدقة.&lt;/p&gt;&lt;table&gt;%1&lt;/table&gt;&lt;h3&gt;الأوامر&lt;/h3&gt;&lt;table&gt;%2&lt;/table&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n occurrence(s)</source>
        <translation>
            <numerusform>لم يُوسم أي موضع</numerusform>
            <numerusform>وُسم موضع واحد</numerusform>
            <numerusform>وُسم موضعان</numerusform>
            <numerusform>وُسمت %n مواضع</numerusform>
            <numerusform>وُسم %n موضعًا</numerusform>
            <numerusform>وُسم %n موضع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n article(s)</source>
        <translation>
            <numerusform>في أي مقالة</numerusform>
            <numerusform>في مقالة واحدة</numerusform>
            <numerusform>في مقالتين</numerusform>
            <numerusform>في %n مقالات</numerusform>
            <numerusform>في %n مقالة</numerusform>
            <numerusform>في %n مقالة</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>الإ&amp;عدادات</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>Its sidecar was changed by another program.</source>
        <translation>غيّر برنامج آخر ملفه المرافق.</translation>
    </message>
    <message>
        <source>(taken; Undo brings back the earlier version)</source>
        <translation>(اعتُمد؛ التراجع يعيد النسخة السابقة)</translation>
    </message>
    <message>
        <source>%1 was changed by another program and cannot be read; it stays as it is until repaired (see Problems)</source>
        <translation>غيّر برنامج آخر %1 ولا يمكن قراءته؛ يبقى كما هو حتى يُصلَح (انظر المشكلات)</translation>
    </message>
    <message>
        <source>%1 was removed by another program and has been written again</source>
        <translation>حذف برنامج آخر %1 فكُتب من جديد</translation>
    </message>
    <message>
        <source>%1 is not saved until you choose between its two versions (Save now asks again)</source>
        <translation>لن يُحفظ %1 حتى تختار بين نسختيه («احفظ الآن» يسأل من جديد)</translation>
    </message>
    <message>
        <source>Merged with conflicts</source>
        <translation>دُمج مع تعارضات</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) were changed on both sides. The listed versions were kept.</source>
        <translation>
            <numerusform>لم يُعدَّل أي وسم في الجهتين.</numerusform>
            <numerusform>عُدّل وسم واحد في الجهتين. أُبقيت النسخة المذكورة.</numerusform>
            <numerusform>عُدّل وسمان في الجهتين. أُبقيت النسختان المذكورتان.</numerusform>
            <numerusform>عُدّلت %n وسوم في الجهتين. أُبقيت النسخ المذكورة.</numerusform>
            <numerusform>عُدّل %n وسمًا في الجهتين. أُبقيت النسخ المذكورة.</numerusform>
            <numerusform>عُدّل %n وسم في الجهتين. أُبقيت النسخ المذكورة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation>الوسوم اليتيمة</translation>
    </message>
    <message>
        <source>%1 was changed by another program; its annotations moved with the text (see Problems and Orphans)</source>
        <translation>غيّر برنامج آخر %1؛ انتقلت وسومه مع النص (انظر المشكلات والوسوم اليتيمة)</translation>
    </message>
    <message>
        <source>%1 was changed by another program and cannot be read: %2</source>
        <translation>غيّر برنامج آخر %1 ولا يمكن قراءته: %2</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Sidecar source</source>
        <translation>مصدر الملف المرافق</translation>
    </message>
    <message>
        <source>Schema source</source>
        <translation>مصدر المخطط</translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Restore &amp;earlier version…</source>
        <translation>استعادة &amp;نسخة سابقة…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Put back a version of this article&apos;s sidecar kept before Hashiya rewrote it by itself or replaced another program&apos;s version</source>
        <translation>يعيد نسخة من الملف المرافق لهذه المقالة حُفظت قبل أن يعيد Hashiya كتابته من تلقاء نفسه أو قبل أن يستبدل نسخة برنامج آخر</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>لم تتم الاستعادة</translation>
    </message>
    <message>
        <source>The earlier version was not restored: %1</source>
        <translation>لم تُستعد النسخة السابقة: %1</translation>
    </message>
    <message>
        <source>Restored an earlier version of %1; the version it replaced is kept too</source>
        <translation>استُعيدت نسخة سابقة من %1؛ والنسخة التي حلّت محلها محفوظة أيضًا</translation>
    </message>
    <message>
        <source>The title was not changed: this article&apos;s sidecar has problems (see Problems)</source>
        <translation>لم يتغيّر العنوان: في الملف المرافق لهذه المقالة مشكلات (راجع المشكلات)</translation>
    </message>
    <message>
        <source>%1 — %2[*] — Hashiya</source>
        <translation>%1 — %2[*] — Hashiya</translation>
    </message>
    <message>
        <source>%1 was repaired by another program and can be edited again</source>
        <translation>أصلح برنامج آخر %1، ويمكن تحريره من جديد</translation>
    </message>
    <message>
        <source>Set &amp;title…</source>
        <translation>تعيين ال&amp;عنوان…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Ask before deleting relations with notes or attributes</source>
        <translation>ا&amp;سأل قبل حذف علاقات لها ملاحظات أو سمات</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hashiya %1&lt;/h3&gt;&lt;p&gt;Read and annotate multilingual news.&lt;/p&gt;&lt;p&gt;Qt %2. Source views coloured by %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hashiya %1&lt;/h3&gt;&lt;p&gt;اقرأ الأخبار المتعددة اللغات ووسّمها.&lt;/p&gt;&lt;p&gt;Qt %2. تلوين عروض المصدر: %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — Hashiya</source>
        <translation>%1 — Hashiya</translation>
    </message>
    <message>
        <source>%1 — %2[*] — %3 — Hashiya</source>
        <translation>%1 — %2[*] — %3 — Hashiya</translation>
    </message>
    <message>
        <source>Nothing opened: %1</source>
        <translation>لم يُفتح شيء: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more article(s) in File → Open recent article.</source>
        <translation>
            <numerusform>%n مقالة أخرى في ملف ← افتح مقالة حديثة.</numerusform>
            <numerusform>مقالة واحدة أخرى في ملف ← افتح مقالة حديثة.</numerusform>
            <numerusform>مقالتان أخريان في ملف ← افتح مقالة حديثة.</numerusform>
            <numerusform>%n مقالات أخرى في ملف ← افتح مقالة حديثة.</numerusform>
            <numerusform>%n مقالة أخرى في ملف ← افتح مقالة حديثة.</numerusform>
            <numerusform>%n مقالة أخرى في ملف ← افتح مقالة حديثة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>لم يُفتح: %1</translation>
    </message>
    <message>
        <source>Cannot open: %1</source>
        <translation>تعذّر الفتح: %1</translation>
    </message>
    <message>
        <source>Only articles (.txt), sidecars (.ann.json) and corpus folders can be dropped here.</source>
        <translation>لا يُفلت هنا إلا المقالات (.txt) والملفات المرافقة (.ann.json) ومجلدات المدوّنات.</translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation>%1 لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>Corpus open in another window</source>
        <translation>المدوّنة مفتوحة في نافذة أخرى</translation>
    </message>
    <message>
        <source>%1 is already open in another Hashiya window. Work on it in one window only: an article edited in both is merged when saved, but each window will ask about the other&apos;s changes.</source>
        <translation>%1 مفتوحة بالفعل في نافذة Hashiya أخرى. اعمل عليها في نافذة واحدة فقط: المقالة المحرَّرة في النافذتين تُدمج عند الحفظ، لكن كل نافذة ستسأل عن تغييرات الأخرى.</translation>
    </message>
    <message>
        <source>Open recent ar&amp;ticle</source>
        <translation>افتح م&amp;قالة حديثة</translation>
    </message>
    <message>
        <source>&amp;Compare with another analyst&apos;s copy…</source>
        <translation>&amp;قارن مع نسخة محلل آخر…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <source>This article beside the same article in another analyst&apos;s copy of the corpus</source>
        <translation>هذه المقالة بجانب المقالة نفسها في نسخة محلل آخر من المدوّنة</translation>
    </message>
    <message>
        <source>&amp;Review a name across the corpus…</source>
        <translation>&amp;راجع اسمًا عبر المدوّنة…</translation>
    </message>
    <message>
        <source>Every occurrence of the selected entity&apos;s name in the corpus, and how each is tagged: check the untagged to tag them, those of another type to change it</source>
        <translation>كل ورود لاسم الكيان المحدد في المدوّنة، وكيف وُسِم كلٌّ منها: حدِّد غير الموسومة لوسمها، وذات النوع الآخر لتغيير نوعها</translation>
    </message>
    <message>
        <source>Ctrl+Alt+M</source>
        <translation>Ctrl+Alt+M</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message numerus="yes">
        <source>Not marked done: %n merge conflict(s) in this article wait to be resolved (see Conflicts)</source>
        <translation>
            <numerusform>لم يُوسم بأنه منجز: لا تعارضات دمج في هذا المقال (انظر التعارضات)</numerusform>
            <numerusform>لم يُوسم بأنه منجز: في هذا المقال تعارض دمج واحد ينتظر الحل (انظر التعارضات)</numerusform>
            <numerusform>لم يُوسم بأنه منجز: في هذا المقال تعارضا دمج ينتظران الحل (انظر التعارضات)</numerusform>
            <numerusform>لم يُوسم بأنه منجز: في هذا المقال %n تعارضات دمج تنتظر الحل (انظر التعارضات)</numerusform>
            <numerusform>لم يُوسم بأنه منجز: في هذا المقال %n تعارضًا للدمج ينتظر الحل (انظر التعارضات)</numerusform>
            <numerusform>لم يُوسم بأنه منجز: في هذا المقال %n تعارض دمج ينتظر الحل (انظر التعارضات)</numerusform>
        </translation>
    </message>
    <message>
        <source>This article has no merge conflicts</source>
        <translation>لا تعارضات دمج في هذا المقال</translation>
    </message>
    <message>
        <source>N&amp;ext conflict</source>
        <translation>التعارض ال&amp;تالي</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>The next change a git merge found made on both sides, to keep one side</source>
        <translation>التغيير التالي الذي وجد دمج git أنه أُجري على الجانبين، لإبقاء أحدهما</translation>
    </message>
    <message>
        <source>Pre&amp;vious conflict</source>
        <translation>التعارض ال&amp;سابق</translation>
    </message>
    <message>
        <source>Shift+F7</source>
        <translation>Shift+F7</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
</context>
<context>
    <name>Hashiya::MatchOptionsMenu</name>
    <message>
        <source>Matching</source>
        <translation>المطابقة</translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation>تجاهل حالة الأحرف</translation>
    </message>
    <message>
        <source>“istanbul” finds “İstanbul”</source>
        <translation>«istanbul» تجد «İstanbul»</translation>
    </message>
    <message>
        <source>Case rules of each article&apos;s language</source>
        <translation>قواعد حالة الأحرف حسب لغة كل مقالة</translation>
    </message>
    <message>
        <source>Turkish rules for Turkish articles, general rules for the others</source>
        <translation>القواعد التركية للمقالات التركية، والقواعد العامة لغيرها</translation>
    </message>
    <message>
        <source>Turkish case rules</source>
        <translation>قواعد حالة الأحرف التركية</translation>
    </message>
    <message>
        <source>I is the capital of ı, İ the capital of i</source>
        <translation>I هو الحرف الكبير لـ ı، وİ الحرف الكبير لـ i</translation>
    </message>
    <message>
        <source>General case rules</source>
        <translation>قواعد حالة الأحرف العامة</translation>
    </message>
    <message>
        <source>I, İ, i and ı all match</source>
        <translation>I وİ وi وı تتطابق كلها</translation>
    </message>
    <message>
        <source>Ignore Latin diacritics</source>
        <translation>تجاهل العلامات الصوتية اللاتينية</translation>
    </message>
    <message>
        <source>“Gorgun” finds “Görgün”</source>
        <translation>«Gorgun» تجد «Görgün»</translation>
    </message>
    <message>
        <source>Ignore Arabic vowel marks and tatweel</source>
        <translation>تجاهل الحركات العربية والتطويل</translation>
    </message>
    <message>
        <source>“أنقرة” finds “أنقَرة”</source>
        <translation>«أنقرة» تجد «أنقَرة»</translation>
    </message>
    <message>
        <source>One alef for أ إ آ ٱ, ي for ى</source>
        <translation>ألف واحدة لـ أ إ آ ٱ، وي لـ ى</translation>
    </message>
    <message>
        <source>“انقرة” finds “أنقرة”</source>
        <translation>«انقرة» تجد «أنقرة»</translation>
    </message>
    <message>
        <source>ه for ة</source>
        <translation>ه لـ ة</translation>
    </message>
    <message>
        <source>“الدوحه” finds “الدوحة”</source>
        <translation>«الدوحه» تجد «الدوحة»</translation>
    </message>
    <message>
        <source>One apostrophe for &apos; ’ ʼ</source>
        <translation>فاصلة عليا واحدة لـ &apos; ’ ʼ</translation>
    </message>
    <message>
        <source>“Ankara’da” finds “Ankara&apos;da”</source>
        <translation>«Ankara’da» تجد «Ankara&apos;da»</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>كلمات كاملة</translation>
    </message>
    <message>
        <source>“Ankara” does not find “Ankaralı”</source>
        <translation>«Ankara» لا تجد «Ankaralı»</translation>
    </message>
    <message>
        <source>Allow Turkish suffixes after an apostrophe</source>
        <translation>اسمح باللواحق التركية بعد الفاصلة العليا</translation>
    </message>
    <message>
        <source>“Ankara” finds “Ankara” in “Ankara&apos;da”</source>
        <translation>«Ankara» تجد «Ankara» في «Ankara&apos;da»</translation>
    </message>
    <message>
        <source>Allow Arabic proclitics (و ف ب ك ل ال)</source>
        <translation>اسمح بالسوابق العربية (و ف ب ك ل ال)</translation>
    </message>
    <message>
        <source>“الدوحة” finds it in “والدوحة”</source>
        <translation>«الدوحة» تُوجد في «والدوحة»</translation>
    </message>
</context>
<context>
    <name>Hashiya::OrphanPanel</name>
    <message>
        <source>&amp;Attach to the selected text</source>
        <translation>إ&amp;لحاق بالنص المحدد</translation>
    </message>
    <message>
        <source>These annotations lost their text when the article was edited. Select the passage where one belongs, choose it here and attach it.</source>
        <translation>فقدت هذه الوسوم نصها عندما عُدّل المقال. حدّد المقطع الذي ينتمي إليه أحدها، واختره هنا، ثم ألحقه به.</translation>
    </message>
    <message>
        <source>%1 “%2” (was at %3)</source>
        <translation>%1 «%2» (كان عند %3)</translation>
    </message>
</context>
<context>
    <name>Hashiya::OutsideChangeDialog</name>
    <message>
        <source>Sidecar changed outside Hashiya</source>
        <translation>عُدّل الملف المرافق خارج Hashiya</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;You have changes in this article that are not saved yet. Nothing has been written; choose which annotations to keep.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Merge&lt;/b&gt; keeps what either side added or changed; where both changed the same annotation, yours is kept and the conflict is listed.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Keep mine&lt;/b&gt; writes your version over the file.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Take theirs&lt;/b&gt; replaces your annotations with the file&apos;s; Undo brings yours back.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;لديك تغييرات في هذا المقال لم تُحفظ بعد. لم يُكتب شيء؛ اختر الوسوم التي تبقى.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;الدمج&lt;/b&gt; يُبقي ما أضافته أو غيّرته أيّ من الجهتين؛ وحيث غيّرت الجهتان الوسم نفسه تُبقى نسختك ويُذكر التعارض.&lt;/li&gt;&lt;li&gt;&lt;b&gt;إبقاء نسختي&lt;/b&gt; يكتب نسختك فوق الملف.&lt;/li&gt;&lt;li&gt;&lt;b&gt;اعتماد نسختهم&lt;/b&gt; يستبدل وسومك بوسوم الملف؛ والتراجع يعيد وسومك.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>ال&amp;دمج</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>إ&amp;بقاء نسختي</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>ا&amp;عتماد نسختهم</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>القرار &amp;لاحقًا</translation>
    </message>
</context>
<context>
    <name>Hashiya::ParsedOptions</name>
    <message>
        <source>option --%1 needs a value</source>
        <translation>الخيار --%1 يحتاج إلى قيمة</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>خيار غير معروف %1</translation>
    </message>
</context>
<context>
    <name>Hashiya::ProblemsPanel</name>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>تحذير</translation>
    </message>
</context>
<context>
    <name>Hashiya::ReaderView</name>
    <message>
        <source>Open a folder of articles (Ctrl+O) or one article (Ctrl+Shift+O)</source>
        <translation>افتح مجلد مقالات (Ctrl+O) أو مقالة واحدة (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>(missing entity %1)</source>
        <translation>(كيان مفقود %1)</translation>
    </message>
</context>
<context>
    <name>Hashiya::RecentArticles</name>
    <message>
        <source>&amp;%1 %2 (in %3)</source>
        <translation>&amp;%1 %2 (في %3)</translation>
    </message>
    <message>
        <source>%1 (no longer there)</source>
        <translation>%1 (لم يعد موجودًا)</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>ا&amp;مسح القائمة</translation>
    </message>
</context>
<context>
    <name>Hashiya::RelationLinker</name>
    <message>
        <source>%1, the other way round</source>
        <translation>%1، في الاتجاه المعاكس</translation>
    </message>
    <message>
        <source>%1 (not allowed here)</source>
        <translation>%1 (غير مسموح هنا)</translation>
    </message>
    <message>
        <source>This article is read-only: its sidecar has problems (see Problems)</source>
        <translation>هذه المقالة للقراءة فقط: في ملفها المرافق مشكلات (راجع المشكلات)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>No relation type links %1 to %2: hold Shift to link them anyway</source>
        <translation>لا يوجد نوع علاقة يربط %1 بـ%2: اضغط Shift لربطهما مع ذلك</translation>
    </message>
    <message>
        <source>These two are already linked this way</source>
        <translation>هذان مربوطان بهذه الطريقة مسبقًا</translation>
    </message>
    <message>
        <source>Linked against the schema: the relation is listed among the problems</source>
        <translation>رُبطا خلافًا للمخطط: العلاقة مدرجة بين المشكلات</translation>
    </message>
    <message>
        <source>Select the entity to link from (Tab), then press R</source>
        <translation>حدّد الكيان الذي يبدأ منه الربط (Tab)، ثم اضغط R</translation>
    </message>
    <message>
        <source>There is no other entity to link to</source>
        <translation>لا يوجد كيان آخر للربط به</translation>
    </message>
    <message>
        <source>Choose the target with Tab or the arrows, then press Enter (Shift+Enter for any type); Esc cancels</source>
        <translation>اختر الهدف بـTab أو الأسهم، ثم اضغط Enter (Shift+Enter لأي نوع)؛ وEsc يلغي</translation>
    </message>
    <message>
        <source>Linking cancelled</source>
        <translation>أُلغي الربط</translation>
    </message>
</context>
<context>
    <name>Hashiya::RelationPanel</name>
    <message>
        <source>Filter relations</source>
        <translation>تصفية العلاقات</translation>
    </message>
    <message>
        <source>Show the relations whose ends, type, sentence, attributes, note or status contain this</source>
        <translation>اعرض العلاقات التي تحتوي أطرافها أو نوعها أو جملتها أو سماتها أو ملاحظتها أو حالتها على هذا</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>المشكلات فقط</translation>
    </message>
    <message>
        <source>Show only the relations that break a rule of the schema</source>
        <translation>اعرض فقط العلاقات التي تخالف قاعدة من قواعد المخطط</translation>
    </message>
    <message>
        <source>Remove relation</source>
        <translation>أزل العلاقة</translation>
    </message>
    <message>
        <source>Remove the selected relations</source>
        <translation>أزل العلاقات المحددة</translation>
    </message>
    <message>
        <source>No relation selected</source>
        <translation>لم تُحدَّد علاقة</translation>
    </message>
    <message>
        <source>The relation types the schema allows between these two entities</source>
        <translation>أنواع العلاقات التي يسمح بها المخطط بين هذين الكيانين</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>المصدر:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>الهدف:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Selected relation</source>
        <translation>العلاقة المحددة</translation>
    </message>
    <message>
        <source>Relation problems</source>
        <translation>مشكلات العلاقات</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>سليمة</translation>
    </message>
    <message>
        <source>%1 (not allowed)</source>
        <translation>%1 (غير مسموح)</translation>
    </message>
    <message>
        <source>%1 (not in the schema)</source>
        <translation>%1 (غير موجود في المخطط)</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n relation(s)</source>
        <translation>
            <numerusform>لا علاقات لإزالتها</numerusform>
            <numerusform>أزل علاقة واحدة</numerusform>
            <numerusform>أزل علاقتين</numerusform>
            <numerusform>أزل %n علاقات</numerusform>
            <numerusform>أزل %n علاقة</numerusform>
            <numerusform>أزل %n علاقة</numerusform>
        </translation>
    </message>
    <message>
        <source>No relation problems</source>
        <translation>لا مشكلات في العلاقات</translation>
    </message>
    <message numerus="yes">
        <source>%n relation problem(s)</source>
        <translation>
            <numerusform>لا مشكلات في العلاقات</numerusform>
            <numerusform>مشكلة واحدة في العلاقات</numerusform>
            <numerusform>مشكلتان في العلاقات</numerusform>
            <numerusform>%n مشكلات في العلاقات</numerusform>
            <numerusform>%n مشكلة في العلاقات</numerusform>
            <numerusform>%n مشكلة في العلاقات</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a relation and what is wrong with it</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Hashiya::RelationTableModel</name>
    <message>
        <source>missing entity %1</source>
        <translation>كيان مفقود %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a relation type&apos;s label and its direction arrow</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <comment>source, relation type, target</comment>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>الجملة</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>السمات</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>The schema has no relation type %1</source>
        <translation>لا يحوي المخطط نوع العلاقة %1</translation>
    </message>
    <message>
        <source>%1: either way round</source>
        <translation>%1: في الاتجاهين</translation>
    </message>
    <message>
        <source>%1: from source to target</source>
        <translation>%1: من المصدر إلى الهدف</translation>
    </message>
    <message>
        <source>%1=%2</source>
        <comment>attribute name and value</comment>
        <translation>%1=%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>سليمة</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
</context>
<context>
    <name>Hashiya::RestoreDialog</name>
    <message>
        <source>Restore an earlier version of %1</source>
        <translation>استعادة نسخة سابقة من %1</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>وقت الحفظ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>نص المقالة</translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation>
            <numerusform>لا كيانات</numerusform>
            <numerusform>كيان واحد</numerusform>
            <numerusform>كيانان</numerusform>
            <numerusform>%n كيانات</numerusform>
            <numerusform>%n كيانًا</numerusform>
            <numerusform>%n كيان</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>لا علاقات</numerusform>
            <numerusform>علاقة واحدة</numerusform>
            <numerusform>علاقتان</numerusform>
            <numerusform>%n علاقات</numerusform>
            <numerusform>%n علاقة</numerusform>
            <numerusform>%n علاقة</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>تتعذّر قراءتها</translation>
    </message>
    <message>
        <source>as it is now</source>
        <translation>كما هو الآن</translation>
    </message>
    <message>
        <source>an earlier version: moved onto today&apos;s</source>
        <translation>نسخة سابقة: تُنقل إلى النص الحالي</translation>
    </message>
    <message>
        <source>Saved against the article&apos;s text as it is now: restored exactly.</source>
        <translation>حُفظت على نص المقالة كما هو الآن: تُستعاد كما هي تمامًا.</translation>
    </message>
    <message>
        <source>Saved against another version of the article&apos;s text: restoring it moves its annotations onto the text as it is now, as when an article is edited.</source>
        <translation>حُفظت على نسخة أخرى من نص المقالة: استعادتها تنقل وسومها إلى النص كما هو الآن، كما يحدث عند تعديل مقالة.</translation>
    </message>
    <message>
        <source>No earlier version of this article&apos;s sidecar has been kept. Hashiya keeps one before it rewrites a sidecar by itself (when the article was edited and the annotations moved with its text) and before another program&apos;s version is merged or replaced.</source>
        <translation>لم تُحفظ أي نسخة سابقة من الملف المرافق لهذه المقالة. يحفظ Hashiya نسخة قبل أن يعيد كتابة ملف مرافق من تلقاء نفسه (عند تعديل المقالة وانتقال الوسوم مع نصها) وقبل دمج نسخة برنامج آخر أو استبدالها.</translation>
    </message>
    <message numerus="yes">
        <source>Hashiya keeps the last %n version(s) of a sidecar from before it rewrote the file by itself or replaced another program&apos;s version. Restoring one keeps the current version here too.</source>
        <translation>
            <numerusform>لا يحفظ Hashiya أي نسخة من الملف المرافق قبل أن يعيد كتابته من تلقاء نفسه أو يستبدل نسخة برنامج آخر.</numerusform>
            <numerusform>يحفظ Hashiya آخر نسخة من الملف المرافق قبل أن يعيد كتابته من تلقاء نفسه أو يستبدل نسخة برنامج آخر. استعادتها تحفظ النسخة الحالية هنا أيضًا.</numerusform>
            <numerusform>يحفظ Hashiya آخر نسختين من الملف المرافق قبل أن يعيد كتابته من تلقاء نفسه أو يستبدل نسخة برنامج آخر. استعادة إحداهما تحفظ النسخة الحالية هنا أيضًا.</numerusform>
            <numerusform>يحفظ Hashiya آخر %n نسخ من الملف المرافق قبل أن يعيد كتابته من تلقاء نفسه أو يستبدل نسخة برنامج آخر. استعادة إحداها تحفظ النسخة الحالية هنا أيضًا.</numerusform>
            <numerusform>يحفظ Hashiya آخر %n نسخة من الملف المرافق قبل أن يعيد كتابته من تلقاء نفسه أو يستبدل نسخة برنامج آخر. استعادة إحداها تحفظ النسخة الحالية هنا أيضًا.</numerusform>
            <numerusform>يحفظ Hashiya آخر %n نسخة من الملف المرافق قبل أن يعيد كتابته من تلقاء نفسه أو يستبدل نسخة برنامج آخر. استعادة إحداها تحفظ النسخة الحالية هنا أيضًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
</context>
<context>
    <name>Hashiya::SchemaSourcePanel</name>
    <message>
        <source>The bundled schema: this corpus has no hashiya-schema.json.</source>
        <translation>المخطط المرفق بالبرنامج: لا تحتوي هذه المدوّنة على hashiya-schema.json.</translation>
    </message>
    <message>
        <source>The bundled schema: %1 cannot be read (%2).</source>
        <translation>المخطط المرفق بالبرنامج: تتعذر قراءة %1 (%2).</translation>
    </message>
    <message>
        <source>%1 has errors, so this corpus uses the bundled schema: %2</source>
        <translation>في %1 أخطاء، لذا تستخدم هذه المدوّنة المخطط المرفق بالبرنامج: %2</translation>
    </message>
    <message>
        <source>%1, the schema of this corpus.</source>
        <translation>%1، مخطط هذه المدوّنة.</translation>
    </message>
</context>
<context>
    <name>Hashiya::SidecarSourcePanel</name>
    <message>
        <source>No article is open.</source>
        <translation>لا توجد مقالة مفتوحة.</translation>
    </message>
    <message>
        <source>%1 as it is on disk: it has errors, so Hashiya does not write it.</source>
        <translation>%1 كما هو على القرص: فيه أخطاء، لذا لا يكتب Hashiya فوقه.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>تتعذر قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 with the changes that are about to be saved.</source>
        <translation>%1 مع التغييرات التي ستُحفظ بعد لحظات.</translation>
    </message>
    <message>
        <source>%1 as saved.</source>
        <translation>%1 كما حُفظ.</translation>
    </message>
</context>
<context>
    <name>Hashiya::SourceColoursMenu</name>
    <message>
        <source>Source &amp;colours</source>
        <translation>ألوان ال&amp;مصدر</translation>
    </message>
    <message>
        <source>Built-in colours, after the palette</source>
        <translation>الألوان المدمجة، حسب لوحة الألوان</translation>
    </message>
    <message>
        <source>More themes with KSyntaxHighlighting: install the Debian package libkf5syntaxhighlighting-tools</source>
        <translation>سمات أكثر مع KSyntaxHighlighting: ثبّت حزمة دبيان libkf5syntaxhighlighting-tools</translation>
    </message>
    <message>
        <source>Automatic (Breeze Light or Breeze Dark after the palette)</source>
        <translation>تلقائي (Breeze Light أو Breeze Dark حسب لوحة الألوان)</translation>
    </message>
</context>
<context>
    <name>Hashiya::SourceView</name>
    <message>
        <source>&amp;Wrap lines</source>
        <translation>ا&amp;لتفاف الأسطر</translation>
    </message>
</context>
<context>
    <name>Hashiya::TagAllDialog</name>
    <message>
        <source>&amp;Tag checked</source>
        <translation>&amp;وسّم المحدَّد</translation>
    </message>
    <message>
        <source>Tag all occurrences</source>
        <translation>وسّم كل المواضع</translation>
    </message>
    <message>
        <source>Name to find</source>
        <translation>الاسم المطلوب</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>هذه المقالة</translation>
    </message>
    <message numerus="yes">
        <source>Every article of the corpus (%n)</source>
        <translation>
            <numerusform>كل مقالات المدوّنة (لا شيء)</numerusform>
            <numerusform>كل مقالات المدوّنة (مقالة واحدة)</numerusform>
            <numerusform>كل مقالات المدوّنة (مقالتان)</numerusform>
            <numerusform>كل مقالات المدوّنة (%n مقالات)</numerusform>
            <numerusform>كل مقالات المدوّنة (%n مقالة)</numerusform>
            <numerusform>كل مقالات المدوّنة (%n مقالة)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>ا&amp;بحث</translation>
    </message>
    <message>
        <source>&amp;Matching</source>
        <translation>ال&amp;مطابقة</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>ا&amp;بحث عن:</translation>
    </message>
    <message>
        <source>Tag &amp;as:</source>
        <translation>وسّم &amp;بوصفه:</translation>
    </message>
    <message>
        <source>&amp;In:</source>
        <translation>&amp;في:</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Check all &amp;new</source>
        <translation>حدّد كل ال&amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Uncheck all</source>
        <translation>أ&amp;لغِ تحديد الكل</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n article(s)…</source>
        <translation>
            <numerusform>جارٍ قراءة %n مقالة…</numerusform>
            <numerusform>جارٍ قراءة مقالة واحدة…</numerusform>
            <numerusform>جارٍ قراءة مقالتين…</numerusform>
            <numerusform>جارٍ قراءة %n مقالات…</numerusform>
            <numerusform>جارٍ قراءة %n مقالة…</numerusform>
            <numerusform>جارٍ قراءة %n مقالة…</numerusform>
        </translation>
    </message>
    <message>
        <source>already tagged</source>
        <translation>موسوم مسبقًا</translation>
    </message>
    <message>
        <source>tagged as %1</source>
        <translation>موسوم بوصفه %1</translation>
    </message>
    <message>
        <source>overlaps “%1” (%2)</source>
        <translation>يتداخل مع «%1» (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n occurrence(s)</source>
        <translation>
            <numerusform>%1 — لا مواضع</numerusform>
            <numerusform>%1 — موضع واحد</numerusform>
            <numerusform>%1 — موضعان</numerusform>
            <numerusform>%1 — %n مواضع</numerusform>
            <numerusform>%1 — %n موضعًا</numerusform>
            <numerusform>%1 — %n موضع</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>لم يُعثر على شيء</translation>
    </message>
    <message numerus="yes">
        <source>%n occurrence(s) found</source>
        <translation>
            <numerusform>لم يُعثر على أي موضع</numerusform>
            <numerusform>عُثر على موضع واحد</numerusform>
            <numerusform>عُثر على موضعين</numerusform>
            <numerusform>عُثر على %n مواضع</numerusform>
            <numerusform>عُثر على %n موضعًا</numerusform>
            <numerusform>عُثر على %n موضع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checked</source>
        <translation>
            <numerusform>لا شيء محدد</numerusform>
            <numerusform>واحد محدد</numerusform>
            <numerusform>اثنان محددان</numerusform>
            <numerusform>%n محددة</numerusform>
            <numerusform>%n محددًا</numerusform>
            <numerusform>%n محدد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n occurrence(s) of “%1” as %2</source>
        <translation>
            <numerusform>وسّم مواضع «%1» بوصفها %2</numerusform>
            <numerusform>وسّم موضعًا واحدًا لـ«%1» بوصفه %2</numerusform>
            <numerusform>وسّم موضعين لـ«%1» بوصفهما %2</numerusform>
            <numerusform>وسّم %n مواضع لـ«%1» بوصفها %2</numerusform>
            <numerusform>وسّم %n موضعًا لـ«%1» بوصفها %2</numerusform>
            <numerusform>وسّم %n موضع لـ«%1» بوصفها %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Some articles were not tagged</source>
        <translation>لم تُوسم بعض المقالات</translation>
    </message>
    <message>
        <source>These articles are read-only or could not be opened: %1</source>
        <translation>هذه المقالات للقراءة فقط أو تعذّر فتحها: %1</translation>
    </message>
    <message>
        <source>Checked, this entity&apos;s type changes to the one chosen above</source>
        <translation>إذا حُدِّد، يتغيّر نوع هذا الكيان إلى النوع المختار أعلاه</translation>
    </message>
</context>
<context>
    <name>Hashiya::Tagger</name>
    <message>
        <source>This article is read-only: its sidecar has problems (see Problems)</source>
        <translation>هذه المقالة للقراءة فقط: في ملفها المرافق مشكلات (راجع المشكلات)</translation>
    </message>
    <message>
        <source>Select some text to tag, or an entity to change</source>
        <translation>حدّد نصًا لتوسيمه، أو كيانًا لتغييره</translation>
    </message>
    <message>
        <source>The selection holds no word to tag; hold Alt while selecting to tag exactly</source>
        <translation>لا يحوي التحديد كلمة لتوسيمها؛ اضغط Alt أثناء التحديد للتوسيم بدقة</translation>
    </message>
    <message>
        <source>An entity cannot shrink to nothing; press Delete to remove it</source>
        <translation>لا يمكن أن يتقلص الكيان إلى لا شيء؛ اضغط Delete لإزالته</translation>
    </message>
    <message>
        <source>Select an entity, then the text to add to it, then press +</source>
        <translation>حدّد كيانًا، ثم النص المراد إضافته إليه، ثم اضغط +</translation>
    </message>
    <message>
        <source>&amp;Tag as</source>
        <translation>&amp;وسّم بوصفه</translation>
    </message>
    <message>
        <source>&amp;Change type to</source>
        <translation>&amp;غيّر النوع إلى</translation>
    </message>
    <message>
        <source>&amp;Add selection to the entity</source>
        <translation>&amp;أضف التحديد إلى الكيان</translation>
    </message>
    <message>
        <source>&amp;Remove the entity</source>
        <translation>أ&amp;زل الكيان</translation>
    </message>
    <message>
        <source>&amp;Remove the relation</source>
        <translation>أ&amp;زل العلاقة</translation>
    </message>
    <message>
        <source>No suffix to take in or give back here</source>
        <translation>لا لاحقة هنا لضمّها أو تركها</translation>
    </message>
    <message>
        <source>No proclitic to take in or give back here</source>
        <translation>لا سابقة هنا لضمّها أو تركها</translation>
    </message>
</context>
<context>
    <name>Hashiya::TitleDialog</name>
    <message>
        <source>Set title</source>
        <translation>تعيين العنوان</translation>
    </message>
    <message>
        <source>The title shown in the corpus list and the window title. Leave it empty to use the one chosen from the text.</source>
        <translation>العنوان الظاهر في قائمة المدوّنة وفي عنوان النافذة. اتركه فارغاً لاستخدام العنوان المختار من النص.</translation>
    </message>
</context>
<context>
    <name>Hashiya::TypePalette</name>
    <message>
        <source>Entity types</source>
        <translation>أنواع الكيانات</translation>
    </message>
    <message>
        <source>Tag the selection as %1, or change the selected entity to it (key %2)</source>
        <translation>وسّم التحديد بوصفه %1، أو غيّر الكيان المحدد إليه (المفتاح %2)</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>--from, --out and at least one PATH are needed</source>
        <translation>يلزم --from و--out ومسار PATH واحد على الأقل</translation>
    </message>
    <message>
        <source>unknown format %1</source>
        <translation>صيغة غير معروفة %1</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 غير موجود</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ليس مجلدًا</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>جارٍ الاستيراد</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) imported</source>
        <translation>
            <numerusform>لم تُستورد أي وثيقة</numerusform>
            <numerusform>استُوردت وثيقة واحدة</numerusform>
            <numerusform>استُوردت وثيقتان</numerusform>
            <numerusform>استُوردت %n وثائق</numerusform>
            <numerusform>استُوردت %n وثيقة</numerusform>
            <numerusform>استُوردت %n وثيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation>
            <numerusform>لا كيانات</numerusform>
            <numerusform>كيان واحد</numerusform>
            <numerusform>كيانان</numerusform>
            <numerusform>%n كيانات</numerusform>
            <numerusform>%n كيانًا</numerusform>
            <numerusform>%n كيان</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>لا علاقات</numerusform>
            <numerusform>علاقة واحدة</numerusform>
            <numerusform>علاقتان</numerusform>
            <numerusform>%n علاقات</numerusform>
            <numerusform>%n علاقة</numerusform>
            <numerusform>%n علاقة</numerusform>
        </translation>
    </message>
    <message>
        <source>into %1</source>
        <translation>إلى %1</translation>
    </message>
    <message>
        <source>schema written: %1</source>
        <translation>كُتب المخطط: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n input line(s) or entry(ies) skipped</source>
        <translation>
            <numerusform>لم يُتخطَّ أي سطر أو مُدخل</numerusform>
            <numerusform>تم تخطي سطر أو مُدخل واحد</numerusform>
            <numerusform>تم تخطي سطرين أو مُدخلين</numerusform>
            <numerusform>تم تخطي %n أسطر أو مُدخلات</numerusform>
            <numerusform>تم تخطي %n سطرًا أو مُدخلًا</numerusform>
            <numerusform>تم تخطي %n سطر أو مُدخل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not written</source>
        <translation>
            <numerusform>كُتبت كل الوثائق</numerusform>
            <numerusform>لم تُكتب وثيقة واحدة</numerusform>
            <numerusform>لم تُكتب وثيقتان</numerusform>
            <numerusform>لم تُكتب %n وثائق</numerusform>
            <numerusform>لم تُكتب %n وثيقة</numerusform>
            <numerusform>لم تُكتب %n وثيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: hashiya import --from FORMAT --out DIR [--force] [--batch N] PATH...
Reads peer files (or folders of them) and writes each document into DIR as an article with its
sidecar. An existing sidecar is never replaced unless --force is given; a document already in
DIR with the same text and annotations is left as it is, so running an interrupted import again
resumes it. Malformed lines are reported as file:line and skipped; the rest is imported.
Documents are made durable in batches of N (1000 unless --batch says otherwise): a killed import
leaves only complete articles with their sidecars, and after a power loss at most the last
batch is missing.
Exits with 1 if anything was skipped, 2 on a usage error.

Formats (and the files read in a folder):
</source>
        <translation>الاستخدام: hashiya import --from FORMAT --out DIR [--force] [--batch N] PATH...
يقرأ ملفات أدوات أخرى (أو مجلدات منها) ويكتب كل وثيقة في DIR مقالةً مع ملفها
المرافق. لا يُستبدل ملف مرافق موجود أبدًا ما لم يُعطَ --force؛ وتُترك كما هي وثيقةٌ موجودة
في DIR بالنص نفسه والتوسيمات نفسها، فإعادة تشغيل استيراد انقطع تُكمله من حيث توقف. يُبلَّغ عن
الأسطر المشوّهة بالصيغة file:line ويتم تخطيها؛ ويُستورد الباقي.
تُحفظ الوثائق على القرص حفظًا دائمًا في دفعات من N (‏1000 ما لم يحدد ‎--batch‎ غير ذلك): الاستيراد
المقطوع لا يترك إلا مقالات كاملة مع ملفاتها المرافقة، وبعد انقطاع الكهرباء لا يُفقد إلا الدفعة
الأخيرة على الأكثر.
يخرج بالرمز 1 إن تم تخطي شيء، و2 عند خطأ في الاستخدام.

الصيغ (والملفات التي تُقرأ في المجلد):
</translation>
    </message>
    <message>
        <source>--batch needs a number of documents, 1 or more</source>
        <translation>يحتاج ‎--batch‎ إلى عدد من الوثائق، 1 أو أكثر</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) already imported, left as they are</source>
        <translation>
            <numerusform>لا وثيقة مستوردة من قبل</numerusform>
            <numerusform>وثيقة واحدة مستوردة من قبل، تُركت كما هي</numerusform>
            <numerusform>وثيقتان مستوردتان من قبل، تُركتا كما هما</numerusform>
            <numerusform>%n وثائق مستوردة من قبل، تُركت كما هي</numerusform>
            <numerusform>%n وثيقة مستوردة من قبل، تُركت كما هي</numerusform>
            <numerusform>%n وثيقة مستوردة من قبل، تُركت كما هي</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>the file is larger than %1 MB; split it</source>
        <translation>الملف أكبر من %1 ميغابايت؛ قسّمه</translation>
    </message>
</context>
<context>
    <name>ImportFormats</name>
    <message>
        <source>brat standoff</source>
        <translation>brat standoff</translation>
    </message>
    <message>
        <source>doccano JSONL</source>
        <translation>doccano JSONL</translation>
    </message>
    <message>
        <source>Label Studio JSON</source>
        <translation>Label Studio JSON</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>unknown import format %1</source>
        <translation>صيغة استيراد غير معروفة %1</translation>
    </message>
    <message>
        <source>no %1 files found</source>
        <translation>لم يُعثر على ملفات %1</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>Imported</source>
        <translation>مستورد</translation>
    </message>
    <message>
        <source>not imported: an article with other text already exists at this path</source>
        <translation>لم يُستورد: توجد مسبقًا في هذا المسار مقالة بنص مختلف</translation>
    </message>
    <message>
        <source>could not create its folder</source>
        <translation>تعذّر إنشاء مجلده</translation>
    </message>
    <message>
        <source>not imported: a sidecar with other annotations already exists; import with --force to replace it</source>
        <translation>لم يُستورد: يوجد مسبقًا ملف مرافق بتوسيمات أخرى؛ استورد مع --force لاستبداله</translation>
    </message>
</context>
<context>
    <name>IndexCommand</name>
    <message>
        <source>Usage: hashiya index info FOLDER
       hashiya index rebuild [--in-corpus] FOLDER
The corpus index keeps each article&apos;s summary and search signature, so that stats, search and
the window read only the articles that changed. It is derived data: deleting it loses nothing.
info     brings the index up to date and says where it is, what it holds and its size.
rebuild  deletes the index and makes it again from every article.
--in-corpus keeps the index in FOLDER/.hashiya/ (with a .gitignore) instead of the cache
folder, e.g. to share it with the corpus on a network drive.
</source>
        <translation>الاستخدام: hashiya index info FOLDER
       hashiya index rebuild [--in-corpus] FOLDER
يحفظ فهرس المدوّنة ملخص كل مقالة وبصمة البحث فيها، فلا يقرأ stats وsearch والنافذة
إلا المقالات التي تغيّرت. إنه بيانات مشتقة: حذفه لا يُفقد شيئًا.
info     يحدّث الفهرس ويذكر مكانه وما يحويه وحجمه.
rebuild  يحذف الفهرس ويبنيه من جديد من كل المقالات.
يحفظ --in-corpus الفهرس في FOLDER/.hashiya/ (مع ملف .gitignore) بدلًا من مجلد
الذاكرة المؤقتة، مثلًا لمشاركته مع المدوّنة على قرص شبكي.
</translation>
    </message>
    <message>
        <source>an action (info or rebuild) and one FOLDER are needed</source>
        <translation>يلزم إجراء (info أو rebuild) ومجلد FOLDER واحد</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ليس مجلدًا</translation>
    </message>
    <message>
        <source>unknown action %1: give info or rebuild</source>
        <translation>إجراء غير معروف %1: استخدم info أو rebuild</translation>
    </message>
    <message>
        <source>--in-corpus goes with rebuild</source>
        <translation>يُستخدم --in-corpus مع rebuild</translation>
    </message>
    <message>
        <source>%1 could not be made</source>
        <translation>تعذّر إنشاء %1</translation>
    </message>
    <message>
        <source>Corpus: %1</source>
        <translation>المدوّنة: %1</translation>
    </message>
    <message>
        <source>Index: %1</source>
        <translation>الفهرس: %1</translation>
    </message>
    <message>
        <source>Articles: %1 (%2 with errors)</source>
        <translation>المقالات: %1 (%2 فيها أخطاء)</translation>
    </message>
    <message>
        <source>Read now: %1</source>
        <translation>قُرئ الآن: %1</translation>
    </message>
    <message>
        <source>Size: %1 (%2 per article)</source>
        <translation>الحجم: %1 (%2 لكل مقالة)</translation>
    </message>
    <message>
        <source>Repaired: %1</source>
        <translation>أُصلح: %1</translation>
    </message>
    <message>
        <source>Forgotten now: %1</source>
        <translation>المنسيّة الآن: %1</translation>
    </message>
</context>
<context>
    <name>IndexedCorpus</name>
    <message>
        <source>hashiya %1: the corpus index cannot be used (%2); reading every article instead</source>
        <translation>hashiya %1: لا يمكن استخدام فهرس المدوّنة (%2)؛ تُقرأ كل المقالات بدلًا منه</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>قراءة</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>“%1” must be a string</source>
        <translation>يجب أن يكون «%1» سلسلة نصية</translation>
    </message>
    <message>
        <source>“%1” must be a whole number</source>
        <translation>يجب أن يكون «%1» عددًا صحيحًا</translation>
    </message>
    <message>
        <source>“%1” must be true or false</source>
        <translation>يجب أن يكون «%1» true أو false</translation>
    </message>
    <message>
        <source>“%1” must be a list of strings</source>
        <translation>يجب أن يكون «%1» قائمة سلاسل نصية</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON غير صالح: %1</translation>
    </message>
    <message>
        <source>cannot read this JSON: %1</source>
        <translation>تعذّرت قراءة JSON هذا: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) not shown</source>
        <translation>
            <numerusform>لا مشكلات أخرى غير معروضة</numerusform>
            <numerusform>مشكلة أخرى غير معروضة</numerusform>
            <numerusform>مشكلتان أخريان غير معروضتين</numerusform>
            <numerusform>%n مشكلات أخرى غير معروضة</numerusform>
            <numerusform>%n مشكلة أخرى غير معروضة</numerusform>
            <numerusform>%n مشكلة أخرى غير معروضة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonSource</name>
    <message>
        <source>cannot open: %1</source>
        <translation>تعذّر الفتح: %1</translation>
    </message>
    <message>
        <source>is %1 MB; the limit is %2 MB</source>
        <translation>الحجم %1 ميغابايت؛ والحد %2 ميغابايت</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>تعذّرت القراءة: %1</translation>
    </message>
    <message>
        <source>changed while being read; open it again once the program writing it has finished</source>
        <translation>تغيّر أثناء قراءته؛ افتحه مرة أخرى بعد أن ينتهي البرنامج الذي يكتبه</translation>
    </message>
    <message>
        <source>a comma after the last item: remove the comma before this bracket</source>
        <translation>فاصلة بعد العنصر الأخير: احذف الفاصلة التي تسبق هذا القوس</translation>
    </message>
</context>
<context>
    <name>LabelStudioExporter</name>
    <message>
        <source>relation %1 (%2) is not exported: one of its entities is missing</source>
        <translation>لم تُصدَّر العلاقة %1 (%2): أحد كيانيها مفقود</translation>
    </message>
</context>
<context>
    <name>LabelStudioImporter</name>
    <message>
        <source>%1:%2: %3 “%4” imported as “%5”</source>
        <translation>%1:%2: %3 «%4» استُورد باسم «%5»</translation>
    </message>
    <message>
        <source>skipped a region without integer “start” and “end”</source>
        <translation>تم تخطي منطقة بلا «start» و«end» صحيحين</translation>
    </message>
    <message>
        <source>skipped the region [%1, %2]</source>
        <translation>تم تخطي المنطقة [%1, %2]</translation>
    </message>
    <message>
        <source>%1: its start is negative or not before its end</source>
        <translation>%1: بدايته سالبة أو ليست قبل نهايته</translation>
    </message>
    <message>
        <source>the region [%1, %2] “%3” matches its text only as UTF-16 offsets (older Label Studio); read so</source>
        <translation>المنطقة [%1, %2] «%3» لا تطابق نصها إلا بمواضع UTF-16 (إصدارات Label Studio القديمة)؛ فقُرئت كذلك</translation>
    </message>
    <message>
        <source>the region [%1, %2] says its text is “%3”, but the task&apos;s text there is “%4”; the offsets are kept</source>
        <translation>تقول المنطقة [%1, %2] إن نصها «%3»، لكن نص المهمة هناك «%4»؛ أُبقيت المواضع</translation>
    </message>
    <message>
        <source>%1: it ends past the text (%2 code points)</source>
        <translation>%1: ينتهي بعد نهاية النص (%2 نقطة ترميز)</translation>
    </message>
    <message>
        <source>%1: it holds only the CR of a line break</source>
        <translation>%1: لا يحوي إلا محرف CR من فاصل سطر</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>المهمة %1</translation>
    </message>
    <message>
        <source>skipped: not a JSON object</source>
        <translation>تم التخطي: ليس كائن JSON</translation>
    </message>
    <message>
        <source>task %1 (id %2)</source>
        <translation>المهمة %1 (المعرّف %2)</translation>
    </message>
    <message>
        <source>skipped: “data” holds no text</source>
        <translation>تم التخطي: «data» لا تحوي نصًا</translation>
    </message>
    <message>
        <source>only the first of its %1 annotations is imported</source>
        <translation>لا يُستورد إلا أول توسيماتها الـ%1</translation>
    </message>
    <message>
        <source>no annotation; its first prediction is imported instead</source>
        <translation>لا توسيم؛ استُوردت أول تنبؤاتها بدلًا منه</translation>
    </message>
    <message>
        <source>skipped a region without labels</source>
        <translation>تم تخطي منطقة بلا تسميات</translation>
    </message>
    <message>
        <source>a region has %1 labels; only the first, %2, is imported</source>
        <translation>للمنطقة %1 تسميات؛ لا تُستورد إلا الأولى، %2</translation>
    </message>
    <message>
        <source>label</source>
        <translation>تسمية</translation>
    </message>
    <message>
        <source>skipped a second region with the id %1</source>
        <translation>تم تخطي منطقة ثانية بالمعرّف %1</translation>
    </message>
    <message>
        <source>skipped a relation from %1 to %2: no such region was imported</source>
        <translation>تم تخطي علاقة من %1 إلى %2: لم تُستورد منطقة بهذا المعرّف</translation>
    </message>
    <message>
        <source>a relation without a label is imported as RELATED</source>
        <translation>العلاقة التي بلا تسمية تُستورد بوصفها RELATED</translation>
    </message>
    <message>
        <source>relation type</source>
        <translation>نوع العلاقة</translation>
    </message>
    <message>
        <source>a result of type “%1” (%2) is not imported</source>
        <translation>نتيجة من النوع «%1» (%2) لم تُستورد</translation>
    </message>
    <message>
        <source>the %1 result of %2 belongs to no imported region; it is not imported</source>
        <translation>النتيجة %1 للعنصر %2 لا تنتمي إلى أي منطقة مستوردة؛ فلم تُستورد</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>سمة</translation>
    </message>
    <message>
        <source>the name %1 is not a relative path; the document is named by its position instead</source>
        <translation>الاسم %1 ليس مسارًا نسبيًا؛ سُميت الوثيقة بترتيبها بدلًا منه</translation>
    </message>
    <message>
        <source>skipped: a Hashiya file, not Label Studio&apos;s</source>
        <translation>تم التخطي: ملف من Hashiya، لا من Label Studio</translation>
    </message>
    <message>
        <source>not JSON, nothing imported: %1</source>
        <translation>ليس JSON، ولم يُستورد شيء: %1</translation>
    </message>
    <message>
        <source>not a Label Studio task list: no array of tasks and no “data”</source>
        <translation>ليست قائمة مهام Label Studio: لا مصفوفة مهام ولا «data»</translation>
    </message>
</context>
<context>
    <name>MatchOptions</name>
    <message>
        <source>unknown matching option “%1”; known: %2</source>
        <translation>خيار مطابقة غير معروف «%1»؛ المعروفة: %2</translation>
    </message>
</context>
<context>
    <name>MemoryBudget</name>
    <message>
        <source>opening it needs about %1 GB of memory, and only %2 GB are free; close other programs or split the article</source>
        <translation>فتحه يحتاج إلى نحو %1 غيغابايت من الذاكرة، والمتاح %2 غيغابايت فقط؛ أغلق برامج أخرى أو قسّم المقال</translation>
    </message>
</context>
<context>
    <name>MergeConflict</name>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>the sidecar&apos;s %1</source>
        <translation>الحقل %1 في ملف التعليقات</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 في %2 %3</translation>
    </message>
    <message>
        <source>%1 changed on both sides: %2 has %3, %4 has %5 (before: %6)</source>
        <translation>تغيّر %1 في الجانبين: لدى %2 ‏%3، ولدى %4 ‏%5 (قبلُ: %6)</translation>
    </message>
    <message>
        <source>%1 deleted by %2 and changed by %3; kept as changed</source>
        <translation>حذف %2 ‏%1 وغيّره %3؛ أُبقي كما غُيّر</translation>
    </message>
    <message>
        <source>%1 deleted by %2, but a relation of %3 ends at it; brought back</source>
        <translation>حذف %2 ‏%1، لكن علاقة لدى %3 تنتهي عنده؛ أُعيد</translation>
    </message>
</context>
<context>
    <name>MergeDriverCommand</name>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1: تتعذّر قراءته: %2</translation>
    </message>
    <message>
        <source>base</source>
        <translation>الأساس</translation>
    </message>
    <message>
        <source>hashiya merge-driver: git merge-file failed (%1); %2 is left as ours</source>
        <translation>hashiya merge-driver: فشل git merge-file ‏(%1)؛ تُرك %2 على نسختنا</translation>
    </message>
    <message>
        <source>hashiya merge-driver: %1 could not be written: %2</source>
        <translation>hashiya merge-driver: تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Usage: hashiya merge-driver BASE OURS THEIRS [MARKER_SIZE] [PATH]

The merge driver git runs for sidecars once `hashiya setup-git` has configured it
(`%O %A %B %L %P`). Merges the three versions annotation by annotation and leaves the
result in OURS. Where both sides changed the same thing differently, the result keeps
ours and records a conflict in the file, for Hashiya to resolve; `hashiya validate`
reports each one.

Exit status: 0 merged cleanly, 1 conflicts recorded (or a side that is not a sidecar:
a text merge with conflict markers is left instead), 2 usage error.
</source>
        <translation>الاستخدام: hashiya merge-driver الأساس نسختنا نسختهم [طول_العلامة] [المسار]

مشغّل الدمج الذي يستدعيه git لملفات التعليقات بعد أن يضبطه `hashiya setup-git`
(`%O %A %B %L %P`). يدمج النسخ الثلاث تعليقًا تعليقًا ويترك النتيجة في نسختنا.
حيث غيّر الجانبان الشيء نفسه تغييرًا مختلفًا، تُبقي النتيجة نسختنا وتسجّل تعارضًا
في الملف يُحلّ في Hashiya؛ ويبلّغ `hashiya validate` عن كل واحد منها.

حالة الخروج: 0 دُمج بلا تعارض، 1 سُجّلت تعارضات (أو أحد الجانبين ليس ملف تعليقات:
فيُترك بدلًا من ذلك دمج نصي بعلامات تعارض)، 2 خطأ في الاستخدام.
</translation>
    </message>
    <message>
        <source>hashiya merge-driver: the marker size must be a positive number, not “%1”</source>
        <translation>hashiya merge-driver: يجب أن يكون طول العلامة عددًا موجبًا، لا “%1”</translation>
    </message>
    <message>
        <source>the common ancestor</source>
        <translation>السلف المشترك</translation>
    </message>
    <message>
        <source>hashiya merge-driver: %1 (%2) cannot be merged annotation by annotation: %3</source>
        <translation>hashiya merge-driver: يتعذّر دمج %1 ‏(%2) تعليقًا تعليقًا: %3</translation>
    </message>
    <message>
        <source>hashiya merge-driver: %1 is left as a text merge with conflict markers; resolve it by hand</source>
        <translation>hashiya merge-driver: تُرك %1 دمجًا نصيًا بعلامات تعارض؛ حُلّه يدويًا</translation>
    </message>
    <message>
        <source>hashiya merge-driver: %1: the merge could not be written: %2</source>
        <translation>hashiya merge-driver: %1: تعذّرت كتابة الدمج: %2</translation>
    </message>
    <message numerus="yes">
        <source>hashiya merge-driver: %1: %n conflict(s) to resolve in Hashiya</source>
        <translation>
            <numerusform>hashiya merge-driver: %1: لا تعارضات</numerusform>
            <numerusform>hashiya merge-driver: %1: تعارض واحد يُحلّ في Hashiya</numerusform>
            <numerusform>hashiya merge-driver: %1: تعارضان يُحلّان في Hashiya</numerusform>
            <numerusform>hashiya merge-driver: %1: %n تعارضات تُحلّ في Hashiya</numerusform>
            <numerusform>hashiya merge-driver: %1: %n تعارضًا يُحلّ في Hashiya</numerusform>
            <numerusform>hashiya merge-driver: %1: %n تعارض يُحلّ في Hashiya</numerusform>
        </translation>
    </message>
    <message>
        <source>hashiya merge-driver: %1: the two sides are different kinds of file (%2, %3); it is left as a text merge with conflict markers</source>
        <translation>hashiya merge-driver: %1: الجانبان نوعان مختلفان من الملفات (%2، %3)؛ تُرك دمجًا نصيًا بعلامات تعارض</translation>
    </message>
    <message>
        <source>hashiya merge-driver: %1: both sides changed the same part of the schema differently; it is left as a text merge with conflict markers</source>
        <translation>hashiya merge-driver: %1: غيّر الجانبان الجزء نفسه من المخطط تغييرًا مختلفًا؛ تُرك دمجًا نصيًا بعلامات تعارض</translation>
    </message>
</context>
<context>
    <name>OpenRequest</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 غير موجود.</translation>
    </message>
    <message>
        <source>%1 is a sidecar, but its article %2 is not there.</source>
        <translation>%1 ملف مرافق، لكن مقالته %2 غير موجودة.</translation>
    </message>
    <message>
        <source>%1 is not an article (a .txt file), a sidecar (.ann.json) or a corpus folder.</source>
        <translation>%1 ليس مقالة (ملف .txt) ولا ملفًا مرافقًا (.ann.json) ولا مجلد مدوّنة.</translation>
    </message>
    <message>
        <source>%1 is not a file on this computer; download it first.</source>
        <translation>%1 ليس ملفًا على هذا الحاسوب؛ نزّله أولًا.</translation>
    </message>
</context>
<context>
    <name>PathExpansion</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: لا يوجد ملف أو مجلد بهذا الاسم</translation>
    </message>
    <message>
        <source>%1: not an article (.txt), a sidecar (.ann.json) or a schema (%2)</source>
        <translation>%1: ليس مقالة (.txt) ولا ملفًا مرافقًا (.ann.json) ولا مخططًا (%2)</translation>
    </message>
</context>
<context>
    <name>ProgressReporter</name>
    <message>
        <source>%1: %2/%3 articles, %4/s</source>
        <translation>%1: %2/%3 مقالة، %4 في الثانية</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>بقي %1</translation>
    </message>
</context>
<context>
    <name>ProgressRunner</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Reanchoring</name>
    <message>
        <source>entity %1 %2 was not found in the edited article; it is kept as an orphan until you attach it to a passage</source>
        <translation>لم يُعثر على الكيان %1 %2 في المقال المعدَّل؛ يُحفظ وسمًا يتيمًا حتى تلحقه بمقطع</translation>
    </message>
    <message>
        <source>the article changed since this sidecar was saved (%1): %2 entities stayed, %3 moved with their text, %4 became orphans; the next save records the new positions</source>
        <translation>تغيّر المقال منذ حفظ هذا الملف المرافق (%1): بقي %2 من الكيانات في مكانه، وانتقل %3 مع نصه، وصار %4 يتيمًا؛ يسجّل الحفظ التالي المواضع الجديدة</translation>
    </message>
    <message>
        <source>compared with its earlier text</source>
        <translation>بالمقارنة مع نصه السابق</translation>
    </message>
    <message>
        <source>found again by their quotes</source>
        <translation>عُثر عليها مجددًا باقتباساتها</translation>
    </message>
    <message>
        <source>entity %1 %2 now covers %3, where its text was edited</source>
        <translation>صار الكيان %1 %2 يغطي %3 حيث عُدّل نصه</translation>
    </message>
</context>
<context>
    <name>SafeSave</name>
    <message>
        <source>cannot open %1 for writing: %2</source>
        <translation>تعذّر فتح %1 للكتابة: %2</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>تعذّر حفظ %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>another program changed it while it was being saved, and its version could not be put back (%1); it is kept as %2</source>
        <translation>غيّره برنامج آخر أثناء حفظه، وتعذّرت إعادة نسخته إلى مكانها (%1)؛ وهي محفوظة باسم %2</translation>
    </message>
</context>
<context>
    <name>SchemaReader</name>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>يجب أن يكون المستوى الأعلى كائن JSON</translation>
    </message>
    <message>
        <source>this is not a Hashiya schema (format %1)</source>
        <translation>هذا ليس مخطط Hashiya (الصيغة %1)</translation>
    </message>
    <message>
        <source>schema version %1 is newer than this Hashiya reads (1.x)</source>
        <translation>إصدار المخطط %1 أحدث مما يقرؤه هذا الإصدار من Hashiya (1.x)</translation>
    </message>
    <message>
        <source>the field “format” is missing; this is not a Hashiya schema</source>
        <translation>الحقل «format» مفقود؛ هذا ليس مخطط Hashiya</translation>
    </message>
    <message>
        <source>the schema defines no entity types</source>
        <translation>لا يعرّف المخطط أي نوع كيان</translation>
    </message>
    <message>
        <source>“%1” must be a list</source>
        <translation>يجب أن يكون «%1» قائمة</translation>
    </message>
    <message>
        <source>each entry of “%1” must be an object</source>
        <translation>يجب أن يكون كل مُدخل في «%1» كائنًا</translation>
    </message>
    <message>
        <source>a %1 has no “name”</source>
        <translation>%1 بلا «name»</translation>
    </message>
    <message>
        <source>the %1 name %2 is not valid: start with a letter, then letters, digits, _ or -</source>
        <translation>اسم %1 ‏%2 غير صالح: ابدأ بحرف، ثم حروف أو أرقام أو _ أو -</translation>
    </message>
    <message>
        <source>the %1 %2 is defined twice</source>
        <translation>%1 %2 معرّف مرتين</translation>
    </message>
    <message>
        <source>entity type</source>
        <translation>نوع كيان</translation>
    </message>
    <message>
        <source>the colour %1 of %2 is not valid: use #rrggbb or a colour name</source>
        <translation>اللون %1 للعنصر %2 غير صالح: استخدم #rrggbb أو اسم لون</translation>
    </message>
    <message>
        <source>the shortcut key of %1 must be one character</source>
        <translation>يجب أن يكون مفتاح الاختصار للعنصر %1 محرفًا واحدًا</translation>
    </message>
    <message>
        <source>%1 and %2 both use the shortcut key %3</source>
        <translation>%1 و%2 كلاهما يستخدم مفتاح الاختصار %3</translation>
    </message>
    <message>
        <source>relation type</source>
        <translation>نوع العلاقة</translation>
    </message>
    <message>
        <source>the relation type %1 needs “from” and “to” entity types (&quot;*&quot; for any)</source>
        <translation>نوع العلاقة %1 يحتاج إلى أنواع الكيانات «from» و«to» (&quot;*&quot; لأي نوع)</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>سمة</translation>
    </message>
    <message>
        <source>the relation type %1 names %2, which is not an entity type</source>
        <translation>نوع العلاقة %1 يذكر %2، وهو ليس نوع كيان</translation>
    </message>
    <message>
        <source>the attribute %1 applies to %2, which is not a type</source>
        <translation>السمة %1 تنطبق على %2، وهو ليس نوعًا</translation>
    </message>
    <message>
        <source>R is the key that links entities: %1 gets no shortcut key</source>
        <translation>R هو مفتاح ربط الكيانات: لا يحصل %1 على مفتاح اختصار</translation>
    </message>
    <message>
        <source>“label” must be a string, or an object of strings by language such as {&quot;en&quot;: &quot;Person&quot;, &quot;tr&quot;: &quot;Kişi&quot;}</source>
        <translation>يجب أن يكون “label” نصًا، أو كائنًا من النصوص حسب اللغة مثل {&quot;en&quot;: &quot;Person&quot;, &quot;tr&quot;: &quot;Kişi&quot;}</translation>
    </message>
    <message>
        <source>a language code in “label” is empty</source>
        <translation>رمز لغة في “label” فارغ</translation>
    </message>
    <message>
        <source>“label” in %1 must be a string</source>
        <translation>يجب أن يكون “label” باللغة %1 نصًا</translation>
    </message>
    <message>
        <source>unknown field %1 is kept but not used</source>
        <translation>الحقل غير المعروف %1 محفوظ لكنه غير مستخدم</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>a PATTERN and at least one PATH are needed</source>
        <translation>يلزم PATTERN ومسار PATH واحد على الأقل</translation>
    </message>
    <message>
        <source>the PATTERN is empty; give --type or --attribute to list entities</source>
        <translation>PATTERN فارغ؛ أعطِ --type أو --attribute لسرد الكيانات</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 غير موجود</translation>
    </message>
    <message>
        <source>searching</source>
        <translation>جارٍ البحث</translation>
    </message>
    <message>
        <source>Usage: hashiya search [--type TYPE] [--attribute NAME[=VALUE]] [--fold OPTIONS] [--no-index] PATTERN PATH...
Finds PATTERN in the articles under PATH, as the window&apos;s corpus search does, and prints one
line per hit: FILE:START-END: the hit [in brackets] in its context. START and END count code
points of the article&apos;s text (BOM removed, line ends as LF).
--type keeps hits inside entities of that type; with an empty PATTERN (&quot;&quot;) it lists them.
--attribute keeps hits inside entities with that attribute (and value).
--fold changes the matching: a comma-separated list of %1, each optionally
preceded by no- (e.g. --fold no-case,diacritics). By default case is ignored with Turkish
rules for Turkish articles, Arabic marks and alef forms are ignored, and whole words match
with Turkish suffixes and Arabic proclitics allowed.
A folder is searched through its corpus index, which rules out the articles that cannot hold
PATTERN; --no-index reads every article and writes nothing.
Exits with 0 when something was found, 1 when nothing was, 2 on a usage error.
</source>
        <translation>الاستخدام: hashiya search [--type TYPE] [--attribute NAME[=VALUE]] [--fold OPTIONS] [--no-index] PATTERN PATH...
يبحث عن PATTERN في المقالات الموجودة تحت PATH كما يفعل البحث في المدوّنة في النافذة، ويطبع سطرًا
لكل نتيجة: FILE:START-END: النتيجة [بين قوسين] في سياقها. يعدّ START وEND نقاط الترميز
في نص المقالة (من دون BOM، وفواصل الأسطر LF).
يُبقي --type النتائج داخل كيانات ذلك النوع؛ ومع PATTERN فارغ (&quot;&quot;) يسردها.
يُبقي --attribute النتائج داخل الكيانات التي لها تلك السمة (والقيمة).
يغيّر --fold المطابقة: قائمة مفصولة بفواصل من %1، يسبق كلًا منها
اختياريًا no- (مثلًا --fold no-case,diacritics). افتراضيًا تُتجاهل حالة الأحرف بالقواعد التركية
للمقالات التركية، وتُتجاهل العلامات العربية وأشكال الألف، وتتطابق الكلمات الكاملة
مع السماح باللواحق التركية والسوابق العربية.
يُبحث في المجلد عبر فهرس المدوّنة الذي يستبعد المقالات التي لا يمكن أن تحوي PATTERN؛ ويقرأ
--no-index كل مقالة ولا يكتب شيئًا.
يخرج بالرمز 0 إن وُجد شيء، و1 إن لم يوجد، و2 عند خطأ في الاستخدام.
</translation>
    </message>
</context>
<context>
    <name>SetupGitCommand</name>
    <message>
        <source>Usage: hashiya setup-git [REPO]
Has git merge the sidecars (*.ann.json), the schema (hashiya-schema.json) and the entity
registry (hashiya-entities.json) of the repository holding REPO (default: the current folder)
with hashiya merge-driver, annotation by annotation, instead of line by line as text:
  .gitattributes at the repository&apos;s root gets a merge=hashiya line for each (lines already
  there are kept as they are and not repeated);
  the repository&apos;s local git config gets merge.hashiya.driver (this program, by its absolute
  path), merge.hashiya.name and merge.hashiya.recursive = binary.
Running it again changes nothing. The git config stays in this clone: commit .gitattributes,
and run hashiya setup-git in every clone; without it git merges the sidecars as text.
Exit status: 0 done, 2 usage error, git missing, or REPO not in a git repository.
</source>
        <translation>الاستخدام: hashiya setup-git [REPO]
يجعل git يدمج الملفات المرافقة (*.ann.json) والمخطط (hashiya-schema.json) وسجلّ الكيانات
(hashiya-entities.json) في المستودع الذي يضم REPO (المجلد الحالي افتراضيًا) بالأمر
hashiya merge-driver، وسمًا وسمًا، بدلًا من دمجها سطرًا سطرًا كنص:
  يُضاف إلى .gitattributes في جذر المستودع سطر merge=hashiya لكلٍّ منها (وتبقى الأسطر
  الموجودة كما هي ولا تتكرر)؛
  ويُضاف إلى إعدادات git المحلية للمستودع merge.hashiya.driver (هذا البرنامج بمساره المطلق)
  وmerge.hashiya.name وmerge.hashiya.recursive = binary.
لا يغيّر تشغيله مرة أخرى شيئًا. تبقى إعدادات git في هذه النسخة: ثبّت (commit) ملف .gitattributes،
وشغّل hashiya setup-git في كل نسخة؛ فمن دونه يدمج git الملفات المرافقة كنص.
حالة الخروج: 0 تم، 2 خطأ في الاستخدام أو git غير موجود أو REPO ليس في مستودع git.
</translation>
    </message>
    <message>
        <source>one REPO at most</source>
        <translation>REPO واحد على الأكثر</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ليس مجلدًا</translation>
    </message>
    <message>
        <source>git was not found; install it (on Debian: apt install git) and run this again</source>
        <translation>لم يُعثر على git؛ ثبّته (في Debian: apt install git) ثم شغّل هذا الأمر من جديد</translation>
    </message>
    <message>
        <source>%1 is not in a git repository with a working tree (git says: %2)</source>
        <translation>%1 ليس في مستودع git ذي شجرة عمل (يقول git: %2)</translation>
    </message>
    <message>
        <source>Repository: %1</source>
        <translation>المستودع: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 already holds the merge attributes</source>
        <translation>يحوي %1 سمات الدمج بالفعل</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Added to %1: %2</source>
        <translation>أُضيف إلى %1: %2</translation>
    </message>
    <message>
        <source>git config could not set %1 (git says: %2)</source>
        <translation>تعذّر على git config ضبط %1 (يقول git: %2)</translation>
    </message>
    <message>
        <source>Set in the local git config: %1 = %2</source>
        <translation>ضُبط في إعدادات git المحلية: %1 = %2</translation>
    </message>
    <message>
        <source>The local git config already defines the merge driver</source>
        <translation>تعرّف إعدادات git المحلية مشغّل الدمج بالفعل</translation>
    </message>
    <message>
        <source>This git config is local to this clone: git does not copy it. A fresh clone has no merge driver
until hashiya setup-git runs there, and until then git falls back to merging the sidecars line
by line as text. Commit .gitattributes, so that every clone that is set up uses the driver.
</source>
        <translation>إعدادات git هذه خاصة بهذه النسخة: لا ينسخها git. لا يكون في النسخة الجديدة مشغّل دمج
حتى يُشغَّل فيها hashiya setup-git، وإلى ذلك الحين يرجع git إلى دمج الملفات المرافقة سطرًا
سطرًا كنص. ثبّت (commit) ملف .gitattributes لكي تستعمل كل نسخة مُعدّة المشغّل.
</translation>
    </message>
</context>
<context>
    <name>SidecarBackups</name>
    <message>
        <source>cannot read %1 to keep a copy: %2</source>
        <translation>تتعذّر قراءة %1 لحفظ نسخة منه: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for copies of %2</source>
        <translation>يتعذّر إنشاء المجلد %1 لنسخ %2</translation>
    </message>
    <message>
        <source>Before the annotations were moved onto the edited article</source>
        <translation>قبل نقل الوسوم إلى المقالة المعدّلة</translation>
    </message>
    <message>
        <source>Another program&apos;s version, before it was merged or replaced</source>
        <translation>نسخة برنامج آخر، قبل دمجها أو استبدالها</translation>
    </message>
    <message>
        <source>Before an earlier version was restored</source>
        <translation>قبل استعادة نسخة سابقة</translation>
    </message>
</context>
<context>
    <name>SidecarReader</name>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>يجب أن يكون المستوى الأعلى كائن JSON</translation>
    </message>
    <message>
        <source>this is not a Hashiya sidecar (format %1)</source>
        <translation>هذا ليس ملفًا مرافقًا من Hashiya (الصيغة %1)</translation>
    </message>
    <message>
        <source>version %1 is not of the form MAJOR.MINOR</source>
        <translation>الإصدار %1 ليس بالصيغة MAJOR.MINOR</translation>
    </message>
    <message>
        <source>the field “format” is missing; this is not a Hashiya sidecar</source>
        <translation>الحقل «format» مفقود؛ هذا ليس ملفًا مرافقًا من Hashiya</translation>
    </message>
    <message>
        <source>the field “version” is missing</source>
        <translation>الحقل «version» مفقود</translation>
    </message>
    <message>
        <source>the field “article” is missing</source>
        <translation>الحقل «article» مفقود</translation>
    </message>
    <message>
        <source>“article” must be an object</source>
        <translation>يجب أن يكون «article» كائنًا</translation>
    </message>
    <message>
        <source>“length” must not be negative</source>
        <translation>يجب ألا يكون «length» سالبًا</translation>
    </message>
    <message>
        <source>unknown line ending %1</source>
        <translation>نهاية سطر غير معروفة %1</translation>
    </message>
    <message>
        <source>“entities” must be an array</source>
        <translation>يجب أن يكون «entities» مصفوفة</translation>
    </message>
    <message>
        <source>an entity must be an object</source>
        <translation>يجب أن يكون الكيان كائنًا</translation>
    </message>
    <message>
        <source>“spans” must be an array</source>
        <translation>يجب أن يكون «spans» مصفوفة</translation>
    </message>
    <message>
        <source>an entity has no “id”</source>
        <translation>كيان بلا «id»</translation>
    </message>
    <message>
        <source>entity id %1 is not valid: use 1–64 letters, digits or _ . : -</source>
        <translation>معرّف الكيان %1 غير صالح: استخدم من 1 إلى 64 حرفًا أو رقمًا أو _ . : -</translation>
    </message>
    <message>
        <source>entity %1 has no “type”</source>
        <translation>الكيان %1 بلا «type»</translation>
    </message>
    <message>
        <source>entity %1 has no spans</source>
        <translation>الكيان %1 بلا مقاطع</translation>
    </message>
    <message>
        <source>the spans of entity %1 must be in text order and must not overlap</source>
        <translation>يجب أن تكون مقاطع الكيان %1 بترتيب النص وألا تتداخل</translation>
    </message>
    <message>
        <source>the id %1 is used twice (first on line %2)</source>
        <translation>المعرّف %1 مستخدم مرتين (أول مرة في السطر %2)</translation>
    </message>
    <message>
        <source>attribute %1 has the value %2, which the schema does not allow (%3)</source>
        <translation>للسمة %1 القيمة %2، وهي مما لا يسمح به المخطط (%3)</translation>
    </message>
    <message>
        <source>a span needs whole-number “start” and “end”</source>
        <translation>يحتاج المقطع إلى «start» و«end» عددين صحيحين</translation>
    </message>
    <message>
        <source>span [%1, %2) lies outside the article, which has %3 code points</source>
        <translation>المقطع [%1, %2) يقع خارج المقالة، وفيها %3 نقطة ترميز</translation>
    </message>
    <message>
        <source>span [%1, %2) is empty or reversed</source>
        <translation>المقطع [%1, %2) فارغ أو معكوس</translation>
    </message>
    <message>
        <source>span [%1, %2) has no stored “text”</source>
        <translation>المقطع [%1, %2) بلا «text» محفوظ</translation>
    </message>
    <message>
        <source>the stored text %1 does not match the article&apos;s %2 at [%3, %4): the article changed since this sidecar was saved</source>
        <translation>النص المحفوظ %1 لا يطابق نص المقالة %2 عند [%3, %4): تغيّرت المقالة منذ حُفظ هذا الملف المرافق</translation>
    </message>
    <message>
        <source>the stored context of span [%1, %2) no longer matches the article</source>
        <translation>السياق المحفوظ للمقطع [%1, %2) لم يعد يطابق المقالة</translation>
    </message>
    <message>
        <source>span [%1, %2) splits a character: offset %3 falls inside %4</source>
        <translation>المقطع [%1, %2) يقسم محرفًا: الموضع %3 يقع داخل %4</translation>
    </message>
    <message>
        <source>“relations” must be an array</source>
        <translation>يجب أن يكون «relations» مصفوفة</translation>
    </message>
    <message>
        <source>a relation must be an object</source>
        <translation>يجب أن تكون العلاقة كائنًا</translation>
    </message>
    <message>
        <source>a relation has no “id”</source>
        <translation>علاقة بلا «id»</translation>
    </message>
    <message>
        <source>relation id %1 is not valid: use 1–64 letters, digits or _ . : -</source>
        <translation>معرّف العلاقة %1 غير صالح: استخدم من 1 إلى 64 حرفًا أو رقمًا أو _ . : -</translation>
    </message>
    <message>
        <source>relation %1 has no “type”</source>
        <translation>العلاقة %1 بلا «type»</translation>
    </message>
    <message>
        <source>relation %1 needs both “from” and “to”</source>
        <translation>العلاقة %1 تحتاج إلى «from» و«to» كليهما</translation>
    </message>
    <message>
        <source>“attributes” must be an object of names and text values</source>
        <translation>يجب أن يكون «attributes» كائنًا من أسماء وقيم نصية</translation>
    </message>
    <message>
        <source>relation %1 points at %2, which is not an entity here</source>
        <translation>العلاقة %1 تشير إلى %2، وهو ليس كيانًا هنا</translation>
    </message>
    <message>
        <source>this sidecar was written for %1, but sits next to %2</source>
        <translation>كُتب هذا الملف المرافق لـ%1، لكنه موضوع بجوار %2</translation>
    </message>
    <message>
        <source>the article changed since this sidecar was saved, but every span still matches its text; the next save records the new version</source>
        <translation>تغيّرت المقالة منذ حُفظ هذا الملف المرافق، لكن كل مقطع ما زال يطابق نصه؛ وسيسجل الحفظ التالي الإصدار الجديد</translation>
    </message>
    <message>
        <source>the entity type %1 is not in the schema; %n entity(ies) keep it</source>
        <translation>نوع الكيان %1 غير موجود في المخطط؛ ويحتفظ به %n كيان</translation>
    </message>
    <message>
        <source>the relation type %1 is not in the schema; %n relation(s) keep it</source>
        <translation>نوع العلاقة %1 غير موجود في المخطط؛ وتحتفظ به %n علاقة</translation>
    </message>
    <message>
        <source>the attribute %1 is not in the schema; %n annotation(s) keep it</source>
        <translation>السمة %1 غير موجودة في المخطط؛ ويحتفظ بها %n وسم</translation>
    </message>
    <message>
        <source>a span must be an array [start, end, text, prefix, suffix]</source>
        <translation>يجب أن يكون المقطع مصفوفة [start, end, text, prefix, suffix]</translation>
    </message>
    <message>
        <source>the stored text %1 does not match the article&apos;s %2 at [%3, %4): the offsets are wrong, since the article is unchanged</source>
        <translation>النص المحفوظ %1 لا يطابق نص المقالة %2 عند [%3, %4): المواضع خاطئة، إذ لم تتغير المقالة</translation>
    </message>
    <message numerus="yes">
        <source>the article changed since this sidecar was saved: the text of %n span(s) no longer matches; the sidecar is opened read-only so it is not overwritten</source>
        <translation>
            <numerusform>تغيّرت المقالة منذ حُفظ هذا الملف المرافق؛ فُتح الملف المرافق للقراءة فقط كي لا يُكتب فوقه</numerusform>
            <numerusform>تغيّرت المقالة منذ حُفظ هذا الملف المرافق: نص مقطع واحد لم يعد مطابقًا؛ فُتح الملف المرافق للقراءة فقط كي لا يُكتب فوقه</numerusform>
            <numerusform>تغيّرت المقالة منذ حُفظ هذا الملف المرافق: نص مقطعين لم يعد مطابقًا؛ فُتح الملف المرافق للقراءة فقط كي لا يُكتب فوقه</numerusform>
            <numerusform>تغيّرت المقالة منذ حُفظ هذا الملف المرافق: نص %n مقاطع لم يعد مطابقًا؛ فُتح الملف المرافق للقراءة فقط كي لا يُكتب فوقه</numerusform>
            <numerusform>تغيّرت المقالة منذ حُفظ هذا الملف المرافق: نص %n مقطعًا لم يعد مطابقًا؛ فُتح الملف المرافق للقراءة فقط كي لا يُكتب فوقه</numerusform>
            <numerusform>تغيّرت المقالة منذ حُفظ هذا الملف المرافق: نص %n مقطع لم يعد مطابقًا؛ فُتح الملف المرافق للقراءة فقط كي لا يُكتب فوقه</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown status %1; use new, in-progress or done</source>
        <translation>حالة غير معروفة %1؛ استخدم new أو in-progress أو done</translation>
    </message>
    <message>
        <source>relation %1: %2</source>
        <translation>العلاقة %1: %2</translation>
    </message>
    <message>
        <source>“entities” appears twice; the items of both lists are kept, and the next save writes them as one list</source>
        <translation>يظهر «entities» مرتين؛ يُحتفظ بعناصر القائمتين كلتيهما، ويكتبها الحفظ التالي قائمة واحدة</translation>
    </message>
    <message>
        <source>“relations” appears twice; the items of both lists are kept, and the next save writes them as one list</source>
        <translation>يظهر «relations» مرتين؛ يُحتفظ بعناصر القائمتين كلتيهما، ويكتبها الحفظ التالي قائمة واحدة</translation>
    </message>
    <message>
        <source>this sidecar has format version %1, written by a newer Hashiya; this version reads up to %2.x and will not change the file</source>
        <translation>صيغة ملف التعليقات هذا %1، كتبها إصدار أحدث من Hashiya؛ هذا الإصدار يقرأ حتى %2.x ولن يغيّر الملف</translation>
    </message>
    <message>
        <source>unresolved merge conflict: %1</source>
        <translation>تعارض دمج لم يُحلّ: %1</translation>
    </message>
    <message>
        <source>a merge conflict this version cannot read</source>
        <translation>تعارض دمج لا يقرؤه هذا الإصدار</translation>
    </message>
    <message>
        <source>“conflicts” must be a list</source>
        <translation>يجب أن يكون “conflicts” قائمة</translation>
    </message>
</context>
<context>
    <name>SidecarTree</name>
    <message>
        <source>holds conflict markers of a text merge; resolve them first</source>
        <translation>يحوي علامات تعارض من دمج نصي؛ حُلّها أولًا</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>ليس JSON صالحًا: %1</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>ليس JSON صالحًا</translation>
    </message>
    <message>
        <source>not a Hashiya sidecar: not a JSON object</source>
        <translation>ليس ملف تعليقات Hashiya: ليس كائن JSON</translation>
    </message>
    <message>
        <source>“%1” must be a list</source>
        <translation>يجب أن يكون “%1” قائمة</translation>
    </message>
    <message>
        <source>an item of “%1” without an id</source>
        <translation>عنصر في “%1” بلا معرّف</translation>
    </message>
    <message>
        <source>“conflicts” must be a list</source>
        <translation>يجب أن يكون “conflicts” قائمة</translation>
    </message>
    <message>
        <source>version %1 is not of the form MAJOR.MINOR</source>
        <translation>الإصدار %1 ليس بالشكل رئيسي.فرعي</translation>
    </message>
    <message>
        <source>format version %1 was written by a newer Hashiya, which must merge it</source>
        <translation>كتب الصيغة %1 إصدار أحدث من Hashiya، وهو من يجب أن يدمجها</translation>
    </message>
    <message>
        <source>not a Hashiya sidecar: %1</source>
        <translation>ليس ملف تعليقات Hashiya: %1</translation>
    </message>
    <message>
        <source>an item of “%1” without a name</source>
        <translation>عنصر في “%1” بلا اسم</translation>
    </message>
    <message>
        <source>not a Hashiya sidecar or schema: “format” is neither “hashiya-sidecar” nor “hashiya-schema”</source>
        <translation>ليس ملف تعليقات أو مخططًا من Hashiya: “format” ليس “hashiya-sidecar” ولا “hashiya-schema”</translation>
    </message>
    <message>
        <source>the id %1 appears twice in “%2”; run hashiya validate and repair it</source>
        <translation>المعرّف %1 يتكرر في “%2”؛ شغّل hashiya validate وأصلحه</translation>
    </message>
    <message>
        <source>the name %1 appears twice in “%2”</source>
        <translation>الاسم %1 يتكرر في “%2”</translation>
    </message>
    <message>
        <source>“%1” appears twice</source>
        <translation>“%1” يتكرر</translation>
    </message>
</context>
<context>
    <name>SourceHighlighter</name>
    <message>
        <source>KSyntaxHighlighting %1 (KF6, in this process)</source>
        <translation>KSyntaxHighlighting %1 (KF6، في هذه العملية)</translation>
    </message>
    <message>
        <source>KSyntaxHighlighting %1 (kate-syntax-highlighter, in its own process)</source>
        <translation>KSyntaxHighlighting %1 (kate-syntax-highlighter، في عملية مستقلة)</translation>
    </message>
    <message>
        <source>built-in highlighter (KSyntaxHighlighting is not installed: Debian package libkf5syntaxhighlighting-tools)</source>
        <translation>الملوِّن المدمج (KSyntaxHighlighting غير مثبّت: حزمة دبيان libkf5syntaxhighlighting-tools)</translation>
    </message>
</context>
<context>
    <name>SpacyJsonlExporter</name>
    <message>
        <source>relation %1 (%2) is not exported: one of its entities is missing</source>
        <translation>لم تُصدَّر العلاقة %1 (%2): أحد كيانيها مفقود</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <source>hashiya stats: unknown option %1</source>
        <translation>hashiya stats: خيار غير معروف %1</translation>
    </message>
    <message>
        <source>%1: has errors; run “hashiya validate” for details</source>
        <translation>%1: فيه أخطاء؛ شغّل «hashiya validate» للتفاصيل</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>لا وثائق</numerusform>
            <numerusform>وثيقة واحدة</numerusform>
            <numerusform>وثيقتان</numerusform>
            <numerusform>%n وثائق</numerusform>
            <numerusform>%n وثيقة</numerusform>
            <numerusform>%n وثيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation>
            <numerusform>لا كيانات</numerusform>
            <numerusform>كيان واحد</numerusform>
            <numerusform>كيانان</numerusform>
            <numerusform>%n كيانات</numerusform>
            <numerusform>%n كيانًا</numerusform>
            <numerusform>%n كيان</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>لا علاقات</numerusform>
            <numerusform>علاقة واحدة</numerusform>
            <numerusform>علاقتان</numerusform>
            <numerusform>%n علاقات</numerusform>
            <numerusform>%n علاقة</numerusform>
            <numerusform>%n علاقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) with errors</source>
        <translation>
            <numerusform>لا وثائق فيها أخطاء</numerusform>
            <numerusform>وثيقة واحدة فيها أخطاء</numerusform>
            <numerusform>وثيقتان فيهما أخطاء</numerusform>
            <numerusform>%n وثائق فيها أخطاء</numerusform>
            <numerusform>%n وثيقة فيها أخطاء</numerusform>
            <numerusform>%n وثيقة فيها أخطاء</numerusform>
        </translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>نوع الكيان</translation>
    </message>
    <message>
        <source>Relation type</source>
        <translation>نوع العلاقة</translation>
    </message>
    <message>
        <source>Usage: hashiya stats [--json] [--no-index] PATH...
Counts documents, and entities and relations per type, in the articles under PATH.
A folder is read through its corpus index, which is made on first use and afterwards reads
only the articles that changed; --no-index reads every article and writes nothing.
</source>
        <translation>الاستخدام: hashiya stats [--json] [--no-index] PATH...
يعدّ الوثائق، والكيانات والعلاقات حسب النوع، في المقالات الموجودة تحت PATH.
يُقرأ المجلد عبر فهرس المدوّنة الذي يُبنى عند أول استخدام ثم لا يقرأ إلا المقالات التي تغيّرت؛
ويقرأ --no-index كل مقالة ولا يكتب شيئًا.
</translation>
    </message>
</context>
<context>
    <name>TagConsistency</name>
    <message>
        <source>not reviewed: the sidecar has errors; fix them first</source>
        <translation>لم تُراجع: في الملف المرافق أخطاء؛ أصلحها أولًا</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>System</source>
        <translation>لغة النظام</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Tag %1</source>
        <translation>وسّم %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>أزل %1</translation>
    </message>
    <message>
        <source>Change %1 to %2</source>
        <translation>غيّر %1 إلى %2</translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation>غيّر حجم %1</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>اضبط %1</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>حرّر الملاحظة</translation>
    </message>
    <message>
        <source>Set reference</source>
        <translation>اضبط المرجع</translation>
    </message>
    <message>
        <source>Link %1</source>
        <translation>اربط %1</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>علّمها %1</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>إلحاق %1</translation>
    </message>
    <message>
        <source>Clear the title</source>
        <translation>مسح العنوان</translation>
    </message>
    <message>
        <source>Set the title to “%1”</source>
        <translation>تعيين العنوان إلى «%1»</translation>
    </message>
</context>
<context>
    <name>UnitizingAlpha</name>
    <message>
        <source>fewer than two raters</source>
        <translation>أقل من مقيّمَين</translation>
    </message>
    <message>
        <source>empty continuum</source>
        <translation>امتداد فارغ</translation>
    </message>
    <message>
        <source>no units</source>
        <translation>لا وحدات</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>hashiya validate: unknown option %1</source>
        <translation>hashiya validate: خيار غير معروف %1</translation>
    </message>
    <message>
        <source>the article this sidecar annotates is missing</source>
        <translation>المقالة التي يوسمها هذا الملف المرافق مفقودة</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n article(s)</source>
        <translation>
            <numerusform>لم تُفحص أي مقالة</numerusform>
            <numerusform>فُحصت مقالة واحدة</numerusform>
            <numerusform>فُحصت مقالتان</numerusform>
            <numerusform>فُحصت %n مقالات</numerusform>
            <numerusform>فُحصت %n مقالة</numerusform>
            <numerusform>فُحصت %n مقالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>لا أخطاء</numerusform>
            <numerusform>خطأ واحد</numerusform>
            <numerusform>خطآن</numerusform>
            <numerusform>%n أخطاء</numerusform>
            <numerusform>%n خطأً</numerusform>
            <numerusform>%n خطأ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>لا تحذيرات</numerusform>
            <numerusform>تحذير واحد</numerusform>
            <numerusform>تحذيران</numerusform>
            <numerusform>%n تحذيرات</numerusform>
            <numerusform>%n تحذيرًا</numerusform>
            <numerusform>%n تحذير</numerusform>
        </translation>
    </message>
    <message>
        <source>validating</source>
        <translation>جارٍ التحقق</translation>
    </message>
    <message>
        <source>Usage: hashiya validate PATH...
Checks articles, their sidecars (.ann.json) and schemas; folders are searched recursively.
In a git repository, a file that git&apos;s index lists as unmerged (its merge not finished) is an error.
Prints one line per problem. Exit status: 0 no problems, 1 problems found, 2 usage error.
</source>
        <translation>الاستخدام: hashiya validate PATH...
يفحص المقالات وملفاتها المرافقة (.ann.json) والمخططات؛ ويُبحث في المجلدات بشكل تعاودي.
في مستودع git، يُعدّ خطأً أيضًا كلُّ ملف يدرجه فهرس git على أنه غير مدموج (لم يكتمل دمجه).
يطبع سطرًا لكل مشكلة. حالة الخروج: 0 لا مشكلات، 1 وُجدت مشكلات، 2 خطأ في الاستخدام.
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Source views: %1</source>
        <translation>عروض المصدر: %1</translation>
    </message>
</context>
</TS>
