// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace Hashiya {

/// What a schema shows the analyst for a type or attribute: one text for every language (a plain string, as
/// schemas before 1.1 have it) or one text per language code ("en", "tr", "ar", or any other), kept in the
/// order the file gives them so that a schema written back keeps languages this version does not know.
class SchemaLabel final
{
public:
    SchemaLabel() = default;
    /// One text for every language. Implicit, so that code and old schemas can give a plain string.
    SchemaLabel(QString text) // NOLINT(google-explicit-constructor)
        : m_plain(std::move(text))
    {
    }

    /// True if neither a plain text nor any language's text is set.
    bool isEmpty() const { return m_plain.isEmpty() && m_byLanguage.isEmpty(); }
    /// True if the label is one text for every language (written as a plain string).
    bool isPlain() const { return m_byLanguage.isEmpty(); }
    QString plain() const { return m_plain; }
    /// The texts per language, in the file's order.
    const QList<std::pair<QString, QString>> &byLanguage() const { return m_byLanguage; }
    /// Sets the text for `language`, replacing one given before; the label is no longer plain.
    void setText(const QString &language, const QString &text);

    /// The text for `language` ("ar", or "ar-EG" which falls back to "ar"), else the English one, else the
    /// plain text; empty if there is none of these.
    QString text(QStringView language) const;

    friend bool operator==(const SchemaLabel &a, const SchemaLabel &b) = default;

private:
    QString m_plain;
    QList<std::pair<QString, QString>> m_byLanguage;
};

} // namespace Hashiya
