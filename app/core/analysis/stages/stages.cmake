# SPDX-FileCopyrightText: 2026 The Marginalia authors
# SPDX-License-Identifier: GPL-3.0-or-later

marginalia_add_sources(marginalia_core TokenizerStage HeadlineStage SentenceStage NumberStage NameChunkStage EntityTypeStage ClaimStage ClaimSource ConsistencyStage SpanOrderStage)
