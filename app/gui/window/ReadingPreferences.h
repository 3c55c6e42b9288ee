#pragma once

#include <KSyntaxHighlighting/Theme>

#include <QObject>

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

signals:
    void themeApplied(const KSyntaxHighlighting::Theme &theme);
    void message(const QString &text, int timeout);

private:
    void addThemeMenu(QMenu *view);

    DocumentView *m_view;
    KSyntaxHighlighting::Repository &m_repository;
    QWidget *m_window;
    QActionGroup *m_themeGroup = nullptr;
    QString m_themeName;
};

} // namespace marginalia
