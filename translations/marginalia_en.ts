<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>marginalia::AnnotationPanel</name>
    <message numerus="yes">
        <location filename="../../../work/wt-gui/app/gui/AnnotationPanel.cpp" line="181"/>
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../work/wt-gui/app/gui/AnnotationPanel.cpp" line="183"/>
        <source>%1 of %n annotation(s)</source>
        <translation>
            <numerusform>%1 of %n annotation</numerusform>
            <numerusform>%1 of %n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::DocumentListModel</name>
    <message numerus="yes">
        <location filename="../../../work/wt-gui/app/gui/DocumentListModel.cpp" line="62"/>
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::MainWindow</name>
    <message numerus="yes">
        <location filename="../../../work/wt-gui/app/gui/MainWindow.cpp" line="672"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../work/wt-gui/app/gui/MainWindow.cpp" line="675"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../work/wt-gui/app/gui/MainWindow.cpp" line="676"/>
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../work/wt-gui/app/gui/MainWindow.cpp" line="1046"/>
        <source>Exported %n annotation(s) to %1.</source>
        <translation>
            <numerusform>Exported %n annotation to %1.</numerusform>
            <numerusform>Exported %n annotations to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::SuggestionReview</name>
    <message numerus="yes">
        <source>%n suggestion(s). A accepts, R rejects, N and P move on.</source>
        <translation>
            <numerusform>%n suggestion. A accepts, R rejects, N and P move on.</numerusform>
            <numerusform>%n suggestions. A accepts, R rejects, N and P move on.</numerusform>
        </translation>
    </message>
</context>
</TS>
