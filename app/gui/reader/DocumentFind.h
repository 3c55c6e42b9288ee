#pragma once

#include <QList>
#include <QObject>

namespace marginalia {

class DocumentView;
class FindBar;

// Find in the open document: highlights every match of the find bar's text, selects the current one and
// steps through them.
class DocumentFind final : public QObject {
    Q_OBJECT

public:
    DocumentFind(DocumentView *view, FindBar *bar);

    void findText(const QString &text);
    void findNext(int step); // +1 next, -1 previous
    int matchCount() const { return int(m_starts.size()); }

private:
    void selectCurrent();

    DocumentView *m_view;
    FindBar *m_bar;
    QList<int> m_starts; // UTF-16 positions of the matches
    int m_length = 0;
    int m_current = -1;
};

} // namespace marginalia
