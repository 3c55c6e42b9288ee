// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/office/OfficeXml.h"

#include "core/import/ImportUtil.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace marginalia::importdetail::office {

XmlCursor::XmlCursor(const QByteArray &xml, const ImportOptions *options)
    : m_reader(xml)
    , m_options(options)
{
}

bool XmlCursor::next()
{
    if (m_tooDeep)
        return false;
    // Every 4096 tokens: often enough to stop within milliseconds, rare enough to cost nothing.
    if (m_options && (++m_tokens & 0xfff) == 0 && isCancelled(*m_options))
        return false;
    if (isEnd())
        --m_depth;
    while (!m_reader.atEnd()) {
        m_token = m_reader.readNext();
        switch (m_token) {
        case QXmlStreamReader::StartElement:
            if (++m_depth > kMaxDepth) {
                m_tooDeep = true;
                return false;
            }
            return true;
        case QXmlStreamReader::EndElement:
        case QXmlStreamReader::Characters:
            return true;
        default:
            break;
        }
    }
    m_token = QXmlStreamReader::NoToken;
    return false;
}

QString XmlCursor::attribute(QStringView localName) const
{
    for (const QXmlStreamAttribute &attribute : m_reader.attributes())
        if (attribute.name() == localName)
            return attribute.value().toString();
    return {};
}

void XmlCursor::skipSubtree()
{
    const int startDepth = m_depth;
    while (next())
        if (isEnd() && m_depth == startDepth)
            return;
}

QString XmlCursor::readText()
{
    const int startDepth = m_depth;
    QString text;
    while (next()) {
        if (isText())
            text += m_reader.text();
        else if (isEnd() && m_depth == startDepth)
            break;
    }
    return text;
}

QString XmlCursor::error() const
{
    if (m_tooDeep)
        return u"its XML is nested more than %1 levels deep"_s.arg(kMaxDepth);
    if (m_reader.hasError())
        return u"its XML is not well-formed (line %1: %2)"_s.arg(m_reader.lineNumber()).arg(m_reader.errorString());
    return {};
}

DocumentMetadata readDublinCore(const QByteArray &xml)
{
    DocumentMetadata meta;
    QStringList creators;
    QString fallbackCreator, created;
    XmlCursor cursor(xml);
    while (cursor.next()) {
        if (!cursor.isStart())
            continue;
        const QStringView name = cursor.name();
        if (name == u"title" && meta.title.isEmpty())
            meta.title = simplifyWhitespace(cursor.readText());
        else if (name == u"creator")
            creators.append(simplifyWhitespace(cursor.readText()));
        else if (name == u"initial-creator")
            fallbackCreator = simplifyWhitespace(cursor.readText());
        else if (name == u"date" && meta.published.isEmpty())
            meta.published = simplifyWhitespace(cursor.readText());
        else if ((name == u"created" || name == u"creation-date") && created.isEmpty())
            created = simplifyWhitespace(cursor.readText());
        else if (name == u"language" && meta.language.isEmpty())
            meta.language = simplifyWhitespace(cursor.readText());
    }
    creators.removeAll(QString());
    meta.author = creators.isEmpty() ? fallbackCreator : creators.join(u", "_s);
    // OpenDocument's dc:date is the last change, not when the text was written.
    if (!created.isEmpty())
        meta.published = created;
    return meta;
}

std::optional<StyleRole> roleFromStyleName(const QString &styleName)
{
    // "Heading_20_2" (OpenDocument's encoded space), "heading 2", "Heading2" all read "heading2".
    QString key = styleName.toLower();
    key.replace(u"_20_"_s, QString());
    key.remove(u' ').remove(u'_').remove(u'-');
    static const QRegularExpression numbered(u"^(heading|listbullet|listnumber|list|toc|contents)(\\d+)$"_s);
    const QRegularExpressionMatch match = numbered.match(key);
    if (match.hasMatch()) {
        const QString base = match.captured(1);
        const int level = std::clamp(match.captured(2).toInt(), 1, 6);
        if (base == u"heading")
            return StyleRole{BlockKind::Heading, level};
        if (base == u"toc" || base == u"contents")
            return StyleRole{BlockKind::Contents, 0};
        return StyleRole{BlockKind::ListItem, level};
    }
    if (key == u"heading")
        return StyleRole{BlockKind::Heading, 1};
    if (key == u"title")
        return StyleRole{BlockKind::Title, 0};
    if (key == u"quote" || key == u"intensequote" || key == u"blocktext" || key == u"quotations")
        return StyleRole{BlockKind::Quote, 0};
    if (key == u"listbullet" || key == u"listnumber" || key == u"listparagraph" || key == u"listcontinue")
        return StyleRole{BlockKind::ListItem, 1};
    if (key == u"caption" || key == u"tablecaption" || key == u"imagecaption" || key == u"figurecaption")
        return StyleRole{BlockKind::Caption, 0};
    if (key == u"sourcecode" || key == u"preformattedtext" || key == u"htmlpreformatted")
        return StyleRole{BlockKind::Code, 0};
    if (key == u"tocheading" || key == u"contentsheading")
        return StyleRole{BlockKind::Contents, 0};
    if (key == u"author" || key == u"date")
        return StyleRole{BlockKind::Byline, 0};
    return std::nullopt;
}

void TableCollector::addToCell(const QString &text)
{
    m_cell += (m_cell.isEmpty() ? QString() : u" "_s) + text;
}

void TableCollector::endCell()
{
    if (!m_rows.isEmpty())
        m_rows.last().append(simplifyWhitespace(m_cell));
    m_cell.clear();
}

void TableCollector::dropRow()
{
    if (!m_rows.isEmpty())
        m_rows.removeLast();
}

std::optional<QString> closeTable(std::vector<TableCollector> &tables)
{
    const QString text = tables.back().text();
    tables.pop_back();
    if (tables.empty())
        return text;
    tables.back().addToCell(text);
    return std::nullopt;
}

QString TableCollector::text() const
{
    QStringList lines;
    for (const QStringList &cells : m_rows) {
        const bool allEmpty = std::all_of(cells.cbegin(), cells.cend(),
                                          [](const QString &cell) { return cell.trimmed().isEmpty(); });
        if (!allEmpty)
            lines.append(simplifyWhitespace(cells.join(u" | "_s)));
    }
    return lines.join(u'\n');
}

QString foldParagraphText(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line = simplifyWhitespace(line);
    lines.removeAll(QString());
    return lines.join(u'\n');
}

} // namespace marginalia::importdetail::office
