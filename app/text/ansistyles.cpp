// SPDX-License-Identifier: GPL-3.0-or-later
#include "ansistyles.h"

#include <QList>
#include <QString>

#include <algorithm>
#include <array>

namespace Hashiya {
namespace {

constexpr char16_t escape = 0x1b;

/// The sixteen colours of 30–37 and 90–97 (xterm's defaults).
constexpr std::array<quint32, 16> basicColours = {0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd,
                                                  0x00cdcd, 0xe5e5e5, 0x7f7f7f, 0xff0000, 0x00ff00, 0xffff00,
                                                  0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff};

/// One of the 256 colours of 38;5;N and 48;5;N.
quint32 indexedColour(int index)
{
    if (index < 16)
        return basicColours[size_t(std::max(index, 0))];
    if (index < 232) {
        const int cube = index - 16;
        auto level = [](int step) { return quint32(step == 0 ? 0 : 55 + step * 40); };
        return level(cube / 36) << 16 | level(cube / 6 % 6) << 8 | level(cube % 6);
    }
    const quint32 grey = quint32(8 + (std::min(index, 255) - 232) * 10);
    return grey << 16 | grey << 8 | grey;
}

} // namespace

void AnsiLineReader::read(QStringView line, QString *text, std::vector<AnsiRun> *runs)
{
    text->clear();
    text->reserve(line.size());
    qsizetype at = 0;
    while (at < line.size()) {
        if (line[at] != escape) {
            // Plain characters up to the next escape, in the current style.
            qsizetype end = line.indexOf(QChar(escape), at);
            if (end < 0)
                end = line.size();
            const qsizetype start = text->size();
            text->append(line.sliced(at, end - at));
            if (!m_current.isPlain()) {
                const int style = currentStyleIndex();
                if (!runs->empty() && runs->back().style == style && runs->back().start + runs->back().length == start)
                    runs->back().length += end - at;
                else
                    runs->push_back({start, end - at, style});
            }
            at = end;
            continue;
        }
        // ESC [ parameters final-byte; anything else after ESC is dropped with it.
        if (at + 1 >= line.size() || line[at + 1] != u'[') {
            at += 2;
            continue;
        }
        qsizetype end = at + 2;
        while (end < line.size() && (line[end].isDigit() || line[end] == u';'))
            ++end;
        if (end < line.size() && line[end] == u'm')
            apply(line.sliced(at + 2, end - at - 2));
        at = end + 1; // other sequences (ESC [ K: clear to the line's end) change no style
    }
}

void AnsiLineReader::apply(QStringView parameters)
{
    m_currentIndex = -1;
    const QList<QStringView> fields = parameters.split(u';');
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const int code = fields[i].isEmpty() ? 0 : fields[i].toInt();
        // 38;2;R;G;B and 38;5;N (48 for the background).
        if ((code == 38 || code == 48) && i + 1 < fields.size()) {
            std::optional<quint32> colour;
            const int kind = fields[i + 1].toInt();
            if (kind == 2 && i + 4 < fields.size()) {
                colour = quint32(std::clamp(fields[i + 2].toInt(), 0, 255)) << 16
                         | quint32(std::clamp(fields[i + 3].toInt(), 0, 255)) << 8
                         | quint32(std::clamp(fields[i + 4].toInt(), 0, 255));
                i += 4;
            } else if (kind == 5 && i + 2 < fields.size()) {
                colour = indexedColour(fields[i + 2].toInt());
                i += 2;
            } else {
                i += 1;
            }
            (code == 38 ? m_current.foreground : m_current.background) = colour;
            continue;
        }
        switch (code) {
        case 0:
            m_current = AnsiStyle();
            break;
        case 1:
            m_current.bold = true;
            break;
        case 3:
            m_current.italic = true;
            break;
        case 4:
            m_current.underline = true;
            break;
        case 9:
            m_current.strikeOut = true;
            break;
        case 21: // "bold off" for KSyntaxHighlighting, doubly underlined for some terminals
        case 22:
            m_current.bold = false;
            break;
        case 23:
            m_current.italic = false;
            break;
        case 24:
            m_current.underline = false;
            break;
        case 29:
            m_current.strikeOut = false;
            break;
        case 39:
            m_current.foreground.reset();
            break;
        case 49:
            m_current.background.reset();
            break;
        default:
            if (code >= 30 && code <= 37)
                m_current.foreground = basicColours[size_t(code - 30)];
            else if (code >= 90 && code <= 97)
                m_current.foreground = basicColours[size_t(code - 90 + 8)];
            else if (code >= 40 && code <= 47)
                m_current.background = basicColours[size_t(code - 40)];
            else if (code >= 100 && code <= 107)
                m_current.background = basicColours[size_t(code - 100 + 8)];
            break;
        }
    }
}

int AnsiLineReader::currentStyleIndex()
{
    if (m_currentIndex >= 0)
        return m_currentIndex;
    const auto known = std::find(m_styles.begin(), m_styles.end(), m_current);
    if (known != m_styles.end()) {
        m_currentIndex = int(known - m_styles.begin());
    } else {
        m_currentIndex = int(m_styles.size());
        m_styles.push_back(m_current);
    }
    return m_currentIndex;
}

} // namespace Hashiya
