// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "ui/mainwindow.h"
#include "ui/restartstate.h"
#include "ui/widgets/righttoleftbuttonstyle.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>

namespace Hashiya {

void Application::setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Hashiya"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("hashiya.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Hashiya"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HASHIYA_VERSION));
}

QString Application::displayProblem()
{
    // Qt aborts with a long plugin message when it has no display; say it plainly instead.
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM");
    const bool wantsX11 = platform.isEmpty() || platform.startsWith(u"xcb");
    const bool wantsWayland = platform.startsWith(u"wayland");
    const bool hasX11 = !qEnvironmentVariableIsEmpty("DISPLAY");
    const bool hasWayland = !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    if ((platform.isEmpty() && (hasX11 || hasWayland)) || (wantsX11 && hasX11) || (wantsWayland && hasWayland)
        || (!wantsX11 && !wantsWayland))
        return {};
    return tr("hashiya: no display to open a window on (DISPLAY and WAYLAND_DISPLAY are not set). Run it in a "
              "desktop session, or on a virtual display: xvfb-run -a hashiya [FOLDER]. The commands "
              "(hashiya --help) need no display.");
}

int Application::run(const QStringList &arguments)
{
    QGuiApplication::setDesktopFileName(QStringLiteral("org.hashiya.Hashiya"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.hashiya.Hashiya.svg")));
    QApplication::setStyle(new RightToLeftButtonStyle); // the application owns it

    MainWindow window;
    window.show();
    // After a restart (to change the language), back to the article and the place the analyst left.
    const std::optional<RestartState> restarted = RestartState::take();
    const QString target = arguments.value(0);
    if (!target.isEmpty()) {
        const QFileInfo info(target);
        if (info.isDir()) {
            window.openFolder(target);
        } else {
            // An article opens among its neighbours: its folder becomes the corpus.
            window.openFolder(info.absolutePath());
            window.openArticle(info.absoluteFilePath());
        }
    } else {
        window.reopenLastCorpus();
    }
    // Back to the place a restart left, or, on an ordinary start, to the article and line last left.
    if (const std::optional<RestartState> place =
            RestartState::placeToResume(arguments, window.corpusFolder(), restarted)) {
        // Once the window has its size, so that the place lands where it was on screen.
        QTimer::singleShot(0, &window, [&window, state = *place] { state.restore(window); });
    }
    return QApplication::exec();
}

} // namespace Hashiya
