// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/window/ReadingPreferences.h"

#include "gui/reader/DocumentView.h"
#include "gui/reader/SpanHighlighter.h"

#include <KSyntaxHighlighting/Repository>

#include <QActionGroup>
#include <QApplication>
#include <QFontDialog>
#include <QGuiApplication>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <QStyleHints>

#include <cmath>

using namespace Qt::StringLiterals;

namespace marginalia {

ReadingPreferences::ReadingPreferences(DocumentView *view, KSyntaxHighlighting::Repository &repository, QWidget *window)
    : QObject(window)
    , m_view(view)
    , m_repository(repository)
    , m_window(window)
{
}

void ReadingPreferences::load()
{
    const QSettings settings;
    m_themeName = settings.value(u"reader/theme"_s).toString();
    const QString fontDescription = settings.value(u"reader/font"_s).toString();
    QFont font;
    if (!fontDescription.isEmpty() && font.fromString(fontDescription))
        m_view->setReadingFont(font);
    m_view->setZoomSteps(settings.value(u"reader/zoom"_s, 0).toInt());
    if (settings.value(u"reader/foldBoilerplate"_s, true).toBool())
        m_view->setBoilerplateFolded(true);
}

void ReadingPreferences::save() const
{
    QSettings settings;
    settings.setValue(u"reader/theme"_s, m_themeName);
    settings.setValue(u"reader/font"_s, m_view->readingFont().toString());
    settings.setValue(u"reader/zoom"_s, m_view->zoomSteps());
}

void ReadingPreferences::addMenuEntries(QMenu *view)
{
    QAction *zoomIn = view->addAction(tr("Zoom &In"), this, [this] { zoom(+1); });
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), this, [this] { zoom(-1); });
    zoomOut->setShortcuts(QKeySequence::ZoomOut);
    QAction *actualSize = view->addAction(tr("&Actual Size"), this, [this] { zoom(0); });
    actualSize->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addAction(tr("Reading &Font…"), this, [this] {
        bool ok = false;
        const QFont font = QFontDialog::getFont(&ok, m_view->readingFont(), m_window, tr("Reading Font"));
        if (ok) {
            m_view->setReadingFont(font);
            save();
        }
    });
    addThemeMenu(view);
    QAction *fold = view->addAction(tr("&Fold Boilerplate and Repeats"));
    fold->setObjectName(QStringLiteral("foldBoilerplateAction"));
    fold->setCheckable(true);
    fold->setChecked(QSettings().value(u"reader/foldBoilerplate"_s, true).toBool());
    connect(m_view, &DocumentView::unfoldRequested, fold, [fold] { fold->setChecked(false); });
    connect(fold, &QAction::toggled, this, [this](bool on) {
        m_view->setBoilerplateFolded(on);
        QSettings().setValue(u"reader/foldBoilerplate"_s, on);
    });
}

void ReadingPreferences::addThemeMenu(QMenu *view)
{
    QMenu *themes = view->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    QAction *followSystem = themes->addAction(tr("Follow the &System"));
    followSystem->setCheckable(true);
    followSystem->setData(QString());
    m_themeGroup->addAction(followSystem);
    themes->addSeparator();
    for (const KSyntaxHighlighting::Theme &theme : m_repository.themes()) {
        QAction *choice = themes->addAction(theme.translatedName());
        choice->setCheckable(true);
        choice->setData(theme.name());
        m_themeGroup->addAction(choice);
    }
    for (QAction *choice : m_themeGroup->actions())
        choice->setChecked(choice->data().toString() == m_themeName);
    connect(m_themeGroup, &QActionGroup::triggered, this,
            [this](QAction *choice) { setThemeName(choice->data().toString()); });
}

void ReadingPreferences::setThemeName(const QString &name)
{
    m_themeName = name;
    if (m_themeGroup) {
        for (QAction *choice : m_themeGroup->actions())
            choice->setChecked(choice->data().toString() == name);
    }
    applyTheme();
    save();
}

void ReadingPreferences::applyTheme()
{
    // Setting the application palette sends a palette change, which makes a window following the system
    // apply the theme again.
    if (std::exchange(m_applying, true))
        return;
    const bool dark = QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark;
    KSyntaxHighlighting::Theme theme = m_themeName.isEmpty() ? KSyntaxHighlighting::Theme()
                                                             : m_repository.theme(m_themeName);
    if (!theme.isValid())
        theme = m_repository.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                               : KSyntaxHighlighting::Repository::LightTheme);
    // The application palette lays a long text out again from the top: take the place first and come back.
    const int position = m_view->readingPosition();
    m_view->setTheme(theme);
    applyWindowPalette(theme);
    m_view->scrollToReadingPosition(position);
    m_view->highlighter()->setFindColor(
        QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::SearchHighlight)));
    emit themeApplied(theme);
    m_applying = false;
}

bool ReadingPreferences::isDark(const KSyntaxHighlighting::Theme &theme)
{
    return QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness() < 128;
}

QPalette ReadingPreferences::windowPalette(const KSyntaxHighlighting::Theme &theme)
{
    const QColor base = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
    const QColor text = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal));
    // Panels a shade off the reading pane, so the page still stands out.
    const QColor window = base.lighter(125);
    QPalette palette(window, window); // derives light, mid, dark and shadow from the button colour
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, base.lighter(115));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::ToolTipBase, window.lighter(130));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Highlight,
                     QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::TextSelection)));
    palette.setColor(QPalette::HighlightedText, text);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb0, 0x90, 0xff));
    QColor quiet = text;
    quiet.setAlpha(128);
    palette.setColor(QPalette::PlaceholderText, quiet);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, quiet);
    return palette;
}

void ReadingPreferences::applyWindowPalette(const KSyntaxHighlighting::Theme &theme)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return;
    if (!m_systemLook)
        m_systemLook.emplace(QApplication::style()->name(), QApplication::palette());
    if (isDark(theme)) {
        // Fusion draws every part from the palette; some platform styles keep light menus or frames.
        if (QApplication::style()->name().compare(u"fusion"_s, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(u"Fusion"_s);
        QApplication::setPalette(windowPalette(theme));
        return;
    }
    if (QApplication::style()->name() != m_systemLook->first)
        QApplication::setStyle(m_systemLook->first);
    QApplication::setPalette(m_systemLook->second);
}

void ReadingPreferences::zoom(int step)
{
    m_view->setZoomSteps(step == 0 ? 0 : m_view->zoomSteps() + step);
    emit message(tr("Zoom %1%").arg(qRound(std::pow(1.1, m_view->zoomSteps()) * 100)), 2000);
    save();
}

} // namespace marginalia
