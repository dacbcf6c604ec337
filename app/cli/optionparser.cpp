// SPDX-License-Identifier: GPL-3.0-or-later
#include "optionparser.h"

#include <QCoreApplication>

namespace Hashiya {

ParsedOptions parseOptions(const QStringList &arguments, const QSet<QString> &valueOptions,
                           const QSet<QString> &flagOptions)
{
    ParsedOptions parsed;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == u"--") {
            parsed.paths.append(arguments.mid(i + 1));
            break;
        }
        if (!argument.startsWith(u"--") || argument.size() == 2) {
            if (argument == u"-h")
                parsed.flags.insert(QStringLiteral("help"));
            else
                parsed.paths.append(argument);
            continue;
        }
        QString name = argument.mid(2);
        QString value;
        const qsizetype equals = name.indexOf(u'=');
        const bool inlineValue = equals >= 0;
        if (inlineValue) {
            value = name.mid(equals + 1);
            name.truncate(equals);
        }
        if (valueOptions.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= arguments.size()) {
                    parsed.error =
                        QCoreApplication::translate("Hashiya::ParsedOptions", "option --%1 needs a value").arg(name);
                    return parsed;
                }
                value = arguments[++i];
            }
            parsed.values.insert(name, value);
        } else if ((flagOptions.contains(name) || name == u"help") && !inlineValue) {
            parsed.flags.insert(name);
        } else {
            parsed.error = QCoreApplication::translate("Hashiya::ParsedOptions", "unknown option %1").arg(argument);
            return parsed;
        }
    }
    return parsed;
}

} // namespace Hashiya
