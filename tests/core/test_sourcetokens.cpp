// SPDX-License-Identifier: GPL-3.0-or-later
// The line tokenizer behind the source views' colours: what each language colours, states across lines,
// UTF-16 positions, and well-formed tokens for any input.
#include "support/catchqt.h"
#include "text/sourcetokens.h"

#include <QString>
#include <QStringList>

#include <random>
#include <string>
#include <vector>

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace Catch {

template<>
struct StringMaker<SourceToken>
{
    static std::string convert(const SourceToken &token)
    {
        return "{" + std::to_string(token.start) + ", " + std::to_string(token.length) + ", kind "
            + std::to_string(int(token.kind)) + "}";
    }
};

} // namespace Catch

namespace {

using Kind = SourceTokenKind;

const SourceLanguage allLanguages[] = {SourceLanguage::Plain, SourceLanguage::Json,         SourceLanguage::Xml,
                                       SourceLanguage::Csv,   SourceLanguage::BratStandoff, SourceLanguage::Conll};

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Key:
        return u"Key"_s;
    case Kind::String:
        return u"String"_s;
    case Kind::Number:
        return u"Number"_s;
    case Kind::Keyword:
        return u"Keyword"_s;
    case Kind::Punctuation:
        return u"Punctuation"_s;
    case Kind::Tag:
        return u"Tag"_s;
    case Kind::Attribute:
        return u"Attribute"_s;
    case Kind::Comment:
        return u"Comment"_s;
    case Kind::Identifier:
        return u"Identifier"_s;
    case Kind::Type:
        return u"Type"_s;
    case Kind::Error:
        return u"Error"_s;
    }
    return u"?"_s;
}

/// The tokens of `line` as `Kind(text)` words, in order, for comparing with what a reader expects.
QString describe(SourceLanguage language, const QString &line, int state = sourceLineStart, bool firstLine = false,
                 int *endState = nullptr)
{
    std::vector<SourceToken> tokens;
    const int end = tokenizeSourceLine(language, line, state, firstLine, &tokens);
    if (endState)
        *endState = end;
    QStringList words;
    for (const SourceToken &token : tokens)
        words.append(kindName(token.kind) + u'(' + line.mid(token.start, token.length) + u')');
    return words.join(u' ');
}

QString json(const QString &line)
{
    return describe(SourceLanguage::Json, line);
}

QString brat(const QString &line)
{
    return describe(SourceLanguage::BratStandoff, line);
}

QString conll(const QString &line)
{
    return describe(SourceLanguage::Conll, line);
}

std::vector<SourceToken> tokensOf(SourceLanguage language, const QString &line, int state = sourceLineStart,
                                  bool firstLine = false)
{
    std::vector<SourceToken> tokens;
    tokenizeSourceLine(language, line, state, firstLine, &tokens);
    return tokens;
}

/// Ascending, non-overlapping, not empty, inside the line.
bool wellFormed(const std::vector<SourceToken> &tokens, qsizetype lineLength)
{
    qsizetype end = 0;
    for (const SourceToken &token : tokens) {
        if (token.length <= 0 || token.start < end)
            return false;
        end = token.start + token.length;
    }
    return end <= lineLength;
}

} // namespace

// JSON ------------------------------------------------------------------------------------------------

TEST_CASE("A JSON string before a colon is a key and any other string is a string", "[sourcetokens]")
{
    CHECK(json(u"{\"id\":\"b25t53r2mvv6\", \"type\" : \"GPE\"}"_s)
          == u"Punctuation({) Key(\"id\") Punctuation(:) String(\"b25t53r2mvv6\") Punctuation(,) Key(\"type\") "
             "Punctuation(:) String(\"GPE\") Punctuation(})"_s);
    CHECK(json(u"[\"a\", \":\"]"_s) == u"Punctuation([) String(\"a\") Punctuation(,) String(\":\") Punctuation(])"_s);
}

TEST_CASE("A sidecar's JSON lines colour keys, strings, numbers, keywords and punctuation", "[sourcetokens]")
{
    CHECK(json(u"    {\"id\":\"b25t53r2mvv6\",\"type\":\"GPE\",\"spans\":[[0,10,\"Azerbaijan\",\"\",\" and Türkiye "
               "expand\"]]},"_s)
          == u"Punctuation({) Key(\"id\") Punctuation(:) String(\"b25t53r2mvv6\") Punctuation(,) Key(\"type\") "
             "Punctuation(:) String(\"GPE\") Punctuation(,) Key(\"spans\") Punctuation(:) Punctuation([) "
             "Punctuation([) Number(0) Punctuation(,) Number(10) Punctuation(,) String(\"Azerbaijan\") "
             "Punctuation(,) String(\"\") Punctuation(,) String(\" and Türkiye expand\") Punctuation(]) "
             "Punctuation(]) Punctuation(}) Punctuation(,)"_s);
    CHECK(json(u"  \"article\": {\"file\":\"a.txt\",\"sha256\":\"b0e2…\",\"length\":652,\"bom\":false},"_s)
          == u"Key(\"article\") Punctuation(:) Punctuation({) Key(\"file\") Punctuation(:) String(\"a.txt\") "
             "Punctuation(,) Key(\"sha256\") Punctuation(:) String(\"b0e2…\") Punctuation(,) Key(\"length\") "
             "Punctuation(:) Number(652) Punctuation(,) Key(\"bom\") Punctuation(:) Keyword(false) Punctuation(}) "
             "Punctuation(,)"_s);
}

TEST_CASE("JSON numbers and the keywords true, false and null are told apart", "[sourcetokens]")
{
    CHECK(json(u"[-12, 3.5e-7, 0, 1E+3, true, false, null]"_s)
          == u"Punctuation([) Number(-12) Punctuation(,) Number(3.5e-7) Punctuation(,) Number(0) Punctuation(,) "
             "Number(1E+3) Punctuation(,) Keyword(true) Punctuation(,) Keyword(false) Punctuation(,) Keyword(null) "
             "Punctuation(])"_s);
}

TEST_CASE("Escaped quotes and backslashes stay inside their JSON string", "[sourcetokens]")
{
    CHECK(json(uR"({"a\"b":"c\\","d":"\u0041\""})"_s)
          == uR"(Punctuation({) Key("a\"b") Punctuation(:) String("c\\") Punctuation(,) Key("d") Punctuation(:) )"
             uR"(String("\u0041\"") Punctuation(}))"_s);
}

TEST_CASE("An unterminated JSON string runs to the end of the line", "[sourcetokens]")
{
    int state = -1;
    CHECK(describe(SourceLanguage::Json, uR"({"text":"no end \")"_s, sourceLineStart, false, &state)
          == uR"(Punctuation({) Key("text") Punctuation(:) String("no end \"))"_s);
    CHECK(state == sourceLineStart);
    CHECK(json(uR"(["dangling\)"_s) == uR"(Punctuation([) String("dangling\))"_s);
    CHECK(json(u"\"a: b"_s) == u"String(\"a: b)"_s); // not a key: the colon is inside the string
}

TEST_CASE("A stray character in JSON is an error", "[sourcetokens]")
{
    CHECK(json(u"{\"a\":1;}"_s) == u"Punctuation({) Key(\"a\") Punctuation(:) Number(1) Error(;) Punctuation(})"_s);
    CHECK(json(u"{\"a\":nul}"_s) == u"Punctuation({) Key(\"a\") Punctuation(:) Error(nul) Punctuation(})"_s);
    CHECK(json(u"{'a':1}"_s) == u"Punctuation({) Error('a') Punctuation(:) Number(1) Punctuation(})"_s);
    CHECK(json(u"[+1, -]"_s) == u"Punctuation([) Error(+) Number(1) Punctuation(,) Error(-) Punctuation(])"_s);
    const std::vector<SourceToken> emoji = tokensOf(SourceLanguage::Json, u"[😀]"_s);
    REQUIRE(emoji.size() == 3);
    CHECK(emoji[1] == SourceToken {1, 2, Kind::Error}); // one error for both halves of the surrogate pair
}

TEST_CASE("JSON positions are UTF-16 indexes, so an emoji before a key shifts it by two", "[sourcetokens]")
{
    const std::vector<SourceToken> plain = tokensOf(SourceLanguage::Json, u"{\"a\":\"c\",\"key\":1}"_s);
    const std::vector<SourceToken> emoji = tokensOf(SourceLanguage::Json, u"{\"a😀\":\"c\",\"key\":1}"_s);
    REQUIRE(plain.size() == 9);
    REQUIRE(emoji.size() == 9);
    CHECK(plain[1] == SourceToken {1, 3, Kind::Key});
    CHECK(emoji[1] == SourceToken {1, 5, Kind::Key});
    CHECK(plain[5] == SourceToken {9, 5, Kind::Key});
    CHECK(emoji[5] == SourceToken {11, 5, Kind::Key});
    CHECK(emoji[7] == SourceToken {17, 1, Kind::Number});
}

TEST_CASE("Arabic, Turkish and emoji text inside a JSON string is one string", "[sourcetokens]")
{
    CHECK(json(u"{\"text\":\"وصل أمير قطر إلى أنقرة\",\"tr\":\"İstanbul'da toplantı\",\"flag\":\"🇶🇦 Doha\"}"_s)
          == u"Punctuation({) Key(\"text\") Punctuation(:) String(\"وصل أمير قطر إلى أنقرة\") Punctuation(,) "
             "Key(\"tr\") Punctuation(:) String(\"İstanbul'da toplantı\") Punctuation(,) Key(\"flag\") "
             "Punctuation(:) String(\"🇶🇦 Doha\") Punctuation(})"_s);
}

TEST_CASE("A byte order mark at the start of a document is skipped", "[sourcetokens]")
{
    const QString line = u"\uFEFF{\"a\":1}"_s;
    const std::vector<SourceToken> first = tokensOf(SourceLanguage::Json, line, sourceLineStart, true);
    REQUIRE(first.size() == 5);
    CHECK(first[0] == SourceToken {1, 1, Kind::Punctuation});
    CHECK(first[1] == SourceToken {2, 3, Kind::Key});
    // Anywhere else it is a stray character.
    CHECK(tokensOf(SourceLanguage::Json, line).front() == SourceToken {0, 1, Kind::Error});
}

TEST_CASE("A megabyte-long JSON line is tokenized whole", "[sourcetokens]")
{
    const QString object = u"{\"id\":\"b25t53r2mvv6\",\"type\":\"GPE\"},"_s;
    const QString line = object.repeated(30000);
    const std::vector<SourceToken> tokens = tokensOf(SourceLanguage::Json, line);
    REQUIRE(tokens.size() == 30000 * 10);
    CHECK(tokens.back() == SourceToken {line.size() - 1, 1, Kind::Punctuation});
    CHECK(tokens[tokens.size() - 3] == SourceToken {line.size() - 7, 5, Kind::String});
}

TEST_CASE("Tokens are appended after those of earlier lines, which are left alone", "[sourcetokens]")
{
    std::vector<SourceToken> tokens {{0, 1, Kind::Error}};
    tokenizeSourceLine(SourceLanguage::Json, u";"_s, sourceLineStart, false, &tokens);
    REQUIRE(tokens.size() == 2); // not merged with the error of the line before
    CHECK(tokens[1] == SourceToken {0, 1, Kind::Error});
}

// XML -------------------------------------------------------------------------------------------------

TEST_CASE("XML tags, attributes, values and references are coloured and text is not", "[sourcetokens]")
{
    const auto xml = [](const QString &line) {
        return describe(SourceLanguage::Xml, line);
    };
    CHECK(xml(u"<node id=\"n1\" label='Ilgar &amp; co'/>"_s)
          == u"Tag(<node) Attribute(id) Punctuation(=) String(\"n1\") Attribute(label) Punctuation(=) String('Ilgar ) "
             "Keyword(&amp;) String( co') Tag(/>)"_s);
    CHECK(xml(u"  <data key=\"d0\">Bakı &#1234; &#x4E2D; &amp; أنقرة</data>"_s)
          == u"Tag(<data) Attribute(key) Punctuation(=) String(\"d0\") Tag(>) Keyword(&#1234;) Keyword(&#x4E2D;) "
             "Keyword(&amp;) Tag(</data) Tag(>)"_s);
    CHECK(xml(u"<y:ShapeNode/>"_s) == u"Tag(<y:ShapeNode) Tag(/>)"_s);
    CHECK(xml(u"a & b < c &x"_s) == u"Error(&) Error(<) Error(&)"_s);
}

TEST_CASE("The XML declaration and other declarations are keywords", "[sourcetokens]")
{
    int state = -1;
    CHECK(describe(SourceLanguage::Xml, u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>"_s, sourceLineStart, false, &state)
          == u"Keyword(<?xml version=\"1.0\" encoding=\"UTF-8\"?>)"_s);
    CHECK(state == sourceLineStart);
    CHECK(describe(SourceLanguage::Xml, u"<!DOCTYPE graphml SYSTEM \"graphml.dtd\"><graphml>"_s)
          == u"Keyword(<!DOCTYPE graphml SYSTEM \"graphml.dtd\">) Tag(<graphml) Tag(>)"_s);

    const QString first = u"<?xml-stylesheet type=\"text/xsl\""_s;
    CHECK(describe(SourceLanguage::Xml, first, sourceLineStart, true, &state) == u"Keyword("_s + first + u')');
    CHECK(state != sourceLineStart);
    CHECK(describe(SourceLanguage::Xml, u"  href=\"s.xsl\"?><root>"_s, state, false, &state)
          == u"Keyword(  href=\"s.xsl\"?>) Tag(<root) Tag(>)"_s);
    CHECK(state == sourceLineStart);
}

TEST_CASE("An XML comment spans lines through the returned state", "[sourcetokens]")
{
    int state = -1;
    CHECK(describe(SourceLanguage::Xml, u"<graph id=\"G\"> <!-- the people"_s, sourceLineStart, false, &state)
          == u"Tag(<graph) Attribute(id) Punctuation(=) String(\"G\") Tag(>) Comment(<!-- the people)"_s);
    const int inComment = state;
    CHECK(inComment != sourceLineStart);
    CHECK(describe(SourceLanguage::Xml, u"<node id=\"n9\"/> is commented out"_s, state, false, &state)
          == u"Comment(<node id=\"n9\"/> is commented out)"_s);
    CHECK(state == inComment);
    CHECK(describe(SourceLanguage::Xml, u""_s, state, false, &state).isEmpty());
    CHECK(state == inComment);
    CHECK(describe(SourceLanguage::Xml, u"end --> <edge/>"_s, state, false, &state)
          == u"Comment(end -->) Tag(<edge) Tag(/>)"_s);
    CHECK(state == sourceLineStart);
}

TEST_CASE("An XML CDATA section spans lines through the returned state", "[sourcetokens]")
{
    int state = -1;
    CHECK(describe(SourceLanguage::Xml, u"<data key=\"d1\"><![CDATA[if a < b && c"_s, sourceLineStart, false, &state)
          == u"Tag(<data) Attribute(key) Punctuation(=) String(\"d1\") Tag(>) String(<![CDATA[if a < b && c)"_s);
    const int inCdata = state;
    CHECK(inCdata != sourceLineStart);
    CHECK(describe(SourceLanguage::Xml, u"]] --> not yet"_s, state, false, &state) == u"String(]] --> not yet)"_s);
    CHECK(state == inCdata);
    CHECK(describe(SourceLanguage::Xml, u"done]]></data>"_s, state, false, &state)
          == u"String(done]]>) Tag(</data) Tag(>)"_s);
    CHECK(state == sourceLineStart);

    // A comment and a CDATA section leave different states.
    int inComment = -1;
    describe(SourceLanguage::Xml, u"<!--"_s, sourceLineStart, false, &inComment);
    CHECK(inComment != inCdata);
}

TEST_CASE("An XML tag whose attributes continue on the next line keeps going", "[sourcetokens]")
{
    int state = -1;
    CHECK(describe(SourceLanguage::Xml, u"<node id=\"n1\""_s, sourceLineStart, false, &state)
          == u"Tag(<node) Attribute(id) Punctuation(=) String(\"n1\")"_s);
    CHECK(state != sourceLineStart);
    CHECK(describe(SourceLanguage::Xml, u"      label=\"Ilgar"_s, state, false, &state)
          == u"Attribute(label) Punctuation(=) String(\"Ilgar)"_s);
    CHECK(state != sourceLineStart);
    CHECK(describe(SourceLanguage::Xml, u"Huseynov\" weight='2.5'>text"_s, state, false, &state)
          == u"String(Huseynov\") Attribute(weight) Punctuation(=) String('2.5') Tag(>)"_s);
    CHECK(state == sourceLineStart);

    // A tag left without its '>' ends where the next one starts.
    CHECK(describe(SourceLanguage::Xml, u"<a x=\"1\" <b>"_s)
          == u"Tag(<a) Attribute(x) Punctuation(=) String(\"1\") Tag(<b) Tag(>)"_s);
}

// CSV -------------------------------------------------------------------------------------------------

TEST_CASE("Every field of the first CSV line is a key of the header", "[sourcetokens]")
{
    CHECK(describe(SourceLanguage::Csv, u"id,type,\"start offset\", end ,2024"_s, sourceLineStart, true)
          == u"Key(id) Punctuation(,) Key(type) Punctuation(,) Key(\"start offset\") Punctuation(,) Key(end) "
             "Punctuation(,) Key(2024)"_s);
}

TEST_CASE("CSV data fields: quoted strings, numbers and the commas between them", "[sourcetokens]")
{
    const auto csv = [](const QString &line) {
        return describe(SourceLanguage::Csv, line);
    };
    CHECK(csv(u"T1,PERSON,0,5,\"Ilgar \"\"the\"\" Huseynov\",-3.5e2,12x,,"_s)
          == u"Punctuation(,) Punctuation(,) Number(0) Punctuation(,) Number(5) Punctuation(,) "
             "String(\"Ilgar \"\"the\"\" Huseynov\") Punctuation(,) Number(-3.5e2) Punctuation(,) Punctuation(,) "
             "Punctuation(,)"_s);
    CHECK(csv(u"3,\"أنقرة، تركيا\",İstanbul,😀"_s)
          == u"Number(3) Punctuation(,) String(\"أنقرة، تركيا\") Punctuation(,) Punctuation(,)"_s);
    CHECK(csv(u"\"a\" b,\"c\""_s) == u"String(\"a\") Error(b) Punctuation(,) String(\"c\")"_s);
    CHECK(csv(u""_s).isEmpty());
}

TEST_CASE("A quoted CSV field spans lines through the returned state", "[sourcetokens]")
{
    int state = -1;
    CHECK(describe(SourceLanguage::Csv, u"T2,\"first line"_s, sourceLineStart, false, &state)
          == u"Punctuation(,) String(\"first line)"_s);
    const int inField = state;
    CHECK(inField != sourceLineStart);
    CHECK(describe(SourceLanguage::Csv, u"second, line"_s, state, false, &state) == u"String(second, line)"_s);
    CHECK(state == inField);
    CHECK(describe(SourceLanguage::Csv, u""_s, state, false, &state).isEmpty());
    CHECK(state == inField);
    CHECK(describe(SourceLanguage::Csv, u"end \"\" quote\",7"_s, state, false, &state)
          == u"String(end \"\" quote\") Punctuation(,) Number(7)"_s);
    CHECK(state == sourceLineStart);
}

TEST_CASE("A quoted CSV header field that spans lines keeps the header going", "[sourcetokens]")
{
    int state = -1;
    CHECK(describe(SourceLanguage::Csv, u"id,\"note"_s, sourceLineStart, true, &state)
          == u"Key(id) Punctuation(,) Key(\"note)"_s);
    CHECK(state != sourceLineStart);
    CHECK(describe(SourceLanguage::Csv, u"text\",type"_s, state, false, &state)
          == u"Key(text\") Punctuation(,) Key(type)"_s);
    CHECK(state == sourceLineStart);
    CHECK(describe(SourceLanguage::Csv, u"1,x"_s, state, false, &state) == u"Number(1) Punctuation(,)"_s);
}

// Brat standoff ---------------------------------------------------------------------------------------

TEST_CASE("A brat text-bound line colours its id, type and offsets but not its text", "[sourcetokens]")
{
    CHECK(brat(u"T1\tPERSON 0 5;7 9\tIlgar Huseynov"_s)
          == u"Identifier(T1) Type(PERSON) Number(0) Number(5) Punctuation(;) Number(7) Number(9)"_s);
    const std::vector<SourceToken> arabic = tokensOf(SourceLanguage::BratStandoff, u"T12\tGPE 20 25\tأنقرة 😀"_s);
    REQUIRE(arabic.size() == 4);
    CHECK(arabic[3] == SourceToken {11, 2, Kind::Number});
}

TEST_CASE("Brat relation and event lines colour roles as keys and arguments as ids", "[sourcetokens]")
{
    CHECK(brat(u"R1\tMeets Arg1:T3 Arg2:T4"_s)
          == u"Identifier(R1) Type(Meets) Key(Arg1:) Identifier(T3) Key(Arg2:) Identifier(T4)"_s);
    CHECK(brat(u"E1\tAttack:T2 Target:T3 Instrument2:E4"_s)
          == u"Identifier(E1) Type(Attack) Punctuation(:) Identifier(T2) Key(Target:) Identifier(T3) "
             "Key(Instrument2:) Identifier(E4)"_s);
}

TEST_CASE("Brat attribute, normalization, note and equivalence lines are coloured", "[sourcetokens]")
{
    CHECK(brat(u"A1\tNegated T1"_s) == u"Identifier(A1) Type(Negated) Identifier(T1)"_s);
    CHECK(brat(u"A2\tConfidence T1 High"_s) == u"Identifier(A2) Type(Confidence) Identifier(T1) Keyword(High)"_s);
    CHECK(brat(u"N1\tReference T1 Wikipedia:534366\tBarack Obama"_s)
          == u"Identifier(N1) Type(Reference) Identifier(T1) Key(Wikipedia:) Keyword(534366)"_s);
    CHECK(brat(u"#1\tAnnotatorNotes T1\tnote text\twith a tab"_s)
          == u"Identifier(#1) Type(AnnotatorNotes) Identifier(T1) Comment(note text\twith a tab)"_s);
    CHECK(brat(u"*\tEquiv T1 T2"_s) == u"Identifier(*) Type(Equiv) Identifier(T1) Identifier(T2)"_s);
}

TEST_CASE("A malformed brat line is coloured where it can be and is never a problem", "[sourcetokens]")
{
    CHECK(brat(u"T1 PERSON 0 5 Ilgar"_s) == u"Error(T1 PERSON 0 5 Ilgar)"_s); // spaces where tabs belong
    CHECK(brat(u"T1\tPERSON 0 x5;\t"_s)
          == u"Identifier(T1) Type(PERSON) Number(0) Error(x) Number(5) Punctuation(;)"_s);
    CHECK(brat(u"\tPERSON 0 5"_s) == u"Type(PERSON)"_s);
    CHECK(brat(u"T 1\tPERSON"_s) == u"Error(T 1) Type(PERSON)"_s);
    CHECK(brat(u"R1\t"_s) == u"Identifier(R1)"_s);
    CHECK(brat(u"X9\tSomething else"_s) == u"Identifier(X9) Type(Something)"_s);
    CHECK(brat(u""_s).isEmpty());
    CHECK(brat(u"  "_s).isEmpty());
}

// CoNLL -----------------------------------------------------------------------------------------------

TEST_CASE("CoNLL document starts are keywords and comments are comments", "[sourcetokens]")
{
    CHECK(conll(u"-DOCSTART- -X- -X- O"_s) == u"Keyword(-DOCSTART- -X- -X- O)"_s);
    CHECK(conll(u"-DOCSTART- -X- O O"_s) == u"Keyword(-DOCSTART- -X- O O)"_s); // as ConllExporter writes it
    CHECK(conll(u"# sent_id = 1"_s) == u"Comment(# sent_id = 1)"_s);
    CHECK(conll(u"#text Ilgar met B-PER"_s) == u"Comment(#text Ilgar met B-PER)"_s);
}

TEST_CASE("A CoNLL token line colours its tag and placeholder columns", "[sourcetokens]")
{
    CHECK(conll(u"Ilgar -X- _ B-PER"_s) == u"Punctuation(-X-) Punctuation(_) Type(B-PER)"_s);
    CHECK(conll(u"met -X- _ O"_s) == u"Punctuation(-X-) Punctuation(_) Punctuation(O)"_s);
    CHECK(conll(u"Huseynov\tI-PER"_s) == u"Type(I-PER)"_s);
    CHECK(conll(u"Bakı E-LOC"_s) == u"Type(E-LOC)"_s);
    CHECK(conll(u"Qatar\tS-GPE "_s) == u"Type(S-GPE)"_s);
    CHECK(conll(u"أنقرة -X- _ B-LOC"_s) == u"Punctuation(-X-) Punctuation(_) Type(B-LOC)"_s);
    CHECK(conll(u"x -X- _ PER"_s) == u"Punctuation(-X-) Punctuation(_)"_s); // not a tag it knows
    CHECK(conll(u"Ankara"_s).isEmpty());
    // A '#' token in the columns Hashiya writes is a token, not a comment.
    CHECK(conll(u"# -X- _ O"_s) == u"Punctuation(-X-) Punctuation(_) Punctuation(O)"_s);
    CHECK(conll(u"#Qatar\tB-GPE"_s) == u"Type(B-GPE)"_s);
}

TEST_CASE("Blank CoNLL lines between sentences have no tokens", "[sourcetokens]")
{
    CHECK(conll(u""_s).isEmpty());
    CHECK(conll(u" \t "_s).isEmpty());
}

// Every language --------------------------------------------------------------------------------------

TEST_CASE("Plain text has no tokens", "[sourcetokens]")
{
    int state = -1;
    CHECK(describe(SourceLanguage::Plain, u"{\"a\":1} <b> T1\tX"_s, sourceLineStart, true, &state).isEmpty());
    CHECK(state == sourceLineStart);
}

TEST_CASE("A state of -1, or one no line of the language returns, counts as the start", "[sourcetokens]")
{
    int state = 0;
    CHECK(describe(SourceLanguage::Xml, u"text --> <a>"_s, -1, false, &state) == u"Tag(<a) Tag(>)"_s);
    CHECK(state == sourceLineStart);
    CHECK(describe(SourceLanguage::Xml, u"text --> <a>"_s, 12345, false, &state) == u"Tag(<a) Tag(>)"_s);
    CHECK(describe(SourceLanguage::Csv, u"a\",1"_s, -1, false, &state) == u"Punctuation(,) Number(1)"_s);
    CHECK(state == sourceLineStart);

    // The state an XML comment leaves means nothing to CSV, and the state of a quoted CSV field nothing to XML.
    int xmlState = 0, csvState = 0;
    describe(SourceLanguage::Xml, u"<!--"_s, sourceLineStart, false, &xmlState);
    describe(SourceLanguage::Csv, u"\"open"_s, sourceLineStart, false, &csvState);
    REQUIRE(xmlState != sourceLineStart);
    REQUIRE(csvState != sourceLineStart);
    CHECK(describe(SourceLanguage::Csv, u"a\",1"_s, xmlState) == u"Punctuation(,) Number(1)"_s);
    CHECK(describe(SourceLanguage::Xml, u"text --> <a>"_s, csvState) == u"Tag(<a) Tag(>)"_s);

    for (SourceLanguage language : allLanguages) {
        for (const QString &line :
             {u"{\"a\":[1,true]}"_s, u"<a b=\"c\">"_s, u"x,\"y\",3"_s, u"T1\tX 0 1\tab"_s, u"w -X- _ B-X"_s}) {
            CHECK(tokensOf(language, line, -1) == tokensOf(language, line, sourceLineStart));
            CHECK(tokenizeSourceLine(language, line, -1, false, nullptr) == sourceLineStart);
        }
    }
}

TEST_CASE("Without a token vector the state is still worked out", "[sourcetokens]")
{
    std::vector<SourceToken> tokens;
    const int withTokens =
        tokenizeSourceLine(SourceLanguage::Xml, u"<a> <![CDATA[x"_s, sourceLineStart, false, &tokens);
    CHECK(tokenizeSourceLine(SourceLanguage::Xml, u"<a> <![CDATA[x"_s, sourceLineStart, false, nullptr) == withTokens);
    CHECK(withTokens != sourceLineStart);
}

TEST_CASE("Tokens are ascending, non-overlapping and inside the line whatever the input", "[sourcetokens]")
{
    QStringList pieces = {u"\""_s,    u"\\"_s,    u"{"_s,         u"}"_s,    u"["_s,          u"]"_s,         u":"_s,
                          u","_s,     u" "_s,     u"\t"_s,        u"\r"_s,   u"-"_s,          u"+"_s,         u"."_s,
                          u"e"_s,     u"0"_s,     u"17"_s,        u"true"_s, u"nul"_s,        u"<"_s,         u">"_s,
                          u"/"_s,     u"="_s,     u"'"_s,         u"!"_s,    u"?"_s,          u"&"_s,         u";"_s,
                          u"#"_s,     u"&amp;"_s, u"&#x"_s,       u"<!--"_s, u"-->"_s,        u"<![CDATA["_s, u"]]>"_s,
                          u"<?xml"_s, u"?>"_s,    u"<!DOCTYPE"_s, u"</"_s,   u"-DOCSTART-"_s, u"T1"_s,        u"R"_s,
                          u"E"_s,     u"A"_s,     u"N"_s,         u"*"_s,    u"Arg1:"_s,      u"B-PER"_s,     u"O"_s,
                          u"_"_s,     u"-X-"_s,   u"أنقرة"_s,     u"İ"_s,    u"😀"_s,          u"\uFEFF"_s,    u"x"_s};
    pieces << QString(QChar(char16_t(0xD83D))) << QString(QChar(char16_t(0xDE00))); // lone surrogates
    std::mt19937 generator(20240607); // fixed: the same lines on every run
    std::vector<SourceToken> tokens;
    int checked = 0;
    for (SourceLanguage language : allLanguages) {
        int state = sourceLineStart;
        for (int number = 0; number < 3000; ++number) {
            QString line;
            for (unsigned count = generator() % 24; count > 0; --count)
                line += pieces[qsizetype(generator() % unsigned(pieces.size()))];
            const int given = number % 37 == 0 ? -1 : state;
            const bool firstLine = number % 100 == 0;
            tokens.clear();
            const int next = tokenizeSourceLine(language, line, given, firstLine, &tokens);
            if (!wellFormed(tokens, line.size()) || next < 0 || next > 15
                || (language == SourceLanguage::Json && next != sourceLineStart)
                || tokenizeSourceLine(language, line, given, firstLine, nullptr) != next) {
                FAIL("language " << int(language) << ", line " << number << ", state " << given << ": "
                                 << line.toStdString());
            }
            state = next;
            ++checked;
        }
    }
    CHECK(checked == 6 * 3000);
}
