// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema.h"

#include <QSet>
#include <QString>

#include "formats/exchangedocument.h"

namespace Hashiya {

/// The schema imported documents imply when their input declares none: every entity type, attribute
/// and relation type they use, relations allowed between any types. Documents are added one by one as
/// they stream through an import, so only the types are kept, never the documents.
class DerivedSchema final
{
public:
    void add(const ExchangeDocument &document);
    Schema schema() const;

private:
    Schema m_schema;
    QSet<QString> m_entityTypes, m_relationTypes, m_attributes;
};

} // namespace Hashiya
