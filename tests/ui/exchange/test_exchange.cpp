// SPDX-License-Identifier: GPL-3.0-or-later
// File → Export… and File → Import… driven through their real dialogs, compared with the command line.
#include "cli/commandline.h"
#include "formats/exportformats.h"
#include "formats/importformats.h"
#include "support/catchqt.h"
#include "support/samplecopy.h"
#include "support/testfiles.h"
#include "support/toplevelwidgets.h"
#include "ui/corpus/corpuspanel.h"
#include "ui/exchange/exchangesummarydialog.h"
#include "ui/exchange/exportdialog.h"
#include "ui/exchange/importdialog.h"
#include "ui/exchangeactions.h"
#include "ui/mainwindow.h"
#include "ui/widgets/progressrunner.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>

using namespace Hashiya;
using namespace Qt::StringLiterals;

namespace {

/// Runs `fill` on the dialog `action` opens, once it is shown (it runs its own event loop).
template<typename Dialog>
void whenDialogOpens(const std::function<void(Dialog *)> &fill)
{
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, [poll, fill] {
        if (Dialog *dialog = Test::findTopLevel<Dialog>()) {
            poll->stop();
            poll->deleteLater();
            fill(dialog);
        }
    });
    poll->start(20);
}

ExchangeSummaryDialog *waitForSummary()
{
    ExchangeSummaryDialog *summary = nullptr;
    REQUIRE(QTest::qWaitFor([&] { return (summary = Test::findTopLevel<ExchangeSummaryDialog>()) != nullptr; }, 20000));
    return summary;
}

void closeSummary()
{
    const QPointer<ExchangeSummaryDialog> summary = waitForSummary();
    summary->close();
    // It deletes itself on closing: gone, it cannot be taken for the next summary.
    REQUIRE(QTest::qWaitFor([&] { return summary.isNull(); }, 5000));
}

} // namespace

TEST_CASE("File → Export… writes the same bytes as hashiya export, in every format", "[exchange][gui]")
{
    Test::SampleCopy samples;
    MainWindow window;
    window.show();
    window.openFolder(samples.path());
    REQUIRE(QTest::qWaitFor([&] { return !window.corpusPanel()->isReading(); }, 10000));
    QAction *exportAction = window.findChild<QAction *>(u"exportAction"_s);
    REQUIRE(exportAction);
    REQUIRE(ExportFormats::all().size() >= 7);

    for (const ExportFormat &format : ExportFormats::all()) {
        INFO(format.id.toStdString());
        QTemporaryDir fromGui, fromCli;
        whenDialogOpens<ExportDialog>([&](ExportDialog *dialog) {
            auto *combo = dialog->findChild<QComboBox *>(u"exportFormat"_s);
            combo->setCurrentIndex(combo->findData(format.id));
            dialog->findChild<QRadioButton *>(u"scopeAll"_s)->click();
            auto *folder = dialog->findChild<QLineEdit *>(u"exportFolder"_s);
            folder->clear();
            QTest::keyClicks(folder, fromGui.path());
            QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
        });
        exportAction->trigger();
        ExchangeSummaryDialog *summary = waitForSummary();
        CHECK(summary->findChild<QLabel *>(u"exchangeHeadline"_s)->text().contains(u"4 document"_s));
        summary->close();

        CHECK(CommandLine::run({u"export"_s, u"--format"_s, format.id, u"--out"_s, fromCli.path(), samples.path()})
              == 0);
        const QMap<QString, QByteArray> gui = Test::filesUnder(fromGui.path());
        CHECK_FALSE(gui.isEmpty());
        CHECK(gui == Test::filesUnder(fromCli.path()));
    }
}

TEST_CASE("The export dialog offers the open article alone and filters by status", "[exchange][gui]")
{
    Test::SampleCopy samples;
    MainWindow window;
    window.show();
    window.openFolder(samples.path());
    window.openArticle(samples.path(u"baku-meeting-en.txt"_s));
    REQUIRE(QTest::qWaitFor([&] { return !window.corpusPanel()->isReading(); }, 10000));
    QTemporaryDir target;

    whenDialogOpens<ExportDialog>([&](ExportDialog *dialog) {
        auto *combo = dialog->findChild<QComboBox *>(u"exportFormat"_s);
        combo->setCurrentIndex(combo->findData(u"brat"_s));
        dialog->findChild<QRadioButton *>(u"scopeOpen"_s)->click();
        auto *folder = dialog->findChild<QLineEdit *>(u"exportFolder"_s);
        folder->clear();
        QTest::keyClicks(folder, target.path());
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
    });
    window.findChild<QAction *>(u"exportAction"_s)->trigger();
    closeSummary();
    CHECK(QFileInfo::exists(target.filePath(u"baku-meeting-en.ann"_s)));
    CHECK_FALSE(QFileInfo::exists(target.filePath(u"mixed-briefing.ann"_s)));

    // No sample is "done" until the analyst says so: a status filter then exports nothing.
    QTemporaryDir none;
    ExportRequest request;
    request.format = u"brat"_s;
    request.paths = {samples.path()};
    request.root = samples.path();
    request.outputFolder = none.path();
    request.status = u"done"_s;
    const ExportJob::Summary summary = window.exchange()->runExport(request);
    closeSummary();
    CHECK(summary.exported == 0);
    CHECK(summary.filtered == 4);
}

TEST_CASE("File → Import… writes articles with sidecars and opens them", "[exchange][gui]")
{
    QTemporaryDir peer, target;
    Test::writeBytes(peer.filePath(u"haber.txt"_s), "Selçuk Bayraktar met 😀 ASFAT in Ankara.\n");
    Test::writeBytes(peer.filePath(u"haber.ann"_s),
                     "T1\tPERSON 0 16\tSelçuk Bayraktar\nT2\tORG 23 28\tASFAT\nT3\tGPE 32 38\tAnkara\n"
                     "R1\tMEETS_WITH Arg1:T1 Arg2:T2\t\nT9\tGPE 32\tbroken line\n");
    MainWindow window;
    window.show();

    whenDialogOpens<ImportDialog>([&](ImportDialog *dialog) {
        auto *combo = dialog->findChild<QComboBox *>(u"importFormat"_s);
        combo->setCurrentIndex(combo->findData(u"brat"_s));
        dialog->addInputs({peer.path()});
        auto *folder = dialog->findChild<QLineEdit *>(u"importFolder"_s);
        folder->clear();
        QTest::keyClicks(folder, target.path());
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"importButton"_s), Qt::LeftButton);
    });
    window.findChild<QAction *>(u"importAction"_s)->trigger();
    ExchangeSummaryDialog *summary = waitForSummary();
    const QString headline = summary->findChild<QLabel *>(u"exchangeHeadline"_s)->text();
    CHECK(headline.contains(u"1 document"_s));
    CHECK(headline.contains(u"3 entit"_s));
    CHECK(headline.contains(u"1 relation"_s));
    CHECK(summary->details().contains(u"haber.ann:5:"_s)); // the broken line, by file and line

    QPushButton *open = nullptr;
    for (QPushButton *button : summary->findChildren<QPushButton *>()) {
        if (button->text().contains(u"imported corpus"_s))
            open = button;
    }
    REQUIRE(open);
    QTest::mouseClick(open, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return window.corpusPanel()->articleCount() == 1; }, 5000));
    CHECK(QFileInfo::exists(target.filePath(u"haber.txt.ann.json"_s)));
    const QByteArray sidecar = Test::readBytes(target.filePath(u"haber.txt.ann.json"_s));
    CHECK(sidecar.contains("\"MEETS_WITH\""));
}

TEST_CASE("Cancel in the progress dialog stops a running job", "[exchange][gui]")
{
    QWidget parent;
    parent.show();
    std::atomic<bool> stopped = false;
    auto *poll = new QTimer(&parent);
    QObject::connect(poll, &QTimer::timeout, [&] {
        if (auto *progress = parent.findChild<QProgressDialog *>(); progress && progress->isVisible()) {
            poll->stop();
            QPushButton *cancel = progress->findChild<QPushButton *>();
            REQUIRE(cancel);
            QTest::mouseClick(cancel, Qt::LeftButton);
        }
    });
    poll->start(50);
    const int steps = ProgressRunner::run<int>(&parent, u"Working…"_s, [&](const ProgressRunner::Progress &progress) {
        int done = 0;
        while (progress(done, 1000000) && done < 1000000) {
            ++done;
            QThread::msleep(1);
        }
        stopped = done < 1000000;
        return done;
    });
    CHECK(stopped);
    CHECK(steps > 0);
}
