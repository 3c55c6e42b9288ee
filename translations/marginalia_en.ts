<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>marginalia::AgreementDialog</name>
    <message numerus="yes">
        <location filename="../../../../../app/gui/dialogs/AgreementDialog.cpp" line="203"/>
        <source>%n document(s) that every coder tagged, %1 characters, %2 paragraph units. α: Krippendorff&apos;s unitizing alpha over characters. κ: %3 on paragraph units. n/a: nothing to agree on.</source>
        <translation>
            <numerusform>%n document that every coder tagged, %1 characters, %2 paragraph units. α: Krippendorff&apos;s unitizing alpha over characters. κ: %3 on paragraph units. n/a: nothing to agree on.</numerusform>
            <numerusform>%n documents that every coder tagged, %1 characters, %2 paragraph units. α: Krippendorff&apos;s unitizing alpha over characters. κ: %3 on paragraph units. n/a: nothing to agree on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::AnnotationImportUi</name>
    <message numerus="yes">
        <location filename="../../../../../app/gui/window/AnnotationImportUi.cpp" line="101"/>
        <source>Imported %n annotation(s) from %1; Undo takes them back.</source>
        <translation>
            <numerusform>Imported %n annotation from %1; Undo takes it back.</numerusform>
            <numerusform>Imported %n annotations from %1; Undo takes them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::AnnotationPanel</name>
    <message numerus="yes">
        <location filename="../../../../../app/gui/panels/AnnotationPanel.cpp" line="182"/>
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../../app/gui/panels/AnnotationPanel.cpp" line="184"/>
        <source>%1 of %n annotation(s)</source>
        <translation>
            <numerusform>%1 of %n annotation</numerusform>
            <numerusform>%1 of %n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::CodebookPanel</name>
    <message numerus="yes">
        <location filename="../../../../../app/gui/panels/CodebookPanel.cpp" line="319"/>
        <source>– the first %n listed</source>
        <translation>
            <numerusform>– the first one listed</numerusform>
            <numerusform>– the first %n listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../../app/gui/panels/CodebookPanel.cpp" line="498"/>
        <source>Retag %n Annotation(s) as a New Tag</source>
        <translation>
            <numerusform>Retag %n Annotation as a New Tag</numerusform>
            <numerusform>Retag %n Annotations as a New Tag</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::DocumentActions</name>
    <message numerus="yes">
        <location filename="../../../../../app/gui/window/DocumentActions.cpp" line="65"/>
        <source>Its %n annotation(s), notes, memo and register mentions go with it. The file on disk is not touched, and Edit ▸ Undo puts everything back.</source>
        <translation>
            <numerusform>Its annotation, notes, memo and register mentions go with it. The file on disk is not touched, and Edit ▸ Undo puts everything back.</numerusform>
            <numerusform>Its %n annotations, notes, memo and register mentions go with it. The file on disk is not touched, and Edit ▸ Undo puts everything back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::DocumentListModel</name>
    <message numerus="yes">
        <location filename="../../../../../app/gui/models/DocumentListModel.cpp" line="46"/>
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::DocumentView</name>
    <message numerus="yes">
        <location filename="../../../../../app/gui/reader/DocumentView.cpp" line="669"/>
        <source>&lt;i&gt;%n annotations here; click again for the next one&lt;/i&gt;</source>
        <translation>
            <numerusform>&lt;i&gt;%n annotation here; click again for the next one&lt;/i&gt;</numerusform>
            <numerusform>&lt;i&gt;%n annotations here; click again for the next one&lt;/i&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::EntityRegisterPanel</name>
    <message numerus="yes">
        <location filename="../../../../../app/gui/panels/EntityRegisterPanel.cpp" line="295"/>
        <source>Merge %n Entities into “%1”</source>
        <translation>
            <numerusform>Merge %n Entity into “%1”</numerusform>
            <numerusform>Merge %n Entities into “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../../app/gui/panels/EntityRegisterPanel.cpp" line="302"/>
        <source>Merged %n entities into “%1”. Their names are kept as aliases.</source>
        <translation>
            <numerusform>Merged %n entity into “%1”. Its name is kept as an alias.</numerusform>
            <numerusform>Merged %n entities into “%1”. Their names are kept as aliases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::FileMenu</name>
    <message numerus="yes">
        <location filename="../../../../../app/gui/window/FileMenu.cpp" line="194"/>
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::MainWindow</name>
    <message numerus="yes">
        <location filename="../../../../../app/gui/window/MainWindow.cpp" line="477"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../../app/gui/window/MainWindow.cpp" line="480"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../../app/gui/window/MainWindow.cpp" line="481"/>
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::ProjectEditor</name>
    <message numerus="yes">
        <location filename="../../../../../app/core/edit/ProjectEditor.cpp" line="224"/>
        <source>Untag %n Annotation(s)</source>
        <translation>
            <numerusform>Untag %n Annotation</numerusform>
            <numerusform>Untag %n Annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../../app/core/edit/ProjectEditor.cpp" line="225"/>
        <source>Tag %n Annotation(s) as %1</source>
        <translation>
            <numerusform>Tag %n Annotation as %1</numerusform>
            <numerusform>Tag %n Annotations as %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../../app/core/edit/ProjectEditor.cpp" line="250"/>
        <source>Delete %n Annotation(s)</source>
        <translation>
            <numerusform>Delete %n Annotation</numerusform>
            <numerusform>Delete %n Annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../../app/core/edit/ProjectEditor.cpp" line="287"/>
        <source>Accept %n Suggestion(s)</source>
        <translation>
            <numerusform>Accept %n Suggestion</numerusform>
            <numerusform>Accept %n Suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../../app/core/edit/ProjectEditor.cpp" line="628"/>
        <source>Import %n Annotation(s)</source>
        <translation>
            <numerusform>Import %n Annotation</numerusform>
            <numerusform>Import %n Annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::ProjectExchangeUi</name>
    <message numerus="yes">
        <location filename="../../../../../app/gui/window/ProjectExchangeUi.cpp" line="110"/>
        <source>Exported %n annotation(s) to %1.</source>
        <translation>
            <numerusform>Exported %n annotation to %1.</numerusform>
            <numerusform>Exported %n annotations to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::SearchPanel</name>
    <message numerus="yes">
        <location filename="../../../../../app/gui/panels/SearchPanel.cpp" line="160"/>
        <source>%n match(es) in %1</source>
        <translation>
            <numerusform>%n match in %1</numerusform>
            <numerusform>%n matches in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../../app/gui/panels/SearchPanel.cpp" line="161"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::SuggestionReview</name>
    <message numerus="yes">
        <location filename="../../../../../app/gui/window/SuggestionReview.cpp" line="197"/>
        <source>%n suggestion(s). A accepts, R rejects, N and P move on.</source>
        <translation>
            <numerusform>%n suggestion. A accepts, R rejects, N and P move on.</numerusform>
            <numerusform>%n suggestions. A accepts, R rejects, N and P move on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../../app/gui/window/SuggestionReview.cpp" line="280"/>
        <source>Accepted %n suggestion(s); Edit ▸ Undo takes them all back.</source>
        <translation>
            <numerusform>Accepted %n suggestion; Edit ▸ Undo takes it back.</numerusform>
            <numerusform>Accepted %n suggestions; Edit ▸ Undo takes them all back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::TagEditActions</name>
    <message numerus="yes">
        <location filename="../../../../../app/gui/panels/TagEditActions.cpp" line="84"/>
        <source>%n annotation(s) carry it. Edit ▸ Undo brings everything back.</source>
        <translation>
            <numerusform>%n annotation carries it. Edit ▸ Undo brings everything back.</numerusform>
            <numerusform>%n annotations carry it. Edit ▸ Undo brings everything back.</numerusform>
        </translation>
    </message>
</context>
</TS>
