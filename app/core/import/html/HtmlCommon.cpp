// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/html/HtmlCommon.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace marginalia::importdetail::html {

Q_LOGGING_CATEGORY(lcHtml, "marginalia.import.html", QtWarningMsg)

QString attr(const GumboNode *node, const char *name)
{
    if (!node || node->type != GUMBO_NODE_ELEMENT)
        return {};
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

bool hasAttr(const GumboNode *node, const char *name)
{
    return node && node->type == GUMBO_NODE_ELEMENT && gumbo_get_attribute(&node->v.element.attributes, name);
}

int collapsedLength(const QString &text, bool *endsInSpace, bool leadingSpaceAllowed)
{
    int n = 0;
    bool space = !leadingSpaceAllowed;
    for (QChar c : text) {
        if (c.isSpace()) {
            if (!space)
                ++n;
            space = true;
        } else {
            ++n;
            space = false;
        }
    }
    if (endsInSpace)
        *endsInSpace = space;
    return n;
}

int countCommas(const QString &text)
{
    int n = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u',' || u == 0x060C || u == 0xFE50 || u == 0xFE10 || u == 0xFE11 || u == 0x2E41 || u == 0x2E34
            || u == 0x2E32 || u == 0xFF0C || u == 0x3001)
            ++n;
    }
    return n;
}

bool isSkippedTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_META:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_AREA:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_FRAME:
        return true;
    default:
        return false;
    }
}

bool isHeadingTag(GumboTag tag)
{
    return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6;
}

int headingLevel(GumboTag tag)
{
    return isHeadingTag(tag) ? int(tag - GUMBO_TAG_H1) + 1 : 0;
}

bool isBlockTag(GumboTag tag)
{
    if (isHeadingTag(tag))
        return true;
    switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIALOG:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_HTML:
        return true;
    default:
        return false;
    }
}

bool isDivToPBlocker(GumboTag tag)
{
    static constexpr GumboTag blockers[] = {
        GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_DL,     GUMBO_TAG_DIV,   GUMBO_TAG_IMG,     GUMBO_TAG_OL,      GUMBO_TAG_P,
        GUMBO_TAG_PRE,        GUMBO_TAG_TABLE,  GUMBO_TAG_UL,    GUMBO_TAG_SECTION, GUMBO_TAG_ARTICLE, GUMBO_TAG_FIGURE,
        GUMBO_TAG_HEADER,     GUMBO_TAG_FOOTER, GUMBO_TAG_ASIDE, GUMBO_TAG_NAV,     GUMBO_TAG_FORM,    GUMBO_TAG_MAIN,
    };
    return isHeadingTag(tag) || std::ranges::find(blockers, tag) != std::end(blockers);
}

double textSimilarity(const QString &a, const QString &b)
{
    static const QRegularExpression nonWord(u"\\W+"_s, QRegularExpression::UseUnicodePropertiesOption);
    const QStringList ta = a.toLower().split(nonWord, Qt::SkipEmptyParts);
    const QStringList tb = b.toLower().split(nonWord, Qt::SkipEmptyParts);
    if (ta.isEmpty() || tb.isEmpty())
        return 0;
    QStringList uniqueB;
    for (const QString &t : tb)
        if (!ta.contains(t))
            uniqueB.append(t);
    const double distance = double(uniqueB.join(u' ').size()) / double(tb.join(u' ').size());
    return 1 - distance;
}

} // namespace marginalia::importdetail::html
