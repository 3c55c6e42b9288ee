#include "core/edit/SliceCommand.h"

namespace marginalia {

SliceCommand::SliceCommand(ProjectEditor &editor, const QString &text, ProjectSlice before, ProjectSlice after)
    : StoreCommand(editor, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

Result<void> SliceCommand::apply()
{
    return switchTo(m_after);
}

Result<void> SliceCommand::revert()
{
    return switchTo(m_before);
}

Result<void> SliceCommand::switchTo(const ProjectSlice &target)
{
    const QList<qint64> ids = target.annotations.keys();
    const bool withTags = target.tags.has_value();
    const ProjectSlice current = readProjectSlice(store(), ids, withTags, m_editor.tags());
    auto done = writeProjectSlice(store(), current, target);
    const ProjectSlice after = readProjectSlice(store(), ids, withTags, m_editor.tags());
    m_editor.notifyAnnotationDifference(current.annotations, after.annotations);
    if (withTags)
        m_editor.reloadTags();
    return done;
}

} // namespace marginalia
