<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../app/gui/FirstRun.cpp" line="91"/>
        <source>Who confirms this? Check the council&apos;s minutes.</source>
        <translation>Wer bestätigt das? Im Protokoll des Gemeinderats nachsehen.</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <location filename="../app/gui/SuggestionModel.cpp" line="22"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../app/gui/SuggestionModel.cpp" line="23"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../app/gui/SuggestionModel.cpp" line="24"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../app/gui/SuggestionModel.cpp" line="25"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../app/gui/SuggestionModel.cpp" line="26"/>
        <source>Money</source>
        <translation>Geldbetrag</translation>
    </message>
    <message>
        <location filename="../app/gui/SuggestionModel.cpp" line="27"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../app/gui/SuggestionModel.cpp" line="28"/>
        <source>Attributed claim</source>
        <translation>Zugeschriebene Behauptung</translation>
    </message>
    <message>
        <location filename="../app/gui/SuggestionModel.cpp" line="29"/>
        <source>Statistic</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../app/gui/SuggestionModel.cpp" line="30"/>
        <source>Quotation</source>
        <translation>Zitat</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <location filename="../app/core/Model.cpp" line="14"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../app/core/Model.cpp" line="15"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../app/core/Model.cpp" line="16"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../app/core/Model.cpp" line="17"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../app/core/Model.cpp" line="18"/>
        <source>Figure</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../app/core/Model.cpp" line="19"/>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <location filename="../app/core/Model.cpp" line="20"/>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location filename="../app/core/Model.cpp" line="21"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="44"/>
        <source>Read, annotate and fact-check articles offline.</source>
        <translation>Artikel offline lesen, annotieren und prüfen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="47"/>
        <source>Open the project at PATH.</source>
        <translation>Das Projekt unter PFAD öffnen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="50"/>
        <source>Save a picture of the main window to PATH and quit.</source>
        <translation>Ein Bild des Hauptfensters unter PFAD speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="53"/>
        <source>Articles to import.</source>
        <translation>Zu importierende Artikel.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="65"/>
        <source>Marginalia</source>
        <translation>Marginalia</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="66"/>
        <source>The project could not be opened.

%1</source>
        <translation>Das Projekt konnte nicht geöffnet werden.

%1</translation>
    </message>
</context>
<context>
    <name>marginalia::AnnotationListModel</name>
    <message>
        <location filename="../app/gui/AnnotationListModel.cpp" line="100"/>
        <source>Untagged</source>
        <translation>Ohne Schlagwort</translation>
    </message>
    <message>
        <location filename="../app/gui/AnnotationListModel.cpp" line="103"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>marginalia::AnnotationPanel</name>
    <message>
        <location filename="../app/gui/AnnotationPanel.cpp" line="57"/>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <location filename="../app/gui/AnnotationPanel.cpp" line="64"/>
        <source>Filter annotations</source>
        <translation>Annotationen filtern</translation>
    </message>
    <message>
        <location filename="../app/gui/AnnotationPanel.cpp" line="85"/>
        <source>Select an annotation to write a note.</source>
        <translation>Wählen Sie eine Annotation, um eine Notiz zu schreiben.</translation>
    </message>
    <message>
        <location filename="../app/gui/AnnotationPanel.cpp" line="101"/>
        <source>&amp;Delete Annotation</source>
        <translation>Annotation &amp;löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/AnnotationPanel.cpp" line="131"/>
        <source>&amp;Tag as</source>
        <translation>&amp;Verschlagworten als</translation>
    </message>
    <message>
        <location filename="../app/gui/AnnotationPanel.cpp" line="163"/>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <location filename="../app/gui/AnnotationPanel.cpp" line="179"/>
        <source>No document open</source>
        <translation>Kein Dokument geöffnet</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/AnnotationPanel.cpp" line="181"/>
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n Annotation</numerusform>
            <numerusform>%n Annotationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/AnnotationPanel.cpp" line="183"/>
        <source>%1 of %n annotation(s)</source>
        <translation>
            <numerusform>%1 von %n Annotation</numerusform>
            <numerusform>%1 von %n Annotationen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::DocumentListModel</name>
    <message>
        <location filename="../app/gui/DocumentListModel.cpp" line="53"/>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/DocumentListModel.cpp" line="62"/>
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n Annotation</numerusform>
            <numerusform>%n Annotationen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::DocumentView</name>
    <message>
        <location filename="../app/gui/DocumentView.cpp" line="58"/>
        <source>Import an article with File ▸ Import… or drop a file here.</source>
        <translation>Importieren Sie einen Artikel mit Datei ▸ Importieren… oder ziehen Sie eine Datei hierher.</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentView.cpp" line="267"/>
        <source>Boilerplate: left out of analysis</source>
        <translation>Textbaustein: von der Analyse ausgenommen</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentView.cpp" line="268"/>
        <source>Repeats an earlier passage: left out of analysis</source>
        <translation>Wiederholt eine frühere Passage: von der Analyse ausgenommen</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentView.cpp" line="333"/>
        <source>⋯ folded: boilerplate or a repeat (View ▸ Fold)</source>
        <translation>⋯ eingeklappt: Textbaustein oder Wiederholung (Ansicht ▸ Einklappen)</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentView.cpp" line="412"/>
        <source>&amp;Tag as…</source>
        <translation>&amp;Verschlagworten als…</translation>
    </message>
</context>
<context>
    <name>marginalia::ExportDialog</name>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="19"/>
        <source>The &amp;whole project</source>
        <translation>Das &amp;ganze Projekt</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="21"/>
        <source>Start with a &amp;byte order mark (for Excel)</source>
        <translation>Mit &amp;Byte-Order-Mark beginnen (für Excel)</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="24"/>
        <source>Export Annotations as CSV</source>
        <translation>Annotationen als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="26"/>
        <source>The current &amp;document: %1</source>
        <translation>Das aktuelle &amp;Dokument: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="27"/>
        <source>The current &amp;document</source>
        <translation>Das aktuelle &amp;Dokument</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="31"/>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="43"/>
        <source>Export:</source>
        <translation>Exportieren:</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="44"/>
        <source>&amp;Tag:</source>
        <translation>&amp;Schlagwort:</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="48"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
</context>
<context>
    <name>marginalia::FindBar</name>
    <message>
        <location filename="../app/gui/FindBar.cpp" line="18"/>
        <source>Find in document</source>
        <translation>Im Dokument suchen</translation>
    </message>
    <message>
        <location filename="../app/gui/FindBar.cpp" line="23"/>
        <location filename="../app/gui/FindBar.cpp" line="76"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../app/gui/FindBar.cpp" line="27"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <location filename="../app/gui/FindBar.cpp" line="31"/>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <location filename="../app/gui/FindBar.cpp" line="35"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../app/gui/FindBar.cpp" line="40"/>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <location filename="../app/gui/FindBar.cpp" line="74"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
</context>
<context>
    <name>marginalia::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="163"/>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="164"/>
        <location filename="../app/gui/MainWindow.cpp" line="833"/>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="186"/>
        <source>No tag has the key %1. Set keys in Edit ▸ Tags…</source>
        <translation>Kein Schlagwort hat die Taste %1. Tasten legen Sie unter Bearbeiten ▸ Schlagwörter… fest.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="241"/>
        <source>The project could not be changed.</source>
        <translation>Das Projekt konnte nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="269"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="270"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="273"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="277"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="281"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="282"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="285"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="291"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="296"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="299"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="301"/>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="304"/>
        <source>&amp;Analyse Document Again</source>
        <translation>Dokument erneut &amp;analysieren</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="311"/>
        <source>&amp;Tags…</source>
        <translation>&amp;Schlagwörter…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="314"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="315"/>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="320"/>
        <source>&amp;Annotation Panel</source>
        <translation>&amp;Annotationsleiste</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="326"/>
        <source>&amp;Highlight Annotations</source>
        <translation>Annotationen &amp;hervorheben</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="333"/>
        <source>Highlight &amp;Suggestions</source>
        <translation>&amp;Vorschläge hervorheben</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="340"/>
        <source>Suggestion &amp;Types</source>
        <translation>Vorschlags&amp;arten</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="390"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="391"/>
        <source>&amp;About Marginalia</source>
        <translation>Ü&amp;ber Marginalia</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="393"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="575"/>
        <source>The library could not be read.</source>
        <translation>Die Bibliothek konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="605"/>
        <source>The document could not be opened.</source>
        <translation>Das Dokument konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="610"/>
        <source>The annotations could not be read.</source>
        <translation>Die Annotationen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="653"/>
        <location filename="../app/gui/MainWindow.cpp" line="690"/>
        <source>Untagged</source>
        <translation>Ohne Schlagwort</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="664"/>
        <location filename="../app/gui/MainWindow.cpp" line="1067"/>
        <source>Marginalia</source>
        <translation>Marginalia</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="664"/>
        <source>%1 — Marginalia</source>
        <translation>%1 — Marginalia</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="672"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="675"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="676"/>
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n Annotation</numerusform>
            <numerusform>%n Annotationen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="689"/>
        <source>Tagged as %1. Type a note, or press Esc to go on reading.</source>
        <translation>Als %1 verschlagwortet. Schreiben Sie eine Notiz oder drücken Sie Esc, um weiterzulesen.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="747"/>
        <location filename="../app/gui/MainWindow.cpp" line="835"/>
        <source>Looking for people, places, figures and claims…</source>
        <translation>Suche nach Personen, Orten, Zahlen und Behauptungen…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="938"/>
        <source>Articles (%1);;All files (*)</source>
        <translation>Artikel (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="940"/>
        <source>Import Articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="973"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="990"/>
        <location filename="../app/gui/MainWindow.cpp" line="993"/>
        <source>Import of %1 cancelled.</source>
        <translation>Import von %1 abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="995"/>
        <source>%1 could not be imported.</source>
        <translation>%1 konnte nicht importiert werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="997"/>
        <source>%1 is already in the library.</source>
        <translation>%1 ist schon in der Bibliothek.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1000"/>
        <source>%1 could not be added to the project.</source>
        <translation>%1 konnte dem Projekt nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1004"/>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1014"/>
        <location filename="../app/gui/MainWindow.cpp" line="1021"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1036"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1038"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1043"/>
        <source>The CSV file could not be written.</source>
        <translation>Die CSV-Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="1046"/>
        <source>Exported %n annotation(s) to %1.</source>
        <translation>
            <numerusform>%n Annotation nach %1 exportiert.</numerusform>
            <numerusform>%n Annotationen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1057"/>
        <source>About Marginalia</source>
        <translation>Über Marginalia</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1058"/>
        <source>&lt;h3&gt;Marginalia %1&lt;/h3&gt;&lt;p&gt;Read articles, annotate them and check their claims, offline.&lt;/p&gt;&lt;p&gt;Select a passage and press a tag&apos;s key (1–9) to annotate it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Marginalia %1&lt;/h3&gt;&lt;p&gt;Artikel lesen, annotieren und ihre Behauptungen prüfen – offline.&lt;/p&gt;&lt;p&gt;Markieren Sie eine Passage und drücken Sie die Taste eines Schlagworts (1–9), um sie zu annotieren.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>marginalia::ProjectEditor</name>
    <message>
        <location filename="../app/core/ProjectEditor.cpp" line="85"/>
        <source>Delete Annotation</source>
        <translation>Annotation löschen</translation>
    </message>
    <message>
        <location filename="../app/core/ProjectEditor.cpp" line="116"/>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/core/ProjectEditor.cpp" line="116"/>
        <source>Change Tag</source>
        <translation>Schlagwort ändern</translation>
    </message>
    <message>
        <location filename="../app/core/ProjectEditor.cpp" line="157"/>
        <source>Reject Suggestion</source>
        <translation>Vorschlag ablehnen</translation>
    </message>
    <message>
        <location filename="../app/core/ProjectEditor.cpp" line="186"/>
        <source>Add Tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/core/ProjectEditor.cpp" line="213"/>
        <source>Edit Tag</source>
        <translation>Schlagwort bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/core/ProjectEditor.cpp" line="284"/>
        <source>Select some text to annotate first.</source>
        <translation>Markieren Sie zuerst Text, den Sie annotieren möchten.</translation>
    </message>
    <message>
        <location filename="../app/core/ProjectEditor.cpp" line="300"/>
        <source>Annotate</source>
        <translation>Annotieren</translation>
    </message>
    <message>
        <location filename="../app/core/ProjectEditor.cpp" line="301"/>
        <source>Tag as %1</source>
        <translation>Als %1 verschlagworten</translation>
    </message>
    <message>
        <location filename="../app/core/ProjectEditor.cpp" line="382"/>
        <source>Accept Suggestion</source>
        <translation>Vorschlag annehmen</translation>
    </message>
    <message>
        <location filename="../app/core/ProjectEditor.cpp" line="415"/>
        <source>The tag no longer exists.</source>
        <translation>Das Schlagwort gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>marginalia::SuggestionListModel</name>
    <message>
        <location filename="../app/gui/SuggestionModel.cpp" line="128"/>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/SuggestionModel.cpp" line="131"/>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
</context>
<context>
    <name>marginalia::SuggestionPanel</name>
    <message>
        <location filename="../app/gui/SuggestionPanel.cpp" line="20"/>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <location filename="../app/gui/SuggestionPanel.cpp" line="21"/>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <location filename="../app/gui/SuggestionPanel.cpp" line="22"/>
        <source>&amp;Previous</source>
        <translation>&amp;Vorheriger</translation>
    </message>
    <message>
        <location filename="../app/gui/SuggestionPanel.cpp" line="23"/>
        <source>&amp;Next</source>
        <translation>&amp;Nächster</translation>
    </message>
    <message>
        <location filename="../app/gui/SuggestionPanel.cpp" line="42"/>
        <source>Make the suggestion an annotation (A)</source>
        <translation>Den Vorschlag als Annotation übernehmen (A)</translation>
    </message>
    <message>
        <location filename="../app/gui/SuggestionPanel.cpp" line="44"/>
        <source>Never suggest this again (R)</source>
        <translation>Dies nie wieder vorschlagen (R)</translation>
    </message>
    <message>
        <location filename="../app/gui/SuggestionPanel.cpp" line="45"/>
        <source>Previous suggestion (P)</source>
        <translation>Vorheriger Vorschlag (P)</translation>
    </message>
    <message>
        <location filename="../app/gui/SuggestionPanel.cpp" line="46"/>
        <source>Next suggestion (N)</source>
        <translation>Nächster Vorschlag (N)</translation>
    </message>
</context>
<context>
    <name>marginalia::TagsDialog</name>
    <message>
        <location filename="../app/gui/TagsDialog.cpp" line="26"/>
        <source>&amp;Colour…</source>
        <translation>&amp;Farbe…</translation>
    </message>
    <message>
        <location filename="../app/gui/TagsDialog.cpp" line="29"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../app/gui/TagsDialog.cpp" line="31"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../app/gui/TagsDialog.cpp" line="31"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/gui/TagsDialog.cpp" line="31"/>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <location filename="../app/gui/TagsDialog.cpp" line="39"/>
        <source>Select text and press a tag&apos;s key (1–9) to annotate. Double-click a name or key to change it.</source>
        <translation>Markieren Sie Text und drücken Sie die Taste eines Schlagworts (1–9), um ihn zu annotieren. Doppelklicken Sie auf einen Namen oder eine Taste, um sie zu ändern.</translation>
    </message>
    <message>
        <location filename="../app/gui/TagsDialog.cpp" line="45"/>
        <source>&amp;Add Tag</source>
        <translation>Schlagwort &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/TagsDialog.cpp" line="107"/>
        <source>New tag %1</source>
        <translation>Neues Schlagwort %1</translation>
    </message>
    <message>
        <location filename="../app/gui/TagsDialog.cpp" line="129"/>
        <source>Colour of “%1”</source>
        <translation>Farbe von „%1“</translation>
    </message>
    <message>
        <location filename="../app/gui/TagsDialog.cpp" line="157"/>
        <source>Edit Tag</source>
        <translation>Schlagwort bearbeiten</translation>
    </message>
</context>
<context>
    <name>marginalia::AnalysisRunner</name>
    <message>
        <source>Analysing %p%</source>
        <translation>Analyse %p %</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop the analysis</source>
        <translation>Die Analyse anhalten</translation>
    </message>
</context>
<context>
    <name>marginalia::ImportQueue</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop importing</source>
        <translation>Import abbrechen</translation>
    </message>
</context>
<context>
    <name>marginalia::LibraryPane</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>No headings</source>
        <translation>Keine Überschriften</translation>
    </message>
</context>
<context>
    <name>marginalia::ReadingPreferences</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Reading &amp;Font…</source>
        <translation>Lese&amp;schrift…</translation>
    </message>
    <message>
        <source>Reading Font</source>
        <translation>Leseschrift</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Fold Boilerplate and Repeats</source>
        <translation>Textbausteine und Wiederholungen &amp;einklappen</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
</context>
<context>
    <name>marginalia::SuggestionReview</name>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Looking for people, places, figures and claims…</source>
        <translation>Suche nach Personen, Orten, Zahlen und Behauptungen…</translation>
    </message>
    <message>
        <source>suggested claim</source>
        <translation>vorgeschlagene Behauptung</translation>
    </message>
    <message>
        <source>suggested entity</source>
        <translation>vorgeschlagene Entität</translation>
    </message>
    <message>
        <source>Confidence: %1%</source>
        <translation>Konfidenz: %1 %</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>niemand genannt</translation>
    </message>
    <message>
        <source>Suggestions (%1)</source>
        <translation>Vorschläge (%1)</translation>
    </message>
    <message>
        <source>Not analysed yet. Edit ▸ Analyse Document Again finds suggestions.</source>
        <translation>Noch nicht analysiert. Bearbeiten ▸ Dokument erneut analysieren findet Vorschläge.</translation>
    </message>
    <message>
        <source>No document open</source>
        <translation>Kein Dokument geöffnet</translation>
    </message>
    <message>
        <source>No open suggestions.</source>
        <translation>Keine offenen Vorschläge.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s). A accepts, R rejects, N and P move on.</source>
        <translation>
            <numerusform>%n Vorschlag. A nimmt an, R lehnt ab, N und P blättern.</numerusform>
            <numerusform>%n Vorschläge. A nimmt an, R lehnt ab, N und P blättern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a suggestion first: N goes to the next one.</source>
        <translation>Wählen Sie zuerst einen Vorschlag: N springt zum nächsten.</translation>
    </message>
    <message>
        <source>Accepted as %1.</source>
        <translation>Als %1 angenommen.</translation>
    </message>
    <message>
        <source>Rejected. It will not be suggested again.</source>
        <translation>Abgelehnt. Er wird nicht wieder vorgeschlagen.</translation>
    </message>
</context>
</TS>
