// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement/adjudication.h"

#include <QDialog>

#include <vector>

class QButtonGroup;

namespace Hashiya {

class ArticleDocument;
struct Schema;

/// Asked when a relation is accepted into the gold copy but an entity it ends at is not there: pull that
/// entity in as well, or remap the end to a gold entity (the one it was paired with, or one overlapping
/// it). One group of choices per such end; pulling in is chosen at first.
class EndChoiceDialog final : public QDialog
{
    Q_OBJECT

public:
    EndChoiceDialog(const ArticleDocument &document, const Schema &schema, std::vector<Adjudication::OpenEnd> ends,
                    QWidget *parent = nullptr);

    const std::vector<Adjudication::OpenEnd> &ends() const { return m_ends; }
    /// For each end, in order: the gold entity's id it is remapped to, or empty to pull it in.
    QStringList targets() const;

private:
    std::vector<Adjudication::OpenEnd> m_ends;
    std::vector<QButtonGroup *> m_groups;
};

} // namespace Hashiya
