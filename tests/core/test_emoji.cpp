// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/catchqt.h"
#include "text/emoji.h"

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

QStringList emojiIn(const QString &text)
{
    QStringList found;
    for (const auto &[from, to] : emojiRanges(text))
        found.append(text.mid(from, to - from));
    return found;
}

} // namespace

TEST_CASE("Emoji ranges hold whole pictures and leave letters, digits and text symbols out", "[emoji]")
{
    CHECK(emojiIn(u"Ankara'da 12 kişi, قطر 2024 — İlgar ılık ❤ ☺ ©"_s).isEmpty());
    CHECK(emojiIn(u"😀"_s) == QStringList {u"😀"_s});
    // Flags, skin tones, joined families and keycaps are one picture each; neighbours merge.
    const QString text = u"A 😀 B 🇹🇷🇦🇿 👍🏽 👩‍👩‍👧 1️⃣ ☺️ ⚽ ☺︎ 📰"_s;
    const QStringList expected = {
        u"😀"_s, u"🇹🇷🇦🇿"_s, u"👍🏽"_s, u"👩‍👩‍👧"_s, u"1️⃣"_s, u"☺️"_s, u"⚽"_s, u"📰"_s,
    };
    CHECK(emojiIn(text) == expected);
    // Arabic around an emoji.
    const QString arabic = u"وصل الوفد 😀 إلى الدوحة"_s;
    const auto ranges = emojiRanges(arabic);
    REQUIRE(ranges.size() == 1);
    CHECK(ranges.front().first == arabic.indexOf(u"😀"_s));
    CHECK(ranges.front().second == ranges.front().first + 2);
}
