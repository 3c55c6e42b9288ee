#include "core/edit/UpdateTagCommand.h"

namespace marginalia {

UpdateTagCommand::UpdateTagCommand(ProjectEditor &editor, const Tag &before, const Tag &after)
    : StoreCommand(editor, ProjectEditor::tr("Edit Tag"))
    , m_before(before)
    , m_after(after)
{
}

Result<void> UpdateTagCommand::apply()
{
    return write(m_after);
}

Result<void> UpdateTagCommand::revert()
{
    return write(m_before);
}

Result<void> UpdateTagCommand::write(const Tag &tag)
{
    auto updated = store().updateTag(tag);
    m_editor.reloadTags();
    return updated;
}

} // namespace marginalia
