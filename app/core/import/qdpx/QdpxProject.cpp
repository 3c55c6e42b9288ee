// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/qdpx/QdpxProject.h"

#include <QCoreApplication>
#include <QMap>
#include <QXmlStreamReader>

namespace marginalia::qdpx {

namespace {

constexpr int kMaxCodeDepth = 32; // deeper trees are no code books but hostile files: refuse them

QString tr(const char *text)
{
    return QCoreApplication::translate("QdpxImport", text);
}

// A recursive-descent reader: each read… function starts on its element's start tag and returns after its
// end tag. Elements are matched by local name, so a file that leaves out the namespace still reads.
class ProjectReader final {
public:
    explicit ProjectReader(const QByteArray &xml)
        : m_xml(xml)
    {
    }

    Result<Project> read()
    {
        if (!m_xml.readNextStartElement())
            return failure(Error::Kind::BadInput, xmlProblem());
        if (m_xml.name() != u"Project")
            return failure(Error::Kind::BadInput, tr("project.qde is not a REFI-QDA project: its root element is "
                                                     "<%1>, not <Project>.")
                                                      .arg(m_xml.name().toString()));
        m_project.name = attribute(u"name");
        readProject();
        if (m_xml.hasError() && m_error.isEmpty())
            m_error = xmlProblem();
        if (!m_error.isEmpty())
            return failure(Error::Kind::BadInput, m_error);
        return m_project;
    }

private:
    QString attribute(QStringView name) const { return m_xml.attributes().value(name).toString(); }
    QString guidAttribute(QStringView name) const { return normalizedGuid(m_xml.attributes().value(name)); }
    QDateTime timeAttribute(QStringView name) const
    {
        return QDateTime::fromString(attribute(name), Qt::ISODateWithMs);
    }
    QString xmlProblem() const
    {
        return tr("project.qde is not well-formed XML: %1 (line %2).").arg(m_xml.errorString()).arg(m_xml.lineNumber());
    }
    bool failed() const { return !m_error.isEmpty() || m_xml.hasError(); }
    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        m_xml.raiseError(message);
    }
    QString readNoteRef()
    {
        const QString guid = guidAttribute(u"targetGUID");
        m_xml.skipCurrentElement();
        return guid;
    }

    void readProject()
    {
        QMap<QString, int> ignored; // element name -> count of things Marginalia has no place for
        while (!failed() && m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"Users")
                readUsers();
            else if (name == u"CodeBook")
                readCodeBook();
            else if (name == u"Variables")
                readVariables();
            else if (name == u"Sources")
                readSources();
            else if (name == u"Notes")
                readNotes();
            else if (name == u"NoteRef")
                m_project.projectNoteGuids.append(readNoteRef());
            else if (name == u"Cases" || name == u"Sets" || name == u"Links" || name == u"Graphs") {
                const QString kind = name.toString(); // the view dies with the next read
                ignored[kind] += countChildren();
            } else {
                m_xml.skipCurrentElement();
            }
        }
        for (auto it = ignored.cbegin(); it != ignored.cend(); ++it)
            if (it.value() > 0)
                m_project.skipped.append(tr("%1: %2 (Marginalia has no place for them)").arg(it.key()).arg(it.value()));
    }

    int countChildren()
    {
        int count = 0;
        while (m_xml.readNextStartElement()) {
            ++count;
            m_xml.skipCurrentElement();
        }
        return count;
    }

    void readUsers()
    {
        while (!failed() && m_xml.readNextStartElement()) {
            if (m_xml.name() == u"User")
                m_project.users.insert(guidAttribute(u"guid"), attribute(u"name"));
            m_xml.skipCurrentElement();
        }
    }

    void readCodeBook()
    {
        while (!failed() && m_xml.readNextStartElement()) {
            if (m_xml.name() != u"Codes") {
                m_xml.skipCurrentElement();
                continue;
            }
            while (!failed() && m_xml.readNextStartElement()) {
                if (m_xml.name() == u"Code")
                    m_project.codes.append(readCode(1));
                else
                    m_xml.skipCurrentElement();
            }
        }
    }

    Code readCode(int depth)
    {
        Code code{guidAttribute(u"guid"), attribute(u"name"), attribute(u"color"), {}, {}};
        if (depth > kMaxCodeDepth) {
            fail(tr("The code book nests codes more than %1 levels deep (at “%2”).").arg(kMaxCodeDepth).arg(code.name));
            return code;
        }
        while (!failed() && m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"Description")
                code.description = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else if (name == u"Code")
                code.children.append(readCode(depth + 1));
            else
                m_xml.skipCurrentElement();
        }
        return code;
    }

    void readVariables()
    {
        while (!failed() && m_xml.readNextStartElement()) {
            if (m_xml.name() == u"Variable")
                m_project.variableNames.insert(guidAttribute(u"guid"), attribute(u"name"));
            m_xml.skipCurrentElement();
        }
    }

    void readSources()
    {
        static const QHash<QString, const char *> otherKinds = {
            {QStringLiteral("PDFSource"), QT_TRANSLATE_NOOP("QdpxImport", "PDF source “%1”")},
            {QStringLiteral("PictureSource"), QT_TRANSLATE_NOOP("QdpxImport", "picture source “%1”")},
            {QStringLiteral("AudioSource"), QT_TRANSLATE_NOOP("QdpxImport", "audio source “%1”")},
            {QStringLiteral("VideoSource"), QT_TRANSLATE_NOOP("QdpxImport", "video source “%1”")},
        };
        while (!failed() && m_xml.readNextStartElement()) {
            const QString name = m_xml.name().toString();
            if (name == u"TextSource") {
                m_project.textSources.append(readTextSource());
            } else {
                const char *kind = otherKinds.value(name);
                const QString sourceName = attribute(u"name");
                m_project.skipped.append(kind ? tr(kind).arg(sourceName)
                                              : tr("%1 “%2” (an unknown kind of source)").arg(name, sourceName));
                m_xml.skipCurrentElement();
            }
        }
    }

    Coding readCoding()
    {
        Coding coding;
        while (!failed() && m_xml.readNextStartElement()) {
            if (m_xml.name() == u"CodeRef")
                coding.codeGuid = guidAttribute(u"targetGUID");
            else if (m_xml.name() == u"NoteRef")
                coding.noteGuids.append(readNoteRef());
            if (m_xml.tokenType() == QXmlStreamReader::StartElement)
                m_xml.skipCurrentElement();
        }
        return coding;
    }

    qint64 positionAttribute(QStringView name, const Selection &selection, const QString &sourceName)
    {
        bool ok = false;
        const qint64 value = m_xml.attributes().value(name).toLongLong(&ok);
        if (!ok || value < 0)
            fail(tr("Selection %1 in “%2” has no valid %3 (a whole number of characters).")
                     .arg(selection.guid, sourceName, name.toString()));
        return value;
    }

    Selection readSelection(const QString &sourceName)
    {
        Selection selection;
        selection.guid = guidAttribute(u"guid");
        selection.start = positionAttribute(u"startPosition", selection, sourceName);
        selection.end = positionAttribute(u"endPosition", selection, sourceName);
        selection.userGuid = guidAttribute(u"creatingUser");
        selection.created = timeAttribute(u"creationDateTime");
        selection.modified = timeAttribute(u"modifiedDateTime");
        while (!failed() && m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"Description")
                selection.description = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else if (name == u"Coding")
                selection.codings.append(readCoding());
            else if (name == u"NoteRef")
                selection.noteGuids.append(readNoteRef());
            else
                m_xml.skipCurrentElement();
        }
        return selection;
    }

    void readVariableValue(TextSource &source)
    {
        QString variable;
        QString text;
        while (!failed() && m_xml.readNextStartElement()) {
            if (m_xml.name() == u"VariableRef") {
                variable = guidAttribute(u"targetGUID");
                m_xml.skipCurrentElement();
            } else if (m_xml.name() == u"TextValue") {
                text = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (!variable.isEmpty())
            source.textVariables.insert(variable, text);
    }

    TextSource readTextSource()
    {
        TextSource source;
        source.guid = guidAttribute(u"guid");
        source.name = attribute(u"name");
        source.plainTextPath = attribute(u"plainTextPath");
        while (!failed() && m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"PlainTextContent") {
                source.plainTextContent = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
                source.hasContent = true;
            } else if (name == u"PlainTextSelection") {
                source.selections.append(readSelection(source.name));
            } else if (name == u"Coding") {
                source.codings.append(readCoding());
            } else if (name == u"NoteRef") {
                source.noteGuids.append(readNoteRef());
            } else if (name == u"VariableValue") {
                readVariableValue(source);
            } else {
                m_xml.skipCurrentElement();
            }
        }
        return source;
    }

    void readNotes()
    {
        while (!failed() && m_xml.readNextStartElement()) {
            if (m_xml.name() != u"Note") {
                m_xml.skipCurrentElement();
                continue;
            }
            const QString guid = guidAttribute(u"guid");
            Note note{attribute(u"name"), {}, attribute(u"plainTextPath"), false};
            while (!failed() && m_xml.readNextStartElement()) {
                if (m_xml.name() == u"PlainTextContent") {
                    note.text = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
                    note.hasContent = true;
                } else {
                    m_xml.skipCurrentElement();
                }
            }
            m_project.notes.insert(guid, note);
        }
    }

    QXmlStreamReader m_xml;
    Project m_project;
    QString m_error;
};

} // namespace

QString normalizedGuid(QStringView guid)
{
    QStringView trimmed = guid.trimmed();
    if (trimmed.startsWith(u'{') && trimmed.endsWith(u'}'))
        trimmed = trimmed.mid(1, trimmed.size() - 2);
    return trimmed.toString().toLower();
}

Result<Project> parseProjectXml(const QByteArray &xml)
{
    return ProjectReader(xml).read();
}

} // namespace marginalia::qdpx
