// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "ui/desktop/instancechannel.h"
#include "ui/desktop/openrequest.h"
#include "ui/mainwindow.h"
#include "ui/restartstate.h"
#include "ui/widgets/righttoleftbuttonstyle.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QTimer>

#include <cstdio>

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

    // One window per corpus: a second start on a corpus open elsewhere hands its paths to that window.
    const OpenRequest request = OpenRequest::fromPaths(arguments);
    for (const QString &refused : request.refused)
        std::fputs(qPrintable(u"hashiya: " + refused + u'\n'), stderr);
    const QString corpus = arguments.isEmpty() ? MainWindow::lastCorpus() : request.corpus;
    if (!corpus.isEmpty() && InstanceChannel::handOver(corpus, arguments)) {
        std::fputs(qPrintable(tr("hashiya: %1 is open in another window, which now shows what was asked.")
                                  .arg(QDir::toNativeSeparators(corpus))
                              + u'\n'),
                   stdout);
        return 0;
    }

    MainWindow window;
    window.show();
    // After a restart (to change the language), back to the article and the place the analyst left.
    const std::optional<RestartState> restarted = RestartState::take();
    if (!arguments.isEmpty()) {
        // As from the file manager: their corpus, the first article on screen, the others recent.
        window.openPaths(arguments);
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
