// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

// marginalia-cli commands of the learning recommender. Exit status: 0 success, 1 bad input, 2 usage error.
//
//   recommend --project P --document ID [--tag NAME] [--retrain]
//       learned suggestions in the document, one JSON object a line:
//       {"document_id", "start", "end", "tag", "text", "confidence", "source": "learned"}. Every tag with
//       at least five annotations is learned; a model missing or older than the annotations is trained
//       (and stored in the project) first, all of them with --retrain.
namespace marginalia::cli {

int runRecommend(const QStringList &args);

} // namespace marginalia::cli
