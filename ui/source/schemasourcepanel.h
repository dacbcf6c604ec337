// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/corpus.h"

#include <QWidget>

class QLabel;

namespace Hashiya {

class SourceView;

/// View → Schema source: the corpus's hashiya-schema.json as it is on disk, or the bundled schema
/// Hashiya uses when the corpus has none, with the line of the selected annotation's type marked. A
/// schema file with errors is shown with its first error's line marked.
class SchemaSourcePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaSourcePanel)

public:
    explicit SchemaSourcePanel(QWidget *parent = nullptr);

    void setSchema(const Corpus::SchemaChoice &choice);
    /// Marks the definition of the entity or relation type with this name; empty clears the mark.
    void setSelectedType(const QString &name);
    SourceView *view() const { return m_view; }

private:
    QLabel *m_title;
    SourceView *m_view;
};

} // namespace Hashiya
