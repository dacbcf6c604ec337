// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

namespace Hashiya {

class MainWindow;

/// What happens when the analyst chooses another interface language: it applies from the next start, so
/// Hashiya offers to restart now, having saved everything, on the same corpus, article and place (the undo
/// history does not survive), or later.
class LanguageRestart final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageRestart)

public:
    /// Starts a program detached; false if it could not be started.
    using Launcher = std::function<bool(const QString &program, const QStringList &arguments)>;

    explicit LanguageRestart(MainWindow *window);

    /// Replaces QProcess::startDetached(), so that a test sees what would be started.
    void setLauncher(Launcher launcher) { m_launcher = std::move(launcher); }

    /// Saves `code` as the interface language and asks "Restart now" or "Later".
    void chooseLanguage(const QString &code);
    /// Saves every article, remembers the place, closes the window and starts Hashiya again. False, with
    /// the window still open, if the analyst kept the window open (changes that could not be saved) or
    /// Hashiya could not be started.
    bool restartNow();

private:
    MainWindow *m_window;
    Launcher m_launcher;
};

} // namespace Hashiya
