#include "core/edit/AddTagCommand.h"

namespace marginalia {

AddTagCommand::AddTagCommand(ProjectEditor &editor, const Tag &tag)
    : StoreCommand(editor, ProjectEditor::tr("Add Tag"))
    , m_tag(tag)
{
}

Result<void> AddTagCommand::apply()
{
    auto restored = store().restoreTag(m_tag);
    m_editor.reloadTags();
    return restored;
}

Result<void> AddTagCommand::revert()
{
    auto removed = store().removeTag(m_tag.id);
    m_editor.reloadTags();
    return removed;
}

} // namespace marginalia
