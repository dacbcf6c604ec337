// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchoptionsmenu.h"

#include <QActionGroup>
#include <QSettings>

namespace Hashiya {
namespace {

const QString settingsKey = QStringLiteral("matching/fold");

} // namespace

MatchOptionsMenu::MatchOptionsMenu(QWidget *parent)
    : QMenu(tr("Matching"), parent)
{
    setObjectName(QStringLiteral("matchOptionsMenu"));
    setToolTipsVisible(true);
    m_ignoreCase = addOption(tr("Ignore case"), tr("“istanbul” finds “İstanbul”"));
    m_caseRules = new QActionGroup(this);
    auto addRule = [&](const QString &text, const QString &tip) {
        QAction *action = addOption(text, tip);
        m_caseRules->addAction(action);
        return action;
    };
    m_autoCase = addRule(tr("Case rules of each article's language"),
                         tr("Turkish rules for Turkish articles, general rules for the others"));
    m_turkishCase = addRule(tr("Turkish case rules"), tr("I is the capital of ı, İ the capital of i"));
    m_generalCase = addRule(tr("General case rules"), tr("I, İ, i and ı all match"));
    addSeparator();
    m_latinDiacritics = addOption(tr("Ignore Latin diacritics"), tr("“Gorgun” finds “Görgün”"));
    m_arabicMarks = addOption(tr("Ignore Arabic vowel marks and tatweel"), tr("“أنقرة” finds “أنقَرة”"));
    m_alef = addOption(tr("One alef for أ إ آ ٱ, ي for ى"), tr("“انقرة” finds “أنقرة”"));
    m_tehMarbuta = addOption(tr("ه for ة"), tr("“الدوحه” finds “الدوحة”"));
    m_apostrophes = addOption(tr("One apostrophe for ' ’ ʼ"), tr("“Ankara’da” finds “Ankara'da”"));
    addSeparator();
    m_wholeWords = addOption(tr("Whole words"), tr("“Ankara” does not find “Ankaralı”"));
    m_turkishSuffixes =
        addOption(tr("Allow Turkish suffixes after an apostrophe"), tr("“Ankara” finds “Ankara” in “Ankara'da”"));
    m_arabicProclitics = addOption(tr("Allow Arabic proclitics (و ف ب ك ل ال)"), tr("“الدوحة” finds it in “والدوحة”"));
    setOptions(saved());
}

QAction *MatchOptionsMenu::addOption(const QString &text, const QString &tip)
{
    QAction *action = addAction(text);
    action->setCheckable(true);
    action->setToolTip(tip);
    connect(action, &QAction::toggled, this, &MatchOptionsMenu::onToggled);
    return action;
}

MatchOptions MatchOptionsMenu::options() const
{
    MatchOptions options;
    options.ignoreCase = m_ignoreCase->isChecked();
    options.caseRules = m_turkishCase->isChecked() ? MatchOptions::CaseRules::Turkish
        : m_generalCase->isChecked()               ? MatchOptions::CaseRules::General
                                                   : MatchOptions::CaseRules::Auto;
    options.ignoreLatinDiacritics = m_latinDiacritics->isChecked();
    options.ignoreArabicMarks = m_arabicMarks->isChecked();
    options.unifyAlef = m_alef->isChecked();
    options.tehMarbutaAsHeh = m_tehMarbuta->isChecked();
    options.unifyApostrophes = m_apostrophes->isChecked();
    options.wholeWords = m_wholeWords->isChecked();
    options.turkishSuffixes = m_turkishSuffixes->isChecked();
    options.arabicProclitics = m_arabicProclitics->isChecked();
    return options;
}

void MatchOptionsMenu::setOptions(const MatchOptions &options)
{
    m_updating = true;
    m_ignoreCase->setChecked(options.ignoreCase);
    m_autoCase->setChecked(options.caseRules == MatchOptions::CaseRules::Auto);
    m_turkishCase->setChecked(options.caseRules == MatchOptions::CaseRules::Turkish);
    m_generalCase->setChecked(options.caseRules == MatchOptions::CaseRules::General);
    m_latinDiacritics->setChecked(options.ignoreLatinDiacritics);
    m_arabicMarks->setChecked(options.ignoreArabicMarks);
    m_alef->setChecked(options.unifyAlef);
    m_tehMarbuta->setChecked(options.tehMarbutaAsHeh);
    m_apostrophes->setChecked(options.unifyApostrophes);
    m_wholeWords->setChecked(options.wholeWords);
    m_turkishSuffixes->setChecked(options.turkishSuffixes);
    m_arabicProclitics->setChecked(options.arabicProclitics);
    m_updating = false;
    onToggled();
}

MatchOptions MatchOptionsMenu::saved()
{
    QString ignored;
    return MatchOptions::parse(QSettings().value(settingsKey).toString(), &ignored).value_or(MatchOptions {});
}

void MatchOptionsMenu::onToggled()
{
    if (m_updating)
        return;
    // The case rules and the affixes mean something only with what they refine.
    for (QAction *rule : m_caseRules->actions())
        rule->setEnabled(m_ignoreCase->isChecked());
    m_turkishSuffixes->setEnabled(m_wholeWords->isChecked());
    m_arabicProclitics->setEnabled(m_wholeWords->isChecked());
    const MatchOptions current = options();
    QSettings().setValue(settingsKey, current.spec());
    Q_EMIT optionsChanged(current);
}

} // namespace Hashiya
