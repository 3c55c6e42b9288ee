// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <KSyntaxHighlighting/Theme>

#include <QObject>
#include <QPalette>

#include <optional>
#include <utility>

class QActionGroup;
class QMenu;
class QWidget;

namespace KSyntaxHighlighting {
class Repository;
}

namespace marginalia {

class DocumentView;

// The reader's look: colour theme, reading font, zoom and the folding of boilerplate. These are the
// user's preferences (QSettings), not part of the project, so they do not go through ProjectEditor.
class ReadingPreferences final : public QObject {
    Q_OBJECT

public:
    ReadingPreferences(DocumentView *view, KSyntaxHighlighting::Repository &repository, QWidget *window);

    void load();
    void save() const;
    // Zoom, font, theme and folding entries for the View menu.
    void addMenuEntries(QMenu *view);

    void setThemeName(const QString &name); // empty: follow the system's light or dark scheme
    bool followsSystem() const { return m_themeName.isEmpty(); }
    void applyTheme();
    void zoom(int step); // +1, -1; 0 resets

    // A dark reading theme darkens the whole window: docks, panels, menus and dialogs get this palette
    // (made from the theme's colours); a light one leaves the system's look.
    static bool isDark(const KSyntaxHighlighting::Theme &theme);
    static QPalette windowPalette(const KSyntaxHighlighting::Theme &theme);

signals:
    void themeApplied(const KSyntaxHighlighting::Theme &theme);
    void message(const QString &text, int timeout);

private:
    void addThemeMenu(QMenu *view);
    void applyWindowPalette(const KSyntaxHighlighting::Theme &theme);

    DocumentView *m_view;
    KSyntaxHighlighting::Repository &m_repository;
    QWidget *m_window;
    QActionGroup *m_themeGroup = nullptr;
    QString m_themeName;
    // The application's own look, to go back to from a dark theme.
    std::optional<std::pair<QString, QPalette>> m_systemLook;
    bool m_applying = false;
};

} // namespace marginalia
