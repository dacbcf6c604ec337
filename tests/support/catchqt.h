// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Lets Catch2 print Qt strings in failure messages instead of `{?}`.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

namespace Catch {

template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};

template<>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &value) { return '"' + value.toStdString() + '"'; }
};

template<>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &value)
    {
        return "[" + value.join(QStringLiteral(", ")).toStdString() + "]";
    }
};

} // namespace Catch
