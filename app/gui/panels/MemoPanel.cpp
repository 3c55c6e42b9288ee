// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/panels/MemoPanel.h"

#include "core/edit/ProjectEditor.h"

#include <QEvent>
#include <QLabel>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace marginalia {

MemoPanel::MemoPanel(ProjectEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_documentHint(new QLabel(this))
    , m_documentMemo(new QPlainTextEdit(this))
    , m_projectMemo(new QPlainTextEdit(this))
    , m_editor(editor)
    , m_saveTimer(new QTimer(this))
{
    setObjectName(u"memoPanel"_s);
    m_tabs->setObjectName(u"memoTabs"_s);
    m_documentMemo->setObjectName(u"documentMemo"_s);
    m_projectMemo->setObjectName(u"projectMemo"_s);
    m_documentMemo->setPlaceholderText(tr("What this document is about, what to follow up…"));
    m_projectMemo->setPlaceholderText(tr("Research questions, decisions about the codebook, open ends…"));
    m_documentMemo->setTabChangesFocus(true);
    m_projectMemo->setTabChangesFocus(true);

    auto *documentPage = new QWidget(this);
    auto *documentLayout = new QVBoxLayout(documentPage);
    documentLayout->setContentsMargins(0, 4, 0, 0);
    documentLayout->addWidget(m_documentHint);
    documentLayout->addWidget(m_documentMemo, 1);
    m_tabs->addTab(documentPage, tr("&Document"));
    m_tabs->addTab(m_projectMemo, tr("&Project"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_tabs);
    setFocusProxy(m_documentMemo);

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(800);
    connect(m_saveTimer, &QTimer::timeout, this, &MemoPanel::saveNow);
    for (QPlainTextEdit *edit : {m_documentMemo, m_projectMemo}) {
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading)
                m_saveTimer->start();
        });
        edit->installEventFilter(this);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this](int index) { setFocusProxy(index == 0 ? m_documentMemo : m_projectMemo); });
    // Undo and redo change the store; show what it holds now.
    connect(&m_editor, &ProjectEditor::memoChanged, this, [this](qint64 documentId) {
        QPlainTextEdit *edit = documentId ? m_documentMemo : m_projectMemo;
        if (documentId && documentId != m_documentId)
            return;
        const QString text = m_editor.memo(documentId);
        if (edit->toPlainText() != text && !m_saveTimer->isActive()) {
            m_loading = true;
            edit->setPlainText(text);
            m_loading = false;
        }
    });
    load(0);
}

void MemoPanel::setCurrentDocument(qint64 documentId)
{
    if (documentId == m_documentId)
        return;
    saveNow();
    load(documentId);
}

void MemoPanel::load(qint64 documentId)
{
    m_documentId = documentId;
    m_loading = true;
    m_documentMemo->setPlainText(documentId ? m_editor.memo(documentId) : QString());
    m_projectMemo->setPlainText(m_editor.memo(0));
    m_loading = false;
    m_documentMemo->setEnabled(documentId > 0);
    // Without a document only the project memo can be written: show that one.
    m_tabs->setCurrentIndex(documentId > 0 ? 0 : 1);
    m_documentHint->setText(documentId ? tr("Memo for the open document") : tr("Open a document to write its memo."));
}

void MemoPanel::saveNow()
{
    m_saveTimer->stop();
    if (m_documentId > 0)
        m_editor.setMemo(m_documentId, m_documentMemo->toPlainText());
    m_editor.setMemo(0, m_projectMemo->toPlainText());
}

bool MemoPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && m_saveTimer->isActive())
        saveNow();
    return QWidget::eventFilter(watched, event);
}

} // namespace marginalia
