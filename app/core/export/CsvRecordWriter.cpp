// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/export/CsvRecordWriter.h"

#include "core/export/CsvExporter.h"

#include <charconv>

namespace marginalia {

namespace {

constexpr qsizetype kChunkBytes = 1 << 20; // handed to the device at a time
constexpr QStringView kFormulaLeads = u"=+-@\t\r\n";

} // namespace

CsvRecordWriter::CsvRecordWriter(QIODevice &out, QString what)
    : m_out(out)
    , m_what(std::move(what))
    , m_encoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless)
{
    m_buffer.reserve(kChunkBytes + 64 * 1024);
}

void CsvRecordWriter::startField()
{
    if (m_recordStarted)
        m_buffer.append(',');
    m_recordStarted = true;
}

void CsvRecordWriter::appendUtf8(QStringView text)
{
    // At most three bytes per UTF-16 unit; the encoder writes in place and says where it stopped.
    const qsizetype used = m_buffer.size();
    m_buffer.resize(used + text.size() * 3);
    char *end = m_encoder.appendToBuffer(m_buffer.data() + used, text);
    m_buffer.resize(end - m_buffer.constData());
}

void CsvRecordWriter::text(QStringView text, bool guardFormula)
{
    startField();
    const bool guarded = guardFormula && !text.isEmpty() && kFormulaLeads.contains(text.front());
    if (guarded || text.contains(u'"') || text.contains(u'\r')) {
        // Rare: escaped the one way csvTextField() does.
        appendUtf8(csvTextField(text.toString(), guardFormula));
        return;
    }
    m_buffer.append('"');
    appendUtf8(text);
    m_buffer.append('"');
}

void CsvRecordWriter::number(qint64 value)
{
    startField();
    char digits[24];
    const auto written = std::to_chars(std::begin(digits), std::end(digits), value);
    m_buffer.append(digits, written.ptr - digits);
}

void CsvRecordWriter::raw(QByteArrayView bytes)
{
    startField();
    m_buffer.append(bytes);
}

Result<void> CsvRecordWriter::endRecord()
{
    m_buffer.append("\r\n", 2);
    m_recordStarted = false;
    if (m_buffer.size() >= kChunkBytes)
        return flush();
    return {};
}

Result<void> CsvRecordWriter::flush()
{
    if (!m_buffer.isEmpty() && m_out.write(m_buffer) != m_buffer.size())
        return failure(Error::Kind::Io, QStringLiteral("Could not write the %1: %2").arg(m_what, m_out.errorString()));
    m_buffer.resize(0); // keeps its capacity for the next chunk
    return {};
}

} // namespace marginalia
