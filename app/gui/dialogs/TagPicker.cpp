// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/dialogs/TagPicker.h"

#include "core/codebook/Codebook.h"
#include "core/edit/ProjectEditor.h"
#include "gui/panels/PanelParts.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace marginalia {

namespace {

constexpr int kTagIdRole = Qt::UserRole + 1;
constexpr int kNewPathRole = Qt::UserRole + 2;

} // namespace

TagPicker::TagPicker(ProjectEditor &editor, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_prompt(new QLabel(this))
    , m_input(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setObjectName(u"tagPicker"_s);
    setWindowTitle(tr("Choose a Tag"));
    m_input->setObjectName(u"tagPickerInput"_s);
    m_input->setPlaceholderText(tr("Type a tag, or Parent/New tag"));
    m_input->setClearButtonEnabled(true);
    m_list->setObjectName(u"tagPickerList"_s);
    m_list->setUniformItemSizes(true);
    m_prompt->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_input);
    layout->addWidget(m_list, 1);
    resize(380, 360);

    m_input->installEventFilter(this);
    connect(m_input, &QLineEdit::textChanged, this, &TagPicker::refresh);
    connect(m_list, &QListWidget::itemActivated, this, &TagPicker::accept);
}

void TagPicker::setPrompt(const QString &prompt)
{
    m_prompt->setText(prompt);
    m_prompt->setVisible(!prompt.isEmpty());
}

void TagPicker::ask(const Request &request, QObject *context, std::function<void(qint64, const QStringList &)> onPicked)
{
    setPrompt(request.prompt);
    m_allowCreate = request.allowCreate;
    m_allowTopLevel = request.allowTopLevel;
    m_excluded = request.excluded;
    disconnect(this, &TagPicker::picked, context, nullptr);
    connect(this, &TagPicker::picked, context, std::move(onPicked));
    start();
}

void TagPicker::start()
{
    m_returnFocus = QApplication::focusWidget();
    m_input->clear();
    refresh();
    show();
    raise();
    activateWindow();
    m_input->setFocus(Qt::OtherFocusReason);
}

void TagPicker::refresh()
{
    m_list->clear();
    const QString query = m_input->text().trimmed();
    QHash<qint64, Tag> byId;
    for (const Tag &t : m_editor.tags())
        byId.insert(t.id, t);

    bool exact = false;
    if (m_allowTopLevel && query.isEmpty()) {
        auto *top = new QListWidgetItem(tr("(top level)"), m_list);
        top->setData(kTagIdRole, 0);
    }
    for (const Tag &t : tagsInTreeOrder(m_editor.tags())) {
        if (m_excluded.contains(t.id))
            continue;
        const QString path = tagPath(byId, t.id);
        if (!query.isEmpty() && !path.contains(query, Qt::CaseInsensitive))
            continue;
        exact = exact || path.compare(query, Qt::CaseInsensitive) == 0;
        auto *item = new QListWidgetItem(colourSwatch(t.color, 12, 130), path, m_list);
        item->setData(kTagIdRole, t.id);
        if (t.key > 0)
            item->setToolTip(tr("Key %1").arg(t.key));
    }
    if (m_allowCreate && !query.isEmpty() && !exact) {
        const QStringList path = splitTagPath(query);
        if (!path.isEmpty() && !path.contains(QString())) {
            // Last: while the typing matches existing tags, Enter picks one of them; else it creates.
            auto *create = new QListWidgetItem(
                path.size() > 1
                    ? tr("Create “%1” under “%2”").arg(path.last(), joinTagPath(path.mid(0, path.size() - 1)))
                    : tr("Create “%1”").arg(path.last()));
            create->setData(kTagIdRole, -1);
            create->setData(kNewPathRole, path);
            QFont font = create->font();
            font.setItalic(true);
            create->setFont(font);
            m_list->addItem(create);
        }
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void TagPicker::accept()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(kTagIdRole).toLongLong();
    const QStringList path = item->data(kNewPathRole).toStringList();
    QDialog::accept();
    emit picked(id < 0 ? 0 : id, id < 0 ? path : QStringList());
}

void TagPicker::done(int result)
{
    QDialog::done(result);
    // Back to where the user was (the text, the tree, the list), ready for the next key.
    if (m_returnFocus) {
        m_returnFocus->window()->activateWindow();
        m_returnFocus->setFocus(Qt::PopupFocusReason);
    }
}

bool TagPicker::eventFilter(QObject *watched, QEvent *event)
{
    // Up, Down, Page Up/Down in the query move through the list, so the hands stay on the keys.
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QCoreApplication::sendEvent(m_list, event);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            accept();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace marginalia
