// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Error.h"

#include <QByteArray>
#include <QIODevice>
#include <QStringEncoder>
#include <QStringView>

namespace marginalia {

// Writes RFC 4180 records as UTF-8 straight into one reused byte buffer, handed to the device about a
// megabyte at a time: no string per field or per row, and no second pass turning UTF-16 rows into UTF-8.
// The fields are exactly those of csvTextField() and QString::number().
class CsvRecordWriter final {
public:
    explicit CsvRecordWriter(QIODevice &out, QString what);

    // A quoted text field; with guardFormula, text a spreadsheet would run gets a leading apostrophe.
    void text(QStringView text, bool guardFormula);
    void number(qint64 value);
    // A field written as it is (already quoted, or a number): `bytes` must be valid CSV.
    void raw(QByteArrayView bytes);
    // CRLF; hands the buffer to the device once it is full.
    Result<void> endRecord();
    // Hands what is left to the device.
    Result<void> flush();

private:
    void startField();
    void appendUtf8(QStringView text);

    QIODevice &m_out;
    QString m_what;
    QByteArray m_buffer;
    QStringEncoder m_encoder;
    bool m_recordStarted = false;
};

} // namespace marginalia
