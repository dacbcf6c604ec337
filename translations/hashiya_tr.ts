<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>Adjudication</name>
    <message>
        <source>not JSON: %1</source>
        <translation>JSON değil: %1</translation>
    </message>
    <message>
        <source>not a Hashiya adjudication file</source>
        <translation>bir Hashiya hakemlik dosyası değil</translation>
    </message>
    <message>
        <source>an adjudication file of version %1, which this Hashiya does not read</source>
        <translation>%1 sürümünde bir hakemlik dosyası; bu Hashiya onu okumaz</translation>
    </message>
</context>
<context>
    <name>AgreementCommand</name>
    <message>
        <source>at least two folders are needed, one per analyst</source>
        <translation>en az iki klasör gerekir, her analist için bir tane</translation>
    </message>
    <message>
        <source>--json and --csv cannot be used together</source>
        <translation>--json ve --csv birlikte kullanılamaz</translation>
    </message>
    <message>
        <source>--fail-under needs a number from 0 to 1, not “%1”</source>
        <translation>--fail-under 0 ile 1 arasında bir sayı ister, “%1” değil</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 bir klasör değil</translation>
    </message>
    <message>
        <source>comparing</source>
        <translation>karşılaştırılıyor</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
    <message>
        <source>the entities&apos; exact-typed F1 is %1, below %2</source>
        <translation>varlıkların tam-türlü F1 değeri %1, %2 değerinin altında</translation>
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
        <translation>Kullanım: hashiya agreement [--json | --csv] [--types T1,T2] [--fail-under F1] [--diagnostics DOSYA]
                           KLASÖR_A KLASÖR_B [KLASÖR_C...]
Birkaç analistin etiketlediği bir derlemin kopyalarını (her analist için bir klasör) makale makale
(klasördeki yollarına göre eşleştirerek) karşılaştırır ve ne kadar uyuştuklarını yazar: varlıklar
(kesinlik, duyarlılık ve F1; tam ve örtüşen, türlü ve türsüz), kod noktaları ve sözcükler üzerinde
Cohen κ, varlık eşleştirmesi üzerinden ilişkiler, nitelikler, tüm analistler için Fleiss κ ve
Krippendorff α_U. Her değer docs/agreement.md dosyasında tanımlanır.
--types yalnızca bu türlerdeki varlıkları (ve aralarındaki ilişkileri) tutar.
--diagnostics her uyuşmazlık için metniyle birlikte bir satırı TSV olarak yazar.
--fail-under, herhangi iki analistin tüm makalelerdeki tam-türlü varlık F1 değeri F1&apos;in altındaysa
1 ile çıkar (örneğin bir ekibin CI&apos;ında).
Bazı kopyalarda olmayan, metni farklı olan ya da ek dosyasında hata bulunan makaleler adlarıyla
bildirilir ve dışarıda bırakılır. Klasörlere hiçbir şey yazılmaz.
Çıkış kodu: 0, 1 (--fail-under karşılanmadı) ya da kullanım hatasında veya DOSYA yazılamadığında 2.
</translation>
    </message>
</context>
<context>
    <name>AgreementReport</name>
    <message>
        <source>n/a (%1)</source>
        <translation>yok (%1)</translation>
    </message>
    <message>
        <source>matched/|A|/|B|</source>
        <translation>eşleşen/|A|/|B|</translation>
    </message>
    <message>
        <source>%1 of %2 agree (%3), κ %4</source>
        <translation>%2 içinden %1 uyuşuyor (%3), κ %4</translation>
    </message>
    <message>
        <source>in all (complete agreement)</source>
        <translation>hepsinde (tam uyum)</translation>
    </message>
    <message>
        <source>in %1 only</source>
        <translation>yalnızca %1</translation>
    </message>
    <message numerus="yes">
        <source>Agreement of %n analyst(s)</source>
        <translation>
            <numerusform>%n analistin uyumu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) compared</source>
        <translation>
            <numerusform>%n makale karşılaştırıldı</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Ayarlar:</translation>
    </message>
    <message>
        <source>entity types: %1</source>
        <translation>varlık türleri: %1</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tümü</translation>
    </message>
    <message>
        <source>relation types without direction: %1</source>
        <translation>yönsüz ilişki türleri: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>offsets: Unicode code points; tokens: UAX #29 word boundaries, white space left out</source>
        <translation>konumlar: Unicode kod noktaları; sözcükler: UAX #29 sözcük sınırları, boşluklar dışarıda</translation>
    </message>
    <message>
        <source>relations and entity diagnostics: entities paired one to one by overlap, any type</source>
        <translation>ilişkiler ve varlık tanıları: varlıklar örtüşmeye göre birebir eşleştirilir, tür fark etmez</translation>
    </message>
    <message>
        <source>attributes: over entities paired by overlap and type, and over matching relations</source>
        <translation>nitelikler: örtüşme ve türe göre eşleşen varlıklar ile eşleşen ilişkiler üzerinden</translation>
    </message>
    <message>
        <source>Not in every copy (left out):</source>
        <translation>Her kopyada olmayanlar (dışarıda bırakıldı):</translation>
    </message>
    <message>
        <source>missing in %1</source>
        <translation>%1 kopyasında yok</translation>
    </message>
    <message>
        <source>Left out (see the problems above):</source>
        <translation>Dışarıda bırakılan (yukarıdaki sorunlara bakın):</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Varlıklar</translation>
    </message>
    <message>
        <source>macro F1, exact-typed: %1; mean F1 per article: %2</source>
        <translation>makro F1, tam-türlü: %1; makale başına ortalama F1: %2</translation>
    </message>
    <message>
        <source>Entities per type (exact-typed)</source>
        <translation>Türe göre varlıklar (tam-türlü)</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Konumlar</translation>
    </message>
    <message>
        <source>κ, all (N)</source>
        <translation>κ, tümü (N)</translation>
    </message>
    <message>
        <source>κ, marked (N)</source>
        <translation>κ, işaretli (N)</translation>
    </message>
    <message>
        <source>code points</source>
        <translation>kod noktaları</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>sözcükler</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>İlişkiler</translation>
    </message>
    <message>
        <source>comparable</source>
        <translation>karşılaştırılabilir</translation>
    </message>
    <message>
        <source>links, all</source>
        <translation>bağlar, tümü</translation>
    </message>
    <message>
        <source>links, comparable</source>
        <translation>bağlar, karşılaştırılabilir</translation>
    </message>
    <message>
        <source>relation types, κ over aligned endpoint pairs: %1 (%2)</source>
        <translation>ilişki türleri, eşleşen uç çiftleri üzerinde κ: %1 (%2)</translation>
    </message>
    <message>
        <source>Entity attributes</source>
        <translation>Varlık nitelikleri</translation>
    </message>
    <message>
        <source>Relation attributes</source>
        <translation>İlişki nitelikleri</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Uyuşmazlıklar</translation>
    </message>
    <message>
        <source>Every two analysts: F1 exact-typed (upper right), κ on code points (lower left)</source>
        <translation>Her iki analist: tam-türlü F1 (sağ üst), kod noktalarında κ (sol alt)</translation>
    </message>
    <message>
        <source>All analysts</source>
        <translation>Tüm analistler</translation>
    </message>
    <message>
        <source>Entities marked alike (the same spans and type), by who marked them:</source>
        <translation>Aynı işaretlenen varlıklar (aynı aralıklar ve tür), kimin işaretlediğine göre:</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ, code points: %1 (%2), marked: %3 (%4)</source>
        <translation>Fleiss κ, kod noktaları: %1 (%2), işaretli: %3 (%4)</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ, tokens: %1 (%2), marked: %3 (%4)</source>
        <translation>Fleiss κ, sözcükler: %1 (%2), işaretli: %3 (%4)</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α_U (articles end to end): %1</source>
        <translation>Krippendorff α_U (makaleler uç uca): %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) left out of α_U: they overlap another of the same analyst and type</source>
        <translation>
            <numerusform>%n birim α_U dışında bırakıldı: aynı analistin aynı türdeki başka bir birimiyle örtüşüyor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnalystCopies</name>
    <message>
        <source>not compared: the sidecar has errors; fix them first</source>
        <translation>karşılaştırılmadı: ek dosyada hatalar var; önce onları düzeltin</translation>
    </message>
    <message>
        <source>not compared: its text differs from the copy in %1</source>
        <translation>karşılaştırılmadı: metni %1 içindeki kopyadan farklı</translation>
    </message>
</context>
<context>
    <name>AnnotationMerge</name>
    <message>
        <source>%1 was deleted here and changed in the file; the file&apos;s version is kept</source>
        <translation>%1 burada silindi ve dosyada değiştirildi; dosyadaki sürüm korunuyor</translation>
    </message>
    <message>
        <source>%1 was deleted in the file and changed here; this version is kept</source>
        <translation>%1 dosyada silindi ve burada değiştirildi; buradaki sürüm korunuyor</translation>
    </message>
    <message>
        <source>%1 was changed on both sides; this version is kept, the file had %2</source>
        <translation>%1 iki tarafta da değiştirildi; buradaki sürüm korunuyor, dosyada %2 vardı</translation>
    </message>
    <message>
        <source>%1 was dropped: one of its entities was deleted on the other side</source>
        <translation>%1 bırakıldı: varlıklarından biri öteki tarafta silindi</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>hashiya: no display to open a window on (DISPLAY and WAYLAND_DISPLAY are not set). Run it in a desktop session, or on a virtual display: xvfb-run -a hashiya [FOLDER]. The commands (hashiya --help) need no display.</source>
        <translation>hashiya: pencere açılacak bir ekran yok (DISPLAY ve WAYLAND_DISPLAY tanımlı değil). Bir masaüstü oturumunda ya da sanal bir ekranda çalıştırın: xvfb-run -a hashiya [KLASÖR]. Komutlar (hashiya --help) ekran gerektirmez.</translation>
    </message>
    <message>
        <source>hashiya: %1 is open in another window, which now shows what was asked.</source>
        <translation>hashiya: %1 başka bir pencerede açık; istenen artık orada gösteriliyor.</translation>
    </message>
</context>
<context>
    <name>ArcLinks</name>
    <message>
        <source>(missing entity)</source>
        <translation>(eksik varlık)</translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <source>cannot open the article: %1</source>
        <translation>makale açılamıyor: %1</translation>
    </message>
    <message>
        <source>the article is %1 MB; Hashiya opens articles of up to %2 MB</source>
        <translation>makale %1 MB; Hashiya en fazla %2 MB boyutundaki makaleleri açar</translation>
    </message>
    <message>
        <source>cannot read the article: %1</source>
        <translation>makale okunamıyor: %1</translation>
    </message>
    <message>
        <source>the article is UTF-32, which Hashiya does not read; save it as UTF-8</source>
        <translation>makale UTF-32 biçiminde ve Hashiya bunu okumaz; UTF-8 olarak kaydedin</translation>
    </message>
    <message>
        <source>unknown encoding “%1”; choose UTF-8 or one of: %2</source>
        <translation>bilinmeyen kodlama “%1”; UTF-8 ya da şunlardan birini seçin: %2</translation>
    </message>
    <message>
        <source>the article is empty</source>
        <translation>makale boş</translation>
    </message>
    <message>
        <source>the article looks binary: a NUL byte at byte offset %1</source>
        <translation>makale ikili dosyaya benziyor: %1 bayt konumunda bir NUL baytı var</translation>
    </message>
    <message>
        <source>; if it is a legacy file, open it with an explicit encoding (%1)</source>
        <translation>; eski bir dosyaysa açık bir kodlamayla açın (%1)</translation>
    </message>
    <message>
        <source>the article is not valid UTF-8: invalid byte sequence at byte offset %1</source>
        <translation>makale geçerli UTF-8 değil: %1 bayt konumunda geçersiz bayt dizisi</translation>
    </message>
    <message>
        <source>the article is not valid UTF-16: odd number of bytes (%1)</source>
        <translation>makale geçerli UTF-16 değil: bayt sayısı tek (%1)</translation>
    </message>
    <message>
        <source>the article is not valid UTF-16: unpaired surrogate at byte offset %1</source>
        <translation>makale geçerli UTF-16 değil: %1 bayt konumunda eşi olmayan vekil karakter</translation>
    </message>
    <message>
        <source>the article looks binary: a NUL character at byte offset %1</source>
        <translation>makale ikili dosyaya benziyor: %1 bayt konumunda bir NUL karakteri var</translation>
    </message>
    <message>
        <source>the article cannot be decoded as %1</source>
        <translation>makale %1 olarak çözülemiyor</translation>
    </message>
</context>
<context>
    <name>ArticleSummary</name>
    <message>
        <source>line %1: %2</source>
        <translation>satır %1: %2</translation>
    </message>
    <message>
        <source>The sidecar is not valid JSON: %1</source>
        <translation>Ek dosya geçerli JSON değil: %1</translation>
    </message>
    <message>
        <source>The sidecar has errors: %1</source>
        <translation>Ek dosyada hatalar var: %1</translation>
    </message>
    <message>
        <source>The article cannot be read: %1</source>
        <translation>Makale okunamıyor: %1</translation>
    </message>
    <message>
        <source>The sidecar cannot be read: %1</source>
        <translation>Ek dosya okunamıyor: %1</translation>
    </message>
</context>
<context>
    <name>BatchedWrites</name>
    <message>
        <source>cannot open the folder %1: %2</source>
        <translation>%1 klasörü açılamıyor: %2</translation>
    </message>
    <message>
        <source>cannot open %1 for writing: %2</source>
        <translation>%1 yazmak için açılamıyor: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
    <message>
        <source>not written: the device reported an error when %1 was synced: %2</source>
        <translation>yazılmadı: %1 diske eşitlenirken aygıt bir hata bildirdi: %2</translation>
    </message>
    <message>
        <source>cannot move %1 into place: %2</source>
        <translation>%1 yerine taşınamıyor: %2</translation>
    </message>
    <message>
        <source>written, but the device reported an error when %1 was synced: %2</source>
        <translation>yazıldı, ancak %1 diske eşitlenirken aygıt bir hata bildirdi: %2</translation>
    </message>
</context>
<context>
    <name>BratConfigReader</name>
    <message>
        <source>brat annotation.conf</source>
        <translation>brat annotation.conf</translation>
    </message>
    <message>
        <source>relation %1 needs two arguments; it is kept allowing any types</source>
        <translation>%1 ilişkisi iki bağımsız değişken gerektirir; her türe izin verecek biçimde korunuyor</translation>
    </message>
    <message>
        <source>line outside the four sections ignored</source>
        <translation>dört bölümün dışındaki satır yok sayıldı</translation>
    </message>
</context>
<context>
    <name>BratExporter</name>
    <message>
        <source>entity %1 not exported: its type “%2” is not a single word</source>
        <translation>%1 varlığı dışa aktarılmadı: “%2” türü tek bir sözcük değil</translation>
    </message>
    <message>
        <source>entity %1 not exported: it covers only line breaks</source>
        <translation>%1 varlığı dışa aktarılmadı: yalnızca satır sonlarını kapsıyor</translation>
    </message>
    <message>
        <source>relation %1 not exported: an entity it links was not exported</source>
        <translation>%1 ilişkisi dışa aktarılmadı: bağladığı bir varlık dışa aktarılmadı</translation>
    </message>
    <message>
        <source>relation %1 not exported: its type “%2” is not a single word</source>
        <translation>%1 ilişkisi dışa aktarılmadı: “%2” türü tek bir sözcük değil</translation>
    </message>
    <message>
        <source>attribute “%1” of %2 not exported: brat needs its name and value as single words</source>
        <translation>%2 öğesinin “%1” niteliği dışa aktarılmadı: brat, adının ve değerinin tek sözcük olmasını ister</translation>
    </message>
    <message>
        <source>reference “%1” of %2 not exported: brat needs the form DB:ID without spaces</source>
        <translation>%2 öğesinin “%1” başvurusu dışa aktarılmadı: brat boşluksuz VT:KİMLİK biçimini ister</translation>
    </message>
    <message>
        <source>value “%1” of attribute %2 not listed: brat needs single words</source>
        <translation>%2 niteliğinin “%1” değeri listelenmedi: brat tek sözcükler ister</translation>
    </message>
</context>
<context>
    <name>BratImporter</name>
    <message>
        <source>%1: brat type “%2” imported as %3</source>
        <translation>%1: brat türü “%2”, %3 olarak içe aktarıldı</translation>
    </message>
    <message>
        <source>%1 is not an entity or event of this file</source>
        <translation>%1 bu dosyanın bir varlığı ya da olayı değil</translation>
    </message>
    <message>
        <source>%1 was skipped</source>
        <translation>%1 atlandı</translation>
    </message>
    <message>
        <source>%1 needs a type and offsets</source>
        <translation>%1 bir tür ve konumlar gerektirir</translation>
    </message>
    <message>
        <source>%1: offsets must be “start end” pairs of whole numbers, separated by “;”</source>
        <translation>%1: konumlar “;” ile ayrılmış “başlangıç bitiş” tam sayı çiftleri olmalı</translation>
    </message>
    <message>
        <source>%1: a span starts after it ends</source>
        <translation>%1: bir aralık bittikten sonra başlıyor</translation>
    </message>
    <message>
        <source>%1: a span ends at %2, after the end of the text (%3 characters)</source>
        <translation>%1: bir aralık metnin sonundan sonra, %2 konumunda bitiyor (%3 karakter)</translation>
    </message>
    <message>
        <source>%1 needs offsets</source>
        <translation>%1 konumlar gerektirir</translation>
    </message>
    <message>
        <source>%1: the text “%2” differs from the article&apos;s “%3” at these offsets</source>
        <translation>%1: “%2” metni makalenin bu konumlardaki “%3” metninden farklı</translation>
    </message>
    <message>
        <source>%1: its fragments overlap</source>
        <translation>%1: parçaları çakışıyor</translation>
    </message>
    <message>
        <source>%1 covers no text</source>
        <translation>%1 hiçbir metni kapsamıyor</translation>
    </message>
    <message>
        <source>not imported: its text %1 is missing</source>
        <translation>içe aktarılmadı: %1 metni eksik</translation>
    </message>
    <message>
        <source>alias of</source>
        <translation>takma adı</translation>
    </message>
    <message>
        <source>not imported: its text is not valid UTF-8 at byte %1</source>
        <translation>içe aktarılmadı: metni %1 baytında geçerli UTF-8 değil</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8</source>
        <translation>satır geçerli UTF-8 değil</translation>
    </message>
    <message>
        <source>an annotation line starts with an id and a TAB</source>
        <translation>bir etiket satırı bir kimlik ve bir SEKME ile başlar</translation>
    </message>
    <message>
        <source>unknown annotation type “%1”</source>
        <translation>bilinmeyen etiket türü “%1”</translation>
    </message>
    <message>
        <source>the id %1 is used twice</source>
        <translation>%1 kimliği iki kez kullanılmış</translation>
    </message>
    <message>
        <source>%1 needs “Type:Trigger” first</source>
        <translation>%1 önce “Tür:Tetikleyici” gerektirir</translation>
    </message>
    <message>
        <source>%1: its trigger %2 is not a text-bound annotation of this file</source>
        <translation>%1: %2 tetikleyicisi bu dosyanın metne bağlı bir etiketi değil</translation>
    </message>
    <message>
        <source>%1 has type %2 but its trigger has type %3; the trigger&apos;s is kept</source>
        <translation>%1 %2 türünde ama tetikleyicisi %3 türünde; tetikleyicinin türü korunuyor</translation>
    </message>
    <message>
        <source>%1 shares its trigger with another event; their arguments are merged</source>
        <translation>%1 tetikleyicisini başka bir olayla paylaşıyor; bağımsız değişkenleri birleştirildi</translation>
    </message>
    <message>
        <source>%1: argument “%2” is not “Role:Id”</source>
        <translation>%1: “%2” bağımsız değişkeni “Rol:Kimlik” biçiminde değil</translation>
    </message>
    <message>
        <source>%1: argument %2 skipped: %3</source>
        <translation>%1: %2 bağımsız değişkeni atlandı: %3</translation>
    </message>
    <message>
        <source>%1 needs a type and two “Role:Id” arguments</source>
        <translation>%1 bir tür ve iki “Rol:Kimlik” bağımsız değişkeni gerektirir</translation>
    </message>
    <message>
        <source>%1: arguments must be “Role:Id”</source>
        <translation>%1: bağımsız değişkenler “Rol:Kimlik” biçiminde olmalı</translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation>%1 atlandı: %2</translation>
    </message>
    <message>
        <source>an equivalence line is “*”, TAB, a type and two or more ids</source>
        <translation>bir eşdeğerlik satırı “*”, SEKME, bir tür ve iki ya da daha fazla kimlikten oluşur</translation>
    </message>
    <message>
        <source>equivalence skipped: %1</source>
        <translation>eşdeğerlik atlandı: %1</translation>
    </message>
    <message>
        <source>%1 is not a relation of this file</source>
        <translation>%1 bu dosyanın bir ilişkisi değil</translation>
    </message>
    <message>
        <source>%1 needs a name, an id and at most one value</source>
        <translation>%1 bir ad, bir kimlik ve en fazla bir değer gerektirir</translation>
    </message>
    <message>
        <source>%1: %2 already has attribute %3</source>
        <translation>%1: %2 zaten %3 niteliğine sahip</translation>
    </message>
    <message>
        <source>%1 needs “Reference Id DB:ID”</source>
        <translation>%1 “Reference Kimlik VT:KİMLİK” gerektirir</translation>
    </message>
    <message>
        <source>%1: %2 already has a reference; Hashiya keeps one</source>
        <translation>%1: %2 zaten bir başvuruya sahip; Hashiya yalnızca birini tutar</translation>
    </message>
    <message>
        <source>%1 needs a note type and an id</source>
        <translation>%1 bir not türü ve bir kimlik gerektirir</translation>
    </message>
</context>
<context>
    <name>CodingAgreement</name>
    <message>
        <source>no items</source>
        <translation>öğe yok</translation>
    </message>
    <message>
        <source>every item in one category</source>
        <translation>her öğe tek bir kategoride</translation>
    </message>
    <message>
        <source>fewer than two raters</source>
        <translation>ikiden az değerlendirici</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>hashiya: %1 is neither a command nor an existing file or folder</source>
        <translation>hashiya: %1 ne bir komut ne de var olan bir dosya ya da klasör</translation>
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
        <translation>Hashiya — çok dilli haberleri okuyun ve etiketleyin.

Kullanım:
  hashiya [KLASÖR | MAKALE...]      okuyucuyu bir derlem klasöründe ya da makalelerde açar
  hashiya -- PATH                   komut adını taşıyan bir dosyayı ya da klasörü açar (ya da: hashiya ./export)
  hashiya validate YOL...           makaleleri, ek dosyaları ve şemaları denetler
  hashiya stats [--json] [--no-index] YOL...
                                    belgeleri ve türe göre varlıkları ve ilişkileri sayar
  hashiya export --format BİÇİM --out KLASÖR [--status DURUM] YOL...
                                    etiketli makaleleri başka bir aracın biçiminde yazar
  hashiya import --from BİÇİM --out KLASÖR [--force] YOL...
                                    başka araçların dosyalarını ek dosyalı makalelere dönüştürür
  hashiya search [--type TÜR] [--fold SEÇENEKLER] [--no-index] DESEN YOL...
                                    derlemde bir adı bulur, her eşleşme bir satırda
  hashiya index info|rebuild [--in-corpus] KLASÖR
                                    bir derlemin dizinini gösterir ya da yeniden oluşturur
  hashiya agreement [--json|--csv] [--types T,...] [--fail-under F1] KLASÖR_A KLASÖR_B...
                                    analistlerin derlem kopyalarını karşılaştırır
  hashiya consistency [--json] [--types T,...] [--all] DERLEM...
                                    bir yerde öyle, başka yerde böyle etiketlenen metinleri bulur
  hashiya setup-git [DEPO]          git&apos;in ek dosyaları etiket etiket birleştirmesini sağlar
  hashiya merge-driver TABAN BİZİM ONLARIN [İŞARET_BOYU] [YOL]
                                    git&apos;in ek dosyalar için birleştirme sürücüsü (bkz. setup-git)
  hashiya help KOMUT                bir komutun seçeneklerini gösterir
  hashiya --help | --version
</translation>
    </message>
</context>
<context>
    <name>ConflictResolution</name>
    <message>
        <source>Keep ours (%1)</source>
        <translation>Bizimkini tut (%1)</translation>
    </message>
    <message>
        <source>Take theirs (%1)</source>
        <translation>Onlarınkini al (%1)</translation>
    </message>
    <message>
        <source>Keep it as %1 changed it</source>
        <translation>%1 nasıl değiştirdiyse öyle tut</translation>
    </message>
    <message>
        <source>Delete it, as %1 did</source>
        <translation>%1 gibi sil</translation>
    </message>
    <message>
        <source>Keep the entity</source>
        <translation>Varlığı tut</translation>
    </message>
    <message>
        <source>Delete it and the relations that need it</source>
        <translation>Onu ve ona bağlı ilişkileri sil</translation>
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
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tür</translation>
    </message>
    <message>
        <source>text</source>
        <translation>metin</translation>
    </message>
    <message>
        <source>note</source>
        <translation>not</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>başvuru</translation>
    </message>
    <message>
        <source>attributes</source>
        <translation>nitelikler</translation>
    </message>
    <message>
        <source>attribute %1</source>
        <translation>%1 niteliği</translation>
    </message>
    <message>
        <source>source</source>
        <translation>kaynak</translation>
    </message>
    <message>
        <source>target</source>
        <translation>hedef</translation>
    </message>
    <message>
        <source>status</source>
        <translation>durum</translation>
    </message>
    <message>
        <source>title</source>
        <translation>başlık</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>hiçbir şey</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The article</source>
        <translation>Makale</translation>
    </message>
    <message>
        <source>Entity %1</source>
        <translation>%1 varlığı</translation>
    </message>
    <message>
        <source>Relation %1</source>
        <translation>%1 ilişkisi</translation>
    </message>
    <message>
        <source>%1: %2 %3 (%4) or %5 (%6), was %7</source>
        <translation>%1: %2 %3 (%4) ya da %5 (%6), önceden %7</translation>
    </message>
    <message>
        <source>%1: deleted by %2, changed by %3</source>
        <translation>%1: %2 sildi, %3 değiştirdi</translation>
    </message>
    <message>
        <source>%1: deleted by %2, changed by %3 (%4)</source>
        <translation>%1: %2 sildi, %3 değiştirdi (%4)</translation>
    </message>
    <message>
        <source>%1: deleted by %2, but a relation of %3 ended at it</source>
        <translation>%1: %2 sildi, ama %3 tarafının bir ilişkisi ona bağlıydı</translation>
    </message>
    <message>
        <source>%1: deleted by %2, but a relation of %3 ends at it (%4)</source>
        <translation>%1: %2 sildi, ama %3 tarafının bir ilişkisi ona bağlı (%4)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>silindi</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Before the merge: %1</source>
        <translation>Birleştirmeden önce: %1</translation>
    </message>
    <message>
        <source>%1 (ours): %2</source>
        <translation>%1 (bizimki): %2</translation>
    </message>
    <message>
        <source>%1 (theirs): %2</source>
        <translation>%1 (onlarınki): %2</translation>
    </message>
</context>
<context>
    <name>ConllExporter</name>
    <message>
        <source>Entity &quot;%1&quot; (%2) overlaps &quot;%3&quot; and is left out.</source>
        <translation>“%1” varlığı (%2), “%3” ile çakışıyor ve dışarıda bırakıldı.</translation>
    </message>
    <message>
        <source>Entity &quot;%1&quot; (%2) is discontinuous: each of its %3 fragments is written as an entity of its own.</source>
        <translation>“%1” varlığı (%2) süreksiz: %3 parçasının her biri ayrı bir varlık olarak yazıldı.</translation>
    </message>
    <message>
        <source>Entity &quot;%1&quot; (%2) covers no token and is left out.</source>
        <translation>“%1” varlığı (%2) hiçbir sözcük birimini kapsamıyor ve dışarıda bırakıldı.</translation>
    </message>
    <message>
        <source>Entity &quot;%1&quot; (%2) runs across a line break; the part after it is written as an entity of its own.</source>
        <translation>“%1” varlığı (%2) bir satır sonunu aşıyor; sonraki kısmı ayrı bir varlık olarak yazıldı.</translation>
    </message>
    <message>
        <source>Entity &quot;%1&quot; (%2) starts or ends inside a character (a letter and its marks or an emoji sequence); the token is split there.</source>
        <translation>“%1” varlığı (%2) bir karakterin içinde (bir harf ve işaretleri ya da bir emoji dizisi) başlıyor ya da bitiyor; sözcük birimi orada bölündü.</translation>
    </message>
</context>
<context>
    <name>ConsistencyCommand</name>
    <message>
        <source>partly %1 %2-%3</source>
        <translation>kısmen %1 %2-%3</translation>
    </message>
    <message>
        <source>untagged</source>
        <translation>etiketsiz</translation>
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
        <translation>Kullanım: hashiya consistency [--json] [--types T1,T2] [--all] DERLEM...
Bir varlığın taşıdığı her metni, arama nasıl katlıyorsa öyle katlayarak (büyük/küçük harf, Türkçe
ekler, Arapça harekeler, elif biçimleri ve önekler) derlemde tam sözcük olarak geçtiği her yerde
bulur ve her geçişin nasıl etiketlendiğini söyler: aynı aralık ve bir türle, kısmen (bir varlık onunla
örtüşüyor) ya da hiç. Bir metin birden çok türle etiketlenmişse ya da bazı yerlerde etiketlenip
başkalarında etiketlenmemiş ya da kısmen etiketlenmişse tutarsızdır. İki harften kısa metinler dışarıda kalır.
Tutarsız metinleri (--all ile her metni) listeler: metin, sayılarıyla türleri, kaç geçişin etiketsiz ya da
kısmen etiketli olduğu, ardından her geçiş YOL:BAŞLANGIÇ-BİTİŞ: NASIL: BAĞLAM biçiminde, konumlar kod noktası olarak.
--types yalnızca bu türlerdeki varlıkları tutar.
Ek dosyası okunamayan ya da hatalı makaleler adlarıyla bildirilir ve dışarıda bırakılır. Hiçbir şey yazılmaz.
Çıkış kodu: her metin tutarlıysa 0, biri değilse 1, kullanım hatasında 2.
</translation>
    </message>
    <message>
        <source>a corpus folder is needed</source>
        <translation>bir derlem klasörü gerekir</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 bir klasör değil</translation>
    </message>
    <message>
        <source>reviewing</source>
        <translation>gözden geçiriliyor</translation>
    </message>
    <message>
        <source>“%1”: %2; untagged %3, partly tagged %4</source>
        <translation>“%1”: %2; etiketsiz %3, kısmen etiketli %4</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>tür yok</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n text(s) inconsistent</source>
        <translation>
            <numerusform>%n metinden %1 tanesi tutarsız</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) reviewed</source>
        <translation>
            <numerusform>%n makale gözden geçirildi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorpusStore</name>
    <message>
        <source>%1 could not be deleted</source>
        <translation>%1 silinemedi</translation>
    </message>
    <message>
        <source>the folder of the corpus index %1 could not be made</source>
        <translation>%1 derlem dizininin klasörü oluşturulamadı</translation>
    </message>
    <message>
        <source>rebuilt: %1</source>
        <translation>yeniden oluşturuldu: %1</translation>
    </message>
    <message>
        <source>SQLite is not available to Qt (the package libqt6sql6-sqlite is missing)</source>
        <translation>SQLite Qt için kullanılamıyor (libqt6sql6-sqlite paketi eksik)</translation>
    </message>
    <message>
        <source>%1 is not a corpus index: %2</source>
        <translation>%1 bir derlem dizini değil: %2</translation>
    </message>
    <message>
        <source>%1 is a corpus index of another version</source>
        <translation>%1 başka bir sürümün derlem dizini</translation>
    </message>
    <message>
        <source>%1 is the index of another folder</source>
        <translation>%1 başka bir klasörün dizini</translation>
    </message>
    <message numerus="yes">
        <source>re-read: %n damaged record(s)</source>
        <translation>
            <numerusform>yeniden okundu: %n bozuk kayıt</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>iptal edildi</translation>
    </message>
    <message>
        <source>the corpus index %1 could not be written: %2</source>
        <translation>%1 derlem dizini yazılamadı: %2</translation>
    </message>
    <message>
        <source>the corpus index %1 is not an SQLite file</source>
        <translation>%1 derlem dizini bir SQLite dosyası değil</translation>
    </message>
    <message>
        <source>not kept: %1</source>
        <translation>tutulmadı: %1</translation>
    </message>
</context>
<context>
    <name>DoccanoExporter</name>
    <message>
        <source>relation %1 (%2) is not exported: one of its entities is missing</source>
        <translation>%1 ilişkisi (%2) dışa aktarılmadı: varlıklarından biri eksik</translation>
    </message>
</context>
<context>
    <name>DoccanoImporter</name>
    <message>
        <source>skipped an entity whose “id” is not an integer</source>
        <translation>“id” değeri tam sayı olmayan bir varlık atlandı</translation>
    </message>
    <message>
        <source>skipped a span that is not [start, end, &quot;label&quot;] or {&quot;start_offset&quot;, &quot;end_offset&quot;, &quot;label&quot;} with integer offsets: %1</source>
        <translation>tam sayı konumlu [başlangıç, bitiş, &quot;etiket&quot;] ya da {&quot;start_offset&quot;, &quot;end_offset&quot;, &quot;label&quot;} olmayan bir aralık atlandı: %1</translation>
    </message>
    <message>
        <source>“%1” is not a list of spans; it is skipped</source>
        <translation>“%1” bir aralık listesi değil; atlandı</translation>
    </message>
    <message>
        <source>%1:%2: %3 “%4” imported as “%5”</source>
        <translation>%1:%2: %3 “%4”, “%5” olarak içe aktarıldı</translation>
    </message>
    <message>
        <source>skipped a line without a “text” string</source>
        <translation>“text” dizesi olmayan bir satır atlandı</translation>
    </message>
    <message>
        <source>%1:%2: offsets read as UTF-16 code units</source>
        <translation>%1:%2: konumlar UTF-16 kod birimi olarak okundu</translation>
    </message>
    <message>
        <source>%1:%2: offsets read as code points</source>
        <translation>%1:%2: konumlar kod noktası olarak okundu</translation>
    </message>
    <message>
        <source>skipped the span [%1, %2, “%3”]</source>
        <translation>[%1, %2, “%3”] aralığı atlandı</translation>
    </message>
    <message>
        <source>%1: an offset is negative</source>
        <translation>%1: bir konum negatif</translation>
    </message>
    <message>
        <source>%1: its start is not before its end</source>
        <translation>%1: başlangıcı bitişinden önce değil</translation>
    </message>
    <message>
        <source>%1: it splits a surrogate pair</source>
        <translation>%1: bir vekil çiftini bölüyor</translation>
    </message>
    <message>
        <source>%1: it ends past the text (%2 UTF-16 code units, %3 code points)</source>
        <translation>%1: metnin sonunu aşıyor (%2 UTF-16 kod birimi, %3 kod noktası)</translation>
    </message>
    <message>
        <source>%1: the entity id %2 is used twice</source>
        <translation>%1: %2 varlık kimliği iki kez kullanılmış</translation>
    </message>
    <message>
        <source>%1: it holds only the CR of a line break</source>
        <translation>%1: yalnızca bir satır sonunun CR karakterini içeriyor</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etiket</translation>
    </message>
    <message>
        <source>comment not imported (Hashiya keeps notes on entities, not on documents): %1</source>
        <translation>yorum içe aktarılmadı (Hashiya notları belgelerde değil varlıklarda tutar): %1</translation>
    </message>
    <message>
        <source>“relations” is not a list; it is skipped</source>
        <translation>“relations” bir liste değil; atlandı</translation>
    </message>
    <message>
        <source>skipped a relation without integer “from_id” and “to_id” and a “type”</source>
        <translation>tam sayı “from_id” ve “to_id” ile bir “type” içermeyen bir ilişki atlandı</translation>
    </message>
    <message>
        <source>skipped the relation %1 from %2 to %3: entity %4 is not on this line or was not imported</source>
        <translation>%2 ile %3 arasındaki %1 ilişkisi atlandı: %4 varlığı bu satırda değil ya da içe aktarılmadı</translation>
    </message>
    <message>
        <source>relation type</source>
        <translation>ilişki türü</translation>
    </message>
    <message>
        <source>the name %1 is not a relative path; the document is named by its line instead</source>
        <translation>%1 adı göreli bir yol değil; belge bunun yerine satırıyla adlandırıldı</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>JSON değil: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>bir JSON nesnesi değil</translation>
    </message>
    <message numerus="yes">
        <source>not JSON Lines: the file is one JSON value over %n line(s); read as a whole</source>
        <translation>
            <numerusform>JSON Lines değil: dosya %n satıra yayılan tek bir JSON değeri; bütün olarak okundu</numerusform>
        </translation>
    </message>
    <message>
        <source>line skipped: %1</source>
        <translation>satır atlandı: %1</translation>
    </message>
</context>
<context>
    <name>DocumentFile</name>
    <message>
        <source>%1 was not saved: its sidecar has errors, and Hashiya never replaces a file it could not read. Fix the problems listed for it, then reopen the article.</source>
        <translation>%1 kaydedilmedi: ek dosyasında hatalar var ve Hashiya okuyamadığı bir dosyayı asla değiştirmez. Onun için listelenen sorunları giderin, ardından makaleyi yeniden açın.</translation>
    </message>
</context>
<context>
    <name>EntityRemoval</name>
    <message>
        <source>Delete the entity and its relations?</source>
        <translation>Varlık ilişkileriyle birlikte silinsin mi?</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>“%1” silinsin mi?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n relation(s) go with it, with the notes and attributes written on them. %1 brings them back.</source>
        <translation>
            <numerusform>%n ilişkisi de üzerlerine yazılan notlar ve niteliklerle birlikte silinecek. %1 onları geri getirir.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>Bir daha sorma</translation>
    </message>
    <message>
        <source>Deleted “%1” — %2 brings it back</source>
        <translation>“%1” silindi — %2 geri getirir</translation>
    </message>
    <message numerus="yes">
        <source>Deleted “%1” and %n relation(s) — %2 brings them back</source>
        <translation>
            <numerusform>“%1” ve %n ilişki silindi — %2 geri getirir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeFiles</name>
    <message>
        <source>not exported: the sidecar has errors; fix them first</source>
        <translation>dışa aktarılmadı: ek dosyada hatalar var; önce onları giderin</translation>
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
        <translation>Kullanım: hashiya export --format BİÇİM --out KLASÖR [--status DURUM] YOL...
YOL altındaki makaleleri, etiketleriyle birlikte, başka bir aracın biçiminde KLASÖR içine yazar.
--status yalnızca o durumdaki belgeleri tutar (new, in-progress, done).
Bir belge okunamaz ya da yazılamazsa 1, kullanım hatasında 2 ile çıkar.

Biçimler (ve konumlarının saydığı birim):
</translation>
    </message>
    <message>
        <source>--format, --out and at least one PATH are needed</source>
        <translation>--format, --out ve en az bir YOL gerekli</translation>
    </message>
    <message>
        <source>unknown format %1</source>
        <translation>bilinmeyen biçim %1</translation>
    </message>
    <message>
        <source>unknown status %1</source>
        <translation>bilinmeyen durum %1</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 yok</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 bir klasör değil</translation>
    </message>
    <message>
        <source>exporting</source>
        <translation>dışa aktarılıyor</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) exported</source>
        <translation>
            <numerusform>%n belge dışa aktarıldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n dosya %1 içine yazıldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) left out by status</source>
        <translation>
            <numerusform>%n belge durumu nedeniyle dışarıda bırakıldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) could not be exported</source>
        <translation>
            <numerusform>%n belge dışa aktarılamadı</numerusform>
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
        <translation>kod noktaları</translation>
    </message>
    <message>
        <source>spaCy JSONL</source>
        <translation>spaCy JSONL</translation>
    </message>
    <message>
        <source>doccano JSONL (relation extraction)</source>
        <translation>doccano JSONL (ilişki çıkarımı)</translation>
    </message>
    <message>
        <source>UTF-16 code units</source>
        <translation>UTF-16 kod birimleri</translation>
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
        <translation>sözcük birimleri</translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <source>CSV (entities and relations)</source>
        <translation>CSV (varlıklar ve ilişkiler)</translation>
    </message>
    <message>
        <source>GraphML entity graph</source>
        <translation>GraphML varlık çizgesi</translation>
    </message>
    <message>
        <source>none (a graph)</source>
        <translation>yok (bir çizge)</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>unknown export format %1</source>
        <translation>bilinmeyen dışa aktarma biçimi %1</translation>
    </message>
</context>
<context>
    <name>ExportSupport</name>
    <message>
        <source>entity %1 (%2, “%3”)</source>
        <translation>%1 varlığı (%2, “%3”)</translation>
    </message>
    <message>
        <source>%1 has %2 fragments; %3 has no discontinuous entities, so each fragment is written as an entity of its own and relations use the first</source>
        <translation>%1 %2 parçaya sahip; %3 süreksiz varlıkları desteklemez, bu yüzden her parça ayrı bir varlık olarak yazıldı ve ilişkiler ilkini kullanıyor</translation>
    </message>
    <message numerus="yes">
        <source>%n attribute value(s)</source>
        <translation>
            <numerusform>%n nitelik değeri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n not</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s)</source>
        <translation>
            <numerusform>%n başvuru</numerusform>
        </translation>
    </message>
    <message>
        <source>not exported, %1 has no place for them: %2</source>
        <translation>dışa aktarılmadı, %1 bunlar için yer sunmuyor: %2</translation>
    </message>
    <message>
        <source>Entity %1 (%2) has spans outside the text or out of order and is left out.</source>
        <translation>%1 varlığının (%2) aralıkları metnin dışında ya da sırasız; dışarıda bırakıldı.</translation>
    </message>
    <message>
        <source>Relation %1 (%2) is left out with the entity it links.</source>
        <translation>%1 ilişkisi (%2) bağladığı varlıkla birlikte dışarıda bırakıldı.</translation>
    </message>
</context>
<context>
    <name>FolderOutput</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>%1 klasörü oluşturulamadı.</translation>
    </message>
</context>
<context>
    <name>GitSides</name>
    <message>
        <source>commit %1 by %2 (%3)</source>
        <translation>%2 tarafından %1 işlemesi (%3)</translation>
    </message>
    <message>
        <source>the upstream</source>
        <translation>üst dal</translation>
    </message>
    <message>
        <source>the upstream %1</source>
        <translation>üst dal %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>ours (detached HEAD)</source>
        <translation>bizimki (bağımsız HEAD)</translation>
    </message>
</context>
<context>
    <name>GitUnmerged</name>
    <message>
        <source>unmerged in git: the merge of this file was not finished, and it may hold only one side&apos;s changes (to finish it, run hashiya setup-git and merge the file again with git checkout -m, or resolve it by hand, then git add it)</source>
        <translation>git&apos;te birleştirilmemiş: bu dosyanın birleştirilmesi bitmedi ve yalnızca bir tarafın değişikliklerini içeriyor olabilir (bitirmek için hashiya setup-git&apos;i çalıştırıp dosyayı git checkout -m ile yeniden birleştirin ya da elle çözün, ardından git add ile ekleyin)</translation>
    </message>
</context>
<context>
    <name>GoldCopy</name>
    <message>
        <source>%1 holds another text than the article adjudicated; choose another folder</source>
        <translation>%1, hakemliği yapılan makaleden başka bir metin içeriyor; başka bir klasör seçin</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>%1 klasörü oluşturulamıyor</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
</context>
<context>
    <name>Hashiya</name>
    <message>
        <source>%1 points at %2, which is not an entity of this article</source>
        <translation>%1, %2 öğesini gösteriyor ama bu, bu makalenin bir varlığı değil</translation>
    </message>
    <message>
        <source>%1 links an entity to itself</source>
        <translation>%1 bir varlığı kendisine bağlıyor</translation>
    </message>
    <message>
        <source>the relation type %1 is not in the schema</source>
        <translation>%1 ilişki türü şemada yok</translation>
    </message>
    <message>
        <source>%1 must link two entities of the same type, not %2 and %3</source>
        <translation>%1 aynı türden iki varlığı bağlamalı; %2 ve %3 değil</translation>
    </message>
    <message>
        <source>%1 is not allowed from %2 to %3</source>
        <translation>%1, %2 türünden %3 türüne izin verilmiyor</translation>
    </message>
    <message>
        <source>%1 repeats relation %2</source>
        <translation>%1, %2 ilişkisini yineliyor</translation>
    </message>
</context>
<context>
    <name>Hashiya::AnnotationPanel</name>
    <message>
        <source>Filter entities</source>
        <translation>Varlıkları süz</translation>
    </message>
    <message>
        <source>Show the entities whose text or type contains this</source>
        <translation>Metni ya da türü bunu içeren varlıkları göster</translation>
    </message>
    <message>
        <source>No entity selected</source>
        <translation>Seçili varlık yok</translation>
    </message>
    <message>
        <source>e.g. wikidata:Q43</source>
        <translation>örn. wikidata:Q43</translation>
    </message>
    <message>
        <source>The canonical entity this mention refers to</source>
        <translation>Bu anışın gösterdiği kanonik varlık</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tür:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Metin:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Başvuru:</translation>
    </message>
    <message>
        <source>Selected entity</source>
        <translation>Seçili varlık</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — not in the schema</source>
        <translation>%1 — şemada yok</translation>
    </message>
    <message>
        <source>The schema has no entity type %1</source>
        <translation>Şemada %1 varlık türü yok</translation>
    </message>
    <message>
        <source>Schema problems</source>
        <translation>Şema sorunları</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Satır %1: %2</translation>
    </message>
    <message>
        <source>“%1” has type %2, which the schema lacks</source>
        <translation>“%1” %2 türünde, şemada bu tür yok</translation>
    </message>
    <message>
        <source>“%1” has attribute %2, which the schema lacks</source>
        <translation>“%1” %2 niteliğine sahip, şemada bu nitelik yok</translation>
    </message>
    <message>
        <source>“%1” has attribute %2, which does not apply to type %3</source>
        <translation>“%1” %2 niteliğine sahip, bu nitelik %3 türüne uygulanmaz</translation>
    </message>
    <message>
        <source>“%1” has %2 “%3”, which the schema does not allow</source>
        <translation>“%1” %2 “%3” değerine sahip, şema buna izin vermiyor</translation>
    </message>
    <message>
        <source>Schema problems: none</source>
        <translation>Şema sorunları: yok</translation>
    </message>
    <message>
        <source>Schema problems (%1)</source>
        <translation>Şema sorunları (%1)</translation>
    </message>
    <message>
        <source>Delete entity</source>
        <translation>Varlığı sil</translation>
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
        <translation>%1 niteliği %2 türüne uygulanmaz</translation>
    </message>
    <message>
        <source>The schema has no attribute %1</source>
        <translation>Şemada %1 niteliği yok</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Remove attribute %1 from this relation</source>
        <translation>%1 niteliğini bu ilişkiden kaldır</translation>
    </message>
    <message>
        <source>Remove attribute %1 from this entity</source>
        <translation>%1 niteliğini bu varlıktan kaldır</translation>
    </message>
    <message>
        <source>No value: removes the attribute</source>
        <translation>Değer yok: niteliği kaldırır</translation>
    </message>
    <message>
        <source>%1 (not allowed)</source>
        <translation>%1 (izin verilmiyor)</translation>
    </message>
</context>
<context>
    <name>Hashiya::CompareWindow</name>
    <message>
        <source>agree</source>
        <translation>uyuşuyor</translation>
    </message>
    <message>
        <source>other boundaries</source>
        <translation>başka sınırlar</translation>
    </message>
    <message>
        <source>other type</source>
        <translation>başka tür</translation>
    </message>
    <message>
        <source>other boundaries and type</source>
        <translation>başka sınırlar ve tür</translation>
    </message>
    <message>
        <source>other attributes</source>
        <translation>başka nitelikler</translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>yalnızca A&apos;da</translation>
    </message>
    <message>
        <source>only in B</source>
        <translation>yalnızca B&apos;de</translation>
    </message>
    <message>
        <source>other direction</source>
        <translation>başka yön</translation>
    </message>
    <message>
        <source>an end only one has</source>
        <translation>bir ucu yalnızca birinde</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>Compare — %1</source>
        <translation>Karşılaştır — %1</translation>
    </message>
    <message>
        <source>Add &amp;copy…</source>
        <translation>&amp;Kopya ekle…</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>Ö&amp;nceki</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Sonraki</translation>
    </message>
    <message>
        <source>The previous disagreement (Shift+F8)</source>
        <translation>Önceki uyuşmazlık (Shift+F8)</translation>
    </message>
    <message>
        <source>The next disagreement (F8)</source>
        <translation>Sonraki uyuşmazlık (F8)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Ölçü</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>Click a status to list only its items; click a measure to list them all</source>
        <translation>Yalnızca o durumdaki öğeleri listelemek için bir duruma, hepsini listelemek için bir ölçüye tıklayın</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
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
        <translation>Karşılaştırılan:</translation>
    </message>
    <message>
        <source>Another analyst&apos;s copy of the corpus</source>
        <translation>Derlemin başka bir analistteki kopyası</translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <translation>%1 içinde %2 yok</translation>
    </message>
    <message>
        <source>%1: its text differs from this article&apos;s, so its annotations cannot be compared</source>
        <translation>%1: metni bu makalenin metninden farklı, bu yüzden etiketleri karşılaştırılamaz</translation>
    </message>
    <message>
        <source>A: this article (%1)  ·  B: %2</source>
        <translation>A: bu makale (%1)  ·  B: %2</translation>
    </message>
    <message>
        <source>Entities F1, %1</source>
        <translation>Varlıklar F1, %1</translation>
    </message>
    <message>
        <source>Relations F1</source>
        <translation>İlişkiler F1</translation>
    </message>
    <message>
        <source>κ on code points</source>
        <translation>Kod noktalarında κ</translation>
    </message>
    <message>
        <source>κ on marked code points</source>
        <translation>İşaretli kod noktalarında κ</translation>
    </message>
    <message>
        <source>relation %1</source>
        <translation>ilişki %1</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>uyuşuldu</translation>
    </message>
    <message>
        <source>A&apos;s</source>
        <translation>A&apos;nınki</translation>
    </message>
    <message>
        <source>B&apos;s</source>
        <translation>B&apos;ninki</translation>
    </message>
    <message>
        <source>both</source>
        <translation>ikisi de</translation>
    </message>
    <message>
        <source>neither</source>
        <translation>hiçbiri</translation>
    </message>
    <message>
        <source>Decide: %1</source>
        <translation>Karar: %1</translation>
    </message>
    <message>
        <source>&amp;Adjudicate into…</source>
        <translation>&amp;Hakemlik et, şuraya…</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Karar</translation>
    </message>
    <message>
        <source>Decide unit by unit, into a gold copy in a folder of its own</source>
        <translation>Birim birim karar verin; sonuç kendi klasöründe bir altın kopyaya yazılır</translation>
    </message>
    <message>
        <source>Accept &amp;A (1)</source>
        <translation>&amp;A&apos;yı kabul et (1)</translation>
    </message>
    <message>
        <source>Accept &amp;B (2)</source>
        <translation>&amp;B&apos;yi kabul et (2)</translation>
    </message>
    <message>
        <source>Bo&amp;th (3)</source>
        <translation>İki&amp;si (3)</translation>
    </message>
    <message>
        <source>&amp;Reject (0)</source>
        <translation>&amp;Reddet (0)</translation>
    </message>
    <message>
        <source>Next &amp;undecided (N)</source>
        <translation>Sonraki &amp;kararsız (N)</translation>
    </message>
    <message>
        <source>Folder of the gold copy</source>
        <translation>Altın kopyanın klasörü</translation>
    </message>
    <message>
        <source>the comparison changed; compare again</source>
        <translation>karşılaştırma değişti; yeniden karşılaştırın</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n saved decision(s) name units this comparison does not have; they are left out</source>
        <translation>
            <numerusform>kaydedilmiş %n karar bu karşılaştırmada olmayan birimleri adlandırıyor; dışarıda bırakıldılar</numerusform>
        </translation>
    </message>
    <message>
        <source>The gold copy could not be saved: %1</source>
        <translation>Altın kopya kaydedilemedi: %1</translation>
    </message>
    <message>
        <source>%1 of %2 decided · gold copy: %3</source>
        <translation>%2 birimden %1 tanesine karar verildi · altın kopya: %3</translation>
    </message>
    <message>
        <source>Take %1 from %2</source>
        <translation>%1 değerini %2 kopyasından al</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(yok)</translation>
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
        <translation>yalnızca %1 içinde</translation>
    </message>
    <message>
        <source>in all, other attributes</source>
        <translation>hepsinde, başka özniteliklerle</translation>
    </message>
    <message>
        <source>in all</source>
        <translation>hepsinde</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>düzenlendi</translation>
    </message>
    <message>
        <source>The copy compared with (B), or all copies at once</source>
        <translation>Karşılaştırılan kopya (B) ya da tüm kopyalar birden</translation>
    </message>
    <message>
        <source>&amp;Edit… (E)</source>
        <translation>&amp;Düzenle… (E)</translation>
    </message>
    <message>
        <source>Make the gold item by hand: its type, where it begins and ends, its attributes</source>
        <translation>Altın ögeyi elle oluştur: türü, başladığı ve bittiği yer, öznitelikleri</translation>
    </message>
    <message numerus="yes">
        <source>All %n copies</source>
        <translation>
            <numerusform>%n kopyanın tümü</numerusform>
        </translation>
    </message>
    <message>
        <source>A: this article (%1)</source>
        <translation>A: bu makale (%1)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Öge</translation>
    </message>
    <message>
        <source>Analysts</source>
        <translation>Analistler</translation>
    </message>
    <message>
        <source>Adjudication decides between two copies: choose one of them above</source>
        <translation>Hakemlik iki kopya arasında karar verir: yukarıdan birini seçin</translation>
    </message>
    <message>
        <source>Entities F1, %1, %2–%3</source>
        <translation>Varlıklar F1, %1, %2–%3</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ on code points</source>
        <translation>Kod noktalarında Fleiss κ</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ on marked code points</source>
        <translation>İşaretli kod noktalarında Fleiss κ</translation>
    </message>
    <message>
        <source>Edit the gold item</source>
        <translation>Altın ögeyi düzenle</translation>
    </message>
</context>
<context>
    <name>Hashiya::ConflictsPanel</name>
    <message>
        <source>A git merge found these changes made on both sides. Choose one to see it in the article, then keep one side. The article cannot be marked done until none are left.</source>
        <translation>Bir git birleştirmesi, iki tarafta da yapılmış bu değişiklikleri buldu. Makalede görmek için birini seçin, sonra bir tarafı tutun. Hiçbiri kalmayana kadar makale bitti olarak işaretlenemez.</translation>
    </message>
    <message>
        <source>This side cannot be applied: its item is gone, or its text is not in the article any more</source>
        <translation>Bu taraf uygulanamıyor: öğesi artık yok ya da metni artık makalede değil</translation>
    </message>
</context>
<context>
    <name>Hashiya::CorpusModel</name>
    <message>
        <source>Arabic</source>
        <comment>language</comment>
        <translation>Arapça</translation>
    </message>
    <message>
        <source>Turkish</source>
        <comment>language</comment>
        <translation>Türkçe</translation>
    </message>
    <message>
        <source>English</source>
        <comment>language</comment>
        <translation>İngilizce</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Varlıklar</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>İlişkiler</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Kaydedilmemiş değişiklikler</translation>
    </message>
    <message>
        <source>The article has no letters</source>
        <translation>Makalede harf yok</translation>
    </message>
    <message>
        <source>Letters of more than one script</source>
        <translation>Birden fazla yazı sisteminin harfleri</translation>
    </message>
    <message>
        <source>%1, guessed from the letters</source>
        <translation>%1, harflerden tahmin edildi</translation>
    </message>
    <message>
        <source>Arabic</source>
        <comment>script</comment>
        <translation>Arapça</translation>
    </message>
    <message>
        <source>Latin</source>
        <comment>script</comment>
        <translation>Latin</translation>
    </message>
    <message>
        <source>Mixed</source>
        <comment>script</comment>
        <translation>Karışık</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Sürüyor</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Bitti</translation>
    </message>
</context>
<context>
    <name>Hashiya::CorpusPanel</name>
    <message>
        <source>Filter articles</source>
        <translation>Makaleleri süz</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Filter articles by title, file, language or status (%1)</source>
        <translation>Makaleleri başlığa, dosyaya, dile ya da duruma göre süz (%1)</translation>
    </message>
    <message>
        <source>Mark as &amp;new</source>
        <translation>&amp;Yeni olarak işaretle</translation>
    </message>
    <message>
        <source>Mark as &amp;in progress</source>
        <translation>&amp;Sürüyor olarak işaretle</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>&amp;Bitti olarak işaretle</translation>
    </message>
    <message>
        <source>No articles</source>
        <translation>Makale yok</translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 of %n article(s)…</source>
        <translation>
            <numerusform>%n makaleden %1 okunuyor…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n article(s) shown</source>
        <translation>
            <numerusform>%n makaleden %1 gösteriliyor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n makale</numerusform>
        </translation>
    </message>
    <message>
        <source>Set &amp;title…</source>
        <translation>Başlığı &amp;belirle…</translation>
    </message>
</context>
<context>
    <name>Hashiya::CorpusSearchPanel</name>
    <message>
        <source>Search</source>
        <translation>Ara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Search the corpus</source>
        <translation>Derlemde ara</translation>
    </message>
    <message>
        <source>Only hits inside entities of this type; with no text, every entity of it</source>
        <translation>Yalnızca bu türdeki varlıkların içindeki eşleşmeler; metin yoksa bu türün bütün varlıkları</translation>
    </message>
    <message>
        <source>attribute=value</source>
        <translation>nitelik=değer</translation>
    </message>
    <message>
        <source>Only hits inside entities with this attribute (and value, if given)</source>
        <translation>Yalnızca bu niteliğe (ve verildiyse değere) sahip varlıkların içindeki eşleşmeler</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Eşleştirme</translation>
    </message>
    <message>
        <source>Open a corpus folder to search it</source>
        <translation>Aramak için bir derlem klasörü açın</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n makale</numerusform>
        </translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Herhangi bir tür</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Aranıyor…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n hit(s)</source>
        <translation>
            <numerusform>%1 — %n eşleşme</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>İptal edildi</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n eşleşme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching… %n hit(s) so far</source>
        <translation>
            <numerusform>Aranıyor… şimdiye dek %n eşleşme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hashiya::DigitsMenu</name>
    <message>
        <source>&amp;Digits</source>
        <translation>&amp;Rakamlar</translation>
    </message>
    <message>
        <source>As the interface language</source>
        <translation>Arayüz dilindeki gibi</translation>
    </message>
    <message>
        <source>Western (0–9)</source>
        <translation>Batı rakamları (0–9)</translation>
    </message>
    <message>
        <source>Arabic-Indic (٠–٩)</source>
        <translation>Arap-Hint rakamları (٠–٩)</translation>
    </message>
</context>
<context>
    <name>Hashiya::DocumentGraphView</name>
    <message>
        <source>Document graph</source>
        <translation>Belge çizgesi</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2, %n mention(s)</source>
        <translation>
            <numerusform>%1
%2, %n anış</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>%1 → %2 → %3</source>
        <translation>%1 → %2 → %3</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>No entities tagged in this article yet</source>
        <translation>Bu makalede henüz etiketlenmiş varlık yok</translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>Açık makale yok</translation>
    </message>
</context>
<context>
    <name>Hashiya::DocumentSession</name>
    <message>
        <source>%1 was not saved: another program changed it, and Hashiya waits for your choice between its version and yours</source>
        <translation>%1 kaydedilmedi: başka bir program onu değiştirdi ve Hashiya onun sürümüyle sizinki arasındaki seçiminizi bekliyor</translation>
    </message>
    <message numerus="yes">
        <source>%1 was changed by another program: it now has %n entity(ies)</source>
        <translation>
            <numerusform>%1 başka bir program tarafından değiştirildi: artık %n varlık içeriyor</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the sidecar changed outside</source>
        <translation>Dışarıda değiştirilen ek dosyayı al</translation>
    </message>
    <message>
        <source>Merge the sidecar changed outside</source>
        <translation>Dışarıda değiştirilen ek dosyayla birleştir</translation>
    </message>
    <message>
        <source>%1 was not rewritten, because no copy of it could be kept first: %2</source>
        <translation>%1 yeniden yazılmadı, çünkü önce bir kopyası saklanamadı: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>another program changed %1 just now; look at its version first</source>
        <translation>başka bir program %1 dosyasını az önce değiştirdi; önce onun sürümüne bakın</translation>
    </message>
    <message>
        <source>Merge a version another program wrote meanwhile</source>
        <translation>Başka bir programın bu arada yazdığı sürümü birleştir</translation>
    </message>
</context>
<context>
    <name>Hashiya::EndChoiceDialog</name>
    <message>
        <source>A relation&apos;s end is not in the gold copy</source>
        <translation>Bir ilişkinin ucu altın kopyada yok</translation>
    </message>
    <message>
        <source>«%1» (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <source>The relation is accepted, but these entities it links are not:</source>
        <translation>İlişki kabul edildi, ama bağladığı şu varlıklar edilmedi:</translation>
    </message>
    <message>
        <source>%1&apos;s relation starts at %2</source>
        <translation>%1 ilişkisi %2 üzerinde başlıyor</translation>
    </message>
    <message>
        <source>%1&apos;s relation ends at %2</source>
        <translation>%1 ilişkisi %2 üzerinde bitiyor</translation>
    </message>
    <message>
        <source>Pull it into the gold copy as well</source>
        <translation>Onu da altın kopyaya al</translation>
    </message>
    <message>
        <source>Link to the gold entity %1 instead</source>
        <translation>Bunun yerine altın varlık %1 ile bağla</translation>
    </message>
</context>
<context>
    <name>Hashiya::EntityTreeModel</name>
    <message>
        <source>line %1</source>
        <translation>satır %1</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Varlık</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Satır</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Konum</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Nitelikler</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2) — not in the schema</source>
        <translation>%1 (%2) — şemada yok</translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies) of type %1</source>
        <translation>
            <numerusform>%1 türünde %n varlık</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The schema has no entity type %1; %n entity(ies) use it</source>
        <translation>
            <numerusform>Şemada %1 varlık türü yok; %n varlık bunu kullanıyor</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Note: %2</source>
        <translation>%1
Not: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Hashiya::ExchangeActions</name>
    <message>
        <source>Export</source>
        <translation>Dışa aktar</translation>
    </message>
    <message>
        <source>An open article could not be saved, so the export would miss its latest annotations. See the Problems panel, then try again.</source>
        <translation>Açık bir makale kaydedilemedi, bu yüzden dışa aktarma son etiketlerini kaçırır. Sorunlar panosuna bakın, sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>Exporting annotations…</source>
        <translation>Etiketler dışa aktarılıyor…</translation>
    </message>
    <message>
        <source>The export was cancelled. Files already written for single articles stay; nothing covering the whole set was written.</source>
        <translation>Dışa aktarma iptal edildi. Tek tek makaleler için yazılmış dosyalar kalır; bütün kümeyi kapsayan hiçbir şey yazılmadı.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n document(s) as %1</source>
        <translation>
            <numerusform>%n belge %1 olarak dışa aktarıldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n dosya %1 içine yazıldı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) left out by status.</source>
        <translation>
            <numerusform>%n belge durumu nedeniyle dışarıda bırakıldı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) could not be exported.</source>
        <translation>
            <numerusform>%n belge dışa aktarılamadı.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Klasörü &amp;aç</translation>
    </message>
    <message>
        <source>Importing annotations…</source>
        <translation>Etiketler içe aktarılıyor…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n document(s)</source>
        <translation>
            <numerusform>%n belge içe aktarıldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation>
            <numerusform>%n varlık</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n ilişki</numerusform>
        </translation>
    </message>
    <message>
        <source>into %1.</source>
        <translation>%1 içine.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>İçe aktarma iptal edildi.</translation>
    </message>
    <message>
        <source>The schema was written to %1.</source>
        <translation>Şema %1 dosyasına yazıldı.</translation>
    </message>
    <message numerus="yes">
        <source>%n input line(s) or entry(ies) skipped.</source>
        <translation>
            <numerusform>%n girdi satırı ya da kaydı atlandı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not written.</source>
        <translation>
            <numerusform>%n belge yazılmadı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>İçe aktar</translation>
    </message>
    <message>
        <source>&amp;Open imported corpus</source>
        <translation>İçe aktarılan derlemi &amp;aç</translation>
    </message>
</context>
<context>
    <name>Hashiya::ExchangeSummaryDialog</name>
    <message>
        <source>Skipped, and why:</source>
        <translation>Atlananlar ve nedenleri:</translation>
    </message>
</context>
<context>
    <name>Hashiya::ExportDialog</name>
    <message>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Sürüyor</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Bitti</translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation>Etiketleri dışa aktar</translation>
    </message>
    <message>
        <source>All articles in the corpus</source>
        <translation>Derlemdeki bütün makaleler</translation>
    </message>
    <message>
        <source>The open article</source>
        <translation>Açık makale</translation>
    </message>
    <message numerus="yes">
        <source>The %n article(s) the corpus list shows</source>
        <translation>
            <numerusform>Derlem listesinin gösterdiği %n makale</numerusform>
        </translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Herhangi bir durum</translation>
    </message>
    <message>
        <source>Folder to write the files into</source>
        <translation>Dosyaların yazılacağı klasör</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gözat…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Biçim:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Belgeler:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Durum:</translation>
    </message>
    <message>
        <source>&amp;Target folder:</source>
        <translation>&amp;Hedef klasör:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Dışa aktar</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>Şu klasöre dışa aktar</translation>
    </message>
    <message>
        <source>Positions in this format: %1.</source>
        <translation>Bu biçimdeki konumlar: %1.</translation>
    </message>
</context>
<context>
    <name>Hashiya::ExportPreview</name>
    <message>
        <source>Preparing the preview…</source>
        <translation>Önizleme hazırlanıyor…</translation>
    </message>
    <message>
        <source>Nothing to preview: no document in this choice can be exported.</source>
        <translation>Önizlenecek bir şey yok: bu seçimdeki hiçbir belge dışa aktarılamıyor.</translation>
    </message>
    <message>
        <source>Nothing to preview: no document has the chosen status.</source>
        <translation>Önizlenecek bir şey yok: hiçbir belge seçilen durumda değil.</translation>
    </message>
    <message>
        <source>What the export writes for %1:</source>
        <translation>Dışa aktarmanın %1 için yazdığı:</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n line(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n satır</numerusform>
        </translation>
    </message>
    <message>
        <source>CRLF line ends</source>
        <translation>CRLF satır sonları</translation>
    </message>
</context>
<context>
    <name>Hashiya::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Makalede bul</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Önceki eşleşme (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Sonraki eşleşme (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Kapat (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Eşleşme yok</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n eşleşme</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>Hashiya::GoldItemDialog</name>
    <message>
        <source>Edit the gold entity</source>
        <translation>Altın varlığı düzenle</translation>
    </message>
    <message>
        <source>First character:</source>
        <translation>İlk karakter:</translation>
    </message>
    <message>
        <source>Last character:</source>
        <translation>Son karakter:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Metin:</translation>
    </message>
    <message>
        <source>Take the reader&apos;s &amp;selection</source>
        <translation>Okuyucudaki &amp;seçimi al</translation>
    </message>
    <message>
        <source>Characters %1 to %2</source>
        <translation>%1 ile %2 arasındaki karakterler</translation>
    </message>
    <message>
        <source>Edit the gold relation</source>
        <translation>Altın ilişkiyi düzenle</translation>
    </message>
    <message>
        <source>&amp;Reverse the direction</source>
        <translation>Yönü &amp;ters çevir</translation>
    </message>
    <message>
        <source>Between:</source>
        <translation>Arasında:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Not:</translation>
    </message>
    <message>
        <source>The last character must come after the first.</source>
        <translation>Son karakter ilkinden sonra gelmeli.</translation>
    </message>
</context>
<context>
    <name>Hashiya::ImportDialog</name>
    <message>
        <source>&amp;Replace existing sidecars</source>
        <translation>Var olan ek dosyaları &amp;değiştir</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>Etiketleri içe aktar</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>&amp;Dosya ekle…</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>&amp;Klasör ekle…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Kaldır</translation>
    </message>
    <message>
        <source>Corpus folder to write articles and sidecars into</source>
        <translation>Makalelerin ve ek dosyaların yazılacağı derlem klasörü</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gözat…</translation>
    </message>
    <message>
        <source>Without this, an article that already has a sidecar is left alone and listed</source>
        <translation>Bu seçenek olmadan, zaten ek dosyası olan bir makaleye dokunulmaz ve listelenir</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Biçim:</translation>
    </message>
    <message>
        <source>Read:</source>
        <translation>Okunacaklar:</translation>
    </message>
    <message>
        <source>&amp;Into folder:</source>
        <translation>&amp;Hedef klasör:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;İçe aktar</translation>
    </message>
    <message>
        <source>%1 files (%2)</source>
        <translation>%1 dosyaları (%2)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>İçe aktarılacak dosyalar</translation>
    </message>
    <message>
        <source>Folder to import</source>
        <translation>İçe aktarılacak klasör</translation>
    </message>
    <message>
        <source>Import into folder</source>
        <translation>Şu klasöre içe aktar</translation>
    </message>
</context>
<context>
    <name>Hashiya::ItemPanel</name>
    <message>
        <source>Read-only: the sidecar has errors, so nothing here can be changed.</source>
        <translation>Salt okunur: ek dosyada hatalar var, bu yüzden burada hiçbir şey değiştirilemez.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Not:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ve %n tane daha</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hashiya::KateToolHighlighter</name>
    <message>
        <source>%1 stopped with exit code %2</source>
        <translation>%1, %2 çıkış koduyla durdu</translation>
    </message>
</context>
<context>
    <name>Hashiya::LanguageRestart</name>
    <message>
        <source>The interface will be in %1 after Hashiya restarts.</source>
        <translation>Hashiya yeniden başladıktan sonra arayüz %1 olacak.</translation>
    </message>
    <message>
        <source>Restarting now saves every article first and opens the same article at the same place. The undo history does not survive a restart.</source>
        <translation>Şimdi yeniden başlatmak önce bütün makaleleri kaydeder ve aynı makaleyi aynı yerde açar. Geri alma geçmişi yeniden başlatmadan sonra kalmaz.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>Şimdi &amp;yeniden başlat</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Sonra</translation>
    </message>
    <message>
        <source>The interface will be in %1 when Hashiya starts next time.</source>
        <translation>Arayüz, Hashiya bir sonraki açılışında %1 olacak.</translation>
    </message>
    <message>
        <source>Not restarted</source>
        <translation>Yeniden başlatılmadı</translation>
    </message>
    <message>
        <source>Hashiya could not be started again. Your work is saved; the new language applies when you start Hashiya next time.</source>
        <translation>Hashiya yeniden başlatılamadı. Çalışmanız kaydedildi; yeni dil Hashiya bir sonraki açılışında geçerli olacak.</translation>
    </message>
    <message>
        <source>Restart to change the language</source>
        <translation>Dili değiştirmek için yeniden başlat</translation>
    </message>
</context>
<context>
    <name>Hashiya::MainWindow</name>
    <message>
        <source>Corpus</source>
        <translation>Derlem</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Sorunlar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>Open &amp;folder…</source>
        <translation>&amp;Klasör aç…</translation>
    </message>
    <message>
        <source>Open &amp;article…</source>
        <translation>&amp;Makale aç…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;k</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;About Hashiya</source>
        <translation>Hashiya &amp;hakkında</translation>
    </message>
    <message>
        <source>About Hashiya</source>
        <translation>Hashiya hakkında</translation>
    </message>
    <message>
        <source>Open corpus folder</source>
        <translation>Derlem klasörünü aç</translation>
    </message>
    <message>
        <source>Open article</source>
        <translation>Makale aç</translation>
    </message>
    <message>
        <source>Articles (*.txt);;All files (*)</source>
        <translation>Makaleler (*.txt);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>No articles</source>
        <translation>Makale yok</translation>
    </message>
    <message>
        <source>The folder %1 holds no articles (.txt files).</source>
        <translation>%1 klasöründe makale (.txt dosyası) yok.</translation>
    </message>
    <message>
        <source>Cannot open article</source>
        <translation>Makale açılamıyor</translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation>
            <numerusform>%n varlık</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n ilişki</numerusform>
        </translation>
    </message>
    <message>
        <source>Hashiya</source>
        <translation>Hashiya</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Sürüyor</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Bitti</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Açıldı</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geçmiş</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Ana</translation>
    </message>
    <message>
        <source>&amp;Recent corpora</source>
        <translation>&amp;Son derlemler</translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation>Şimdi &amp;kaydet</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 kaydedildi</translation>
    </message>
    <message>
        <source>Annotations are saved automatically; this saves at once (Ctrl+S)</source>
        <translation>Etiketler kendiliğinden kaydedilir; bu hemen kaydeder (Ctrl+S)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Bul…</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>&amp;Sonrakini bul</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>Ö&amp;ncekini bul</translation>
    </message>
    <message>
        <source>Next entity</source>
        <translation>Sonraki varlık</translation>
    </message>
    <message>
        <source>Previous entity</source>
        <translation>Önceki varlık</translation>
    </message>
    <message>
        <source>Add selection to entity</source>
        <translation>Seçimi varlığa ekle</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Belge</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Durum</translation>
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
        <translation>Metin &amp;yönü</translation>
    </message>
    <message>
        <source>&amp;Automatic (each paragraph by its first letter)</source>
        <translation>&amp;Kendiliğinden (her paragraf ilk harfine göre)</translation>
    </message>
    <message>
        <source>&amp;Left to right</source>
        <translation>&amp;Soldan sağa</translation>
    </message>
    <message>
        <source>&amp;Right to left</source>
        <translation>&amp;Sağdan sola</translation>
    </message>
    <message>
        <source>&amp;Next direction</source>
        <translation>Sonraki &amp;yön</translation>
    </message>
    <message>
        <source>Text direction: %1</source>
        <translation>Metin yönü: %1</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>S&amp;nap selections to words</source>
        <translation>Seçimleri sözcüklere &amp;hizala</translation>
    </message>
    <message>
        <source>Tag whole words (hold Alt while selecting to tag exact characters)</source>
        <translation>Bütün sözcükleri etiketle (tam karakterleri etiketlemek için seçerken Alt tuşunu basılı tutun)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Yakınlaştır</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uzaklaştır</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Gerçek boyut</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Font…</source>
        <translation>&amp;Yazı tipi…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Wrap lines</source>
        <translation>Satırları &amp;kaydır</translation>
    </message>
    <message>
        <source>Alt+Z</source>
        <translation>Alt+Z</translation>
    </message>
    <message>
        <source>&amp;Dark colours</source>
        <translation>&amp;Koyu renkler</translation>
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
        <translation>&amp;Klavye kısayolları</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klavye kısayolları</translation>
    </message>
    <message>
        <source>Cannot open folder</source>
        <translation>Klasör açılamıyor</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 bir klasör değil.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Kaydedilmedi</translation>
    </message>
    <message>
        <source>Some changes could not be saved, so the corpus stays open. See the status bar for why.</source>
        <translation>Bazı değişiklikler kaydedilemedi, bu yüzden derlem açık kalıyor. Nedeni için durum çubuğuna bakın.</translation>
    </message>
    <message>
        <source>The corpus schema has problems; using the bundled one: %1</source>
        <translation>Derlem şemasında sorunlar var; paketteki şema kullanılıyor: %1</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 okunamadı.</translation>
    </message>
    <message>
        <source>Read-only: this article&apos;s sidecar has problems, and it will not be overwritten (see Problems)</source>
        <translation>Salt okunur: bu makalenin ek dosyasında sorunlar var ve üzerine yazılmayacak (Sorunlar&apos;a bakın)</translation>
    </message>
    <message>
        <source>The status was not changed: this article&apos;s sidecar has problems (see Problems)</source>
        <translation>Durum değiştirilmedi: bu makalenin ek dosyasında sorunlar var (Sorunlar&apos;a bakın)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Salt okunur</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Kaydedildi</translation>
    </message>
    <message>
        <source>Line %1, column %2 · offset %3</source>
        <translation>Satır %1, sütun %2 · konum %3</translation>
    </message>
    <message>
        <source>Reading font</source>
        <translation>Okuma yazı tipi</translation>
    </message>
    <message>
        <source>Not saved!</source>
        <translation>Kaydedilmedi!</translation>
    </message>
    <message>
        <source>Could not save %1: %2 — retrying in a few seconds</source>
        <translation>%1 kaydedilemedi: %2 — birkaç saniye içinde yeniden denenecek</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Değişiklikler kaydedilmedi</translation>
    </message>
    <message>
        <source>Some annotations could not be written to their sidecar files (see the status bar). If you quit now, those changes are lost.</source>
        <translation>Bazı etiketler ek dosyalarına yazılamadı (durum çubuğuna bakın). Şimdi çıkarsanız bu değişiklikler kaybolur.</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>İlişkiler</translation>
    </message>
    <message>
        <source>Remove entity or relation</source>
        <translation>Varlığı ya da ilişkiyi kaldır</translation>
    </message>
    <message>
        <source>Link to another entity…</source>
        <translation>Başka bir varlığa bağla…</translation>
    </message>
    <message>
        <source>Relation &amp;arcs</source>
        <translation>İlişki &amp;yayları</translation>
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
        <translation>Başka bir varlığa &amp;bağla…</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Çizge</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message numerus="yes">
        <source>%n relation problem(s)</source>
        <translation>
            <numerusform>%n ilişki sorunu</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Dışa aktar…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write annotated articles as brat, JSONL, CoNLL, W3C, CSV, GraphML or Label Studio</source>
        <translation>Etiketli makaleleri brat, JSONL, CoNLL, W3C, CSV, GraphML ya da Label Studio olarak yaz</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;İçe aktar…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Turn brat, doccano or Label Studio files into articles with sidecars</source>
        <translation>brat, doccano ya da Label Studio dosyalarını ek dosyalı makalelere dönüştür</translation>
    </message>
    <message>
        <source>Corpus search</source>
        <translation>Derlem araması</translation>
    </message>
    <message>
        <source>&amp;Tag all occurrences…</source>
        <translation>Bütün geçişleri &amp;etiketle…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Search the &amp;corpus…</source>
        <translation>&amp;Derlemde ara…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F</source>
        <translation>Ctrl+Alt+F</translation>
    </message>
    <message>
        <source>Snap to &amp;names (leave out suffixes and proclitics)</source>
        <translation>&amp;Adlara hizala (ekleri ve önekleri dışarıda bırak)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>A selection of “Ankara&apos;da” tags “Ankara”, of “والقاهرة” tags “القاهرة”; Alt+Shift+arrows then move the end by one suffix, Ctrl+Alt+Shift+arrows the start by one proclitic</source>
        <translation>“Ankara&apos;da” seçimi “Ankara”yı, “والقاهرة” seçimi “القاهرة”yı etiketler; ardından Alt+Shift+oklar sonu bir ek, Ctrl+Alt+Shift+oklar başı bir önek kadar kaydırır</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tagging&lt;/h3&gt;&lt;p&gt;Select text, then press a type&apos;s key. With an entity selected (click it, or Tab / Shift+Tab), a type key changes its type, Delete removes it, Shift+arrows move its end and Ctrl+Shift+arrows its start, Alt+Shift+arrows take in or give back a suffix at its end and Ctrl+Alt+Shift+arrows a proclitic at its start, and + adds the selected text to it as another fragment. Hold Alt while selecting to tag exact characters.&lt;/p&gt;&lt;table&gt;%1&lt;/table&gt;&lt;h3&gt;Commands&lt;/h3&gt;&lt;table&gt;%2&lt;/table&gt;</source>
        <translation>&lt;h3&gt;Etiketleme&lt;/h3&gt;&lt;p&gt;Metni seçin, ardından bir türün tuşuna basın. Bir varlık seçiliyken (üzerine tıklayın ya da Tab / Shift+Tab), bir tür tuşu türünü değiştirir, Delete onu kaldırır, Shift+oklar sonunu ve Ctrl+Shift+oklar başını kaydırır, Alt+Shift+oklar sonundaki bir eki alır ya da geri verir, Ctrl+Alt+Shift+oklar başındaki bir öneki alır ya da geri verir ve + seçili metni ona başka bir parça olarak ekler. Tam karakterleri etiketlemek için seçerken Alt tuşunu basılı tutun.&lt;/p&gt;&lt;table&gt;%1&lt;/table&gt;&lt;h3&gt;Komutlar&lt;/h3&gt;&lt;table&gt;%2&lt;/table&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n occurrence(s)</source>
        <translation>
            <numerusform>%n geçiş etiketlendi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n article(s)</source>
        <translation>
            <numerusform>%n makalede</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Ayarlar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>Its sidecar was changed by another program.</source>
        <translation>Ek dosyası başka bir program tarafından değiştirildi.</translation>
    </message>
    <message>
        <source>(taken; Undo brings back the earlier version)</source>
        <translation>(alındı; Geri al önceki sürümü geri getirir)</translation>
    </message>
    <message>
        <source>%1 was changed by another program and cannot be read; it stays as it is until repaired (see Problems)</source>
        <translation>%1 başka bir program tarafından değiştirildi ve okunamıyor; onarılana dek olduğu gibi kalır (Sorunlar&apos;a bakın)</translation>
    </message>
    <message>
        <source>%1 was removed by another program and has been written again</source>
        <translation>%1 başka bir program tarafından silindi ve yeniden yazıldı</translation>
    </message>
    <message>
        <source>%1 is not saved until you choose between its two versions (Save now asks again)</source>
        <translation>%1, iki sürümü arasında seçim yapana dek kaydedilmez (Şimdi kaydet yeniden sorar)</translation>
    </message>
    <message>
        <source>Merged with conflicts</source>
        <translation>Çakışmalarla birleştirildi</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) were changed on both sides. The listed versions were kept.</source>
        <translation>
            <numerusform>%n etiket iki tarafta da değiştirildi. Listelenen sürümler korundu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation>Yetimler</translation>
    </message>
    <message>
        <source>%1 was changed by another program; its annotations moved with the text (see Problems and Orphans)</source>
        <translation>%1 başka bir program tarafından değiştirildi; etiketleri metinle birlikte taşındı (Sorunlar&apos;a ve Yetimler&apos;e bakın)</translation>
    </message>
    <message>
        <source>%1 was changed by another program and cannot be read: %2</source>
        <translation>%1 başka bir program tarafından değiştirildi ve okunamıyor: %2</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Sidecar source</source>
        <translation>Ek dosya kaynağı</translation>
    </message>
    <message>
        <source>Schema source</source>
        <translation>Şema kaynağı</translation>
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
        <translation>Önceki sürümü &amp;geri yükle…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Put back a version of this article&apos;s sidecar kept before Hashiya rewrote it by itself or replaced another program&apos;s version</source>
        <translation>Bu makalenin ek dosyasının, Hashiya onu kendiliğinden yeniden yazmadan ya da başka bir programın sürümünün yerine koymadan önce saklanan bir sürümünü geri koyar</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Geri yüklenmedi</translation>
    </message>
    <message>
        <source>The earlier version was not restored: %1</source>
        <translation>Önceki sürüm geri yüklenmedi: %1</translation>
    </message>
    <message>
        <source>Restored an earlier version of %1; the version it replaced is kept too</source>
        <translation>%1 dosyasının önceki bir sürümü geri yüklendi; yerini aldığı sürüm de saklandı</translation>
    </message>
    <message>
        <source>The title was not changed: this article&apos;s sidecar has problems (see Problems)</source>
        <translation>Başlık değiştirilmedi: bu makalenin ek dosyasında sorunlar var (Sorunlar&apos;a bakın)</translation>
    </message>
    <message>
        <source>%1 — %2[*] — Hashiya</source>
        <translation>%1 — %2[*] — Hashiya</translation>
    </message>
    <message>
        <source>%1 was repaired by another program and can be edited again</source>
        <translation>%1 başka bir program tarafından onarıldı ve yeniden düzenlenebilir</translation>
    </message>
    <message>
        <source>Set &amp;title…</source>
        <translation>Başlığı &amp;belirle…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Ask before deleting relations with notes or attributes</source>
        <translation>Notlu ya da nitelikli ilişkileri silmeden önce &amp;sor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hashiya %1&lt;/h3&gt;&lt;p&gt;Read and annotate multilingual news.&lt;/p&gt;&lt;p&gt;Qt %2. Source views coloured by %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hashiya %1&lt;/h3&gt;&lt;p&gt;Çok dilli haberleri okuyun ve etiketleyin.&lt;/p&gt;&lt;p&gt;Qt %2. Kaynak görünümlerini renklendiren: %3.&lt;/p&gt;</translation>
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
        <translation>Hiçbir şey açılmadı: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more article(s) in File → Open recent article.</source>
        <translation>
            <numerusform>Dosya → Son açılan makaleler altında %n makale daha.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>Açılmadı: %1</translation>
    </message>
    <message>
        <source>Cannot open: %1</source>
        <translation>Açılamıyor: %1</translation>
    </message>
    <message>
        <source>Only articles (.txt), sidecars (.ann.json) and corpus folders can be dropped here.</source>
        <translation>Buraya yalnızca makaleler (.txt), ek dosyalar (.ann.json) ve derlem klasörleri bırakılabilir.</translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation>%1 artık yerinde değil.</translation>
    </message>
    <message>
        <source>Corpus open in another window</source>
        <translation>Derlem başka bir pencerede açık</translation>
    </message>
    <message>
        <source>%1 is already open in another Hashiya window. Work on it in one window only: an article edited in both is merged when saved, but each window will ask about the other&apos;s changes.</source>
        <translation>%1 zaten başka bir Hashiya penceresinde açık. Onunla tek bir pencerede çalışın: ikisinde de düzenlenen bir makale kaydedilirken birleştirilir, ama her pencere ötekinin değişikliklerini soracaktır.</translation>
    </message>
    <message>
        <source>Open recent ar&amp;ticle</source>
        <translation>Son açılan ma&amp;kaleler</translation>
    </message>
    <message>
        <source>&amp;Compare with another analyst&apos;s copy…</source>
        <translation>Başka bir analistin kopyasıyla &amp;karşılaştır…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <source>This article beside the same article in another analyst&apos;s copy of the corpus</source>
        <translation>Bu makale, derlemin başka bir analistteki kopyasındaki aynı makalenin yanında</translation>
    </message>
    <message>
        <source>&amp;Review a name across the corpus…</source>
        <translation>Bir adı derlem boyunca &amp;gözden geçir…</translation>
    </message>
    <message>
        <source>Every occurrence of the selected entity&apos;s name in the corpus, and how each is tagged: check the untagged to tag them, those of another type to change it</source>
        <translation>Seçili varlığın adının derlemdeki her geçişi ve her birinin nasıl etiketlendiği: etiketsizleri etiketlemek, başka türdekilerin türünü değiştirmek için işaretleyin</translation>
    </message>
    <message>
        <source>Ctrl+Alt+M</source>
        <translation>Ctrl+Alt+M</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Çakışmalar</translation>
    </message>
    <message numerus="yes">
        <source>Not marked done: %n merge conflict(s) in this article wait to be resolved (see Conflicts)</source>
        <translation>
            <numerusform>Bitti olarak işaretlenmedi: bu makalede %n birleştirme çakışması çözülmeyi bekliyor (Çakışmalar&apos;a bakın)</numerusform>
        </translation>
    </message>
    <message>
        <source>This article has no merge conflicts</source>
        <translation>Bu makalede birleştirme çakışması yok</translation>
    </message>
    <message>
        <source>N&amp;ext conflict</source>
        <translation>Sonraki çak&amp;ışma</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>The next change a git merge found made on both sides, to keep one side</source>
        <translation>Bir git birleştirmesinin iki tarafta da yapılmış bulduğu sonraki değişiklik; bir tarafı tutmak için</translation>
    </message>
    <message>
        <source>Pre&amp;vious conflict</source>
        <translation>Önceki çakış&amp;ma</translation>
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
        <translation>Eşleştirme</translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation>Büyük/küçük harfi yok say</translation>
    </message>
    <message>
        <source>“istanbul” finds “İstanbul”</source>
        <translation>“istanbul”, “İstanbul”u bulur</translation>
    </message>
    <message>
        <source>Case rules of each article&apos;s language</source>
        <translation>Her makalenin dilinin büyük/küçük harf kuralları</translation>
    </message>
    <message>
        <source>Turkish rules for Turkish articles, general rules for the others</source>
        <translation>Türkçe makaleler için Türkçe kurallar, ötekiler için genel kurallar</translation>
    </message>
    <message>
        <source>Turkish case rules</source>
        <translation>Türkçe büyük/küçük harf kuralları</translation>
    </message>
    <message>
        <source>I is the capital of ı, İ the capital of i</source>
        <translation>I, ı&apos;nın büyüğü; İ, i&apos;nin büyüğü</translation>
    </message>
    <message>
        <source>General case rules</source>
        <translation>Genel büyük/küçük harf kuralları</translation>
    </message>
    <message>
        <source>I, İ, i and ı all match</source>
        <translation>I, İ, i ve ı birbirini bulur</translation>
    </message>
    <message>
        <source>Ignore Latin diacritics</source>
        <translation>Latin aksan işaretlerini yok say</translation>
    </message>
    <message>
        <source>“Gorgun” finds “Görgün”</source>
        <translation>“Gorgun”, “Görgün”ü bulur</translation>
    </message>
    <message>
        <source>Ignore Arabic vowel marks and tatweel</source>
        <translation>Arapça hareke işaretlerini ve tatweel&apos;i yok say</translation>
    </message>
    <message>
        <source>“أنقرة” finds “أنقَرة”</source>
        <translation>“أنقرة”, “أنقَرة”yı bulur</translation>
    </message>
    <message>
        <source>One alef for أ إ آ ٱ, ي for ى</source>
        <translation>أ إ آ ٱ için tek elif, ى için ي</translation>
    </message>
    <message>
        <source>“انقرة” finds “أنقرة”</source>
        <translation>“انقرة”, “أنقرة”yı bulur</translation>
    </message>
    <message>
        <source>ه for ة</source>
        <translation>ة için ه</translation>
    </message>
    <message>
        <source>“الدوحه” finds “الدوحة”</source>
        <translation>“الدوحه”, “الدوحة”yı bulur</translation>
    </message>
    <message>
        <source>One apostrophe for &apos; ’ ʼ</source>
        <translation>&apos; ’ ʼ için tek kesme işareti</translation>
    </message>
    <message>
        <source>“Ankara’da” finds “Ankara&apos;da”</source>
        <translation>“Ankara’da”, “Ankara&apos;da”yı bulur</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Bütün sözcükler</translation>
    </message>
    <message>
        <source>“Ankara” does not find “Ankaralı”</source>
        <translation>“Ankara”, “Ankaralı”yı bulmaz</translation>
    </message>
    <message>
        <source>Allow Turkish suffixes after an apostrophe</source>
        <translation>Kesme işaretinden sonra Türkçe eklere izin ver</translation>
    </message>
    <message>
        <source>“Ankara” finds “Ankara” in “Ankara&apos;da”</source>
        <translation>“Ankara”, “Ankara&apos;da” içindeki “Ankara”yı bulur</translation>
    </message>
    <message>
        <source>Allow Arabic proclitics (و ف ب ك ل ال)</source>
        <translation>Arapça öneklere izin ver (و ف ب ك ل ال)</translation>
    </message>
    <message>
        <source>“الدوحة” finds it in “والدوحة”</source>
        <translation>“الدوحة”, “والدوحة” içinde bulunur</translation>
    </message>
</context>
<context>
    <name>Hashiya::OrphanPanel</name>
    <message>
        <source>&amp;Attach to the selected text</source>
        <translation>Seçili metne &amp;bağla</translation>
    </message>
    <message>
        <source>These annotations lost their text when the article was edited. Select the passage where one belongs, choose it here and attach it.</source>
        <translation>Bu etiketler makale düzenlendiğinde metinlerini yitirdi. Birinin ait olduğu bölümü seçin, onu burada seçin ve bağlayın.</translation>
    </message>
    <message>
        <source>%1 “%2” (was at %3)</source>
        <translation>%1 “%2” (%3 konumundaydı)</translation>
    </message>
</context>
<context>
    <name>Hashiya::OutsideChangeDialog</name>
    <message>
        <source>Sidecar changed outside Hashiya</source>
        <translation>Ek dosya Hashiya dışında değiştirildi</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;You have changes in this article that are not saved yet. Nothing has been written; choose which annotations to keep.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Merge&lt;/b&gt; keeps what either side added or changed; where both changed the same annotation, yours is kept and the conflict is listed.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Keep mine&lt;/b&gt; writes your version over the file.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Take theirs&lt;/b&gt; replaces your annotations with the file&apos;s; Undo brings yours back.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Bu makalede henüz kaydedilmemiş değişiklikleriniz var. Hiçbir şey yazılmadı; hangi etiketlerin kalacağını seçin.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Birleştir&lt;/b&gt;, iki taraftan birinin eklediğini ya da değiştirdiğini korur; iki taraf aynı etiketi değiştirdiyse sizinki korunur ve çakışma listelenir.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Benimkini tut&lt;/b&gt;, sizin sürümünüzü dosyanın üzerine yazar.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Onlarınkini al&lt;/b&gt;, etiketlerinizi dosyadakilerle değiştirir; Geri al sizinkileri geri getirir.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Birleştir</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>Benimkini &amp;tut</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>Onlarınkini &amp;al</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>&amp;Sonra karar ver</translation>
    </message>
</context>
<context>
    <name>Hashiya::ParsedOptions</name>
    <message>
        <source>option --%1 needs a value</source>
        <translation>--%1 seçeneği bir değer gerektirir</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>bilinmeyen seçenek %1</translation>
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
        <translation>hata</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>uyarı</translation>
    </message>
</context>
<context>
    <name>Hashiya::ReaderView</name>
    <message>
        <source>Open a folder of articles (Ctrl+O) or one article (Ctrl+Shift+O)</source>
        <translation>Bir makale klasörü (Ctrl+O) ya da tek bir makale (Ctrl+Shift+O) açın</translation>
    </message>
    <message>
        <source>(missing entity %1)</source>
        <translation>(eksik varlık %1)</translation>
    </message>
</context>
<context>
    <name>Hashiya::RecentArticles</name>
    <message>
        <source>&amp;%1 %2 (in %3)</source>
        <translation>&amp;%1 %2 (%3 içinde)</translation>
    </message>
    <message>
        <source>%1 (no longer there)</source>
        <translation>%1 (artık yerinde değil)</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>Listeyi &amp;temizle</translation>
    </message>
</context>
<context>
    <name>Hashiya::RelationLinker</name>
    <message>
        <source>%1, the other way round</source>
        <translation>%1, ters yönde</translation>
    </message>
    <message>
        <source>%1 (not allowed here)</source>
        <translation>%1 (burada izin verilmiyor)</translation>
    </message>
    <message>
        <source>This article is read-only: its sidecar has problems (see Problems)</source>
        <translation>Bu makale salt okunur: ek dosyasında sorunlar var (Sorunlar&apos;a bakın)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No relation type links %1 to %2: hold Shift to link them anyway</source>
        <translation>%1 ile %2 arasında hiçbir ilişki türü yok: yine de bağlamak için Shift&apos;i basılı tutun</translation>
    </message>
    <message>
        <source>These two are already linked this way</source>
        <translation>Bu ikisi zaten bu şekilde bağlı</translation>
    </message>
    <message>
        <source>Linked against the schema: the relation is listed among the problems</source>
        <translation>Şemaya aykırı bağlandı: ilişki sorunlar arasında listeleniyor</translation>
    </message>
    <message>
        <source>Select the entity to link from (Tab), then press R</source>
        <translation>Bağlanacak kaynak varlığı seçin (Tab), ardından R&apos;ye basın</translation>
    </message>
    <message>
        <source>There is no other entity to link to</source>
        <translation>Bağlanacak başka varlık yok</translation>
    </message>
    <message>
        <source>Choose the target with Tab or the arrows, then press Enter (Shift+Enter for any type); Esc cancels</source>
        <translation>Hedefi Tab ya da oklarla seçin, ardından Enter&apos;a basın (her tür için Shift+Enter); Esc iptal eder</translation>
    </message>
    <message>
        <source>Linking cancelled</source>
        <translation>Bağlama iptal edildi</translation>
    </message>
</context>
<context>
    <name>Hashiya::RelationPanel</name>
    <message>
        <source>Filter relations</source>
        <translation>İlişkileri süz</translation>
    </message>
    <message>
        <source>Show the relations whose ends, type, sentence, attributes, note or status contain this</source>
        <translation>Uçları, türü, cümlesi, nitelikleri, notu ya da durumu bunu içeren ilişkileri göster</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Yalnızca sorunlar</translation>
    </message>
    <message>
        <source>Show only the relations that break a rule of the schema</source>
        <translation>Yalnızca şemanın bir kuralını çiğneyen ilişkileri göster</translation>
    </message>
    <message>
        <source>Remove relation</source>
        <translation>İlişkiyi kaldır</translation>
    </message>
    <message>
        <source>Remove the selected relations</source>
        <translation>Seçili ilişkileri kaldır</translation>
    </message>
    <message>
        <source>No relation selected</source>
        <translation>Seçili ilişki yok</translation>
    </message>
    <message>
        <source>The relation types the schema allows between these two entities</source>
        <translation>Şemanın bu iki varlık arasında izin verdiği ilişki türleri</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Kaynak:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tür:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Hedef:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Durum:</translation>
    </message>
    <message>
        <source>Selected relation</source>
        <translation>Seçili ilişki</translation>
    </message>
    <message>
        <source>Relation problems</source>
        <translation>İlişki sorunları</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>%1 (not allowed)</source>
        <translation>%1 (izin verilmiyor)</translation>
    </message>
    <message>
        <source>%1 (not in the schema)</source>
        <translation>%1 (şemada yok)</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n relation(s)</source>
        <translation>
            <numerusform>%n ilişkiyi kaldır</numerusform>
        </translation>
    </message>
    <message>
        <source>No relation problems</source>
        <translation>İlişki sorunu yok</translation>
    </message>
    <message numerus="yes">
        <source>%n relation problem(s)</source>
        <translation>
            <numerusform>%n ilişki sorunu</numerusform>
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
        <translation>eksik varlık %1</translation>
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
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Cümle</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Nitelikler</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>The schema has no relation type %1</source>
        <translation>Şemada %1 ilişki türü yok</translation>
    </message>
    <message>
        <source>%1: either way round</source>
        <translation>%1: iki yönde de</translation>
    </message>
    <message>
        <source>%1: from source to target</source>
        <translation>%1: kaynaktan hedefe</translation>
    </message>
    <message>
        <source>%1=%2</source>
        <comment>attribute name and value</comment>
        <translation>%1=%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>Hashiya::RestoreDialog</name>
    <message>
        <source>Restore an earlier version of %1</source>
        <translation>%1 için önceki bir sürümü geri yükle</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Saklandığı an</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Neden</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Makale metni</translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation>
            <numerusform>%n varlık</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n ilişki</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>okunamıyor</translation>
    </message>
    <message>
        <source>as it is now</source>
        <translation>şimdiki hâli</translation>
    </message>
    <message>
        <source>an earlier version: moved onto today&apos;s</source>
        <translation>önceki bir sürüm: bugünkü metne taşınır</translation>
    </message>
    <message>
        <source>Saved against the article&apos;s text as it is now: restored exactly.</source>
        <translation>Makalenin şimdiki metnine göre kaydedilmiş: olduğu gibi geri yüklenir.</translation>
    </message>
    <message>
        <source>Saved against another version of the article&apos;s text: restoring it moves its annotations onto the text as it is now, as when an article is edited.</source>
        <translation>Makale metninin başka bir sürümüne göre kaydedilmiş: geri yüklenince etiketleri, bir makale düzenlendiğinde olduğu gibi, metnin şimdiki hâline taşınır.</translation>
    </message>
    <message>
        <source>No earlier version of this article&apos;s sidecar has been kept. Hashiya keeps one before it rewrites a sidecar by itself (when the article was edited and the annotations moved with its text) and before another program&apos;s version is merged or replaced.</source>
        <translation>Bu makalenin ek dosyasının önceki bir sürümü saklanmadı. Hashiya, bir ek dosyayı kendiliğinden yeniden yazmadan önce (makale düzenlenip etiketler metniyle birlikte taşındığında) ve başka bir programın sürümü birleştirilmeden ya da yerine başkası konmadan önce bir sürümünü saklar.</translation>
    </message>
    <message numerus="yes">
        <source>Hashiya keeps the last %n version(s) of a sidecar from before it rewrote the file by itself or replaced another program&apos;s version. Restoring one keeps the current version here too.</source>
        <translation>
            <numerusform>Hashiya, bir ek dosyanın kendiliğinden yeniden yazılmadan ya da başka bir programın sürümünün yerine başkası konmadan önceki son %n sürümünü saklar. Birini geri yüklemek şimdiki sürümü de burada saklar.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Geri yükle</translation>
    </message>
</context>
<context>
    <name>Hashiya::SchemaSourcePanel</name>
    <message>
        <source>The bundled schema: this corpus has no hashiya-schema.json.</source>
        <translation>Paketle gelen şema: bu derlemin hashiya-schema.json dosyası yok.</translation>
    </message>
    <message>
        <source>The bundled schema: %1 cannot be read (%2).</source>
        <translation>Paketle gelen şema: %1 okunamıyor (%2).</translation>
    </message>
    <message>
        <source>%1 has errors, so this corpus uses the bundled schema: %2</source>
        <translation>%1 hatalı, bu yüzden bu derlem paketle gelen şemayı kullanıyor: %2</translation>
    </message>
    <message>
        <source>%1, the schema of this corpus.</source>
        <translation>%1, bu derlemin şeması.</translation>
    </message>
</context>
<context>
    <name>Hashiya::SidecarSourcePanel</name>
    <message>
        <source>No article is open.</source>
        <translation>Açık makale yok.</translation>
    </message>
    <message>
        <source>%1 as it is on disk: it has errors, so Hashiya does not write it.</source>
        <translation>%1 diskteki hâliyle: hatalı olduğu için Hashiya ona yazmaz.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>%1 with the changes that are about to be saved.</source>
        <translation>%1, kaydedilmek üzere olan değişikliklerle.</translation>
    </message>
    <message>
        <source>%1 as saved.</source>
        <translation>%1 kaydedildiği hâliyle.</translation>
    </message>
</context>
<context>
    <name>Hashiya::SourceColoursMenu</name>
    <message>
        <source>Source &amp;colours</source>
        <translation>Kaynak &amp;renkleri</translation>
    </message>
    <message>
        <source>Built-in colours, after the palette</source>
        <translation>Yerleşik renkler, renk paletine göre</translation>
    </message>
    <message>
        <source>More themes with KSyntaxHighlighting: install the Debian package libkf5syntaxhighlighting-tools</source>
        <translation>KSyntaxHighlighting ile daha fazla tema: libkf5syntaxhighlighting-tools Debian paketini kurun</translation>
    </message>
    <message>
        <source>Automatic (Breeze Light or Breeze Dark after the palette)</source>
        <translation>Otomatik (renk paletine göre Breeze Light veya Breeze Dark)</translation>
    </message>
</context>
<context>
    <name>Hashiya::SourceView</name>
    <message>
        <source>&amp;Wrap lines</source>
        <translation>Satırları &amp;kaydır</translation>
    </message>
</context>
<context>
    <name>Hashiya::TagAllDialog</name>
    <message>
        <source>&amp;Tag checked</source>
        <translation>İşaretlileri &amp;etiketle</translation>
    </message>
    <message>
        <source>Tag all occurrences</source>
        <translation>Bütün geçişleri etiketle</translation>
    </message>
    <message>
        <source>Name to find</source>
        <translation>Bulunacak ad</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>Bu makale</translation>
    </message>
    <message numerus="yes">
        <source>Every article of the corpus (%n)</source>
        <translation>
            <numerusform>Derlemin bütün makaleleri (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Bul</translation>
    </message>
    <message>
        <source>&amp;Matching</source>
        <translation>&amp;Eşleştirme</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>B&amp;ul:</translation>
    </message>
    <message>
        <source>Tag &amp;as:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <source>&amp;In:</source>
        <translation>&amp;Nerede:</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>Geçiş</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Check all &amp;new</source>
        <translation>Bütün &amp;yenileri işaretle</translation>
    </message>
    <message>
        <source>&amp;Uncheck all</source>
        <translation>&amp;Hiçbirini işaretleme</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n article(s)…</source>
        <translation>
            <numerusform>%n makale okunuyor…</numerusform>
        </translation>
    </message>
    <message>
        <source>already tagged</source>
        <translation>zaten etiketli</translation>
    </message>
    <message>
        <source>tagged as %1</source>
        <translation>%1 olarak etiketli</translation>
    </message>
    <message>
        <source>overlaps “%1” (%2)</source>
        <translation>“%1” (%2) ile çakışıyor</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n occurrence(s)</source>
        <translation>
            <numerusform>%1 — %n geçiş</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translation>yeni</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Hiçbir şey bulunamadı</translation>
    </message>
    <message numerus="yes">
        <source>%n occurrence(s) found</source>
        <translation>
            <numerusform>%n geçiş bulundu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checked</source>
        <translation>
            <numerusform>%n işaretli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n occurrence(s) of “%1” as %2</source>
        <translation>
            <numerusform>“%1” için %n geçişi %2 olarak etiketle</numerusform>
        </translation>
    </message>
    <message>
        <source>Some articles were not tagged</source>
        <translation>Bazı makaleler etiketlenmedi</translation>
    </message>
    <message>
        <source>These articles are read-only or could not be opened: %1</source>
        <translation>Bu makaleler salt okunur ya da açılamadı: %1</translation>
    </message>
    <message>
        <source>Checked, this entity&apos;s type changes to the one chosen above</source>
        <translation>İşaretlenirse bu varlığın türü yukarıda seçilen türe değişir</translation>
    </message>
</context>
<context>
    <name>Hashiya::Tagger</name>
    <message>
        <source>This article is read-only: its sidecar has problems (see Problems)</source>
        <translation>Bu makale salt okunur: ek dosyasında sorunlar var (Sorunlar&apos;a bakın)</translation>
    </message>
    <message>
        <source>Select some text to tag, or an entity to change</source>
        <translation>Etiketlemek için metin ya da değiştirmek için bir varlık seçin</translation>
    </message>
    <message>
        <source>The selection holds no word to tag; hold Alt while selecting to tag exactly</source>
        <translation>Seçimde etiketlenecek sözcük yok; tam olarak etiketlemek için seçerken Alt tuşunu basılı tutun</translation>
    </message>
    <message>
        <source>An entity cannot shrink to nothing; press Delete to remove it</source>
        <translation>Bir varlık hiçliğe küçülemez; kaldırmak için Delete&apos;e basın</translation>
    </message>
    <message>
        <source>Select an entity, then the text to add to it, then press +</source>
        <translation>Bir varlık seçin, ardından ona eklenecek metni seçin, sonra +&apos;ya basın</translation>
    </message>
    <message>
        <source>&amp;Tag as</source>
        <translation>&amp;Şu olarak etiketle</translation>
    </message>
    <message>
        <source>&amp;Change type to</source>
        <translation>Türünü &amp;değiştir</translation>
    </message>
    <message>
        <source>&amp;Add selection to the entity</source>
        <translation>Seçimi varlığa &amp;ekle</translation>
    </message>
    <message>
        <source>&amp;Remove the entity</source>
        <translation>Varlığı &amp;kaldır</translation>
    </message>
    <message>
        <source>&amp;Remove the relation</source>
        <translation>İlişkiyi &amp;kaldır</translation>
    </message>
    <message>
        <source>No suffix to take in or give back here</source>
        <translation>Burada alınacak ya da geri verilecek ek yok</translation>
    </message>
    <message>
        <source>No proclitic to take in or give back here</source>
        <translation>Burada alınacak ya da geri verilecek önek yok</translation>
    </message>
</context>
<context>
    <name>Hashiya::TitleDialog</name>
    <message>
        <source>Set title</source>
        <translation>Başlığı belirle</translation>
    </message>
    <message>
        <source>The title shown in the corpus list and the window title. Leave it empty to use the one chosen from the text.</source>
        <translation>Derlem listesinde ve pencere başlığında gösterilen başlık. Metinden seçilen başlığı kullanmak için boş bırakın.</translation>
    </message>
</context>
<context>
    <name>Hashiya::TypePalette</name>
    <message>
        <source>Entity types</source>
        <translation>Varlık türleri</translation>
    </message>
    <message>
        <source>Tag the selection as %1, or change the selected entity to it (key %2)</source>
        <translation>Seçimi %1 olarak etiketle ya da seçili varlığı buna çevir (tuş %2)</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>--from, --out and at least one PATH are needed</source>
        <translation>--from, --out ve en az bir YOL gerekli</translation>
    </message>
    <message>
        <source>unknown format %1</source>
        <translation>bilinmeyen biçim %1</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 yok</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 bir klasör değil</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>içe aktarılıyor</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) imported</source>
        <translation>
            <numerusform>%n belge içe aktarıldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation>
            <numerusform>%n varlık</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n ilişki</numerusform>
        </translation>
    </message>
    <message>
        <source>into %1</source>
        <translation>%1 içine</translation>
    </message>
    <message>
        <source>schema written: %1</source>
        <translation>şema yazıldı: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n input line(s) or entry(ies) skipped</source>
        <translation>
            <numerusform>%n girdi satırı ya da kaydı atlandı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not written</source>
        <translation>
            <numerusform>%n belge yazılmadı</numerusform>
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
        <translation>Kullanım: hashiya import --from BİÇİM --out KLASÖR [--force] [--batch N] YOL...
Başka araçların dosyalarını (ya da bunların klasörlerini) okur ve her belgeyi KLASÖR içine ek dosyasıyla
birlikte bir makale olarak yazar. Var olan bir ek dosya --force verilmedikçe asla değiştirilmez; KLASÖR&apos;de
aynı metin ve etiketlerle zaten bulunan bir belge olduğu gibi bırakılır, böylece yarıda kalmış bir içe
aktarma yeniden çalıştırılınca kaldığı yerden sürer. Bozuk satırlar dosya:satır olarak bildirilir ve
atlanır; geri kalanı içe aktarılır.
Belgeler N&apos;lik gruplar hâlinde kalıcı olarak diske yazılır (--batch başka bir sayı vermedikçe 1000):
durdurulan bir içe aktarma yalnızca ek dosyasıyla birlikte eksiksiz makaleler bırakır, elektrik
kesintisinden sonra en fazla son grup eksik olur.
Bir şey atlanırsa 1, kullanım hatasında 2 ile çıkar.

Biçimler (ve bir klasörde okunan dosyalar):
</translation>
    </message>
    <message>
        <source>--batch needs a number of documents, 1 or more</source>
        <translation>--batch bir belge sayısı ister, 1 ya da daha fazla</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) already imported, left as they are</source>
        <translation>
            <numerusform>%n belge zaten içe aktarılmış, olduğu gibi bırakıldı</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>the file is larger than %1 MB; split it</source>
        <translation>dosya %1 MB&apos;tan büyük; bölün</translation>
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
        <translation>bilinmeyen içe aktarma biçimi %1</translation>
    </message>
    <message>
        <source>no %1 files found</source>
        <translation>hiç %1 dosyası bulunamadı</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>Imported</source>
        <translation>İçe aktarılan</translation>
    </message>
    <message>
        <source>not imported: an article with other text already exists at this path</source>
        <translation>içe aktarılmadı: bu yolda başka metinli bir makale zaten var</translation>
    </message>
    <message>
        <source>could not create its folder</source>
        <translation>klasörü oluşturulamadı</translation>
    </message>
    <message>
        <source>not imported: a sidecar with other annotations already exists; import with --force to replace it</source>
        <translation>içe aktarılmadı: başka etiketler taşıyan bir ek dosya zaten var; değiştirmek için --force ile içe aktarın</translation>
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
        <translation>Kullanım: hashiya index info KLASÖR
       hashiya index rebuild [--in-corpus] KLASÖR
Derlem dizini her makalenin özetini ve arama imzasını tutar; böylece stats, search ve pencere
yalnızca değişen makaleleri okur. Türetilmiş veridir: silmek hiçbir şey kaybettirmez.
info     dizini güncel hâle getirir; nerede olduğunu, neyi tuttuğunu ve boyutunu söyler.
rebuild  dizini siler ve her makaleden yeniden oluşturur.
--in-corpus dizini önbellek klasörü yerine KLASÖR/.hashiya/ içinde (bir .gitignore ile) tutar;
örneğin derlemle birlikte bir ağ sürücüsünde paylaşmak için.
</translation>
    </message>
    <message>
        <source>an action (info or rebuild) and one FOLDER are needed</source>
        <translation>bir eylem (info ya da rebuild) ve bir KLASÖR gerekli</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 bir klasör değil</translation>
    </message>
    <message>
        <source>unknown action %1: give info or rebuild</source>
        <translation>bilinmeyen eylem %1: info ya da rebuild verin</translation>
    </message>
    <message>
        <source>--in-corpus goes with rebuild</source>
        <translation>--in-corpus, rebuild ile kullanılır</translation>
    </message>
    <message>
        <source>%1 could not be made</source>
        <translation>%1 oluşturulamadı</translation>
    </message>
    <message>
        <source>Corpus: %1</source>
        <translation>Derlem: %1</translation>
    </message>
    <message>
        <source>Index: %1</source>
        <translation>Dizin: %1</translation>
    </message>
    <message>
        <source>Articles: %1 (%2 with errors)</source>
        <translation>Makaleler: %1 (%2 hatalı)</translation>
    </message>
    <message>
        <source>Read now: %1</source>
        <translation>Şimdi okunan: %1</translation>
    </message>
    <message>
        <source>Size: %1 (%2 per article)</source>
        <translation>Boyut: %1 (makale başına %2)</translation>
    </message>
    <message>
        <source>Repaired: %1</source>
        <translation>Onarıldı: %1</translation>
    </message>
    <message>
        <source>Forgotten now: %1</source>
        <translation>Şimdi unutulan: %1</translation>
    </message>
</context>
<context>
    <name>IndexedCorpus</name>
    <message>
        <source>hashiya %1: the corpus index cannot be used (%2); reading every article instead</source>
        <translation>hashiya %1: derlem dizini kullanılamıyor (%2); bunun yerine her makale okunuyor</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>okunuyor</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>“%1” must be a string</source>
        <translation>“%1” bir dize olmalı</translation>
    </message>
    <message>
        <source>“%1” must be a whole number</source>
        <translation>“%1” bir tam sayı olmalı</translation>
    </message>
    <message>
        <source>“%1” must be true or false</source>
        <translation>“%1” true ya da false olmalı</translation>
    </message>
    <message>
        <source>“%1” must be a list of strings</source>
        <translation>“%1” bir dize listesi olmalı</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>geçersiz JSON: %1</translation>
    </message>
    <message>
        <source>cannot read this JSON: %1</source>
        <translation>bu JSON okunamıyor: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) not shown</source>
        <translation>
            <numerusform>gösterilmeyen %n sorun daha</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonSource</name>
    <message>
        <source>cannot open: %1</source>
        <translation>açılamıyor: %1</translation>
    </message>
    <message>
        <source>is %1 MB; the limit is %2 MB</source>
        <translation>%1 MB; sınır %2 MB</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>okunamıyor: %1</translation>
    </message>
    <message>
        <source>changed while being read; open it again once the program writing it has finished</source>
        <translation>okunurken değişti; onu yazan program işini bitirince yeniden açın</translation>
    </message>
    <message>
        <source>a comma after the last item: remove the comma before this bracket</source>
        <translation>son öğeden sonra virgül var: bu parantezden önceki virgülü silin</translation>
    </message>
</context>
<context>
    <name>LabelStudioExporter</name>
    <message>
        <source>relation %1 (%2) is not exported: one of its entities is missing</source>
        <translation>%1 ilişkisi (%2) dışa aktarılmadı: varlıklarından biri eksik</translation>
    </message>
</context>
<context>
    <name>LabelStudioImporter</name>
    <message>
        <source>%1:%2: %3 “%4” imported as “%5”</source>
        <translation>%1:%2: %3 “%4”, “%5” olarak içe aktarıldı</translation>
    </message>
    <message>
        <source>skipped a region without integer “start” and “end”</source>
        <translation>tam sayı “start” ve “end” içermeyen bir bölge atlandı</translation>
    </message>
    <message>
        <source>skipped the region [%1, %2]</source>
        <translation>[%1, %2] bölgesi atlandı</translation>
    </message>
    <message>
        <source>%1: its start is negative or not before its end</source>
        <translation>%1: başlangıcı negatif ya da bitişinden önce değil</translation>
    </message>
    <message>
        <source>the region [%1, %2] “%3” matches its text only as UTF-16 offsets (older Label Studio); read so</source>
        <translation>[%1, %2] “%3” bölgesi metniyle yalnızca UTF-16 konumları olarak eşleşiyor (eski Label Studio); öyle okundu</translation>
    </message>
    <message>
        <source>the region [%1, %2] says its text is “%3”, but the task&apos;s text there is “%4”; the offsets are kept</source>
        <translation>[%1, %2] bölgesi metninin “%3” olduğunu söylüyor ama görevin oradaki metni “%4”; konumlar korundu</translation>
    </message>
    <message>
        <source>%1: it ends past the text (%2 code points)</source>
        <translation>%1: metnin sonunu aşıyor (%2 kod noktası)</translation>
    </message>
    <message>
        <source>%1: it holds only the CR of a line break</source>
        <translation>%1: yalnızca bir satır sonunun CR karakterini içeriyor</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>görev %1</translation>
    </message>
    <message>
        <source>skipped: not a JSON object</source>
        <translation>atlandı: bir JSON nesnesi değil</translation>
    </message>
    <message>
        <source>task %1 (id %2)</source>
        <translation>görev %1 (kimlik %2)</translation>
    </message>
    <message>
        <source>skipped: “data” holds no text</source>
        <translation>atlandı: “data” hiç metin içermiyor</translation>
    </message>
    <message>
        <source>only the first of its %1 annotations is imported</source>
        <translation>%1 etiketlemesinden yalnızca ilki içe aktarıldı</translation>
    </message>
    <message>
        <source>no annotation; its first prediction is imported instead</source>
        <translation>etiketleme yok; bunun yerine ilk tahmini içe aktarıldı</translation>
    </message>
    <message>
        <source>skipped a region without labels</source>
        <translation>etiketsiz bir bölge atlandı</translation>
    </message>
    <message>
        <source>a region has %1 labels; only the first, %2, is imported</source>
        <translation>bir bölgenin %1 etiketi var; yalnızca ilki, %2, içe aktarıldı</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etiket</translation>
    </message>
    <message>
        <source>skipped a second region with the id %1</source>
        <translation>%1 kimliğine sahip ikinci bir bölge atlandı</translation>
    </message>
    <message>
        <source>skipped a relation from %1 to %2: no such region was imported</source>
        <translation>%1 ile %2 arasındaki bir ilişki atlandı: böyle bir bölge içe aktarılmadı</translation>
    </message>
    <message>
        <source>a relation without a label is imported as RELATED</source>
        <translation>etiketsiz bir ilişki RELATED olarak içe aktarıldı</translation>
    </message>
    <message>
        <source>relation type</source>
        <translation>ilişki türü</translation>
    </message>
    <message>
        <source>a result of type “%1” (%2) is not imported</source>
        <translation>“%1” türünde bir sonuç (%2) içe aktarılmadı</translation>
    </message>
    <message>
        <source>the %1 result of %2 belongs to no imported region; it is not imported</source>
        <translation>%2 öğesinin %1 sonucu içe aktarılan hiçbir bölgeye ait değil; içe aktarılmadı</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>nitelik</translation>
    </message>
    <message>
        <source>the name %1 is not a relative path; the document is named by its position instead</source>
        <translation>%1 adı göreli bir yol değil; belge bunun yerine sırasıyla adlandırıldı</translation>
    </message>
    <message>
        <source>skipped: a Hashiya file, not Label Studio&apos;s</source>
        <translation>atlandı: Label Studio dosyası değil, bir Hashiya dosyası</translation>
    </message>
    <message>
        <source>not JSON, nothing imported: %1</source>
        <translation>JSON değil, hiçbir şey içe aktarılmadı: %1</translation>
    </message>
    <message>
        <source>not a Label Studio task list: no array of tasks and no “data”</source>
        <translation>Label Studio görev listesi değil: görev dizisi de “data” da yok</translation>
    </message>
</context>
<context>
    <name>MatchOptions</name>
    <message>
        <source>unknown matching option “%1”; known: %2</source>
        <translation>bilinmeyen eşleştirme seçeneği “%1”; bilinenler: %2</translation>
    </message>
</context>
<context>
    <name>MemoryBudget</name>
    <message>
        <source>opening it needs about %1 GB of memory, and only %2 GB are free; close other programs or split the article</source>
        <translation>açmak için yaklaşık %1 GB bellek gerekiyor, ancak yalnızca %2 GB boş; başka programları kapatın ya da makaleyi bölün</translation>
    </message>
</context>
<context>
    <name>MergeConflict</name>
    <message>
        <source>(none)</source>
        <translation>(yok)</translation>
    </message>
    <message>
        <source>the sidecar&apos;s %1</source>
        <translation>ek dosyanın %1 alanı</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%2 %3 ögesinin %1 alanı</translation>
    </message>
    <message>
        <source>%1 changed on both sides: %2 has %3, %4 has %5 (before: %6)</source>
        <translation>%1 iki tarafta da değişti: %2 tarafında %3, %4 tarafında %5 (önceden: %6)</translation>
    </message>
    <message>
        <source>%1 deleted by %2 and changed by %3; kept as changed</source>
        <translation>%1, %2 tarafından silindi, %3 tarafından değiştirildi; değişmiş hâliyle tutuldu</translation>
    </message>
    <message>
        <source>%1 deleted by %2, but a relation of %3 ends at it; brought back</source>
        <translation>%1, %2 tarafından silindi, ama %3 tarafındaki bir ilişki ona bağlanıyor; geri getirildi</translation>
    </message>
</context>
<context>
    <name>MergeDriverCommand</name>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1: okunamıyor: %2</translation>
    </message>
    <message>
        <source>base</source>
        <translation>taban</translation>
    </message>
    <message>
        <source>hashiya merge-driver: git merge-file failed (%1); %2 is left as ours</source>
        <translation>hashiya merge-driver: git merge-file başarısız oldu (%1); %2 bizim hâlimizle bırakıldı</translation>
    </message>
    <message>
        <source>hashiya merge-driver: %1 could not be written: %2</source>
        <translation>hashiya merge-driver: %1 yazılamadı: %2</translation>
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
        <translation>Kullanım: hashiya merge-driver TABAN BİZİM ONLARIN [İŞARET_BOYU] [YOL]

`hashiya setup-git` yapılandırdıktan sonra git&apos;in ek dosyalar için çalıştırdığı birleştirme
sürücüsü (`%O %A %B %L %P`). Üç sürümü etiket etiket birleştirir ve sonucu BİZİM
dosyasına bırakır. İki taraf aynı şeyi farklı değiştirdiyse sonuç bizimkini tutar ve
dosyaya Hashiya&apos;da çözülecek bir çakışma kaydeder; `hashiya validate` her birini bildirir.

Çıkış durumu: 0 sorunsuz birleşti, 1 çakışma kaydedildi (ya da bir taraf ek dosya değil:
yerine çakışma işaretli bir metin birleştirmesi bırakıldı), 2 kullanım hatası.
</translation>
    </message>
    <message>
        <source>hashiya merge-driver: the marker size must be a positive number, not “%1”</source>
        <translation>hashiya merge-driver: işaret boyu pozitif bir sayı olmalı, “%1” değil</translation>
    </message>
    <message>
        <source>the common ancestor</source>
        <translation>ortak ata</translation>
    </message>
    <message>
        <source>hashiya merge-driver: %1 (%2) cannot be merged annotation by annotation: %3</source>
        <translation>hashiya merge-driver: %1 (%2) etiket etiket birleştirilemiyor: %3</translation>
    </message>
    <message>
        <source>hashiya merge-driver: %1 is left as a text merge with conflict markers; resolve it by hand</source>
        <translation>hashiya merge-driver: %1 çakışma işaretli bir metin birleştirmesi olarak bırakıldı; elle çözün</translation>
    </message>
    <message>
        <source>hashiya merge-driver: %1: the merge could not be written: %2</source>
        <translation>hashiya merge-driver: %1: birleştirme yazılamadı: %2</translation>
    </message>
    <message numerus="yes">
        <source>hashiya merge-driver: %1: %n conflict(s) to resolve in Hashiya</source>
        <translation>
            <numerusform>hashiya merge-driver: %1: Hashiya&apos;da çözülecek %n çakışma</numerusform>
        </translation>
    </message>
    <message>
        <source>hashiya merge-driver: %1: the two sides are different kinds of file (%2, %3); it is left as a text merge with conflict markers</source>
        <translation>hashiya merge-driver: %1: iki taraf farklı türde dosyalar (%2, %3); çakışma işaretli bir metin birleştirmesi olarak bırakıldı</translation>
    </message>
    <message>
        <source>hashiya merge-driver: %1: both sides changed the same part of the schema differently; it is left as a text merge with conflict markers</source>
        <translation>hashiya merge-driver: %1: iki taraf şemanın aynı yerini farklı değiştirdi; çakışma işaretli bir metin birleştirmesi olarak bırakıldı</translation>
    </message>
</context>
<context>
    <name>OpenRequest</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 yok.</translation>
    </message>
    <message>
        <source>%1 is a sidecar, but its article %2 is not there.</source>
        <translation>%1 bir ek dosya, ama makalesi %2 yerinde değil.</translation>
    </message>
    <message>
        <source>%1 is not an article (a .txt file), a sidecar (.ann.json) or a corpus folder.</source>
        <translation>%1 bir makale (.txt dosyası), ek dosya (.ann.json) ya da derlem klasörü değil.</translation>
    </message>
    <message>
        <source>%1 is not a file on this computer; download it first.</source>
        <translation>%1 bu bilgisayarda bir dosya değil; önce indirin.</translation>
    </message>
</context>
<context>
    <name>PathExpansion</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: böyle bir dosya ya da klasör yok</translation>
    </message>
    <message>
        <source>%1: not an article (.txt), a sidecar (.ann.json) or a schema (%2)</source>
        <translation>%1: bir makale (.txt), bir ek dosya (.ann.json) ya da bir şema (%2) değil</translation>
    </message>
</context>
<context>
    <name>ProgressReporter</name>
    <message>
        <source>%1: %2/%3 articles, %4/s</source>
        <translation>%1: %2/%3 makale, saniyede %4</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 kaldı</translation>
    </message>
</context>
<context>
    <name>ProgressRunner</name>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>Reanchoring</name>
    <message>
        <source>entity %1 %2 was not found in the edited article; it is kept as an orphan until you attach it to a passage</source>
        <translation>%1 %2 varlığı düzenlenen makalede bulunamadı; bir bölüme bağlayana dek yetim olarak saklanıyor</translation>
    </message>
    <message>
        <source>the article changed since this sidecar was saved (%1): %2 entities stayed, %3 moved with their text, %4 became orphans; the next save records the new positions</source>
        <translation>makale bu ek dosya kaydedildikten sonra değişti (%1): %2 varlık yerinde kaldı, %3 varlık metniyle taşındı, %4 varlık yetim kaldı; bir sonraki kayıt yeni konumları yazar</translation>
    </message>
    <message>
        <source>compared with its earlier text</source>
        <translation>önceki metniyle karşılaştırıldı</translation>
    </message>
    <message>
        <source>found again by their quotes</source>
        <translation>alıntılarıyla yeniden bulundu</translation>
    </message>
    <message>
        <source>entity %1 %2 now covers %3, where its text was edited</source>
        <translation>%1 %2 varlığı artık metninin düzenlendiği yerde %3 metnini kapsıyor</translation>
    </message>
</context>
<context>
    <name>SafeSave</name>
    <message>
        <source>cannot open %1 for writing: %2</source>
        <translation>%1 yazmak için açılamıyor: %2</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>%1 kaydedilemiyor: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
    <message>
        <source>another program changed it while it was being saved, and its version could not be put back (%1); it is kept as %2</source>
        <translation>kaydedilirken başka bir program onu değiştirdi ve onun sürümü yerine geri konamadı (%1); %2 olarak saklanıyor</translation>
    </message>
</context>
<context>
    <name>SchemaReader</name>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>en üst düzey bir JSON nesnesi olmalı</translation>
    </message>
    <message>
        <source>this is not a Hashiya schema (format %1)</source>
        <translation>bu bir Hashiya şeması değil (biçim %1)</translation>
    </message>
    <message>
        <source>schema version %1 is newer than this Hashiya reads (1.x)</source>
        <translation>şema sürümü %1, bu Hashiya&apos;nın okuduğundan (1.x) daha yeni</translation>
    </message>
    <message>
        <source>the field “format” is missing; this is not a Hashiya schema</source>
        <translation>“format” alanı eksik; bu bir Hashiya şeması değil</translation>
    </message>
    <message>
        <source>the schema defines no entity types</source>
        <translation>şema hiçbir varlık türü tanımlamıyor</translation>
    </message>
    <message>
        <source>“%1” must be a list</source>
        <translation>“%1” bir liste olmalı</translation>
    </message>
    <message>
        <source>each entry of “%1” must be an object</source>
        <translation>“%1” içindeki her kayıt bir nesne olmalı</translation>
    </message>
    <message>
        <source>a %1 has no “name”</source>
        <translation>bir %1 için “name” yok</translation>
    </message>
    <message>
        <source>the %1 name %2 is not valid: start with a letter, then letters, digits, _ or -</source>
        <translation>%1 adı %2 geçerli değil: bir harfle başlayın, ardından harfler, rakamlar, _ ya da -</translation>
    </message>
    <message>
        <source>the %1 %2 is defined twice</source>
        <translation>%1 %2 iki kez tanımlanmış</translation>
    </message>
    <message>
        <source>entity type</source>
        <translation>varlık türü</translation>
    </message>
    <message>
        <source>the colour %1 of %2 is not valid: use #rrggbb or a colour name</source>
        <translation>%2 için %1 rengi geçerli değil: #rrggbb ya da bir renk adı kullanın</translation>
    </message>
    <message>
        <source>the shortcut key of %1 must be one character</source>
        <translation>%1 için kısayol tuşu tek bir karakter olmalı</translation>
    </message>
    <message>
        <source>%1 and %2 both use the shortcut key %3</source>
        <translation>%1 ve %2 aynı %3 kısayol tuşunu kullanıyor</translation>
    </message>
    <message>
        <source>relation type</source>
        <translation>ilişki türü</translation>
    </message>
    <message>
        <source>the relation type %1 needs “from” and “to” entity types (&quot;*&quot; for any)</source>
        <translation>%1 ilişki türü “from” ve “to” varlık türlerini gerektirir (her tür için &quot;*&quot;)</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>nitelik</translation>
    </message>
    <message>
        <source>the relation type %1 names %2, which is not an entity type</source>
        <translation>%1 ilişki türü %2 adını veriyor ama bu bir varlık türü değil</translation>
    </message>
    <message>
        <source>the attribute %1 applies to %2, which is not a type</source>
        <translation>%1 niteliği %2 için geçerli ama bu bir tür değil</translation>
    </message>
    <message>
        <source>R is the key that links entities: %1 gets no shortcut key</source>
        <translation>R varlıkları bağlayan tuştur: %1 kısayol tuşu almaz</translation>
    </message>
    <message>
        <source>“label” must be a string, or an object of strings by language such as {&quot;en&quot;: &quot;Person&quot;, &quot;tr&quot;: &quot;Kişi&quot;}</source>
        <translation>“label” bir metin ya da dillere göre metinlerden oluşan bir nesne olmalı, örneğin {&quot;en&quot;: &quot;Person&quot;, &quot;tr&quot;: &quot;Kişi&quot;}</translation>
    </message>
    <message>
        <source>a language code in “label” is empty</source>
        <translation>“label” içindeki bir dil kodu boş</translation>
    </message>
    <message>
        <source>“label” in %1 must be a string</source>
        <translation>%1 dilindeki “label” bir metin olmalı</translation>
    </message>
    <message>
        <source>unknown field %1 is kept but not used</source>
        <translation>bilinmeyen %1 alanı korundu ama kullanılmıyor</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>a PATTERN and at least one PATH are needed</source>
        <translation>bir DESEN ve en az bir YOL gerekli</translation>
    </message>
    <message>
        <source>the PATTERN is empty; give --type or --attribute to list entities</source>
        <translation>DESEN boş; varlıkları listelemek için --type ya da --attribute verin</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 yok</translation>
    </message>
    <message>
        <source>searching</source>
        <translation>aranıyor</translation>
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
        <translation>Kullanım: hashiya search [--type TÜR] [--attribute AD[=DEĞER]] [--fold SEÇENEKLER] [--no-index] DESEN YOL...
YOL altındaki makalelerde DESEN&apos;i pencerenin derlem aramasının yaptığı gibi bulur ve her eşleşme için
bir satır yazar: DOSYA:BAŞLANGIÇ-BİTİŞ: bağlamı içinde [köşeli parantezli] eşleşme. BAŞLANGIÇ ve BİTİŞ
makale metninin kod noktalarını sayar (BOM çıkarılmış, satır sonları LF).
--type yalnızca o türdeki varlıkların içindeki eşleşmeleri tutar; boş bir DESEN (&quot;&quot;) ile onları listeler.
--attribute yalnızca o niteliğe (ve değere) sahip varlıkların içindeki eşleşmeleri tutar.
--fold eşleştirmeyi değiştirir: %1 seçeneklerinin virgülle ayrılmış bir listesi, her biri isteğe bağlı
olarak no- ile başlar (örn. --fold no-case,diacritics). Varsayılan olarak büyük/küçük harf Türkçe makaleler
için Türkçe kurallarla yok sayılır, Arapça işaretler ve elif biçimleri yok sayılır ve bütün sözcükler
Türkçe eklere ve Arapça öneklere izin vererek eşleşir.
Bir klasör derlem diziniyle aranır; dizin DESEN&apos;i içeremeyecek makaleleri eler; --no-index her makaleyi
okur ve hiçbir şey yazmaz.
Bir şey bulunursa 0, bulunmazsa 1, kullanım hatasında 2 ile çıkar.
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
        <translation>Kullanım: hashiya setup-git [DEPO]
git&apos;in, DEPO&apos;yu içeren deponun (varsayılan: geçerli klasör) ek dosyalarını (*.ann.json), şemasını
(hashiya-schema.json) ve varlık kaydını (hashiya-entities.json) metin olarak satır satır değil,
hashiya merge-driver ile etiket etiket birleştirmesini sağlar:
  deponun kökündeki .gitattributes her biri için bir merge=hashiya satırı alır (zaten orada olan
  satırlar olduğu gibi kalır ve yinelenmez);
  deponun yerel git yapılandırması merge.hashiya.driver (bu program, mutlak yoluyla),
  merge.hashiya.name ve merge.hashiya.recursive = binary değerlerini alır.
Yeniden çalıştırmak hiçbir şeyi değiştirmez. git yapılandırması bu klonda kalır: .gitattributes&apos;u
commit edin ve hashiya setup-git&apos;i her klonda çalıştırın; o olmadan git ek dosyaları metin olarak
birleştirir.
Çıkış durumu: 0 tamam, 2 kullanım hatası, git yok ya da DEPO bir git deposunda değil.
</translation>
    </message>
    <message>
        <source>one REPO at most</source>
        <translation>en fazla bir DEPO</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 bir klasör değil</translation>
    </message>
    <message>
        <source>git was not found; install it (on Debian: apt install git) and run this again</source>
        <translation>git bulunamadı; kurun (Debian&apos;da: apt install git) ve bunu yeniden çalıştırın</translation>
    </message>
    <message>
        <source>%1 is not in a git repository with a working tree (git says: %2)</source>
        <translation>%1 çalışma ağacı olan bir git deposunda değil (git diyor ki: %2)</translation>
    </message>
    <message>
        <source>Repository: %1</source>
        <translation>Depo: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>%1 already holds the merge attributes</source>
        <translation>%1 birleştirme özniteliklerini zaten içeriyor</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
    <message>
        <source>Added to %1: %2</source>
        <translation>%1 dosyasına eklendi: %2</translation>
    </message>
    <message>
        <source>git config could not set %1 (git says: %2)</source>
        <translation>git config %1 değerini ayarlayamadı (git diyor ki: %2)</translation>
    </message>
    <message>
        <source>Set in the local git config: %1 = %2</source>
        <translation>Yerel git yapılandırmasında ayarlandı: %1 = %2</translation>
    </message>
    <message>
        <source>The local git config already defines the merge driver</source>
        <translation>Yerel git yapılandırması birleştirme sürücüsünü zaten tanımlıyor</translation>
    </message>
    <message>
        <source>This git config is local to this clone: git does not copy it. A fresh clone has no merge driver
until hashiya setup-git runs there, and until then git falls back to merging the sidecars line
by line as text. Commit .gitattributes, so that every clone that is set up uses the driver.
</source>
        <translation>Bu git yapılandırması bu klona özgüdür: git onu kopyalamaz. Yeni bir klonda, hashiya setup-git
orada çalışana dek birleştirme sürücüsü yoktur ve o zamana dek git ek dosyaları metin olarak satır
satır birleştirir. .gitattributes&apos;u commit edin ki kurulan her klon sürücüyü kullansın.
</translation>
    </message>
</context>
<context>
    <name>SidecarBackups</name>
    <message>
        <source>cannot read %1 to keep a copy: %2</source>
        <translation>kopyasını saklamak için %1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for copies of %2</source>
        <translation>%2 dosyasının kopyaları için %1 klasörü oluşturulamıyor</translation>
    </message>
    <message>
        <source>Before the annotations were moved onto the edited article</source>
        <translation>Etiketler düzenlenen makaleye taşınmadan önce</translation>
    </message>
    <message>
        <source>Another program&apos;s version, before it was merged or replaced</source>
        <translation>Başka bir programın sürümü, birleştirilmeden ya da yerine başkası konmadan önce</translation>
    </message>
    <message>
        <source>Before an earlier version was restored</source>
        <translation>Önceki bir sürüm geri yüklenmeden önce</translation>
    </message>
</context>
<context>
    <name>SidecarReader</name>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>en üst düzey bir JSON nesnesi olmalı</translation>
    </message>
    <message>
        <source>this is not a Hashiya sidecar (format %1)</source>
        <translation>bu bir Hashiya ek dosyası değil (biçim %1)</translation>
    </message>
    <message>
        <source>version %1 is not of the form MAJOR.MINOR</source>
        <translation>%1 sürümü BÜYÜK.KÜÇÜK biçiminde değil</translation>
    </message>
    <message>
        <source>the field “format” is missing; this is not a Hashiya sidecar</source>
        <translation>“format” alanı eksik; bu bir Hashiya ek dosyası değil</translation>
    </message>
    <message>
        <source>the field “version” is missing</source>
        <translation>“version” alanı eksik</translation>
    </message>
    <message>
        <source>the field “article” is missing</source>
        <translation>“article” alanı eksik</translation>
    </message>
    <message>
        <source>“article” must be an object</source>
        <translation>“article” bir nesne olmalı</translation>
    </message>
    <message>
        <source>“length” must not be negative</source>
        <translation>“length” negatif olmamalı</translation>
    </message>
    <message>
        <source>unknown line ending %1</source>
        <translation>bilinmeyen satır sonu %1</translation>
    </message>
    <message>
        <source>“entities” must be an array</source>
        <translation>“entities” bir dizi olmalı</translation>
    </message>
    <message>
        <source>an entity must be an object</source>
        <translation>bir varlık bir nesne olmalı</translation>
    </message>
    <message>
        <source>“spans” must be an array</source>
        <translation>“spans” bir dizi olmalı</translation>
    </message>
    <message>
        <source>an entity has no “id”</source>
        <translation>bir varlığın “id” değeri yok</translation>
    </message>
    <message>
        <source>entity id %1 is not valid: use 1–64 letters, digits or _ . : -</source>
        <translation>%1 varlık kimliği geçerli değil: 1–64 harf, rakam ya da _ . : - kullanın</translation>
    </message>
    <message>
        <source>entity %1 has no “type”</source>
        <translation>%1 varlığının “type” değeri yok</translation>
    </message>
    <message>
        <source>entity %1 has no spans</source>
        <translation>%1 varlığının aralığı yok</translation>
    </message>
    <message>
        <source>the spans of entity %1 must be in text order and must not overlap</source>
        <translation>%1 varlığının aralıkları metin sırasında olmalı ve çakışmamalı</translation>
    </message>
    <message>
        <source>the id %1 is used twice (first on line %2)</source>
        <translation>%1 kimliği iki kez kullanılmış (ilki %2. satırda)</translation>
    </message>
    <message>
        <source>attribute %1 has the value %2, which the schema does not allow (%3)</source>
        <translation>%1 niteliği şemanın izin vermediği %2 değerine sahip (%3)</translation>
    </message>
    <message>
        <source>a span needs whole-number “start” and “end”</source>
        <translation>bir aralık tam sayı “start” ve “end” gerektirir</translation>
    </message>
    <message>
        <source>span [%1, %2) lies outside the article, which has %3 code points</source>
        <translation>[%1, %2) aralığı makalenin dışında kalıyor; makalede %3 kod noktası var</translation>
    </message>
    <message>
        <source>span [%1, %2) is empty or reversed</source>
        <translation>[%1, %2) aralığı boş ya da ters</translation>
    </message>
    <message>
        <source>span [%1, %2) has no stored “text”</source>
        <translation>[%1, %2) aralığının saklanmış “text” değeri yok</translation>
    </message>
    <message>
        <source>the stored text %1 does not match the article&apos;s %2 at [%3, %4): the article changed since this sidecar was saved</source>
        <translation>saklanmış %1 metni, makalenin [%3, %4) konumundaki %2 metniyle eşleşmiyor: makale bu ek dosya kaydedildiğinden beri değişti</translation>
    </message>
    <message>
        <source>the stored context of span [%1, %2) no longer matches the article</source>
        <translation>[%1, %2) aralığının saklanmış bağlamı artık makaleyle eşleşmiyor</translation>
    </message>
    <message>
        <source>span [%1, %2) splits a character: offset %3 falls inside %4</source>
        <translation>[%1, %2) aralığı bir karakteri bölüyor: %3 konumu %4 içine düşüyor</translation>
    </message>
    <message>
        <source>“relations” must be an array</source>
        <translation>“relations” bir dizi olmalı</translation>
    </message>
    <message>
        <source>a relation must be an object</source>
        <translation>bir ilişki bir nesne olmalı</translation>
    </message>
    <message>
        <source>a relation has no “id”</source>
        <translation>bir ilişkinin “id” değeri yok</translation>
    </message>
    <message>
        <source>relation id %1 is not valid: use 1–64 letters, digits or _ . : -</source>
        <translation>%1 ilişki kimliği geçerli değil: 1–64 harf, rakam ya da _ . : - kullanın</translation>
    </message>
    <message>
        <source>relation %1 has no “type”</source>
        <translation>%1 ilişkisinin “type” değeri yok</translation>
    </message>
    <message>
        <source>relation %1 needs both “from” and “to”</source>
        <translation>%1 ilişkisi hem “from” hem “to” gerektirir</translation>
    </message>
    <message>
        <source>“attributes” must be an object of names and text values</source>
        <translation>“attributes”, adlardan ve metin değerlerinden oluşan bir nesne olmalı</translation>
    </message>
    <message>
        <source>relation %1 points at %2, which is not an entity here</source>
        <translation>%1 ilişkisi %2 öğesini gösteriyor ama bu burada bir varlık değil</translation>
    </message>
    <message>
        <source>this sidecar was written for %1, but sits next to %2</source>
        <translation>bu ek dosya %1 için yazılmış ama %2 yanında duruyor</translation>
    </message>
    <message>
        <source>the article changed since this sidecar was saved, but every span still matches its text; the next save records the new version</source>
        <translation>makale bu ek dosya kaydedildiğinden beri değişti ama her aralık hâlâ metniyle eşleşiyor; sonraki kayıt yeni sürümü kaydeder</translation>
    </message>
    <message>
        <source>the entity type %1 is not in the schema; %n entity(ies) keep it</source>
        <translation>%1 varlık türü şemada yok; %n varlık bunu koruyor</translation>
    </message>
    <message>
        <source>the relation type %1 is not in the schema; %n relation(s) keep it</source>
        <translation>%1 ilişki türü şemada yok; %n ilişki bunu koruyor</translation>
    </message>
    <message>
        <source>the attribute %1 is not in the schema; %n annotation(s) keep it</source>
        <translation>%1 niteliği şemada yok; %n etiket bunu koruyor</translation>
    </message>
    <message>
        <source>a span must be an array [start, end, text, prefix, suffix]</source>
        <translation>bir aralık [başlangıç, bitiş, metin, önek, sonek] dizisi olmalı</translation>
    </message>
    <message>
        <source>the stored text %1 does not match the article&apos;s %2 at [%3, %4): the offsets are wrong, since the article is unchanged</source>
        <translation>saklanmış %1 metni, makalenin [%3, %4) konumundaki %2 metniyle eşleşmiyor: makale değişmediği için konumlar yanlış</translation>
    </message>
    <message numerus="yes">
        <source>the article changed since this sidecar was saved: the text of %n span(s) no longer matches; the sidecar is opened read-only so it is not overwritten</source>
        <translation>
            <numerusform>makale bu ek dosya kaydedildiğinden beri değişti: %n aralığın metni artık eşleşmiyor; üzerine yazılmaması için ek dosya salt okunur açıldı</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown status %1; use new, in-progress or done</source>
        <translation>bilinmeyen durum %1; new, in-progress ya da done kullanın</translation>
    </message>
    <message>
        <source>relation %1: %2</source>
        <translation>ilişki %1: %2</translation>
    </message>
    <message>
        <source>“entities” appears twice; the items of both lists are kept, and the next save writes them as one list</source>
        <translation>“entities” iki kez geçiyor; iki listenin öğeleri de korunur ve sonraki kayıt onları tek liste olarak yazar</translation>
    </message>
    <message>
        <source>“relations” appears twice; the items of both lists are kept, and the next save writes them as one list</source>
        <translation>“relations” iki kez geçiyor; iki listenin öğeleri de korunur ve sonraki kayıt onları tek liste olarak yazar</translation>
    </message>
    <message>
        <source>this sidecar has format version %1, written by a newer Hashiya; this version reads up to %2.x and will not change the file</source>
        <translation>bu ek dosyanın biçim sürümü %1, daha yeni bir Hashiya yazmış; bu sürüm en çok %2.x okur ve dosyayı değiştirmez</translation>
    </message>
    <message>
        <source>unresolved merge conflict: %1</source>
        <translation>çözülmemiş birleştirme çakışması: %1</translation>
    </message>
    <message>
        <source>a merge conflict this version cannot read</source>
        <translation>bu sürümün okuyamadığı bir birleştirme çakışması</translation>
    </message>
    <message>
        <source>“conflicts” must be a list</source>
        <translation>“conflicts” bir liste olmalı</translation>
    </message>
</context>
<context>
    <name>SidecarTree</name>
    <message>
        <source>holds conflict markers of a text merge; resolve them first</source>
        <translation>bir metin birleştirmesinin çakışma işaretlerini içeriyor; önce onları çözün</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>geçerli JSON değil: %1</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>geçerli JSON değil</translation>
    </message>
    <message>
        <source>not a Hashiya sidecar: not a JSON object</source>
        <translation>Hashiya ek dosyası değil: JSON nesnesi değil</translation>
    </message>
    <message>
        <source>“%1” must be a list</source>
        <translation>“%1” bir liste olmalı</translation>
    </message>
    <message>
        <source>an item of “%1” without an id</source>
        <translation>“%1” içinde kimliği olmayan bir öge</translation>
    </message>
    <message>
        <source>“conflicts” must be a list</source>
        <translation>“conflicts” bir liste olmalı</translation>
    </message>
    <message>
        <source>version %1 is not of the form MAJOR.MINOR</source>
        <translation>%1 sürümü ANA.ALT biçiminde değil</translation>
    </message>
    <message>
        <source>format version %1 was written by a newer Hashiya, which must merge it</source>
        <translation>%1 biçim sürümünü daha yeni bir Hashiya yazmış; onu o birleştirmeli</translation>
    </message>
    <message>
        <source>not a Hashiya sidecar: %1</source>
        <translation>Hashiya ek dosyası değil: %1</translation>
    </message>
    <message>
        <source>an item of “%1” without a name</source>
        <translation>“%1” içinde adı olmayan bir öge</translation>
    </message>
    <message>
        <source>not a Hashiya sidecar or schema: “format” is neither “hashiya-sidecar” nor “hashiya-schema”</source>
        <translation>Hashiya ek dosyası ya da şeması değil: “format” ne “hashiya-sidecar” ne “hashiya-schema”</translation>
    </message>
    <message>
        <source>the id %1 appears twice in “%2”; run hashiya validate and repair it</source>
        <translation>%1 kimliği “%2” içinde iki kez geçiyor; hashiya validate çalıştırıp onarın</translation>
    </message>
    <message>
        <source>the name %1 appears twice in “%2”</source>
        <translation>%1 adı “%2” içinde iki kez geçiyor</translation>
    </message>
    <message>
        <source>“%1” appears twice</source>
        <translation>“%1” iki kez geçiyor</translation>
    </message>
</context>
<context>
    <name>SourceHighlighter</name>
    <message>
        <source>KSyntaxHighlighting %1 (KF6, in this process)</source>
        <translation>KSyntaxHighlighting %1 (KF6, bu süreçte)</translation>
    </message>
    <message>
        <source>KSyntaxHighlighting %1 (kate-syntax-highlighter, in its own process)</source>
        <translation>KSyntaxHighlighting %1 (kate-syntax-highlighter, kendi sürecinde)</translation>
    </message>
    <message>
        <source>built-in highlighter (KSyntaxHighlighting is not installed: Debian package libkf5syntaxhighlighting-tools)</source>
        <translation>yerleşik renklendirici (KSyntaxHighlighting kurulu değil: libkf5syntaxhighlighting-tools Debian paketi)</translation>
    </message>
</context>
<context>
    <name>SpacyJsonlExporter</name>
    <message>
        <source>relation %1 (%2) is not exported: one of its entities is missing</source>
        <translation>%1 ilişkisi (%2) dışa aktarılmadı: varlıklarından biri eksik</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>Count</source>
        <translation>Sayı</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <source>hashiya stats: unknown option %1</source>
        <translation>hashiya stats: bilinmeyen seçenek %1</translation>
    </message>
    <message>
        <source>%1: has errors; run “hashiya validate” for details</source>
        <translation>%1: hatalar var; ayrıntılar için “hashiya validate” çalıştırın</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n belge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation>
            <numerusform>%n varlık</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n ilişki</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) with errors</source>
        <translation>
            <numerusform>hatalı %n belge</numerusform>
        </translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>Varlık türü</translation>
    </message>
    <message>
        <source>Relation type</source>
        <translation>İlişki türü</translation>
    </message>
    <message>
        <source>Usage: hashiya stats [--json] [--no-index] PATH...
Counts documents, and entities and relations per type, in the articles under PATH.
A folder is read through its corpus index, which is made on first use and afterwards reads
only the articles that changed; --no-index reads every article and writes nothing.
</source>
        <translation>Kullanım: hashiya stats [--json] [--no-index] YOL...
YOL altındaki makalelerde belgeleri ve türe göre varlıkları ve ilişkileri sayar.
Bir klasör derlem diziniyle okunur; dizin ilk kullanımda oluşturulur ve sonra yalnızca değişen
makaleleri okur; --no-index her makaleyi okur ve hiçbir şey yazmaz.
</translation>
    </message>
</context>
<context>
    <name>TagConsistency</name>
    <message>
        <source>not reviewed: the sidecar has errors; fix them first</source>
        <translation>gözden geçirilmedi: ek dosyada hatalar var; önce onları düzeltin</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Tag %1</source>
        <translation>%1 etiketle</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 kaldır</translation>
    </message>
    <message>
        <source>Change %1 to %2</source>
        <translation>%1 türünü %2 yap</translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation>%1 yeniden boyutlandır</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 ayarla</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notu düzenle</translation>
    </message>
    <message>
        <source>Set reference</source>
        <translation>Başvuruyu ayarla</translation>
    </message>
    <message>
        <source>Link %1</source>
        <translation>%1 bağla</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>%1 olarak işaretle</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>%1 bağla</translation>
    </message>
    <message>
        <source>Clear the title</source>
        <translation>Başlığı temizle</translation>
    </message>
    <message>
        <source>Set the title to “%1”</source>
        <translation>Başlığı “%1” yap</translation>
    </message>
</context>
<context>
    <name>UnitizingAlpha</name>
    <message>
        <source>fewer than two raters</source>
        <translation>ikiden az değerlendirici</translation>
    </message>
    <message>
        <source>empty continuum</source>
        <translation>boş süreklilik</translation>
    </message>
    <message>
        <source>no units</source>
        <translation>birim yok</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>hashiya validate: unknown option %1</source>
        <translation>hashiya validate: bilinmeyen seçenek %1</translation>
    </message>
    <message>
        <source>the article this sidecar annotates is missing</source>
        <translation>bu ek dosyanın etiketlediği makale eksik</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n article(s)</source>
        <translation>
            <numerusform>%n makale denetlendi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n hata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n uyarı</numerusform>
        </translation>
    </message>
    <message>
        <source>validating</source>
        <translation>doğrulanıyor</translation>
    </message>
    <message>
        <source>Usage: hashiya validate PATH...
Checks articles, their sidecars (.ann.json) and schemas; folders are searched recursively.
In a git repository, a file that git&apos;s index lists as unmerged (its merge not finished) is an error.
Prints one line per problem. Exit status: 0 no problems, 1 problems found, 2 usage error.
</source>
        <translation>Kullanım: hashiya validate YOL...
Makaleleri, ek dosyalarını (.ann.json) ve şemaları denetler; klasörler özyinelemeli olarak aranır.
Bir git deposunda, git&apos;in indeksinin birleştirilmemiş olarak listelediği (birleştirmesi bitmemiş) bir dosya da hatadır.
Her sorun için bir satır yazar. Çıkış durumu: 0 sorun yok, 1 sorun bulundu, 2 kullanım hatası.
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Source views: %1</source>
        <translation>Kaynak görünümleri: %1</translation>
    </message>
</context>
</TS>
