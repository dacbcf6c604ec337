// SPDX-License-Identifier: GPL-3.0-or-later
#include "bratconfigreader.h"

#include "formats/bratstandoff.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace Hashiya {
namespace {

QByteArray readSmallFile(const QString &path)
{
    QFile file(path);
    if (file.size() > 16 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/// brat's type shortcuts; anything of that family becomes "*" (any type).
bool isWildcard(const QString &type)
{
    return type.startsWith(u'<') && type.endsWith(u'>');
}

void appendUnique(QStringList *list, const QString &value)
{
    if (!list->contains(value))
        list->append(value);
}

} // namespace

Schema BratConfigReader::read(const QByteArray &annotationConf, const QByteArray &visualConf, const QString &path,
                              Problems *problems)
{
    Schema schema;
    schema.name = tr("brat annotation.conf");

    // visual.conf first: labels and colours for the types annotation.conf declares.
    QHash<QString, QStringList> labels;
    QHash<QString, QColor> colors;
    QString section;
    for (const QByteArray &raw : visualConf.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[')) {
            section = line;
            continue;
        }
        if (section == QStringLiteral("[labels]")) {
            QStringList parts = line.split(u'|');
            for (QString &part : parts)
                part = part.trimmed();
            labels.insert(parts.takeFirst(), parts);
        } else if (section == QStringLiteral("[drawing]")) {
            const qsizetype space = line.indexOf(QRegularExpression(QStringLiteral("\\s")));
            if (space < 0)
                continue;
            for (const QString &setting : line.mid(space).split(u',')) {
                const QString trimmed = setting.trimmed();
                if (trimmed.startsWith(QStringLiteral("bgColor:"))) {
                    const QColor color = QColor::fromString(trimmed.mid(8).trimmed());
                    if (color.isValid())
                        colors.insert(line.left(space), color);
                }
            }
        }
    }

    QHash<QString, QString> macros;
    QHash<QString, QString> names; // brat name → Hashiya name
    auto nameOf = [&](const QString &bratName) {
        const auto known = names.constFind(bratName);
        if (known != names.cend())
            return *known;
        const QString name = BratStandoff::typeName(bratName);
        names.insert(bratName, name);
        return name;
    };
    auto expand = [&](const QString &types) {
        QStringList result;
        for (const QString &type : types.split(u'|', Qt::SkipEmptyParts)) {
            const QString trimmed = type.trimmed();
            if (macros.contains(trimmed)) {
                for (const QString &member : macros.value(trimmed).split(u'|', Qt::SkipEmptyParts))
                    appendUnique(&result, isWildcard(member) ? QStringLiteral("*") : nameOf(member.trimmed()));
            } else {
                appendUnique(&result, isWildcard(trimmed) ? QStringLiteral("*") : nameOf(trimmed));
            }
        }
        return result;
    };
    auto addEntityType = [&](const QString &bratName) {
        const QString name = nameOf(bratName);
        if (schema.entityType(name))
            return;
        const QStringList label = labels.value(bratName);
        EntityType type {name,
                         label.value(0, name),
                         label.value(1, name.left(4).toUpper()),
                         colors.value(bratName, Schema::fallbackColor(name)),
                         {}};
        schema.entityTypes.append(type);
    };

    section.clear();
    qsizetype lineNumber = 0;
    for (const QByteArray &raw : annotationConf.split('\n')) {
        ++lineNumber;
        QString line = QString::fromUtf8(raw);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        if (trimmed.startsWith(u'[')) {
            section = trimmed;
            continue;
        }
        const qsizetype equals = trimmed.indexOf(u'=');
        if (trimmed.startsWith(u'<') && equals > 0 && trimmed.left(equals).endsWith(u'>')) {
            macros.insert(trimmed.left(equals), trimmed.mid(equals + 1).trimmed());
            continue;
        }
        const qsizetype space = trimmed.indexOf(QRegularExpression(QStringLiteral("\\s")));
        const QString type = space < 0 ? trimmed : trimmed.left(space);
        const QString spec = space < 0 ? QString() : trimmed.mid(space).trimmed();
        if (type.startsWith(u'!') || type.startsWith(u'<'))
            continue; // abstract grouping or <OVERLAP> rule: nothing to select
        QList<std::pair<QString, QString>> arguments; // key, value
        for (const QString &argument : spec.split(u',', Qt::SkipEmptyParts)) {
            const qsizetype colon = argument.indexOf(u':');
            if (colon > 0)
                arguments.append({argument.left(colon).trimmed(), argument.mid(colon + 1).trimmed()});
        }
        if (section == QStringLiteral("[entities]")) {
            addEntityType(type);
        } else if (section == QStringLiteral("[relations]")) {
            RelationType relation;
            relation.name = nameOf(type);
            relation.labels = labels.value(type).value(0, relation.name);
            int roles = 0;
            for (const auto &[key, value] : arguments) {
                if (key == QStringLiteral("<REL-TYPE>")) {
                    relation.symmetric = value.contains(QStringLiteral("symmetric"));
                } else if (!key.startsWith(u'<')) {
                    (roles++ == 0 ? relation.from : relation.to) = expand(value);
                }
            }
            if (roles != 2) {
                problems->append({Problem::Severity::Warning, path, lineNumber, 0,
                                  tr("relation %1 needs two arguments; it is kept allowing any types").arg(type)});
                relation.from = relation.to = QStringList {QStringLiteral("*")};
            }
            if (!schema.relationType(relation.name))
                schema.relationTypes.append(relation);
        } else if (section == QStringLiteral("[events]")) {
            addEntityType(type);
            for (const auto &[key, value] : arguments) {
                QString role = key;
                // Cardinality marks: Role?, Role*, Role+, Role{2}, Role{1-3}.
                if (const qsizetype brace = role.indexOf(u'{'); brace > 0)
                    role.truncate(brace);
                while (role.endsWith(u'?') || role.endsWith(u'*') || role.endsWith(u'+'))
                    role.chop(1);
                if (role.isEmpty() || role.startsWith(u'<'))
                    continue;
                const QString name = nameOf(role);
                RelationType *existing = nullptr;
                for (RelationType &relation : schema.relationTypes) {
                    if (relation.name == name)
                        existing = &relation;
                }
                if (!existing) {
                    schema.relationTypes.append({name, labels.value(role).value(0, name), {}, {}, false, false});
                    existing = &schema.relationTypes.back();
                }
                appendUnique(&existing->from, nameOf(type));
                for (const QString &target : expand(value))
                    appendUnique(&existing->to, target);
            }
        } else if (section == QStringLiteral("[attributes]")) {
            AttributeDefinition attribute;
            attribute.name = type;
            attribute.labels = labels.value(type).value(0, type);
            for (const auto &[key, value] : arguments) {
                if (key == QStringLiteral("Arg"))
                    attribute.appliesTo = expand(value);
                else if (key == QStringLiteral("Value"))
                    attribute.values = value.split(u'|', Qt::SkipEmptyParts);
            }
            if (attribute.appliesTo.isEmpty() || attribute.appliesTo.contains(QStringLiteral("*")))
                attribute.appliesTo = QStringList {QStringLiteral("*")};
            if (attribute.values.isEmpty())
                attribute.values = QStringList {QStringLiteral("true")}; // binary: present or absent
            if (!schema.attribute(attribute.name))
                schema.attributes.append(attribute);
        } else {
            problems->append(
                {Problem::Severity::Warning, path, lineNumber, 0, tr("line outside the four sections ignored")});
        }
    }
    return schema;
}

std::optional<Schema> BratConfigReader::find(const QString &folder, const QString &root, Problems *problems)
{
    const QFileInfo rootInfo(root);
    const QString top = QDir::cleanPath(rootInfo.isDir() ? rootInfo.absoluteFilePath() : rootInfo.absolutePath());
    QDir dir(QFileInfo(folder).absoluteFilePath());
    for (;;) {
        const QString conf = dir.filePath(QStringLiteral("annotation.conf"));
        if (QFileInfo::exists(conf)) {
            return read(readSmallFile(conf), readSmallFile(dir.filePath(QStringLiteral("visual.conf"))), conf,
                        problems);
        }
        const QString here = QDir::cleanPath(dir.absolutePath());
        if (here == top || !here.startsWith(top) || !dir.cdUp())
            return std::nullopt;
    }
}

} // namespace Hashiya
