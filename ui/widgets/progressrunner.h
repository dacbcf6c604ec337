// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace Hashiya {

/// Runs a long job (an export, an import) on a worker thread behind a modal progress dialog with a Cancel
/// button, keeping the window responsive. The job reports progress through the callback it is given and
/// stops when that callback returns false.
class ProgressRunner final
{
    Q_DECLARE_TR_FUNCTIONS(ProgressRunner)

public:
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;

    template<typename Result>
    static Result run(QWidget *parent, const QString &label, const std::function<Result(const Progress &)> &job)
    {
        Result result;
        runErased(parent, label, [&](const Progress &progress) { result = job(progress); });
        return result;
    }

private:
    static void runErased(QWidget *parent, const QString &label, const std::function<void(const Progress &)> &job);
};

} // namespace Hashiya
