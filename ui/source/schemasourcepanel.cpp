// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemasourcepanel.h"

#include "io/schemawriter.h"
#include "ui/source/sourcepanellayout.h"
#include "ui/source/sourceview.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Hashiya {

SchemaSourcePanel::SchemaSourcePanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_view(new SourceView(this))
{
    m_view->setObjectName(u"schemaSource"_s);
    layOutSourcePanel(this, m_title, m_view);
}

void SchemaSourcePanel::setSchema(const Corpus::SchemaChoice &choice)
{
    const Problem *error = nullptr;
    for (const Problem &problem : choice.problems) {
        if (problem.severity == Problem::Severity::Error && !problem.file.isEmpty()) {
            error = &problem;
            break;
        }
    }
    // The file the corpus asked for: its own schema, or the one it could not use.
    const QString path = !choice.path.isEmpty() ? choice.path : error ? error->file : QString();
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        m_title->setText(path.isEmpty() ? tr("The bundled schema: this corpus has no hashiya-schema.json.")
                                        : tr("The bundled schema: %1 cannot be read (%2).")
                                              .arg(QDir::toNativeSeparators(path), file.errorString()));
        m_view->setSource(QString::fromUtf8(writeSchema(choice.schema)), SourceLanguage::Json);
        m_view->markLines(-1, -1);
        return;
    }
    m_view->setSource(QString::fromUtf8(file.readAll()), SourceLanguage::Json);
    if (error) {
        m_title->setText(tr("%1 has errors, so this corpus uses the bundled schema: %2")
                             .arg(QDir::toNativeSeparators(path), error->toString()));
        m_view->markLines(int(error->line) - 1, int(error->line) - 1);
    } else {
        m_title->setText(tr("%1, the schema of this corpus.").arg(QDir::toNativeSeparators(path)));
        m_view->markLines(-1, -1);
    }
}

void SchemaSourcePanel::setSelectedType(const QString &name)
{
    if (name.isEmpty()) {
        m_view->markLines(-1, -1);
        return;
    }
    // Hand-written schemas space their JSON in any way.
    const QRegularExpression definition(u"\"name\"\\s*:\\s*\""_s + QRegularExpression::escape(name) + u'"');
    const QRegularExpressionMatch match = definition.match(m_view->source());
    if (!match.hasMatch()) {
        m_view->markLines(-1, -1);
        return;
    }
    m_view->markLineAt(match.capturedStart());
}

} // namespace Hashiya
