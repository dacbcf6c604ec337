// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/documentsession.h"

#include <QDialog>

namespace Hashiya {

/// Asks what to do when another program changed a sidecar while the analyst had unsaved changes in it:
/// merge both (the default), keep the open version, take the file's, or decide later.
class OutsideChangeDialog final : public QDialog
{
    Q_OBJECT

public:
    OutsideChangeDialog(const QString &articleName, const QString &summary, QWidget *parent = nullptr);

    DocumentSession::OutsideChoice choice() const { return m_choice; }

    /// Shows the dialog and returns the choice; closing it means Later.
    static DocumentSession::OutsideChoice ask(const QString &articleName, const QString &summary, QWidget *parent);

private:
    DocumentSession::OutsideChoice m_choice = DocumentSession::OutsideChoice::Later;
};

} // namespace Hashiya
