// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Error.h"

namespace marginalia {

class ProjectStore;

// Registers the resources compiled into the static GUI library (sample, icon, translations); idempotent.
void initGuiResources();

// Imports the sample article bundled in the resources, so that a new project is not an empty window.
Result<qint64> importBundledSample(ProjectStore &store);

// Adds two overlapping demonstration annotations (a claim and a figure inside it) to a document that has
// none. Returns how many were added.
Result<int> addDemonstrationAnnotations(ProjectStore &store, qint64 documentId);

} // namespace marginalia
