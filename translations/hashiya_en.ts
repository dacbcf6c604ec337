<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Adjudication</name>
    <message>
        <source>not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Hashiya adjudication file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an adjudication file of version %1, which this Hashiya does not read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementCommand</name>
    <message>
        <source>at least two folders are needed, one per analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json and --csv cannot be used together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fail-under needs a number from 0 to 1, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entities&apos; exact-typed F1 is %1, below %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementReport</name>
    <message>
        <source>n/a (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched/|A|/|B|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 agree (%3), κ %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in all (complete agreement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Agreement of %n analyst(s)</source>
        <translation>
            <numerusform>Agreement of %n analyst</numerusform>
            <numerusform>Agreement of %n analysts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) compared</source>
        <translation>
            <numerusform>%n article compared</numerusform>
            <numerusform>%n articles compared</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity types: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation types without direction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offsets: Unicode code points; tokens: UAX #29 word boundaries, white space left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relations and entity diagnostics: entities paired one to one by overlap, any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attributes: over entities paired by overlap and type, and over matching relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in every copy (left out):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out (see the problems above):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macro F1, exact-typed: %1; mean F1 per article: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities per type (exact-typed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>κ, all (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>κ, marked (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links, all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links, comparable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation types, κ over aligned endpoint pairs: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every two analysts: F1 exact-typed (upper right), κ on code points (lower left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All analysts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities marked alike (the same spans and type), by who marked them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleiss&apos; κ, code points: %1 (%2), marked: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleiss&apos; κ, tokens: %1 (%2), marked: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α_U (articles end to end): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) left out of α_U: they overlap another of the same analyst and type</source>
        <translation>
            <numerusform>%n unit left out of α_U: it overlaps another of the same analyst and type</numerusform>
            <numerusform>%n units left out of α_U: they overlap another of the same analyst and type</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnalystCopies</name>
    <message>
        <source>not compared: the sidecar has errors; fix them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not compared: its text differs from the copy in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationMerge</name>
    <message>
        <source>%1 was deleted here and changed in the file; the file&apos;s version is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted in the file and changed here; this version is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed on both sides; this version is kept, the file had %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was dropped: one of its entities was deleted on the other side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>hashiya: no display to open a window on (DISPLAY and WAYLAND_DISPLAY are not set). Run it in a desktop session, or on a virtual display: xvfb-run -a hashiya [FOLDER]. The commands (hashiya --help) need no display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hashiya: %1 is open in another window, which now shows what was asked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArcLinks</name>
    <message>
        <source>(missing entity)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <source>cannot open the article: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article is %1 MB; Hashiya opens articles of up to %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the article: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article is UTF-32, which Hashiya does not read; save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown encoding “%1”; choose UTF-8 or one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article looks binary: a NUL byte at byte offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; if it is a legacy file, open it with an explicit encoding (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article is not valid UTF-8: invalid byte sequence at byte offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article is not valid UTF-16: odd number of bytes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article is not valid UTF-16: unpaired surrogate at byte offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article looks binary: a NUL character at byte offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article cannot be decoded as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleSummary</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sidecar is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sidecar has errors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sidecar cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchedWrites</name>
    <message>
        <source>cannot open the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1 for writing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not written: the device reported an error when %1 was synced: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move %1 into place: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written, but the device reported an error when %1 was synced: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BratConfigReader</name>
    <message>
        <source>brat annotation.conf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation %1 needs two arguments; it is kept allowing any types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line outside the four sections ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BratExporter</name>
    <message>
        <source>entity %1 not exported: its type “%2” is not a single word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity %1 not exported: it covers only line breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation %1 not exported: an entity it links was not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation %1 not exported: its type “%2” is not a single word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute “%1” of %2 not exported: brat needs its name and value as single words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference “%1” of %2 not exported: brat needs the form DB:ID without spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value “%1” of attribute %2 not listed: brat needs single words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BratImporter</name>
    <message>
        <source>%1: brat type “%2” imported as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an entity or event of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a type and offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: offsets must be “start end” pairs of whole numbers, separated by “;”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a span starts after it ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a span ends at %2, after the end of the text (%3 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the text “%2” differs from the article&apos;s “%3” at these offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its fragments overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 covers no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported: its text %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alias of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported: its text is not valid UTF-8 at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an annotation line starts with an id and a TAB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown annotation type “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id %1 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs “Type:Trigger” first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its trigger %2 is not a text-bound annotation of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has type %2 but its trigger has type %3; the trigger&apos;s is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shares its trigger with another event; their arguments are merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: argument “%2” is not “Role:Id”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: argument %2 skipped: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a type and two “Role:Id” arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: arguments must be “Role:Id”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an equivalence line is “*”, TAB, a type and two or more ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equivalence skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a relation of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a name, an id and at most one value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 already has attribute %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs “Reference Id DB:ID”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 already has a reference; Hashiya keeps one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a note type and an id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodingAgreement</name>
    <message>
        <source>no items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every item in one category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer than two raters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>hashiya: %1 is neither a command nor an existing file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictResolution</name>
    <message>
        <source>Keep ours (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it as %1 changed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete it, as %1 did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete it and the relations that need it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictWording</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 (%4) or %5 (%6), was %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: deleted by %2, changed by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: deleted by %2, changed by %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: deleted by %2, but a relation of %3 ended at it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: deleted by %2, but a relation of %3 ends at it (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the merge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ours): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (theirs): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConllExporter</name>
    <message>
        <source>Entity &quot;%1&quot; (%2) overlaps &quot;%3&quot; and is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity &quot;%1&quot; (%2) is discontinuous: each of its %3 fragments is written as an entity of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity &quot;%1&quot; (%2) covers no token and is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity &quot;%1&quot; (%2) runs across a line break; the part after it is written as an entity of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity &quot;%1&quot; (%2) starts or ends inside a character (a letter and its marks or an emoji sequence); the token is split there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsistencyCommand</name>
    <message>
        <source>partly %1 %2-%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untagged</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a corpus folder is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2; untagged %3, partly tagged %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no type</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n text(s) inconsistent</source>
        <translation>
            <numerusform>%1 of %n text inconsistent</numerusform>
            <numerusform>%1 of %n texts inconsistent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) reviewed</source>
        <translation>
            <numerusform>%n article reviewed</numerusform>
            <numerusform>%n articles reviewed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorpusStore</name>
    <message>
        <source>%1 could not be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder of the corpus index %1 could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuilt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite is not available to Qt (the package libqt6sql6-sqlite is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a corpus index: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a corpus index of another version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the index of another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>re-read: %n damaged record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the corpus index %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the corpus index %1 is not an SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoccanoExporter</name>
    <message>
        <source>relation %1 (%2) is not exported: one of its entities is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoccanoImporter</name>
    <message>
        <source>skipped an entity whose “id” is not an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped a span that is not [start, end, &quot;label&quot;] or {&quot;start_offset&quot;, &quot;end_offset&quot;, &quot;label&quot;} with integer offsets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a list of spans; it is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3 “%4” imported as “%5”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped a line without a “text” string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: offsets read as UTF-16 code units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: offsets read as code points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped the span [%1, %2, “%3”]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an offset is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its start is not before its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it splits a surrogate pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it ends past the text (%2 UTF-16 code units, %3 code points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the entity id %2 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it holds only the CR of a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment not imported (Hashiya keeps notes on entities, not on documents): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“relations” is not a list; it is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped a relation without integer “from_id” and “to_id” and a “type”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped the relation %1 from %2 to %3: entity %4 is not on this line or was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name %1 is not a relative path; the document is named by its line instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>not JSON Lines: the file is one JSON value over %n line(s); read as a whole</source>
        <translation>
            <numerusform>not JSON Lines: the file is one JSON value over %n line; read as a whole</numerusform>
            <numerusform>not JSON Lines: the file is one JSON value over %n lines; read as a whole</numerusform>
        </translation>
    </message>
    <message>
        <source>line skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentFile</name>
    <message>
        <source>%1 was not saved: its sidecar has errors, and Hashiya never replaces a file it could not read. Fix the problems listed for it, then reopen the article.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityRemoval</name>
    <message>
        <source>Delete the entity and its relations?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n relation(s) go with it, with the notes and attributes written on them. %1 brings them back.</source>
        <translation>
            <numerusform>Its relation goes with it, with the notes and attributes written on it. %1 brings it back.</numerusform>
            <numerusform>Its %n relations go with it, with the notes and attributes written on them. %1 brings them back.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1” — %2 brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted “%1” and %n relation(s) — %2 brings them back</source>
        <translation>
            <numerusform>Deleted “%1” and %n relation — %2 brings them back</numerusform>
            <numerusform>Deleted “%1” and %n relations — %2 brings them back</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeFiles</name>
    <message>
        <source>not exported: the sidecar has errors; fix them first</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format, --out and at least one PATH are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) exported</source>
        <translation>
            <numerusform>%n document exported</numerusform>
            <numerusform>%n documents exported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n file written to %1</numerusform>
            <numerusform>%n files written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) left out by status</source>
        <translation>
            <numerusform>%n document left out by status</numerusform>
            <numerusform>%n documents left out by status</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) could not be exported</source>
        <translation>
            <numerusform>%n document could not be exported</numerusform>
            <numerusform>%n documents could not be exported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>brat standoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spaCy JSONL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doccano JSONL (relation extraction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 code units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label Studio JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoNLL-2003 / IOB2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (entities and relations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GraphML entity graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (a graph)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>unknown export format %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportSupport</name>
    <message>
        <source>entity %1 (%2, “%3”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 fragments; %3 has no discontinuous entities, so each fragment is written as an entity of its own and relations use the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attribute value(s)</source>
        <translation>
            <numerusform>%n attribute value</numerusform>
            <numerusform>%n attribute values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s)</source>
        <translation>
            <numerusform>%n reference</numerusform>
            <numerusform>%n references</numerusform>
        </translation>
    </message>
    <message>
        <source>not exported, %1 has no place for them: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity %1 (%2) has spans outside the text or out of order and is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation %1 (%2) is left out with the entity it links.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderOutput</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitSides</name>
    <message>
        <source>commit %1 by %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upstream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ours (detached HEAD)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitUnmerged</name>
    <message>
        <source>unmerged in git: the merge of this file was not finished, and it may hold only one side&apos;s changes (to finish it, run hashiya setup-git and merge the file again with git checkout -m, or resolve it by hand, then git add it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoldCopy</name>
    <message>
        <source>%1 holds another text than the article adjudicated; choose another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya</name>
    <message>
        <source>%1 points at %2, which is not an entity of this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 links an entity to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relation type %1 is not in the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must link two entities of the same type, not %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not allowed from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 repeats relation %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::AnnotationPanel</name>
    <message>
        <source>Filter entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the entities whose text or type contains this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entity selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. wikidata:Q43</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The canonical entity this mention refers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not in the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema has no entity type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has type %2, which the schema lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has attribute %2, which the schema lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has attribute %2, which does not apply to type %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has %2 “%3”, which the schema does not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema problems: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete entity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::AttributeForm</name>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute %1 does not apply to type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema has no attribute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attribute %1 from this relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attribute %1 from this entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value: removes the attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not allowed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::CompareWindow</name>
    <message>
        <source>agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other boundaries and type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an end only one has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous disagreement (Shift+F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next disagreement (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a status to list only its items; click a measure to list them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another analyst&apos;s copy of the corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its text differs from this article&apos;s, so its annotations cannot be compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: this article (%1)  ·  B: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities F1, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>κ on code points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>κ on marked code points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adjudicate into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide unit by unit, into a gold copy in a folder of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept &amp;A (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept &amp;B (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bo&amp;th (3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;undecided (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the gold copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the comparison changed; compare again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n saved decision(s) name units this comparison does not have; they are left out</source>
        <translation>
            <numerusform>%n saved decision names a unit this comparison does not have; it is left out</numerusform>
            <numerusform>%n saved decisions name units this comparison does not have; they are left out</numerusform>
        </translation>
    </message>
    <message>
        <source>The gold copy could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 decided · gold copy: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in all, other attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy compared with (B), or all copies at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit… (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the gold item by hand: its type, where it begins and ends, its attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n copies</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A: this article (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjudication decides between two copies: choose one of them above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities F1, %1, %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleiss&apos; κ on code points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleiss&apos; κ on marked code points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the gold item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::ConflictsPanel</name>
    <message>
        <source>A git merge found these changes made on both sides. Choose one to see it in the article, then keep one side. The article cannot be marked done until none are left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This side cannot be applied: its item is gone, or its text is not in the article any more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::CorpusModel</name>
    <message>
        <source>Arabic</source>
        <comment>language</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkish</source>
        <comment>language</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <comment>language</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article has no letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters of more than one script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, guessed from the letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <comment>script</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin</source>
        <comment>script</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed</source>
        <comment>script</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::CorpusPanel</name>
    <message>
        <source>Filter articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter articles by title, file, language or status (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 of %n article(s)…</source>
        <translation>
            <numerusform>Reading %1 of %n article…</numerusform>
            <numerusform>Reading %1 of %n articles…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n article(s) shown</source>
        <translation>
            <numerusform>%1 of %n article shown</numerusform>
            <numerusform>%1 of %n articles shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Set &amp;title…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::CorpusSearchPanel</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only hits inside entities of this type; with no text, every entity of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only hits inside entities with this attribute (and value, if given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a corpus folder to search it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n hit(s)</source>
        <translation>
            <numerusform>%1 — %n hit</numerusform>
            <numerusform>%1 — %n hits</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching… %n hit(s) so far</source>
        <translation>
            <numerusform>Searching… %n hit so far</numerusform>
            <numerusform>Searching… %n hits so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hashiya::DigitsMenu</name>
    <message>
        <source>&amp;Digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Western (0–9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic-Indic (٠–٩)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::DocumentGraphView</name>
    <message>
        <source>Document graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
%2, %n mention(s)</source>
        <translation>
            <numerusform>%1
%2, %n mention</numerusform>
            <numerusform>%1
%2, %n mentions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entities tagged in this article yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::DocumentSession</name>
    <message>
        <source>%1 was not saved: another program changed it, and Hashiya waits for your choice between its version and yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 was changed by another program: it now has %n entity(ies)</source>
        <translation>
            <numerusform>%1 was changed by another program: it now has %n entity</numerusform>
            <numerusform>%1 was changed by another program: it now has %n entities</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the sidecar changed outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the sidecar changed outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not rewritten, because no copy of it could be kept first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program changed %1 just now; look at its version first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a version another program wrote meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::EndChoiceDialog</name>
    <message>
        <source>A relation&apos;s end is not in the gold copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relation is accepted, but these entities it links are not:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s relation starts at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s relation ends at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull it into the gold copy as well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to the gold entity %1 instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::EntityTreeModel</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — not in the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies) of type %1</source>
        <translation>
            <numerusform>%n entity of type %1</numerusform>
            <numerusform>%n entities of type %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The schema has no entity type %1; %n entity(ies) use it</source>
        <translation>
            <numerusform>The schema has no entity type %1; %n entity use it</numerusform>
            <numerusform>The schema has no entity type %1; %n entities use it</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Note: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::ExchangeActions</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open article could not be saved, so the export would miss its latest annotations. See the Problems panel, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled. Files already written for single articles stay; nothing covering the whole set was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n document(s) as %1</source>
        <translation>
            <numerusform>Exported %n document as %1</numerusform>
            <numerusform>Exported %n documents as %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n file written to %1.</numerusform>
            <numerusform>%n files written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) left out by status.</source>
        <translation>
            <numerusform>%n document left out by status.</numerusform>
            <numerusform>%n documents left out by status.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) could not be exported.</source>
        <translation>
            <numerusform>%n document could not be exported.</numerusform>
            <numerusform>%n documents could not be exported.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n document(s)</source>
        <translation>
            <numerusform>Imported %n document</numerusform>
            <numerusform>Imported %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message>
        <source>into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n input line(s) or entry(ies) skipped.</source>
        <translation>
            <numerusform>%n input line or entry skipped.</numerusform>
            <numerusform>%n input lines or entries skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not written.</source>
        <translation>
            <numerusform>%n document not written.</numerusform>
            <numerusform>%n documents not written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open imported corpus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::ExchangeSummaryDialog</name>
    <message>
        <source>Skipped, and why:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::ExportDialog</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All articles in the corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open article</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n article(s) the corpus list shows</source>
        <translation>
            <numerusform>The %n article the corpus list shows</numerusform>
            <numerusform>The %n articles the corpus list shows</numerusform>
        </translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to write the files into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions in this format: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::ExportPreview</name>
    <message>
        <source>Preparing the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to preview: no document in this choice can be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to preview: no document has the chosen status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the export writes for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n line(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n line</numerusform>
            <numerusform>%1 · %2 · %n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>CRLF line ends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::GoldItemDialog</name>
    <message>
        <source>Edit the gold entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First character:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last character:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the reader&apos;s &amp;selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the gold relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reverse the direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last character must come after the first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::ImportDialog</name>
    <message>
        <source>&amp;Replace existing sidecars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corpus folder to write articles and sidecars into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without this, an article that already has a sidecar is left alone and listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Into folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::ItemPanel</name>
    <message>
        <source>Read-only: the sidecar has errors, so nothing here can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hashiya::KateToolHighlighter</name>
    <message>
        <source>%1 stopped with exit code %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::LanguageRestart</name>
    <message>
        <source>The interface will be in %1 after Hashiya restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting now saves every article first and opens the same article at the same place. The undo history does not survive a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface will be in %1 when Hashiya starts next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restarted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashiya could not be started again. Your work is saved; the new language applies when you start Hashiya next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart to change the language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::MainWindow</name>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Hashiya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Hashiya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open corpus folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 holds no articles (.txt files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashiya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent corpora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations are saved automatically; this saves at once (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add selection to entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text &amp;direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automatic (each paragraph by its first letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Left to right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Right to left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text direction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;nap selections to words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag whole words (hold Alt while selecting to tag exact characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Font…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wrap lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some changes could not be saved, so the corpus stays open. See the status bar for why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corpus schema has problems; using the bundled one: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: this article&apos;s sidecar has problems, and it will not be overwritten (see Problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status was not changed: this article&apos;s sidecar has problems (see Problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2 · offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2 — retrying in a few seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some annotations could not be written to their sidecar files (see the status bar). If you quit now, those changes are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove entity or relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to another entity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation &amp;arcs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to another entity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n relation problem(s)</source>
        <translation>
            <numerusform>%n relation problem</numerusform>
            <numerusform>%n relation problems</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write annotated articles as brat, JSONL, CoNLL, W3C, CSV, GraphML or Label Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn brat, doccano or Label Studio files into articles with sidecars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corpus search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag all occurrences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the &amp;corpus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap to &amp;names (leave out suffixes and proclitics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A selection of “Ankara&apos;da” tags “Ankara”, of “والقاهرة” tags “القاهرة”; Alt+Shift+arrows then move the end by one suffix, Ctrl+Alt+Shift+arrows the start by one proclitic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tagging&lt;/h3&gt;&lt;p&gt;Select text, then press a type&apos;s key. With an entity selected (click it, or Tab / Shift+Tab), a type key changes its type, Delete removes it, Shift+arrows move its end and Ctrl+Shift+arrows its start, Alt+Shift+arrows take in or give back a suffix at its end and Ctrl+Alt+Shift+arrows a proclitic at its start, and + adds the selected text to it as another fragment. Hold Alt while selecting to tag exact characters.&lt;/p&gt;&lt;table&gt;%1&lt;/table&gt;&lt;h3&gt;Commands&lt;/h3&gt;&lt;table&gt;%2&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n occurrence(s)</source>
        <translation>
            <numerusform>Tagged %n occurrence</numerusform>
            <numerusform>Tagged %n occurrences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n article(s)</source>
        <translation>
            <numerusform>in %n article</numerusform>
            <numerusform>in %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its sidecar was changed by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(taken; Undo brings back the earlier version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another program and cannot be read; it stays as it is until repaired (see Problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed by another program and has been written again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not saved until you choose between its two versions (Save now asks again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged with conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) were changed on both sides. The listed versions were kept.</source>
        <translation>
            <numerusform>%n annotation were changed on both sides. The listed versions were kept.</numerusform>
            <numerusform>%n annotations were changed on both sides. The listed versions were kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another program; its annotations moved with the text (see Problems and Orphans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another program and cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidecar source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;earlier version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back a version of this article&apos;s sidecar kept before Hashiya rewrote it by itself or replaced another program&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier version was not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored an earlier version of %1; the version it replaced is kept too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title was not changed: this article&apos;s sidecar has problems (see Problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2[*] — Hashiya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was repaired by another program and can be edited again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;title…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Ask before deleting relations with notes or attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hashiya %1&lt;/h3&gt;&lt;p&gt;Read and annotate multilingual news.&lt;/p&gt;&lt;p&gt;Qt %2. Source views coloured by %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Hashiya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2[*] — %3 — Hashiya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more article(s) in File → Open recent article.</source>
        <translation>
            <numerusform>%n more article in File → Open recent article.</numerusform>
            <numerusform>%n more articles in File → Open recent article.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles (.txt), sidecars (.ann.json) and corpus folders can be dropped here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corpus open in another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in another Hashiya window. Work on it in one window only: an article edited in both is merged when saved, but each window will ask about the other&apos;s changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open recent ar&amp;ticle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with another analyst&apos;s copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article beside the same article in another analyst&apos;s copy of the corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review a name across the corpus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every occurrence of the selected entity&apos;s name in the corpus, and how each is tagged: check the untagged to tag them, those of another type to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not marked done: %n merge conflict(s) in this article wait to be resolved (see Conflicts)</source>
        <translation>
            <numerusform>Not marked done: %n merge conflict in this article waits to be resolved (see Conflicts)</numerusform>
            <numerusform>Not marked done: %n merge conflicts in this article wait to be resolved (see Conflicts)</numerusform>
        </translation>
    </message>
    <message>
        <source>This article has no merge conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ext conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next change a git merge found made on both sides, to keep one side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+F7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::MatchOptionsMenu</name>
    <message>
        <source>Matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“istanbul” finds “İstanbul”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case rules of each article&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkish rules for Turkish articles, general rules for the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkish case rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I is the capital of ı, İ the capital of i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General case rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I, İ, i and ı all match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore Latin diacritics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Gorgun” finds “Görgün”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore Arabic vowel marks and tatweel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“أنقرة” finds “أنقَرة”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One alef for أ إ آ ٱ, ي for ى</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“انقرة” finds “أنقرة”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ه for ة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“الدوحه” finds “الدوحة”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One apostrophe for &apos; ’ ʼ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Ankara’da” finds “Ankara&apos;da”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Ankara” does not find “Ankaralı”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow Turkish suffixes after an apostrophe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Ankara” finds “Ankara” in “Ankara&apos;da”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow Arabic proclitics (و ف ب ك ل ال)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“الدوحة” finds it in “والدوحة”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::OrphanPanel</name>
    <message>
        <source>&amp;Attach to the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These annotations lost their text when the article was edited. Select the passage where one belongs, choose it here and attach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” (was at %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::OutsideChangeDialog</name>
    <message>
        <source>Sidecar changed outside Hashiya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;You have changes in this article that are not saved yet. Nothing has been written; choose which annotations to keep.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Merge&lt;/b&gt; keeps what either side added or changed; where both changed the same annotation, yours is kept and the conflict is listed.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Keep mine&lt;/b&gt; writes your version over the file.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Take theirs&lt;/b&gt; replaces your annotations with the file&apos;s; Undo brings yours back.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::ParsedOptions</name>
    <message>
        <source>option --%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::ProblemsPanel</name>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::ReaderView</name>
    <message>
        <source>Open a folder of articles (Ctrl+O) or one article (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing entity %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::RecentArticles</name>
    <message>
        <source>&amp;%1 %2 (in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no longer there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::RelationLinker</name>
    <message>
        <source>%1, the other way round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not allowed here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article is read-only: its sidecar has problems (see Problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No relation type links %1 to %2: hold Shift to link them anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These two are already linked this way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked against the schema: the relation is listed among the problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the entity to link from (Tab), then press R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no other entity to link to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the target with Tab or the arrows, then press Enter (Shift+Enter for any type); Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::RelationPanel</name>
    <message>
        <source>Filter relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the relations whose ends, type, sentence, attributes, note or status contain this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the relations that break a rule of the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No relation selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relation types the schema allows between these two entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in the schema)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n relation(s)</source>
        <translation>
            <numerusform>Remove %n relation</numerusform>
            <numerusform>Remove %n relations</numerusform>
        </translation>
    </message>
    <message>
        <source>No relation problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n relation problem(s)</source>
        <translation>
            <numerusform>%n relation problem</numerusform>
            <numerusform>%n relation problems</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a relation and what is wrong with it</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::RelationTableModel</name>
    <message>
        <source>missing entity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a relation type&apos;s label and its direction arrow</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <comment>source, relation type, target</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema has no relation type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: either way round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: from source to target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1=%2</source>
        <comment>attribute name and value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::RestoreDialog</name>
    <message>
        <source>Restore an earlier version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier version: moved onto today&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved against the article&apos;s text as it is now: restored exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved against another version of the article&apos;s text: restoring it moves its annotations onto the text as it is now, as when an article is edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier version of this article&apos;s sidecar has been kept. Hashiya keeps one before it rewrites a sidecar by itself (when the article was edited and the annotations moved with its text) and before another program&apos;s version is merged or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Hashiya keeps the last %n version(s) of a sidecar from before it rewrote the file by itself or replaced another program&apos;s version. Restoring one keeps the current version here too.</source>
        <translation>
            <numerusform>Hashiya keeps the last %n version of a sidecar from before it rewrote the file by itself or replaced another program&apos;s version. Restoring one keeps the current version here too.</numerusform>
            <numerusform>Hashiya keeps the last %n versions of a sidecar from before it rewrote the file by itself or replaced another program&apos;s version. Restoring one keeps the current version here too.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::SchemaSourcePanel</name>
    <message>
        <source>The bundled schema: this corpus has no hashiya-schema.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled schema: %1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has errors, so this corpus uses the bundled schema: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the schema of this corpus.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::SidecarSourcePanel</name>
    <message>
        <source>No article is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as it is on disk: it has errors, so Hashiya does not write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with the changes that are about to be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::SourceColoursMenu</name>
    <message>
        <source>Source &amp;colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in colours, after the palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More themes with KSyntaxHighlighting: install the Debian package libkf5syntaxhighlighting-tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (Breeze Light or Breeze Dark after the palette)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::SourceView</name>
    <message>
        <source>&amp;Wrap lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::TagAllDialog</name>
    <message>
        <source>&amp;Tag checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag all occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every article of the corpus (%n)</source>
        <translation>
            <numerusform>Every article of the corpus (%n)</numerusform>
            <numerusform>Every article of the corpus (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check all &amp;new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uncheck all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading %n article(s)…</source>
        <translation>
            <numerusform>Reading %n article…</numerusform>
            <numerusform>Reading %n articles…</numerusform>
        </translation>
    </message>
    <message>
        <source>already tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tagged as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlaps “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n occurrence(s)</source>
        <translation>
            <numerusform>%1 — %n occurrence</numerusform>
            <numerusform>%1 — %n occurrences</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n occurrence(s) found</source>
        <translation>
            <numerusform>%n occurrence found</numerusform>
            <numerusform>%n occurrences found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checked</source>
        <translation>
            <numerusform>%n checked</numerusform>
            <numerusform>%n checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n occurrence(s) of “%1” as %2</source>
        <translation>
            <numerusform>Tag %n occurrence of “%1” as %2</numerusform>
            <numerusform>Tag %n occurrences of “%1” as %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Some articles were not tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These articles are read-only or could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked, this entity&apos;s type changes to the one chosen above</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::Tagger</name>
    <message>
        <source>This article is read-only: its sidecar has problems (see Problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some text to tag, or an entity to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection holds no word to tag; hold Alt while selecting to tag exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entity cannot shrink to nothing; press Delete to remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entity, then the text to add to it, then press +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change type to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add selection to the entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suffix to take in or give back here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proclitic to take in or give back here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::TitleDialog</name>
    <message>
        <source>Set title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title shown in the corpus list and the window title. Leave it empty to use the one chosen from the text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hashiya::TypePalette</name>
    <message>
        <source>Entity types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the selection as %1, or change the selected entity to it (key %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>--from, --out and at least one PATH are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) imported</source>
        <translation>
            <numerusform>%n document imported</numerusform>
            <numerusform>%n documents imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message>
        <source>into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n input line(s) or entry(ies) skipped</source>
        <translation>
            <numerusform>%n input line or entry skipped</numerusform>
            <numerusform>%n input lines or entries skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not written</source>
        <translation>
            <numerusform>%n document not written</numerusform>
            <numerusform>%n documents not written</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch needs a number of documents, 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) already imported, left as they are</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>the file is larger than %1 MB; split it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFormats</name>
    <message>
        <source>brat standoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doccano JSONL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label Studio JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>unknown import format %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 files found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported: an article with other text already exists at this path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not create its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported: a sidecar with other annotations already exists; import with --force to replace it</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an action (info or rebuild) and one FOLDER are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action %1: give info or rebuild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--in-corpus goes with rebuild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corpus: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles: %1 (%2 with errors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: %1 (%2 per article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaired: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgotten now: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndexedCorpus</name>
    <message>
        <source>hashiya %1: the corpus index cannot be used (%2); reading every article instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message numerus="yes">
        <source>%n more problem(s) not shown</source>
        <translation>
            <numerusform>%n more problem not shown</numerusform>
            <numerusform>%n more problems not shown</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read this JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonSource</name>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 MB; the limit is %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed while being read; open it again once the program writing it has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma after the last item: remove the comma before this bracket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelStudioExporter</name>
    <message>
        <source>relation %1 (%2) is not exported: one of its entities is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelStudioImporter</name>
    <message>
        <source>%1:%2: %3 “%4” imported as “%5”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped a region without integer “start” and “end”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped the region [%1, %2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its start is negative or not before its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the region [%1, %2] “%3” matches its text only as UTF-16 offsets (older Label Studio); read so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the region [%1, %2] says its text is “%3”, but the task&apos;s text there is “%4”; the offsets are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it ends past the text (%2 code points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it holds only the CR of a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: “data” holds no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the first of its %1 annotations is imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no annotation; its first prediction is imported instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped a region without labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a region has %1 labels; only the first, %2, is imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped a second region with the id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped a relation from %1 to %2: no such region was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a relation without a label is imported as RELATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a result of type “%1” (%2) is not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 result of %2 belongs to no imported region; it is not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name %1 is not a relative path; the document is named by its position instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: a Hashiya file, not Label Studio&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON, nothing imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Label Studio task list: no array of tasks and no “data”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchOptions</name>
    <message>
        <source>unknown matching option “%1”; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoryBudget</name>
    <message>
        <source>opening it needs about %1 GB of memory, and only %2 GB are free; close other programs or split the article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeConflict</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sidecar&apos;s %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on both sides: %2 has %3, %4 has %5 (before: %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted by %2 and changed by %3; kept as changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted by %2, but a relation of %3 ends at it; brought back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDriverCommand</name>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hashiya merge-driver: git merge-file failed (%1); %2 is left as ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hashiya merge-driver: %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hashiya merge-driver: the marker size must be a positive number, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the common ancestor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hashiya merge-driver: %1 (%2) cannot be merged annotation by annotation: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hashiya merge-driver: %1 is left as a text merge with conflict markers; resolve it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hashiya merge-driver: %1: the merge could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>hashiya merge-driver: %1: %n conflict(s) to resolve in Hashiya</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>hashiya merge-driver: %1: the two sides are different kinds of file (%2, %3); it is left as a text merge with conflict markers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hashiya merge-driver: %1: both sides changed the same part of the schema differently; it is left as a text merge with conflict markers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenRequest</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a sidecar, but its article %2 is not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an article (a .txt file), a sidecar (.ann.json) or a corpus folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file on this computer; download it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathExpansion</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an article (.txt), a sidecar (.ann.json) or a schema (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressReporter</name>
    <message>
        <source>%1: %2/%3 articles, %4/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressRunner</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reanchoring</name>
    <message>
        <source>entity %1 %2 was not found in the edited article; it is kept as an orphan until you attach it to a passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article changed since this sidecar was saved (%1): %2 entities stayed, %3 moved with their text, %4 became orphans; the next save records the new positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compared with its earlier text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found again by their quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity %1 %2 now covers %3, where its text was edited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeSave</name>
    <message>
        <source>cannot open %1 for writing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program changed it while it was being saved, and its version could not be put back (%1); it is kept as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaReader</name>
    <message>
        <source>the top level must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Hashiya schema (format %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1 is newer than this Hashiya reads (1.x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “format” is missing; this is not a Hashiya schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema defines no entity types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each entry of “%1” must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 has no “name”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 name %2 is not valid: start with a letter, then letters, digits, _ or -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 %2 is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the colour %1 of %2 is not valid: use #rrggbb or a colour name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shortcut key of %1 must be one character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 both use the shortcut key %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relation type %1 needs “from” and “to” entity types (&quot;*&quot; for any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relation type %1 names %2, which is not an entity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attribute %1 applies to %2, which is not a type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R is the key that links entities: %1 gets no shortcut key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“label” must be a string, or an object of strings by language such as {&quot;en&quot;: &quot;Person&quot;, &quot;tr&quot;: &quot;Kişi&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a language code in “label” is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“label” in %1 must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field %1 is kept but not used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>a PATTERN and at least one PATH are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PATTERN is empty; give --type or --attribute to list entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one REPO at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git was not found; install it (on Debian: apt install git) and run this again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in a git repository with a working tree (git says: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds the merge attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git config could not set %1 (git says: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set in the local git config: %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local git config already defines the merge driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This git config is local to this clone: git does not copy it. A fresh clone has no merge driver
until hashiya setup-git runs there, and until then git falls back to merging the sidecars line
by line as text. Commit .gitattributes, so that every clone that is set up uses the driver.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidecarBackups</name>
    <message>
        <source>cannot read %1 to keep a copy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1 for copies of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the annotations were moved onto the edited article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program&apos;s version, before it was merged or replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an earlier version was restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidecarReader</name>
    <message>
        <source>the top level must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Hashiya sidecar (format %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is not of the form MAJOR.MINOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “format” is missing; this is not a Hashiya sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “version” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “article” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“article” must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“length” must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown line ending %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“entities” must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entity must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“spans” must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entity has no “id”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity id %1 is not valid: use 1–64 letters, digits or _ . : -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity %1 has no “type”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity %1 has no spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spans of entity %1 must be in text order and must not overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id %1 is used twice (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute %1 has the value %2, which the schema does not allow (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a span needs whole-number “start” and “end”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span [%1, %2) lies outside the article, which has %3 code points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span [%1, %2) is empty or reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span [%1, %2) has no stored “text”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored text %1 does not match the article&apos;s %2 at [%3, %4): the article changed since this sidecar was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored context of span [%1, %2) no longer matches the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span [%1, %2) splits a character: offset %3 falls inside %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“relations” must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a relation must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a relation has no “id”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation id %1 is not valid: use 1–64 letters, digits or _ . : -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation %1 has no “type”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation %1 needs both “from” and “to”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“attributes” must be an object of names and text values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation %1 points at %2, which is not an entity here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this sidecar was written for %1, but sits next to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article changed since this sidecar was saved, but every span still matches its text; the next save records the new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entity type %1 is not in the schema; %n entity(ies) keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relation type %1 is not in the schema; %n relation(s) keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attribute %1 is not in the schema; %n annotation(s) keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a span must be an array [start, end, text, prefix, suffix]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored text %1 does not match the article&apos;s %2 at [%3, %4): the offsets are wrong, since the article is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the article changed since this sidecar was saved: the text of %n span(s) no longer matches; the sidecar is opened read-only so it is not overwritten</source>
        <translation>
            <numerusform>the article changed since this sidecar was saved: the text of %n span no longer matches; the sidecar is opened read-only so it is not overwritten</numerusform>
            <numerusform>the article changed since this sidecar was saved: the text of %n spans no longer matches; the sidecar is opened read-only so it is not overwritten</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown status %1; use new, in-progress or done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“entities” appears twice; the items of both lists are kept, and the next save writes them as one list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“relations” appears twice; the items of both lists are kept, and the next save writes them as one list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this sidecar has format version %1, written by a newer Hashiya; this version reads up to %2.x and will not change the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unresolved merge conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a merge conflict this version cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“conflicts” must be a list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidecarTree</name>
    <message>
        <source>holds conflict markers of a text merge; resolve them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Hashiya sidecar: not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item of “%1” without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“conflicts” must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is not of the form MAJOR.MINOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format version %1 was written by a newer Hashiya, which must merge it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Hashiya sidecar: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item of “%1” without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Hashiya sidecar or schema: “format” is neither “hashiya-sidecar” nor “hashiya-schema”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id %1 appears twice in “%2”; run hashiya validate and repair it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name %1 appears twice in “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” appears twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceHighlighter</name>
    <message>
        <source>KSyntaxHighlighting %1 (KF6, in this process)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSyntaxHighlighting %1 (kate-syntax-highlighter, in its own process)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in highlighter (KSyntaxHighlighting is not installed: Debian package libkf5syntaxhighlighting-tools)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpacyJsonlExporter</name>
    <message>
        <source>relation %1 (%2) is not exported: one of its entities is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) with errors</source>
        <translation>
            <numerusform>%n document with errors</numerusform>
            <numerusform>%n documents with errors</numerusform>
        </translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hashiya stats: unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: has errors; run “hashiya validate” for details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hashiya stats [--json] [--no-index] PATH...
Counts documents, and entities and relations per type, in the articles under PATH.
A folder is read through its corpus index, which is made on first use and afterwards reads
only the articles that changed; --no-index reads every article and writes nothing.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagConsistency</name>
    <message>
        <source>not reviewed: the sidecar has errors; fix them first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the title to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitizingAlpha</name>
    <message>
        <source>fewer than two raters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty continuum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message numerus="yes">
        <source>Checked %n article(s)</source>
        <translation>
            <numerusform>Checked %n article</numerusform>
            <numerusform>Checked %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>hashiya validate: unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article this sidecar annotates is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hashiya validate PATH...
Checks articles, their sidecars (.ann.json) and schemas; folders are searched recursively.
In a git repository, a file that git&apos;s index lists as unmerged (its merge not finished) is an error.
Prints one line per problem. Exit status: 0 no problems, 1 problems found, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Source views: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
