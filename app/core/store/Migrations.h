#pragma once

#include "core/model/Error.h"

#include <functional>

namespace marginalia {

class Database;

// The project schema, as cumulative steps: step i brings a file from version i to i + 1. Never edit a
// released step; append a new one. The statements are SQLite's dialect (INTEGER PRIMARY KEY as the row
// id); a second backend would bring its own steps for the same versions.
namespace Migrations {

// The version the steps lead to.
int latestVersion();

// Brings the schema from version `from` to latestVersion() in one write transaction, recording the new
// version; `seedNewProject` runs inside it when the file was empty (version 0).
Result<void> upgrade(Database &database, int from, const std::function<Result<void>()> &seedNewProject);

} // namespace Migrations

} // namespace marginalia
