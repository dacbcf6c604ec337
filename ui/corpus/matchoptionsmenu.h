// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/matchoptions.h"

#include <QMenu>

class QActionGroup;

namespace Hashiya {

/// The matching options as a menu of check boxes, so every search shows exactly how it compares:
/// case and which case rules, Latin diacritics, Arabic marks and letter forms, whole words with Turkish
/// suffixes and Arabic proclitics. Find, Tag all occurrences and Corpus search share the choice, saved
/// in the same spec `hashiya search --fold` takes.
class MatchOptionsMenu final : public QMenu
{
    Q_OBJECT

public:
    explicit MatchOptionsMenu(QWidget *parent = nullptr);

    MatchOptions options() const;
    void setOptions(const MatchOptions &options);

    /// The options last chosen in any of these menus, or the defaults.
    static MatchOptions saved();

Q_SIGNALS:
    void optionsChanged(const MatchOptions &options);

private:
    QAction *addOption(const QString &text, const QString &tip);
    void onToggled();

    QAction *m_ignoreCase;
    QActionGroup *m_caseRules;
    QAction *m_autoCase;
    QAction *m_turkishCase;
    QAction *m_generalCase;
    QAction *m_latinDiacritics;
    QAction *m_arabicMarks;
    QAction *m_alef;
    QAction *m_tehMarbuta;
    QAction *m_apostrophes;
    QAction *m_wholeWords;
    QAction *m_turkishSuffixes;
    QAction *m_arabicProclitics;
    bool m_updating = false;
};

} // namespace Hashiya
