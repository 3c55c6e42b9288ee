#include "core/import/Importer.h"

namespace marginalia {

Result<ImportedDocument> importFile(const QString &path, const ImportOptions &)
{
    return failure(Error::Kind::BadInput, QStringLiteral("Importing is not implemented yet: %1").arg(path));
}

} // namespace marginalia
