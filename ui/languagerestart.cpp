// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagerestart.h"

#include "ui/mainwindow.h"
#include "ui/restartstate.h"
#include "ui/uilanguage.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStatusBar>

namespace Hashiya {

LanguageRestart::LanguageRestart(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_launcher([](const QString &program, const QStringList &arguments) {
        return QProcess::startDetached(program, arguments);
    })
{
}

void LanguageRestart::chooseLanguage(const QString &code)
{
    UiLanguage::save(code);
    const QString name = UiLanguage::displayName(code);
    // Window-modal, not exec(): the window keeps painting, and one question replaces another.
    delete m_window->findChild<QMessageBox *>(QStringLiteral("languageRestartBox"));
    auto *box = new QMessageBox(QMessageBox::Question, tr("Restart to change the language"),
                                tr("The interface will be in %1 after Hashiya restarts.").arg(name),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("languageRestartBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Restarting now saves every article first and opens the same article at the same "
                               "place. The undo history does not survive a restart."));
    QPushButton *now = box->addButton(tr("&Restart now"), QMessageBox::AcceptRole);
    now->setObjectName(QStringLiteral("restartNow"));
    QPushButton *later = box->addButton(tr("&Later"), QMessageBox::RejectRole);
    later->setObjectName(QStringLiteral("restartLater"));
    box->setDefaultButton(now);
    connect(box, &QMessageBox::finished, this, [this, box, now, name] {
        if (box->clickedButton() == now && restartNow()) {
            QCoreApplication::quit();
            return;
        }
        m_window->statusBar()->showMessage(tr("The interface will be in %1 when Hashiya starts next time.").arg(name),
                                           10000);
    });
    box->open();
}

bool LanguageRestart::restartNow()
{
    const RestartState state = RestartState::of(*m_window);
    state.save();
    // Closing saves every article and the window's layout, and asks what to do if something cannot be saved.
    if (!m_window->close()) {
        RestartState::take();
        return false;
    }
    if (!m_launcher(QCoreApplication::applicationFilePath(), state.arguments())) {
        RestartState::take();
        m_window->show();
        QMessageBox::warning(m_window, tr("Not restarted"),
                             tr("Hashiya could not be started again. Your work is saved; the new language applies "
                                "when you start Hashiya next time."));
        return false;
    }
    return true;
}

} // namespace Hashiya
