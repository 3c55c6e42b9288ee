// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QTest>

// Checks a Result<T> and shows its error message when it failed. Qt 6.8's QVERIFY2 evaluates its message
// even when the check passes, and reading error() of a success is UB: hence the conditional.
#define VERIFY_RESULT(result) QVERIFY2(bool(result), (result) ? "" : qPrintable((result).error().message))
