// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement/adjudication.h"
#include "agreement/comparisonitems.h"
#include "agreement/goldcopy.h"
#include "agreement/presenceitems.h"
#include "model/schema.h"

#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QUndoStack;
class QTreeWidget;
class QTreeWidgetItem;

namespace Hashiya {

class ArticleDocument;
class ComparisonDocument;
class ReaderView;

/// Document → Compare with…: the open article beside another analyst's copy of it. One reader shows every
/// entity and relation with what the two analysts did (agree, boundaries, type, attributes, only one of
/// them), by colour and by a sign on each chip; the metrics of the two copies sit beside it, and each
/// status's count filters the list of items; F8 and Shift+F8 walk the disagreements in reading order. The
/// open article is copy A, as it is now (unsaved edits included); the other copies are read from their
/// folders, at the article's path inside the corpus, and never written.
///
/// Adjudicate into… turns the list into decisions, written as a gold copy into a folder of its own (see
/// GoldCopy): 1 accepts A's item, 2 B's, 3 both, 0 neither, E makes it by hand; N goes to the next undecided
/// unit; each decision is one undo step (Ctrl+Z) and is saved at once, and opening the same gold folder
/// again continues.
class CompareWindow final : public QWidget
{
    Q_OBJECT

public:
    /// `corpusFolder`: the open corpus, to find the article's path in the other copies (empty: the
    /// other copies are folders holding an article of the same file name).
    CompareWindow(ArticleDocument *document, const Schema &schema, const QString &corpusFolder,
                  QWidget *parent = nullptr);
    ~CompareWindow() override;

    /// Adds the copies in `folders` and shows the first that could be read. False, with the reasons
    /// shown, if none could (missing there, another text, a sidecar with errors).
    bool addCopies(const QStringList &folders);
    /// Asks for a copy's folder and adds it.
    void chooseCopy();

    /// The copy compared with, by its folder; empty before one is added.
    QString otherCopy() const;
    /// Whether copies were asked for that could not be compared (the window says why).
    bool hasProblems() const;
    /// Selects the next (or previous) disagreement after (before) the current item, in reading order;
    /// false at the end (start).
    bool nextDisagreement();
    bool previousDisagreement();
    /// Shows only the items of `status` in the list; none: every item.
    void filterBy(std::optional<ComparisonItems::Status> status);

    /// Which items of all copies the list shows: those exactly `analysts` marked (as PresenceItems
    /// bits), and of those in all, whether the ones whose attributes differ.
    struct Marked
    {
        quint64 analysts = 0;
        bool otherAttributes = false;
        friend bool operator==(const Marked &, const Marked &) = default;
    };
    /// Shows every copy at once (two other copies or more): each item with the analysts who marked it,
    /// "in all" or "in A, C only". False with fewer copies. Adjudication takes two copies: not here.
    bool showAllCopies();
    bool showsAllCopies() const { return m_all; }
    const std::vector<PresenceItems::Item> &presenceItems() const { return m_presence; }
    /// With all copies shown: lists only the items `marked` describes; none: every item.
    void filterByMarked(std::optional<Marked> marked);

    /// Adjudicates the article against the copy compared with, into `goldFolder` (continuing the
    /// decisions saved there). False, with the reason shown, if the gold copy cannot be made.
    bool startAdjudication(const QString &goldFolder);
    /// Asks for the gold folder and starts.
    void chooseGoldFolder();
    /// Decides the selected unit and goes to the next undecided one; false if the decision does not apply.
    /// When an accepted relation ends at an entity the gold copy lacks, and that end could go to a gold
    /// entity instead, an EndChoiceDialog asks first (the decision waits for it).
    bool decide(Adjudication::Decision decision);
    /// Opens a GoldItemDialog for the selected unit: its accepted item becomes the one made there (the
    /// Edit decision). False if the unit cannot be edited (none selected, or agreed).
    bool editUnit();
    /// Selects the next undecided unit; false if every unit is decided.
    bool nextUndecided();
    /// For the selected unit, takes attribute `key` from A (`fromA`) or B: one undo step. False if the
    /// unit has no such difference.
    bool chooseAttribute(const QString &key, bool fromA);
    /// The attribute picker shown for a unit whose two items differ in attributes.
    QWidget *attributePicker() const { return m_attributePicker; }
    const Adjudication *adjudication() const { return m_adjudication.get(); }
    QString goldArticle() const { return m_gold ? m_gold->articlePath() : QString(); }
    QUndoStack *decisions() const { return m_decisionStack; }

    const std::vector<ComparisonItems::Item> &items() const { return m_items; }
    /// The item selected in the list, or −1.
    int currentItem() const;
    ReaderView *reader() const { return m_reader; }
    QTreeWidget *itemList() const { return m_list; }
    QTableWidget *metrics() const { return m_metrics; }
    QComboBox *copyChooser() const { return m_copies; }

private:
    struct Copy
    {
        QString folder;
        std::vector<Entity> entities;
        std::vector<Relation> relations;
    };
    void compareWith(int copy);
    void compareAll();
    void fillMetrics(const Copy &copy);
    void fillAllMetrics();
    void fillList();
    void fillAllList();
    /// Whether the item at `index` (of the items shown) is a disagreement, for F8.
    bool isDisagreement(int index) const;
    /// The analysts compared when all copies are shown: this article and each copy read.
    int analystCount() const { return int(m_copiesRead.size()) + 1; }
    void showItem(int index);
    bool step(int direction);
    /// Sets a unit's state (from a decision or its undo), saves the gold copy and shows it.
    void applyState(size_t unit, const Adjudication::UnitState &state);
    /// The adjudication holds the unit's new state: asks about the relation ends it leaves open, then
    /// pushes the change from `before` as one undo step.
    void settleEnds(size_t unit, const Adjudication::UnitState &before, const QString &text);
    void saveGold();
    void showAttributePicker(int unit);
    void showDecision(QTreeWidgetItem *row);
    void showProgress();
    void selectUnit(int unit);
    /// The list's row of `unit`; null if the filter hides it.
    QTreeWidgetItem *rowOf(int unit) const;
    friend class UnitStateCommand;

    ArticleDocument *m_document;
    Schema m_schema;
    QString m_corpusFolder;
    QSet<QString> m_symmetric;
    std::vector<Entity> m_entities; // copy A's, as compared
    std::vector<Relation> m_relations;
    std::vector<Copy> m_copiesRead;
    std::vector<ComparisonItems::Item> m_items;
    std::unique_ptr<ComparisonDocument> m_shown;
    std::optional<ComparisonItems::Status> m_filter;
    bool m_all = false; // every copy at once
    std::vector<PresenceItems::Item> m_presence;
    std::optional<Marked> m_markedFilter;

    QLabel *m_heading;
    QComboBox *m_copies;
    ReaderView *m_reader;
    QTableWidget *m_metrics;
    QTreeWidget *m_list;
    QLabel *m_problems;
    QPushButton *m_adjudicate;
    QWidget *m_decisionBar;
    QLabel *m_progress;
    QWidget *m_attributePicker;

    std::unique_ptr<Adjudication> m_adjudication;
    std::optional<GoldCopy> m_gold;
    QUndoStack *m_decisionStack;
};

} // namespace Hashiya
