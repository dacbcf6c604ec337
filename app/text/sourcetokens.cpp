// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcetokens.h"

#include "text/sourcetokensinternal.h"

#include <string_view>

namespace Hashiya {

using namespace SourceTokenizers;

int tokenizeSourceLine(SourceLanguage language, QStringView line, int state, bool firstLine,
                       std::vector<SourceToken> *tokens)
{
    std::u16string_view text(line.utf16(), size_t(line.size()));
    qsizetype offset = 0;
    if (firstLine && !text.empty() && text.front() == u'\uFEFF') {
        text.remove_prefix(1);
        offset = 1;
    }
    Emitter out(tokens, offset);
    switch (language) {
    case SourceLanguage::Json:
        tokenizeJson(text, out);
        break;
    case SourceLanguage::Xml:
        return tokenizeXml(text, state, out);
    case SourceLanguage::Csv:
        return tokenizeCsv(text, state, firstLine, out);
    case SourceLanguage::BratStandoff:
        tokenizeBrat(text, out);
        break;
    case SourceLanguage::Conll:
        tokenizeConll(text, out);
        break;
    case SourceLanguage::Plain:
        break;
    }
    return sourceLineStart;
}

} // namespace Hashiya
