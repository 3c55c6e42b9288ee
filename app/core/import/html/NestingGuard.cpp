// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/html/NestingGuard.h"

#include <algorithm>
#include <cctype>

namespace marginalia::importdetail::html {

namespace {

bool isVoidElement(QByteArrayView name)
{
    static const char *const voids[] = {"area",  "base",  "br",     "col",   "embed",   "hr",
                                        "img",   "input", "link",   "meta",  "param",   "source",
                                        "track", "wbr",   "keygen", "frame", "basefont"};
    for (const char *v : voids)
        if (name.compare(QByteArrayView(v), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// Where a raw text element (script, style, …) ends: its end tag in any letter case, as the HTML tokenizer
// reads it. `size` when it never ends (the rest of the page is its text).
qsizetype rawTextEnd(const QByteArray &html, qsizetype from, QByteArrayView name)
{
    for (qsizetype at = html.indexOf("</", from); at >= 0; at = html.indexOf("</", at + 2)) {
        const qsizetype after = at + 2 + name.size();
        if (after > html.size())
            break;
        const QByteArrayView candidate(html.constData() + at + 2, name.size());
        const bool nameEnds = after == html.size() || !std::isalnum(static_cast<unsigned char>(html.at(after)));
        if (nameEnds && candidate.compare(name, Qt::CaseInsensitive) == 0)
            return at;
    }
    return html.size();
}

// Where a tag that starts before `from` ends (its '>'). A quote opens a quoted attribute value only right
// after '=' (spaces allowed between); elsewhere, as in <p class=it's>, it is an ordinary character.
qsizetype tagEnd(const char *data, qsizetype size, qsizetype from)
{
    char quote = 0;
    char lastSignificant = 0;
    for (qsizetype at = from; at < size; ++at) {
        const char c = data[at];
        if (quote) {
            if (c == quote)
                quote = 0;
            continue;
        }
        if ((c == '"' || c == '\'') && lastSignificant == '=') {
            quote = c;
        } else if (c == '>') {
            return at;
        }
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            lastSignificant = c;
    }
    return size;
}

} // namespace

QByteArray limitNesting(const QByteArray &html, int limit)
{
    const char *data = html.constData();
    const qsizetype size = html.size();
    auto isAlpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    // Pass 1: how deep does it go?
    int depth = 0, maxDepth = 0;
    QByteArray out;
    bool rewriting = false;
    for (int pass = 0; pass < 2; ++pass) {
        depth = 0;
        // Inside <svg> or <math> (foreign content) a <script> or <style> is an ordinary element whose content
        // the parser reads as markup, so it is no raw text there: the depth at which the foreign element
        // opened, 0 outside. (Missing this let 480,000 <g> after <svg><script> through, and gumbo crashed.)
        int foreignFrom = 0;
        qsizetype copied = 0;
        for (qsizetype i = 0; i < size; ++i) {
            if (data[i] != '<' || i + 1 >= size)
                continue;
            const qsizetype tagStart = i;
            if (data[i + 1] == '!') {
                const bool comment = i + 3 < size && data[i + 2] == '-' && data[i + 3] == '-';
                const qsizetype close = comment ? html.indexOf("-->", i + 4) : html.indexOf('>', i + 2);
                if (close < 0)
                    break;
                i = close + (comment ? 2 : 0);
                continue;
            }
            const bool endTag = data[i + 1] == '/';
            const qsizetype nameStart = i + (endTag ? 2 : 1);
            if (nameStart >= size || !isAlpha(data[nameStart]))
                continue;
            qsizetype nameEnd = nameStart;
            while (nameEnd < size && data[nameEnd] != '>' && data[nameEnd] != '/' && data[nameEnd] != ' '
                   && data[nameEnd] != '\n' && data[nameEnd] != '\t' && data[nameEnd] != '\r')
                ++nameEnd;
            const QByteArrayView name(data + nameStart, nameEnd - nameStart);
            const qsizetype j = tagEnd(data, size, nameEnd);
            if (j >= size)
                break;
            const bool selfClosing = data[j - 1] == '/';
            bool drop = false;
            if (endTag) {
                if (!isVoidElement(name)) {
                    drop = depth > limit;
                    depth = std::max(0, depth - 1);
                    if (depth < foreignFrom)
                        foreignFrom = 0;
                }
            } else if (!selfClosing && !isVoidElement(name)) {
                ++depth;
                maxDepth = std::max(maxDepth, depth);
                drop = depth > limit;
                if (foreignFrom == 0
                    && (name.compare("svg", Qt::CaseInsensitive) == 0
                        || name.compare("math", Qt::CaseInsensitive) == 0))
                    foreignFrom = depth;
            }
            i = j;
            // Raw text elements: skip to their end tag.
            if (!endTag && !selfClosing && foreignFrom == 0) {
                for (const char *raw : {"script", "style", "textarea", "title", "xmp", "plaintext"}) {
                    if (name.compare(QByteArrayView(raw), Qt::CaseInsensitive) == 0) {
                        const qsizetype close = rawTextEnd(html, j + 1, QByteArrayView(raw));
                        i = close < size ? close - 1 : size;
                        break;
                    }
                }
            }
            if (rewriting && drop) {
                out.append(data + copied, tagStart - copied);
                copied = j + 1;
            }
        }
        if (!rewriting) {
            if (maxDepth <= limit)
                return html;
            rewriting = true;
            out.reserve(size);
            continue;
        }
        out.append(data + copied, size - copied);
    }
    return out;
}

} // namespace marginalia::importdetail::html
