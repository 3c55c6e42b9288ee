<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Agreement</name>
    <message>
        <location filename="../app/core/agreement/Agreement.cpp" line="72"/>
        <source>No tagged annotation in this project names “%1” as its author.</source>
        <translation>Keine verschlagwortete Annotation in diesem Projekt nennt „%1“ als Autor.</translation>
    </message>
    <message>
        <location filename="../app/core/agreement/Agreement.cpp" line="75"/>
        <source>No tagged annotation names “%1” as its author; the coders are: %2.</source>
        <translation>Keine verschlagwortete Annotation nennt „%1“ als Autor; die Kodierenden sind: %2.</translation>
    </message>
    <message>
        <location filename="../app/core/agreement/Agreement.cpp" line="84"/>
        <source>Choose at least two coders to compare; the project&apos;s coders are: %1.</source>
        <translation>Wählen Sie mindestens zwei Kodierende zum Vergleich; die Kodierenden des Projekts sind: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/agreement/Agreement.cpp" line="89"/>
        <source>no tagged annotation names its author</source>
        <translation>keine verschlagwortete Annotation nennt ihren Autor</translation>
    </message>
    <message>
        <location filename="../app/core/agreement/Agreement.cpp" line="91"/>
        <source>only “%1” coded</source>
        <translation>nur „%1“ hat kodiert</translation>
    </message>
    <message>
        <location filename="../app/core/agreement/Agreement.cpp" line="92"/>
        <source>the coders are: %1</source>
        <translation>die Kodierenden sind: %1</translation>
    </message>
    <message>
        <location filename="../app/core/agreement/Agreement.cpp" line="94"/>
        <source>Agreement needs at least two coders who tagged the same documents, but %1. Each coder sets their name under Research ▸ Your Name (Coder)…, or imports annotations with an author field.</source>
        <translation>Die Übereinstimmung braucht mindestens zwei Kodierende, die dieselben Dokumente verschlagwortet haben, aber %1. Jede Person setzt ihren Namen unter Recherche ▸ Ihr Name (Kodierende)… oder importiert Annotationen mit einem Autorfeld.</translation>
    </message>
    <message>
        <location filename="../app/core/agreement/Agreement.cpp" line="147"/>
        <source>The project has no tag “%1”; give a tag&apos;s name or its Parent/Child path.</source>
        <translation>Das Projekt hat kein Schlagwort „%1“; geben Sie den Namen eines Schlagworts oder seinen Pfad Eltern/Kind an.</translation>
    </message>
    <message>
        <location filename="../app/core/agreement/Agreement.cpp" line="352"/>
        <source>%1 have no document in common: agreement compares documents that every coder tagged. Have each coder tag the same documents, or choose other coders.</source>
        <translation>%1 haben kein gemeinsames Dokument: Die Übereinstimmung vergleicht Dokumente, die alle Kodierenden verschlagwortet haben. Lassen Sie alle dieselben Dokumente verschlagworten oder wählen Sie andere Kodierende.</translation>
    </message>
</context>
<context>
    <name>ClaimStatus</name>
    <message>
        <location filename="../app/core/model/Vocabulary.cpp" line="60"/>
        <source>Unreviewed</source>
        <translation>Ungeprüft</translation>
    </message>
    <message>
        <location filename="../app/core/model/Vocabulary.cpp" line="60"/>
        <source>Supported</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <location filename="../app/core/model/Vocabulary.cpp" line="61"/>
        <source>Disputed</source>
        <translation>Umstritten</translation>
    </message>
    <message>
        <location filename="../app/core/model/Vocabulary.cpp" line="61"/>
        <source>False</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <location filename="../app/core/model/Vocabulary.cpp" line="62"/>
        <source>Needs source</source>
        <translation>Quelle fehlt</translation>
    </message>
</context>
<context>
    <name>DocumentFormat</name>
    <message>
        <location filename="../app/core/import/text/PlainTextFormat.cpp" line="31"/>
        <source>plain text</source>
        <translation>reiner Text</translation>
    </message>
    <message>
        <location filename="../app/core/import/markdown/MarkdownFormat.cpp" line="317"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../app/core/import/html/HtmlFormat.cpp" line="137"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../app/core/import/pdf/PdfFormat.cpp" line="164"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../app/core/import/docx/DocxFormat.cpp" line="187"/>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <location filename="../app/core/import/odt/OdtFormat.cpp" line="76"/>
        <source>OpenDocument text</source>
        <translation>OpenDocument-Text</translation>
    </message>
    <message>
        <location filename="../app/core/import/epub/EpubFormat.cpp" line="79"/>
        <source>EPUB</source>
        <translation>EPUB</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <location filename="../app/core/export/Exporters.cpp" line="176"/>
        <source>CSV, one row per annotation</source>
        <translation>CSV, eine Zeile je Annotation</translation>
    </message>
    <message>
        <location filename="../app/core/export/Exporters.cpp" line="177"/>
        <source>Code matrix (CSV, documents × tags, counts)</source>
        <translation>Code-Matrix (CSV, Dokumente × Codes, Anzahlen)</translation>
    </message>
    <message>
        <location filename="../app/core/export/Exporters.cpp" line="178"/>
        <source>Co-occurrence (CSV, tags × tags)</source>
        <translation>Kookkurrenz (CSV, Codes × Codes)</translation>
    </message>
    <message>
        <location filename="../app/core/export/Exporters.cpp" line="179"/>
        <source>Excel workbook (typed cells, codebook, counts)</source>
        <translation>Excel-Arbeitsmappe (typisierte Zellen, Codebuch, Anzahlen)</translation>
    </message>
    <message>
        <location filename="../app/core/export/Exporters.cpp" line="181"/>
        <source>W3C Web Annotations (JSON-LD)</source>
        <translation>W3C-Web-Annotationen (JSON-LD)</translation>
    </message>
    <message>
        <location filename="../app/core/export/Exporters.cpp" line="182"/>
        <source>REFI-QDA project (ATLAS.ti, MAXQDA, NVivo)</source>
        <translation>REFI-QDA-Projekt (ATLAS.ti, MAXQDA, NVivo)</translation>
    </message>
    <message>
        <location filename="../app/core/export/Exporters.cpp" line="183"/>
        <source>Codebook (CSV, one row per tag)</source>
        <translation>Codebuch (CSV, eine Zeile je Code)</translation>
    </message>
    <message>
        <location filename="../app/core/export/Exporters.cpp" line="184"/>
        <source>Markdown report, by tag</source>
        <translation>Markdown-Bericht, nach Codes</translation>
    </message>
</context>
<context>
    <name>Exporters</name>
    <message>
        <location filename="../app/core/export/Exporters.cpp" line="233"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/export/Exporters.cpp" line="245"/>
        <source>%1 is a project or another database; an export must go to another file.</source>
        <translation>%1 ist ein Projekt oder eine andere Datenbank; exportieren Sie in eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../app/core/export/qdpx/QdpxExporter.cpp" line="63"/>
        <source>There is no document %1 in the project.</source>
        <translation>Das Projekt hat kein Dokument %1.</translation>
    </message>
    <message>
        <location filename="../app/core/export/qdpx/QdpxExporter.cpp" line="333"/>
        <source>Could not write the REFI-QDA project: %1</source>
        <translation>Das REFI-QDA-Projekt konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../app/core/export/XlsxExporter.cpp" line="27"/>
        <source>Could not write the XLSX %1: %2</source>
        <translation>Die XLSX-Datei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/export/XlsxExporter.cpp" line="131"/>
        <source>An XLSX sheet holds at most %1 annotations; export one document or tag at a time, or export CSV.</source>
        <translation>Ein XLSX-Tabellenblatt fasst höchstens %1 Annotationen; exportieren Sie jeweils ein Dokument oder einen Code, oder exportieren Sie CSV.</translation>
    </message>
    <message>
        <location filename="../app/core/export/XlsxExporter.cpp" line="214"/>
        <source>Could not make a temporary folder for the XLSX: %1</source>
        <translation>Für die XLSX-Datei konnte kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/core/export/XlsxExporter.cpp" line="238"/>
        <source>Could not write the XLSX: %1</source>
        <translation>Die XLSX-Datei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../app/gui/dialogs/FirstRun.cpp" line="95"/>
        <source>Who confirms this? Check the council&apos;s minutes.</source>
        <translation>Wer bestätigt das? Im Protokoll des Gemeinderats nachsehen.</translation>
    </message>
</context>
<context>
    <name>OpenProjectFiles</name>
    <message>
        <location filename="../app/core/store/OpenProjectFiles.cpp" line="135"/>
        <source>%1 belongs to a project that is open; it cannot be read or written as another file. Choose another file.</source>
        <translation>%1 gehört zu einem geöffneten Projekt und kann nicht als andere Datei gelesen oder geschrieben werden. Wählen Sie eine andere Datei.</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <location filename="../app/gui/dialogs/ShortcutsDialog.cpp" line="68"/>
        <source>Main window</source>
        <translation>Hauptfenster</translation>
    </message>
</context>
<context>
    <name>QdpxImport</name>
    <message>
        <location filename="../app/core/import/qdpx/QdpxProject.cpp" line="167"/>
        <source>PDF source “%1”</source>
        <translation>PDF-Quelle „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/import/qdpx/QdpxProject.cpp" line="168"/>
        <source>picture source “%1”</source>
        <translation>Bildquelle „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/import/qdpx/QdpxProject.cpp" line="169"/>
        <source>audio source “%1”</source>
        <translation>Audioquelle „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/import/qdpx/QdpxProject.cpp" line="170"/>
        <source>video source “%1”</source>
        <translation>Videoquelle „%1“</translation>
    </message>
</context>
<context>
    <name>SafeFileDialog</name>
    <message>
        <location filename="../app/gui/dialogs/SafeFileDialog.cpp" line="37"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/SafeFileDialog.cpp" line="42"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/SafeFileDialog.cpp" line="43"/>
        <source>%1 File</source>
        <translation>%1-Datei</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <location filename="../app/gui/models/SuggestionModel.cpp" line="25"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SuggestionModel.cpp" line="27"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SuggestionModel.cpp" line="28"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SuggestionModel.cpp" line="29"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SuggestionModel.cpp" line="30"/>
        <source>Money</source>
        <translation>Geldbetrag</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SuggestionModel.cpp" line="31"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SuggestionModel.cpp" line="32"/>
        <source>Nationality or group</source>
        <translation>Nationalität oder Gruppe</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SuggestionModel.cpp" line="33"/>
        <source>Attributed claim</source>
        <translation>Zugeschriebene Behauptung</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SuggestionModel.cpp" line="34"/>
        <source>Statistic</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SuggestionModel.cpp" line="35"/>
        <source>Quotation</source>
        <translation>Zitat</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <location filename="../app/core/model/Model.cpp" line="23"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../app/core/model/Model.cpp" line="24"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../app/core/model/Model.cpp" line="25"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../app/core/model/Model.cpp" line="26"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../app/core/model/Model.cpp" line="27"/>
        <source>Figure</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../app/core/model/Model.cpp" line="28"/>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <location filename="../app/core/model/Model.cpp" line="29"/>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location filename="../app/core/model/Model.cpp" line="30"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="91"/>
        <source>Read, annotate and fact-check articles offline.</source>
        <translation>Artikel offline lesen, annotieren und prüfen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="94"/>
        <source>Open the project at PATH.</source>
        <translation>Das Projekt unter PFAD öffnen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="97"/>
        <source>Save a picture of the main window to PATH and quit.</source>
        <translation>Ein Bild des Hauptfensters unter PFAD speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="101"/>
        <source>Articles to import.</source>
        <translation>Zu importierende Artikel.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="131"/>
        <source>The project %1 could not be opened.

%2</source>
        <translation>Das Projekt %1 konnte nicht geöffnet werden.

%2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="62"/>
        <source>Marginalia</source>
        <translation>Marginalia</translation>
    </message>
</context>
<context>
    <name>marginalia</name>
    <message>
        <location filename="../app/core/import/qdpx/QdpxImporter.cpp" line="421"/>
        <source>Export the project again from the program that made it.</source>
        <translation>Exportieren Sie das Projekt noch einmal aus dem Programm, das es erstellt hat.</translation>
    </message>
    <message>
        <location filename="../app/core/import/qdpx/QdpxImporter.cpp" line="422"/>
        <source>REFI-QDA project</source>
        <translation>REFI-QDA-Projekt</translation>
    </message>
    <message>
        <location filename="../app/core/import/qdpx/QdpxImporter.cpp" line="426"/>
        <source>it has no project.qde</source>
        <translation>es enthält keine project.qde</translation>
    </message>
    <message>
        <location filename="../app/core/import/qdpx/QdpxImporter.cpp" line="447"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/import/qdpx/QdpxImporter.cpp" line="451"/>
        <source>%1 is larger than %2 MB; nothing was imported.</source>
        <translation>%1 ist größer als %2 MB; nichts wurde importiert.</translation>
    </message>
</context>
<context>
    <name>marginalia::AgreementDialog</name>
    <message>
        <location filename="../app/gui/dialogs/AgreementDialog.cpp" line="61"/>
        <source>&amp;Compute</source>
        <translation>&amp;Berechnen</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/AgreementDialog.cpp" line="62"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/AgreementDialog.cpp" line="65"/>
        <source>Inter-Coder Agreement</source>
        <translation>Intercoder-Übereinstimmung</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/AgreementDialog.cpp" line="81"/>
        <source>C&amp;oders (annotation authors):</source>
        <translation>&amp;Kodierende (Autoren der Annotationen):</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/AgreementDialog.cpp" line="90"/>
        <source>&amp;Pair (rows × columns):</source>
        <translation>&amp;Paar (Zeilen × Spalten):</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/AgreementDialog.cpp" line="96"/>
        <source>By &amp;Tag</source>
        <translation>Nach &amp;Schlagwort</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/AgreementDialog.cpp" line="97"/>
        <source>Co&amp;nfusion (paragraphs)</source>
        <translation>&amp;Konfusion (Absätze)</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/AgreementDialog.cpp" line="114"/>
        <location filename="../app/gui/dialogs/AgreementDialog.cpp" line="117"/>
        <source>Export Agreement</source>
        <translation>Übereinstimmung exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/AgreementDialog.cpp" line="115"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/AgreementDialog.cpp" line="117"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/AgreementDialog.cpp" line="163"/>
        <source>Tick at least two coders to compare.</source>
        <translation>Haken Sie mindestens zwei Kodierende zum Vergleich an.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/AgreementDialog.cpp" line="170"/>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/AgreementDialog.cpp" line="201"/>
        <source>the mean of the pairs&apos; Cohen&apos;s kappas (Light&apos;s kappa)</source>
        <translation>der Mittelwert der paarweisen Cohens Kappas (Lights Kappa)</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/AgreementDialog.cpp" line="202"/>
        <source>Cohen&apos;s kappa</source>
        <translation>Cohens Kappa</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/dialogs/AgreementDialog.cpp" line="203"/>
        <source>%n document(s) that every coder tagged, %1 characters, %2 paragraph units. α: Krippendorff&apos;s unitizing alpha over characters. κ: %3 on paragraph units. n/a: nothing to agree on.</source>
        <translation>
            <numerusform>%n Dokument, das alle Kodierenden verschlagwortet haben, %1 Zeichen, %2 Absatzeinheiten. α: Krippendorffs Unitizing-Alpha über Zeichen. κ: %3 über Absatzeinheiten. n/a: nichts zu vergleichen.</numerusform>
            <numerusform>%n Dokumente, die alle Kodierenden verschlagwortet haben, %1 Zeichen, %2 Absatzeinheiten. α: Krippendorffs Unitizing-Alpha über Zeichen. κ: %3 über Absatzeinheiten. n/a: nichts zu vergleichen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/AgreementDialog.cpp" line="216"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/AgreementDialog.cpp" line="223"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/AgreementDialog.cpp" line="223"/>
        <source>α (characters)</source>
        <translation>α (Zeichen)</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/AgreementDialog.cpp" line="223"/>
        <source>κ (paragraphs)</source>
        <translation>κ (Absätze)</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/AgreementDialog.cpp" line="223"/>
        <source>Paragraphs</source>
        <translation>Absätze</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/AgreementDialog.cpp" line="225"/>
        <source>Coded by %1</source>
        <translation>Kodiert von %1</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/AgreementDialog.cpp" line="239"/>
        <source>%1 paragraphs, %2 characters, %3 annotations</source>
        <translation>%1 Absätze, %2 Zeichen, %3 Annotationen</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/AgreementDialog.cpp" line="261"/>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/AgreementDialog.cpp" line="266"/>
        <source>%1 ↓ / %2 →</source>
        <translation>%1 ↓ / %2 →</translation>
    </message>
</context>
<context>
    <name>marginalia::AgreementUi</name>
    <message>
        <location filename="../app/gui/window/AgreementUi.cpp" line="44"/>
        <source>&amp;Agreement…</source>
        <translation>&amp;Übereinstimmung…</translation>
    </message>
    <message>
        <location filename="../app/gui/window/AgreementUi.cpp" line="46"/>
        <source>Krippendorff&apos;s alpha and Cohen&apos;s kappa per tag between the coders of this project</source>
        <translation>Krippendorffs Alpha und Cohens Kappa je Schlagwort zwischen den Kodierenden dieses Projekts</translation>
    </message>
    <message>
        <location filename="../app/gui/window/AgreementUi.cpp" line="47"/>
        <source>Your &amp;Name (Coder)…</source>
        <translation>Ihr &amp;Name (Kodierende)…</translation>
    </message>
    <message>
        <location filename="../app/gui/window/AgreementUi.cpp" line="49"/>
        <source>The name your new annotations carry as their author</source>
        <translation>Der Name, den Ihre neuen Annotationen als Autor tragen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/AgreementUi.cpp" line="72"/>
        <source>Your Name (Coder)</source>
        <translation>Ihr Name (Kodierende)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/AgreementUi.cpp" line="73"/>
        <source>Your new annotations carry this name as their author; agreement compares coders by it. Leave it empty for your login name (%1).</source>
        <translation>Ihre neuen Annotationen tragen diesen Namen als Autor; die Übereinstimmung vergleicht Kodierende danach. Leer lassen für Ihren Anmeldenamen (%1).</translation>
    </message>
    <message>
        <location filename="../app/gui/window/AgreementUi.cpp" line="80"/>
        <source>New annotations are by “%1”.</source>
        <translation>Neue Annotationen stammen von „%1“.</translation>
    </message>
</context>
<context>
    <name>marginalia::AnalysisRunner</name>
    <message>
        <location filename="../app/gui/window/AnalysisRunner.cpp" line="26"/>
        <source>Analysing %p%</source>
        <translation>Analyse %p %</translation>
    </message>
    <message>
        <location filename="../app/gui/window/AnalysisRunner.cpp" line="27"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../app/gui/window/AnalysisRunner.cpp" line="27"/>
        <source>Stop the analysis</source>
        <translation>Die Analyse anhalten</translation>
    </message>
</context>
<context>
    <name>marginalia::AnnotationActions</name>
    <message>
        <location filename="../app/gui/window/AnnotationActions.cpp" line="36"/>
        <source>Ann&amp;otation</source>
        <translation>Ann&amp;otation</translation>
    </message>
    <message>
        <location filename="../app/gui/window/AnnotationActions.cpp" line="48"/>
        <source>Extend End by a Word</source>
        <translation>Ende um ein Wort verlängern</translation>
    </message>
    <message>
        <location filename="../app/gui/window/AnnotationActions.cpp" line="50"/>
        <source>Shrink End by a Word</source>
        <translation>Ende um ein Wort kürzen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/AnnotationActions.cpp" line="52"/>
        <source>Extend Start by a Word</source>
        <translation>Anfang um ein Wort vorziehen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/AnnotationActions.cpp" line="54"/>
        <source>Shrink Start by a Word</source>
        <translation>Anfang um ein Wort zurücknehmen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/AnnotationActions.cpp" line="56"/>
        <location filename="../app/gui/window/AnnotationActions.cpp" line="131"/>
        <source>Set Span to &amp;Selection</source>
        <translation>&amp;Umfang auf Auswahl setzen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/AnnotationActions.cpp" line="65"/>
        <source>Click an annotation first, then move its ends.</source>
        <translation>Klicken Sie zuerst eine Annotation an und verschieben Sie dann ihre Enden.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/AnnotationActions.cpp" line="83"/>
        <source>Select the new passage, then choose the annotation to move.</source>
        <translation>Markieren Sie die neue Passage und wählen Sie dann die zu verschiebende Annotation.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/AnnotationActions.cpp" line="121"/>
        <source>Annotation “%1”</source>
        <translation>Annotation „%1“</translation>
    </message>
    <message>
        <location filename="../app/gui/window/AnnotationActions.cpp" line="121"/>
        <source>Untagged annotation</source>
        <translation>Annotation ohne Code</translation>
    </message>
    <message>
        <location filename="../app/gui/window/AnnotationActions.cpp" line="124"/>
        <source>Add &amp;Note</source>
        <translation>&amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/AnnotationActions.cpp" line="124"/>
        <source>Edit &amp;Note</source>
        <translation>&amp;Notiz bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/gui/window/AnnotationActions.cpp" line="127"/>
        <source>Copy &amp;Quote</source>
        <translation>Zitat &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/window/AnnotationActions.cpp" line="134"/>
        <source>&amp;Remove Annotation</source>
        <translation>Annotation &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/AnnotationActions.cpp" line="148"/>
        <source>&amp;Accept Suggestion (%1)</source>
        <translation>Vorschlag &amp;annehmen (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/AnnotationActions.cpp" line="150"/>
        <source>Re&amp;ject Suggestion (%1)</source>
        <translation>Vorschlag a&amp;blehnen (%1)</translation>
    </message>
</context>
<context>
    <name>marginalia::AnnotationImportUi</name>
    <message>
        <location filename="../app/gui/window/AnnotationImportUi.cpp" line="40"/>
        <source>I&amp;mport</source>
        <translation>I&amp;mportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/window/AnnotationImportUi.cpp" line="56"/>
        <source>&amp;Annotations…</source>
        <translation>&amp;Annotationen…</translation>
    </message>
    <message>
        <location filename="../app/gui/window/AnnotationImportUi.cpp" line="65"/>
        <location filename="../app/gui/window/AnnotationImportUi.cpp" line="77"/>
        <location filename="../app/gui/window/AnnotationImportUi.cpp" line="83"/>
        <location filename="../app/gui/window/AnnotationImportUi.cpp" line="96"/>
        <source>Import Annotations</source>
        <translation>Annotationen importieren</translation>
    </message>
    <message>
        <location filename="../app/gui/window/AnnotationImportUi.cpp" line="67"/>
        <source>Annotations (*.csv *.json *.jsonld *.jsonl *.ndjson);;All files (*)</source>
        <translation>Annotationen (*.csv *.json *.jsonld *.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/AnnotationImportUi.cpp" line="84"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/window/AnnotationImportUi.cpp" line="97"/>
        <source>Nothing was imported from %1:
%2</source>
        <translation>Aus %1 wurde nichts importiert:
%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/window/AnnotationImportUi.cpp" line="101"/>
        <source>Imported %n annotation(s) from %1; Undo takes them back.</source>
        <translation>
            <numerusform>%n Annotation aus %1 importiert; Rückgängig nimmt sie zurück.</numerusform>
            <numerusform>%n Annotationen aus %1 importiert; Rückgängig nimmt sie zurück.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::AnnotationListModel</name>
    <message>
        <location filename="../app/gui/models/AnnotationListModel.cpp" line="67"/>
        <source>Untagged</source>
        <translation>Nicht codiert</translation>
    </message>
    <message>
        <location filename="../app/gui/models/AnnotationListModel.cpp" line="70"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>marginalia::AnnotationPanel</name>
    <message>
        <location filename="../app/gui/panels/AnnotationPanel.cpp" line="60"/>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/AnnotationPanel.cpp" line="64"/>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/AnnotationPanel.cpp" line="68"/>
        <source>Filter annotations</source>
        <translation>Annotationen filtern</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/AnnotationPanel.cpp" line="80"/>
        <location filename="../app/gui/panels/AnnotationPanel.cpp" line="227"/>
        <source>Select an annotation to write a note.</source>
        <translation>Wählen Sie eine Annotation, um eine Notiz zu schreiben.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/AnnotationPanel.cpp" line="96"/>
        <source>&amp;Delete Annotation</source>
        <translation>Annotation &amp;löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/AnnotationPanel.cpp" line="126"/>
        <source>&amp;Tag as</source>
        <translation>&amp;Codieren als</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/AnnotationPanel.cpp" line="164"/>
        <source>All tags</source>
        <translation>Alle Codes</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/AnnotationPanel.cpp" line="180"/>
        <source>No document open</source>
        <translation>Kein Dokument geöffnet</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/panels/AnnotationPanel.cpp" line="182"/>
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n Annotation</numerusform>
            <numerusform>%n Annotationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/panels/AnnotationPanel.cpp" line="184"/>
        <source>%1 of %n annotation(s)</source>
        <translation>
            <numerusform>%1 von %n Annotation</numerusform>
            <numerusform>%1 von %n Annotationen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/panels/AnnotationPanel.cpp" line="226"/>
        <source>Type a note about this passage.</source>
        <translation>Notiz zu dieser Passage eingeben.</translation>
    </message>
</context>
<context>
    <name>marginalia::ClaimListModel</name>
    <message>
        <location filename="../app/gui/panels/ClaimReviewPanel.cpp" line="51"/>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ClaimReviewPanel.cpp" line="51"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ClaimReviewPanel.cpp" line="51"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ClaimReviewPanel.cpp" line="51"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
</context>
<context>
    <name>marginalia::ClaimReviewPanel</name>
    <message>
        <location filename="../app/gui/panels/ClaimReviewPanel.cpp" line="147"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ClaimReviewPanel.cpp" line="150"/>
        <source>Filter claims</source>
        <translation>Behauptungen filtern</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ClaimReviewPanel.cpp" line="164"/>
        <source>Keys 1–5 set the status; Enter opens the passage</source>
        <translation>Die Tasten 1–5 setzen den Status; Eingabe öffnet die Passage</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ClaimReviewPanel.cpp" line="176"/>
        <source>What supports or refutes it</source>
        <translation>Was sie stützt oder widerlegt</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ClaimReviewPanel.cpp" line="185"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ClaimReviewPanel.cpp" line="186"/>
        <source>S&amp;ource:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ClaimReviewPanel.cpp" line="187"/>
        <source>E&amp;vidence:</source>
        <translation>&amp;Beleg:</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ClaimReviewPanel.cpp" line="188"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ClaimReviewPanel.cpp" line="249"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ClaimReviewPanel.cpp" line="261"/>
        <source>Shown: %1 of %2 · unreviewed: %3</source>
        <translation>Angezeigt: %1 von %2 · ungeprüft: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/ClaimReviewPanel.cpp" line="273"/>
        <source>No claim selected. Claims come from analysis suggestions you accept.</source>
        <translation>Keine Behauptung ausgewählt. Behauptungen entstehen aus Analysevorschlägen, die Sie annehmen.</translation>
    </message>
</context>
<context>
    <name>marginalia::CodebookPanel</name>
    <message>
        <location filename="../app/gui/panels/CodebookPanel.cpp" line="113"/>
        <source>Filter tags</source>
        <translation>Codes filtern</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/CodebookPanel.cpp" line="155"/>
        <source>New Child…</source>
        <translation>Neuer Untercode…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/CodebookPanel.cpp" line="157"/>
        <source>New Top-Level Tag…</source>
        <translation>Neuer Code auf oberster Ebene…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/CodebookPanel.cpp" line="159"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/CodebookPanel.cpp" line="161"/>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/CodebookPanel.cpp" line="163"/>
        <source>Move To…</source>
        <translation>Verschieben nach…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/CodebookPanel.cpp" line="165"/>
        <source>Merge Into…</source>
        <translation>Zusammenführen mit…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/CodebookPanel.cpp" line="167"/>
        <source>Import Codebook…</source>
        <translation>Codebuch importieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/CodebookPanel.cpp" line="169"/>
        <source>Export Codebook…</source>
        <translation>Codebuch exportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/CodebookPanel.cpp" line="181"/>
        <location filename="../app/gui/panels/CodebookPanel.cpp" line="185"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/CodebookPanel.cpp" line="192"/>
        <source>Retag Selected…</source>
        <translation>Auswahl umcodieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/CodebookPanel.cpp" line="194"/>
        <source>Untag Selected</source>
        <translation>Codierung der Auswahl entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/CodebookPanel.cpp" line="196"/>
        <source>Delete Selected</source>
        <translation>Auswahl löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/CodebookPanel.cpp" line="317"/>
        <source>Annotations tagged “%1” (%2)</source>
        <translation>Mit „%1“ codierte Annotationen (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/CodebookPanel.cpp" line="317"/>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/panels/CodebookPanel.cpp" line="319"/>
        <source>– the first %n listed</source>
        <translation>
            <numerusform>– der erste aufgeführt</numerusform>
            <numerusform>– die ersten %n aufgeführt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/panels/CodebookPanel.cpp" line="338"/>
        <source>New tag under “%1”: type its name.</source>
        <translation>Neuer Code unter „%1“: Namen eingeben.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/CodebookPanel.cpp" line="339"/>
        <source>New top-level tag: type its name.</source>
        <translation>Neuer Code auf oberster Ebene: Namen eingeben.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/CodebookPanel.cpp" line="382"/>
        <source>Colour of “%1”</source>
        <translation>Farbe von „%1“</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/CodebookPanel.cpp" line="402"/>
        <source>Move “%1” under:</source>
        <translation>„%1“ verschieben unter:</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/CodebookPanel.cpp" line="418"/>
        <source>Merge “%1” into: its annotations and child tags move there, and “%1” goes.</source>
        <translation>„%1“ zusammenführen mit: Seine Annotationen und Untercodes wandern dorthin, „%1“ entfällt.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/CodebookPanel.cpp" line="423"/>
        <source>Merged. Undo restores both tags.</source>
        <translation>Zusammengeführt. Rückgängig stellt beide Codes wieder her.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/CodebookPanel.cpp" line="434"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/CodebookPanel.cpp" line="447"/>
        <location filename="../app/gui/panels/CodebookPanel.cpp" line="452"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/CodebookPanel.cpp" line="458"/>
        <source>Import Codebook</source>
        <translation>Codebuch importieren</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/CodebookPanel.cpp" line="459"/>
        <source>Codebooks (*.csv *.txt *.md);;All files (*)</source>
        <translation>Codebücher (*.csv *.txt *.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/CodebookPanel.cpp" line="461"/>
        <source>Imported the codebook; new tags: %1.</source>
        <translation>Codebuch importiert; neue Codes: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/CodebookPanel.cpp" line="466"/>
        <source>Export Codebook</source>
        <translation>Codebuch exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/CodebookPanel.cpp" line="466"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/CodebookPanel.cpp" line="469"/>
        <source>Exported the codebook; tags: %1.</source>
        <translation>Codebuch exportiert; Codes: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/CodebookPanel.cpp" line="491"/>
        <source>Tag the selected annotations (%1) as:</source>
        <translation>Ausgewählte Annotationen (%1) codieren als:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/panels/CodebookPanel.cpp" line="498"/>
        <source>Retag %n Annotation(s) as a New Tag</source>
        <translation>
            <numerusform>%n Annotation mit neuem Code umcodieren</numerusform>
            <numerusform>%n Annotationen mit neuem Code umcodieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::DocumentActions</name>
    <message>
        <location filename="../app/gui/window/DocumentActions.cpp" line="45"/>
        <source>Rename Document</source>
        <translation>Dokument umbenennen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/DocumentActions.cpp" line="46"/>
        <source>Title in the library, the window and exports (the file keeps its name):</source>
        <translation>Titel in der Bibliothek, im Fenster und in Exporten (die Datei behält ihren Namen):</translation>
    </message>
    <message>
        <location filename="../app/gui/window/DocumentActions.cpp" line="52"/>
        <source>Renamed. Edit ▸ Undo gives the old title back.</source>
        <translation>Umbenannt. Bearbeiten ▸ Rückgängig stellt den alten Titel wieder her.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/DocumentActions.cpp" line="61"/>
        <source>Delete Document</source>
        <translation>Dokument löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/DocumentActions.cpp" line="62"/>
        <source>Delete “%1” from the project?</source>
        <translation>„%1“ aus dem Projekt löschen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/window/DocumentActions.cpp" line="65"/>
        <source>Its %n annotation(s), notes, memo and register mentions go with it. The file on disk is not touched, and Edit ▸ Undo puts everything back.</source>
        <translation>
            <numerusform>Seine %n Annotation, Notizen, Memo und Erwähnungen im Register gehen mit. Die Datei auf der Festplatte bleibt unberührt, und Bearbeiten ▸ Rückgängig stellt alles wieder her.</numerusform>
            <numerusform>Seine %n Annotationen, Notizen, Memo und Erwähnungen im Register gehen mit. Die Datei auf der Festplatte bleibt unberührt, und Bearbeiten ▸ Rückgängig stellt alles wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/window/DocumentActions.cpp" line="68"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/DocumentActions.cpp" line="74"/>
        <source>Deleted “%1”. Edit ▸ Undo puts it back.</source>
        <translation>„%1“ gelöscht. Bearbeiten ▸ Rückgängig stellt es wieder her.</translation>
    </message>
</context>
<context>
    <name>marginalia::DocumentListModel</name>
    <message>
        <location filename="../app/gui/models/DocumentListModel.cpp" line="37"/>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/models/DocumentListModel.cpp" line="46"/>
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
        <location filename="../app/gui/reader/DocumentView.cpp" line="66"/>
        <source>Import an article with File ▸ Import… or drop a file here.</source>
        <translation>Importieren Sie einen Artikel mit Datei ▸ Importieren… oder ziehen Sie eine Datei hierher.</translation>
    </message>
    <message>
        <location filename="../app/gui/reader/DocumentView.cpp" line="419"/>
        <source>⋯ folded passage — click to show</source>
        <translation>⋯ eingeklappte Passage – zum Anzeigen klicken</translation>
    </message>
    <message>
        <location filename="../app/gui/reader/DocumentView.cpp" line="424"/>
        <source>¶%1</source>
        <translation>¶%1</translation>
    </message>
    <message>
        <location filename="../app/gui/reader/DocumentView.cpp" line="424"/>
        <source>¶%1–¶%2</source>
        <translation>¶%1–¶%2</translation>
    </message>
    <message>
        <location filename="../app/gui/reader/DocumentView.cpp" line="445"/>
        <source>⋯ %1 repeat %2 — click to show</source>
        <translation>⋯ %1 wiederholt %2 – zum Anzeigen klicken</translation>
    </message>
    <message>
        <location filename="../app/gui/reader/DocumentView.cpp" line="447"/>
        <source>⋯ %1 boilerplate (ads, pleas, sign-offs) — click to show</source>
        <translation>⋯ %1 Textbausteine (Werbung, Spendenaufrufe, Grußformeln) – zum Anzeigen klicken</translation>
    </message>
    <message>
        <location filename="../app/gui/reader/DocumentView.cpp" line="449"/>
        <source>⋯ %1 contents page, page headers and numbers — click to show</source>
        <translation>⋯ %1 Inhaltsverzeichnis, Kopfzeilen und Seitenzahlen – zum Anzeigen klicken</translation>
    </message>
    <message>
        <location filename="../app/gui/reader/DocumentView.cpp" line="450"/>
        <source>⋯ %1 repeats and boilerplate — click to show</source>
        <translation>⋯ %1 Wiederholungen und Textbausteine – zum Anzeigen klicken</translation>
    </message>
    <message>
        <location filename="../app/gui/reader/DocumentView.cpp" line="459"/>
        <source>Table of contents: left out of analysis</source>
        <translation>Inhaltsverzeichnis: von der Analyse ausgenommen</translation>
    </message>
    <message>
        <location filename="../app/gui/reader/DocumentView.cpp" line="461"/>
        <source>Page header, footer or number: left out of analysis</source>
        <translation>Kopfzeile, Fußzeile oder Seitenzahl: von der Analyse ausgenommen</translation>
    </message>
    <message>
        <location filename="../app/gui/reader/DocumentView.cpp" line="463"/>
        <source>Boilerplate: left out of analysis</source>
        <translation>Textbaustein: von der Analyse ausgenommen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/reader/DocumentView.cpp" line="669"/>
        <source>&lt;i&gt;%n annotations here; click again for the next one&lt;/i&gt;</source>
        <translation>
            <numerusform>&lt;i&gt;%n Annotation hier; erneut klicken für die nächste&lt;/i&gt;</numerusform>
            <numerusform>&lt;i&gt;%n Annotationen hier; erneut klicken für die nächste&lt;/i&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/reader/DocumentView.cpp" line="457"/>
        <source>Repeats an earlier passage: left out of analysis</source>
        <translation>Wiederholt eine frühere Passage: von der Analyse ausgenommen</translation>
    </message>
    <message>
        <location filename="../app/gui/reader/DocumentView.cpp" line="631"/>
        <source>&amp;Tag as…</source>
        <translation>&amp;Codieren als…</translation>
    </message>
</context>
<context>
    <name>marginalia::EntityListModel</name>
    <message>
        <location filename="../app/gui/panels/EntityRegisterPanel.cpp" line="97"/>
        <source>Other names, separated by “;”</source>
        <translation>Weitere Namen, getrennt durch „;“</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/EntityRegisterPanel.cpp" line="59"/>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/EntityRegisterPanel.cpp" line="59"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/EntityRegisterPanel.cpp" line="59"/>
        <source>Also known as</source>
        <translation>Auch bekannt als</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/EntityRegisterPanel.cpp" line="59"/>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
</context>
<context>
    <name>marginalia::EntityRegisterPanel</name>
    <message>
        <location filename="../app/gui/panels/EntityRegisterPanel.cpp" line="185"/>
        <source>Filter entities and aliases</source>
        <translation>Entitäten und Aliasse filtern</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/EntityRegisterPanel.cpp" line="212"/>
        <source>Merge Selected</source>
        <translation>Auswahl zusammenführen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/EntityRegisterPanel.cpp" line="214"/>
        <source>Merge the selected entities into the current one</source>
        <translation>Die ausgewählten Entitäten mit der aktuellen zusammenführen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/EntityRegisterPanel.cpp" line="215"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/EntityRegisterPanel.cpp" line="216"/>
        <source>Tag All Mentions…</source>
        <translation>Alle Erwähnungen codieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/EntityRegisterPanel.cpp" line="218"/>
        <source>Split Mention</source>
        <translation>Erwähnung abtrennen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/EntityRegisterPanel.cpp" line="220"/>
        <source>This mention is someone else: give it an entity of its own</source>
        <translation>Diese Erwähnung meint jemand anderen: ihr eine eigene Entität geben</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/EntityRegisterPanel.cpp" line="276"/>
        <source>Mentions of “%1” (%2)</source>
        <translation>Erwähnungen von „%1“ (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/EntityRegisterPanel.cpp" line="277"/>
        <source>No entity selected. Entities come from analysis and from the register.</source>
        <translation>Keine Entität ausgewählt. Entitäten stammen aus der Analyse und aus dem Register.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/EntityRegisterPanel.cpp" line="288"/>
        <source>Select the entities to merge (Shift or Ctrl with the arrows), the current one last: the others merge into it.</source>
        <translation>Wählen Sie die zusammenzuführenden Entitäten aus (Umschalt oder Strg mit den Pfeiltasten), die aktuelle zuletzt: Die anderen werden mit ihr zusammengeführt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/panels/EntityRegisterPanel.cpp" line="295"/>
        <source>Merge %n Entities into “%1”</source>
        <translation>
            <numerusform>%n Entität mit „%1“ zusammenführen</numerusform>
            <numerusform>%n Entitäten mit „%1“ zusammenführen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/panels/EntityRegisterPanel.cpp" line="302"/>
        <source>Merged %n entities into “%1”. Their names are kept as aliases.</source>
        <translation>
            <numerusform>%n Entität mit „%1“ zusammengeführt. Ihr Name bleibt als Alias erhalten.</numerusform>
            <numerusform>%n Entitäten mit „%1“ zusammengeführt. Ihre Namen bleiben als Aliasse erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/panels/EntityRegisterPanel.cpp" line="312"/>
        <source>Tag every mention of “%1” as:</source>
        <translation>Jede Erwähnung von „%1“ codieren als:</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/EntityRegisterPanel.cpp" line="319"/>
        <source>Tag All Mentions as a New Tag</source>
        <translation>Alle Erwähnungen mit neuem Code codieren</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/EntityRegisterPanel.cpp" line="325"/>
        <source>Mentions tagged: %1.</source>
        <translation>Codierte Erwähnungen: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/EntityRegisterPanel.cpp" line="325"/>
        <source>Every mention already has that tag.</source>
        <translation>Jede Erwähnung hat diesen Code bereits.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/EntityRegisterPanel.cpp" line="336"/>
        <source>The mention now has an entity of its own; rename it with F2.</source>
        <translation>Die Erwähnung hat jetzt eine eigene Entität; mit F2 umbenennen.</translation>
    </message>
</context>
<context>
    <name>marginalia::ExportDialog</name>
    <message>
        <location filename="../app/gui/dialogs/ExportDialog.cpp" line="25"/>
        <source>The &amp;whole project</source>
        <translation>Das &amp;ganze Projekt</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ExportDialog.cpp" line="27"/>
        <source>Start with a &amp;byte order mark (for Excel)</source>
        <translation>Mit &amp;Byte-Order-Mark beginnen (für Excel)</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ExportDialog.cpp" line="31"/>
        <source>Export Annotations</source>
        <translation>Annotationen exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ExportDialog.cpp" line="38"/>
        <source>The current &amp;document: %1</source>
        <translation>Das aktuelle &amp;Dokument: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ExportDialog.cpp" line="39"/>
        <source>The current &amp;document</source>
        <translation>Das aktuelle &amp;Dokument</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ExportDialog.cpp" line="43"/>
        <source>All tags</source>
        <translation>Alle Codes</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ExportDialog.cpp" line="51"/>
        <source>Notes, tags and evidence I wrote</source>
        <translation>Meine Notizen, Codes und Belege</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ExportDialog.cpp" line="52"/>
        <source>Every cell, document text too</source>
        <translation>Jede Zelle, auch Dokumenttext</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ExportDialog.cpp" line="53"/>
        <source>No cell (text exactly as stored)</source>
        <translation>Keine Zelle (Text genau wie gespeichert)</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ExportDialog.cpp" line="54"/>
        <source>Cells that start with = + - or @ get an apostrophe so that a spreadsheet does not run them as formulas. Quotes are left as in the document by default.</source>
        <translation>Zellen, die mit = + - oder @ beginnen, erhalten einen Apostroph, damit eine Tabellenkalkulation sie nicht als Formel ausführt. Zitate bleiben standardmäßig wie im Dokument.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ExportDialog.cpp" line="61"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ExportDialog.cpp" line="62"/>
        <source>Export:</source>
        <translation>Exportieren:</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ExportDialog.cpp" line="63"/>
        <source>&amp;Tag:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ExportDialog.cpp" line="64"/>
        <source>&amp;Guard formulas in:</source>
        <translation>Formeln &amp;schützen in:</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ExportDialog.cpp" line="78"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
</context>
<context>
    <name>marginalia::FileMenu</name>
    <message>
        <location filename="../app/gui/window/FileMenu.cpp" line="36"/>
        <source>Marginalia projects (*.marginalia);;All files (*)</source>
        <translation>Marginalia-Projekte (*.marginalia);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/FileMenu.cpp" line="54"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../app/gui/window/FileMenu.cpp" line="57"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/window/FileMenu.cpp" line="60"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/window/FileMenu.cpp" line="68"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/window/FileMenu.cpp" line="103"/>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../app/gui/window/FileMenu.cpp" line="104"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../app/gui/window/FileMenu.cpp" line="112"/>
        <source>%1 already exists.</source>
        <translation>%1 gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/FileMenu.cpp" line="113"/>
        <source>Choose another name for the new project, or open the existing one with File ▸ Open Project…</source>
        <translation>Wählen Sie einen anderen Namen für das neue Projekt, oder öffnen Sie das vorhandene mit Datei ▸ Projekt öffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/window/FileMenu.cpp" line="122"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/FileMenu.cpp" line="135"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/window/FileMenu.cpp" line="144"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location filename="../app/gui/window/FileMenu.cpp" line="180"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/window/FileMenu.cpp" line="182"/>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/FileMenu.cpp" line="190"/>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/window/FileMenu.cpp" line="194"/>
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::FindBar</name>
    <message>
        <location filename="../app/gui/reader/FindBar.cpp" line="21"/>
        <source>Find in document</source>
        <translation>Im Dokument suchen</translation>
    </message>
    <message>
        <location filename="../app/gui/reader/FindBar.cpp" line="26"/>
        <location filename="../app/gui/reader/FindBar.cpp" line="79"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../app/gui/reader/FindBar.cpp" line="30"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader/FindBar.cpp" line="34"/>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader/FindBar.cpp" line="38"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader/FindBar.cpp" line="43"/>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <location filename="../app/gui/reader/FindBar.cpp" line="77"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
</context>
<context>
    <name>marginalia::ImportQueue</name>
    <message>
        <location filename="../app/gui/window/ImportQueue.cpp" line="23"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/ImportQueue.cpp" line="23"/>
        <source>Stop importing</source>
        <translation>Import abbrechen</translation>
    </message>
</context>
<context>
    <name>marginalia::LibraryPane</name>
    <message>
        <location filename="../app/gui/panels/LibraryPane.cpp" line="27"/>
        <location filename="../app/gui/panels/LibraryPane.cpp" line="34"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/LibraryPane.cpp" line="42"/>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/LibraryPane.cpp" line="62"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/LibraryPane.cpp" line="70"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/LibraryPane.cpp" line="117"/>
        <source>No headings</source>
        <translation>Keine Überschriften</translation>
    </message>
</context>
<context>
    <name>marginalia::MainWindow</name>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="111"/>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="112"/>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="171"/>
        <source>No tag has the key %1. Set keys in Edit ▸ Tags…</source>
        <translation>Kein Code hat die Taste %1. Tasten legen Sie unter Bearbeiten ▸ Codes… fest.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="230"/>
        <source>The project could not be changed.</source>
        <translation>Das Projekt konnte nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/FileMenu.cpp" line="53"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/window/FileMenu.cpp" line="65"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/window/FileMenu.cpp" line="72"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="254"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="255"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="258"/>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="264"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="269"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="272"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="274"/>
        <source>Find Pre&amp;vious</source>
        <translation>Rückwärts such&amp;en</translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="277"/>
        <source>&amp;Analyse Document Again</source>
        <translation>Dokument erneut &amp;analysieren</translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="283"/>
        <source>Accept All &amp;Shown Suggestions</source>
        <translation>Alle angezeigten Vorschläge a&amp;nnehmen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="287"/>
        <source>&amp;Tags…</source>
        <translation>&amp;Codes…</translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="293"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="294"/>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="297"/>
        <source>&amp;Annotation Panel</source>
        <translation>&amp;Annotationsleiste</translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="301"/>
        <source>&amp;Highlight Annotations</source>
        <translation>Annotationen &amp;hervorheben</translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="304"/>
        <source>Highlight &amp;Suggestions</source>
        <translation>&amp;Vorschläge hervorheben</translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="307"/>
        <source>Suggestion &amp;Types</source>
        <translation>Vorschlagsar&amp;ten</translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="239"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="240"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="247"/>
        <source>&amp;About Marginalia</source>
        <translation>Ü&amp;ber Marginalia</translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="249"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="385"/>
        <source>The library could not be read.</source>
        <translation>Die Bibliothek konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="427"/>
        <source>The document could not be opened.</source>
        <translation>Das Dokument konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="432"/>
        <source>The annotations could not be read.</source>
        <translation>Die Annotationen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/AnnotationLayer.cpp" line="61"/>
        <location filename="../app/gui/window/MainWindow.cpp" line="497"/>
        <source>Untagged</source>
        <translation>Nicht codiert</translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="640"/>
        <source>Marginalia</source>
        <translation>Marginalia</translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="468"/>
        <source>%1 — Marginalia</source>
        <translation>%1 — Marginalia</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/window/MainWindow.cpp" line="477"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/window/MainWindow.cpp" line="480"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/window/MainWindow.cpp" line="481"/>
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n Annotation</numerusform>
            <numerusform>%n Annotationen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="497"/>
        <source>Tagged as %1. Type a note, or press Esc to go on reading.</source>
        <translation>Als %1 codiert. Schreiben Sie eine Notiz oder drücken Sie Esc, um weiterzulesen.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="200"/>
        <source>Looking for people, places, figures and claims…</source>
        <translation>Suche nach Personen, Orten, Zahlen und Behauptungen…</translation>
    </message>
    <message>
        <location filename="../app/gui/window/FileMenu.cpp" line="152"/>
        <source>Articles (%1);;All files (*)</source>
        <translation>Artikel (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/FileMenu.cpp" line="156"/>
        <source>Import Articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="203"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="469"/>
        <source>%1 — %2 — Marginalia</source>
        <translation>%1 — %2 — Marginalia</translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="596"/>
        <source>Import of %1 cancelled.</source>
        <translation>Import von %1 abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="598"/>
        <source>%1 could not be imported.</source>
        <translation>%1 konnte nicht importiert werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="600"/>
        <source>%1 is already in the library.</source>
        <translation>%1 ist schon in der Bibliothek.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="603"/>
        <source>%1 could not be added to the project.</source>
        <translation>%1 konnte dem Projekt nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="607"/>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="630"/>
        <source>About Marginalia</source>
        <translation>Über Marginalia</translation>
    </message>
    <message>
        <location filename="../app/gui/window/MainWindow.cpp" line="631"/>
        <source>&lt;h3&gt;Marginalia %1&lt;/h3&gt;&lt;p&gt;Read articles, annotate them and check their claims, offline.&lt;/p&gt;&lt;p&gt;Select a passage and press a tag&apos;s key (1–9) to annotate it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Marginalia %1&lt;/h3&gt;&lt;p&gt;Artikel lesen, annotieren und ihre Behauptungen prüfen – offline.&lt;/p&gt;&lt;p&gt;Markieren Sie eine Passage und drücken Sie die Taste eines Codes (1–9), um sie zu annotieren.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>marginalia::MemoPanel</name>
    <message>
        <location filename="../app/gui/panels/MemoPanel.cpp" line="31"/>
        <source>What this document is about, what to follow up…</source>
        <translation>Worum es in diesem Dokument geht, was noch zu verfolgen ist…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/MemoPanel.cpp" line="32"/>
        <source>Research questions, decisions about the codebook, open ends…</source>
        <translation>Forschungsfragen, Entscheidungen zum Codebuch, offene Punkte…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/MemoPanel.cpp" line="41"/>
        <source>&amp;Document</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/MemoPanel.cpp" line="42"/>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/MemoPanel.cpp" line="93"/>
        <source>Memo for the open document</source>
        <translation>Memo zum geöffneten Dokument</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/MemoPanel.cpp" line="93"/>
        <source>Open a document to write its memo.</source>
        <translation>Öffnen Sie ein Dokument, um sein Memo zu schreiben.</translation>
    </message>
</context>
<context>
    <name>marginalia::MentionListModel</name>
    <message>
        <location filename="../app/gui/panels/EntityRegisterPanel.cpp" line="166"/>
        <source>Found by analysis</source>
        <translation>Von der Analyse gefunden</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/EntityRegisterPanel.cpp" line="166"/>
        <source>Marked by you</source>
        <translation>Von Ihnen markiert</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/EntityRegisterPanel.cpp" line="137"/>
        <source>Mention in context</source>
        <translation>Erwähnung im Kontext</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/EntityRegisterPanel.cpp" line="137"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
</context>
<context>
    <name>marginalia::PackageTexts</name>
    <message>
        <location filename="../app/core/import/qdpx/QdpxImporter.cpp" line="106"/>
        <source>its text is kept outside the .qdpx (%1)</source>
        <translation>ihr Text liegt außerhalb der .qdpx-Datei (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/import/qdpx/QdpxImporter.cpp" line="121"/>
        <source>%1 names sources/%2, which is not in the file</source>
        <translation>%1 nennt sources/%2, das nicht in der Datei ist</translation>
    </message>
</context>
<context>
    <name>marginalia::ProjectEditor</name>
    <message>
        <location filename="../app/core/edit/RemoveAnnotationCommand.cpp" line="9"/>
        <source>Delete Annotation</source>
        <translation>Annotation löschen</translation>
    </message>
    <message>
        <location filename="../app/core/edit/UpdateAnnotationCommand.cpp" line="14"/>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/core/edit/UpdateAnnotationCommand.cpp" line="16"/>
        <source>Adjust Annotation Span</source>
        <translation>Umfang der Annotation ändern</translation>
    </message>
    <message>
        <location filename="../app/core/edit/UpdateAnnotationCommand.cpp" line="18"/>
        <source>Attach Annotation</source>
        <translation>Annotation anheften</translation>
    </message>
    <message>
        <location filename="../app/core/edit/UpdateAnnotationCommand.cpp" line="22"/>
        <source>Change Tag</source>
        <translation>Code ändern</translation>
    </message>
    <message>
        <location filename="../app/core/edit/RejectSuggestionCommand.cpp" line="9"/>
        <source>Reject Suggestion</source>
        <translation>Vorschlag ablehnen</translation>
    </message>
    <message>
        <location filename="../app/core/edit/AddTagCommand.cpp" line="9"/>
        <source>Add Tag</source>
        <translation>Code hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/core/edit/UpdateTagCommand.cpp" line="9"/>
        <source>Edit Tag</source>
        <translation>Code bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/core/edit/ProjectEditor.cpp" line="97"/>
        <source>Select some text to annotate first.</source>
        <translation>Markieren Sie zuerst Text, den Sie annotieren möchten.</translation>
    </message>
    <message>
        <location filename="../app/core/edit/ProjectEditor.cpp" line="116"/>
        <source>Annotate</source>
        <translation>Annotieren</translation>
    </message>
    <message>
        <location filename="../app/core/edit/ProjectEditor.cpp" line="116"/>
        <source>Tag as %1</source>
        <translation>Als %1 codieren</translation>
    </message>
    <message>
        <location filename="../app/core/edit/ProjectEditor.cpp" line="209"/>
        <source>An annotation needs at least one character of the document.</source>
        <translation>Eine Annotation braucht mindestens ein Zeichen des Dokuments.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/edit/ProjectEditor.cpp" line="224"/>
        <source>Untag %n Annotation(s)</source>
        <translation>
            <numerusform>Codierung von %n Annotation entfernen</numerusform>
            <numerusform>Codierung von %n Annotationen entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/edit/ProjectEditor.cpp" line="225"/>
        <source>Tag %n Annotation(s) as %1</source>
        <translation>
            <numerusform>%n Annotation als %1 codieren</numerusform>
            <numerusform>%n Annotationen als %1 codieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/edit/ProjectEditor.cpp" line="250"/>
        <source>Delete %n Annotation(s)</source>
        <translation>
            <numerusform>%n Annotation löschen</numerusform>
            <numerusform>%n Annotationen löschen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/edit/ProjectEditor.cpp" line="286"/>
        <source>Accept Suggestion</source>
        <translation>Vorschlag annehmen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/edit/ProjectEditor.cpp" line="287"/>
        <source>Accept %n Suggestion(s)</source>
        <translation>
            <numerusform>%n Vorschlag annehmen</numerusform>
            <numerusform>%n Vorschläge annehmen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/edit/ProjectEditor.cpp" line="326"/>
        <location filename="../app/core/edit/ProjectEditor.cpp" line="409"/>
        <location filename="../app/core/edit/ProjectEditor.cpp" line="445"/>
        <source>The tag no longer exists.</source>
        <translation>Den Code gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../app/core/edit/ProjectEditor.cpp" line="374"/>
        <source>Add Tag “%1”</source>
        <translation>Code „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/core/edit/ProjectEditor.cpp" line="397"/>
        <source>Move Tag “%1”</source>
        <translation>Code „%1“ verschieben</translation>
    </message>
    <message>
        <location filename="../app/core/edit/ProjectEditor.cpp" line="420"/>
        <source>Merge Tag “%1” into “%2”</source>
        <translation>Code „%1“ mit „%2“ zusammenführen</translation>
    </message>
    <message>
        <location filename="../app/core/edit/ProjectEditor.cpp" line="454"/>
        <source>Delete Tag “%1”</source>
        <translation>Code „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../app/core/edit/ProjectEditor.cpp" line="472"/>
        <source>Import Codebook</source>
        <translation>Codebuch importieren</translation>
    </message>
    <message>
        <location filename="../app/core/edit/ProjectEditor.cpp" line="491"/>
        <source>Review Claim: %1</source>
        <translation>Behauptung prüfen: %1</translation>
    </message>
    <message>
        <location filename="../app/core/edit/ProjectEditor.cpp" line="521"/>
        <source>Tag All Mentions of “%1”</source>
        <translation>Alle Erwähnungen von „%1“ codieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/edit/ProjectEditor.cpp" line="628"/>
        <source>Import %n Annotation(s)</source>
        <translation>
            <numerusform>%n Annotation importieren</numerusform>
            <numerusform>%n Annotationen importieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/edit/ProjectEditor.cpp" line="653"/>
        <source>The new version of “%1” has no text.</source>
        <translation>Die neue Fassung von „%1“ enthält keinen Text.</translation>
    </message>
    <message>
        <location filename="../app/core/edit/RegisterSlice.cpp" line="26"/>
        <source>The entity register has changed since: %1 %2 is now something else, so this step cannot be undone or redone.</source>
        <translation>Das Entitätenregister hat sich inzwischen geändert: %1 %2 ist jetzt etwas anderes, daher lässt sich dieser Schritt weder rückgängig machen noch wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../app/core/edit/RegisterSlice.cpp" line="103"/>
        <source>entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <location filename="../app/core/edit/RegisterSlice.cpp" line="106"/>
        <source>mention</source>
        <translation>Erwähnung</translation>
    </message>
    <message>
        <location filename="../app/core/edit/RegisterEdits.cpp" line="70"/>
        <source>Edit Entity “%1”</source>
        <translation>Entität „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/core/edit/RegisterEdits.cpp" line="101"/>
        <source>Merge “%1” into “%2”</source>
        <translation>„%1“ mit „%2“ zusammenführen</translation>
    </message>
    <message>
        <location filename="../app/core/edit/RegisterEdits.cpp" line="117"/>
        <source>The mention no longer exists.</source>
        <translation>Die Erwähnung gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../app/core/edit/RegisterEdits.cpp" line="120"/>
        <source>Split Mention</source>
        <translation>Erwähnung abtrennen</translation>
    </message>
    <message>
        <location filename="../app/core/edit/MemoCommand.cpp" line="10"/>
        <source>Edit Document Memo</source>
        <translation>Dokument-Memo bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/core/edit/MemoCommand.cpp" line="10"/>
        <source>Edit Project Memo</source>
        <translation>Projekt-Memo bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/core/edit/RemoveDocumentCommand.cpp" line="35"/>
        <source>Delete Document “%1”</source>
        <translation>Dokument „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../app/core/edit/RenameDocumentCommand.cpp" line="10"/>
        <source>Rename Document</source>
        <translation>Dokument umbenennen</translation>
    </message>
    <message>
        <location filename="../app/core/edit/ReimportDocumentCommand.cpp" line="9"/>
        <source>Update “%1” from File</source>
        <translation>„%1“ aus Datei aktualisieren</translation>
    </message>
</context>
<context>
    <name>marginalia::ProjectExchangeUi</name>
    <message>
        <location filename="../app/gui/window/ProjectExchangeUi.cpp" line="29"/>
        <source>I&amp;mport</source>
        <translation>I&amp;mport</translation>
    </message>
    <message>
        <location filename="../app/gui/window/ProjectExchangeUi.cpp" line="31"/>
        <location filename="../app/gui/window/ProjectExchangeUi.cpp" line="35"/>
        <source>&amp;REFI-QDA Project…</source>
        <translation>&amp;REFI-QDA-Projekt…</translation>
    </message>
    <message>
        <location filename="../app/gui/window/ProjectExchangeUi.cpp" line="33"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location filename="../app/gui/window/ProjectExchangeUi.cpp" line="67"/>
        <source>Documents added: %1</source>
        <translation>Dokumente hinzugefügt: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/window/ProjectExchangeUi.cpp" line="68"/>
        <source>Tags added: %1</source>
        <translation>Codes hinzugefügt: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/window/ProjectExchangeUi.cpp" line="69"/>
        <source>Annotations added: %1</source>
        <translation>Annotationen hinzugefügt: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/window/ProjectExchangeUi.cpp" line="71"/>
        <source>Documents already in the project: %1</source>
        <translation>Dokumente schon im Projekt: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/window/ProjectExchangeUi.cpp" line="73"/>
        <source>Not imported:</source>
        <translation>Nicht importiert:</translation>
    </message>
    <message>
        <location filename="../app/gui/window/ProjectExchangeUi.cpp" line="80"/>
        <location filename="../app/gui/window/ProjectExchangeUi.cpp" line="86"/>
        <location filename="../app/gui/window/ProjectExchangeUi.cpp" line="91"/>
        <source>Import REFI-QDA Project</source>
        <translation>REFI-QDA-Projekt importieren</translation>
    </message>
    <message>
        <location filename="../app/gui/window/ProjectExchangeUi.cpp" line="81"/>
        <source>REFI-QDA projects (*.qdpx);;All files (*)</source>
        <translation>REFI-QDA-Projekte (*.qdpx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/ProjectExchangeUi.cpp" line="87"/>
        <source>%1 could not be imported; the project is unchanged.</source>
        <translation>%1 konnte nicht importiert werden; das Projekt ist unverändert.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/ProjectExchangeUi.cpp" line="98"/>
        <location filename="../app/gui/window/ProjectExchangeUi.cpp" line="105"/>
        <source>Export REFI-QDA Project</source>
        <translation>REFI-QDA-Projekt exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/window/ProjectExchangeUi.cpp" line="100"/>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA-Projekte (*.qdpx)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/ProjectExchangeUi.cpp" line="106"/>
        <source>The REFI-QDA project could not be written.</source>
        <translation>Das REFI-QDA-Projekt konnte nicht geschrieben werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/window/ProjectExchangeUi.cpp" line="110"/>
        <source>Exported %n annotation(s) to %1.</source>
        <translation>
            <numerusform>%n Annotation nach %1 exportiert.</numerusform>
            <numerusform>%n Annotationen nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::ProjectImport</name>
    <message>
        <location filename="../app/core/import/qdpx/QdpxImporter.cpp" line="179"/>
        <source>Text source “%1”</source>
        <translation>Textquelle „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/import/qdpx/QdpxImporter.cpp" line="185"/>
        <source>text source “%1”: %2</source>
        <translation>Textquelle „%1“: %2</translation>
    </message>
    <message>
        <location filename="../app/core/import/qdpx/QdpxImporter.cpp" line="191"/>
        <source>Note “%1”</source>
        <translation>Notiz „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/import/qdpx/QdpxImporter.cpp" line="222"/>
        <source>Code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <location filename="../app/core/import/qdpx/QdpxImporter.cpp" line="238"/>
        <source>Code “%1” could not become a tag: %2</source>
        <translation>Aus dem Code „%1“ konnte kein Code werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/import/qdpx/QdpxImporter.cpp" line="313"/>
        <source>Text source “%1” could not be added: %2</source>
        <translation>Textquelle „%1“ konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/import/qdpx/QdpxImporter.cpp" line="370"/>
        <source>Selection %1 in “%2” runs from %3 to %4, which is not a passage of its %5 characters.</source>
        <translation>Auswahl %1 in „%2“ reicht von %3 bis %4; das ist keine Passage ihrer %5 Zeichen.</translation>
    </message>
    <message>
        <location filename="../app/core/import/qdpx/QdpxImporter.cpp" line="401"/>
        <source>Selection %1 in “%2” is coded with %3, which is not a code of the code book.</source>
        <translation>Auswahl %1 in „%2“ ist mit %3 codiert, das kein Code des Codebuchs ist.</translation>
    </message>
</context>
<context>
    <name>marginalia::ProjectSession</name>
    <message>
        <location filename="../app/gui/window/ProjectSession.cpp" line="38"/>
        <source>%1 no longer exists. It may have been moved, renamed or deleted; open it from its new place with File ▸ Open Project…</source>
        <translation>%1 gibt es nicht mehr. Es wurde vielleicht verschoben, umbenannt oder gelöscht; öffnen Sie es an seinem neuen Ort mit Datei ▸ Projekt öffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/window/ProjectSession.cpp" line="43"/>
        <source>%1 already exists. Choose another name, or open it with File ▸ Open Project…</source>
        <translation>%1 gibt es bereits. Wählen Sie einen anderen Namen, oder öffnen Sie es mit Datei ▸ Projekt öffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/window/ProjectSession.cpp" line="77"/>
        <source>The project %1 could not be opened; %2 stays open.</source>
        <translation>Das Projekt %1 konnte nicht geöffnet werden; %2 bleibt geöffnet.</translation>
    </message>
</context>
<context>
    <name>marginalia::ReadingPreferences</name>
    <message>
        <location filename="../app/gui/window/ReadingPreferences.cpp" line="57"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../app/gui/window/ReadingPreferences.cpp" line="59"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../app/gui/window/ReadingPreferences.cpp" line="61"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location filename="../app/gui/window/ReadingPreferences.cpp" line="63"/>
        <source>Reading &amp;Font…</source>
        <translation>Lese&amp;schrift…</translation>
    </message>
    <message>
        <location filename="../app/gui/window/ReadingPreferences.cpp" line="65"/>
        <source>Reading Font</source>
        <translation>Leseschrift</translation>
    </message>
    <message>
        <location filename="../app/gui/window/ReadingPreferences.cpp" line="85"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../app/gui/window/ReadingPreferences.cpp" line="87"/>
        <source>Follow the &amp;System</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/ReadingPreferences.cpp" line="72"/>
        <source>&amp;Fold Boilerplate and Repeats</source>
        <translation>Textbausteine und Wiederholungen &amp;einklappen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/ReadingPreferences.cpp" line="194"/>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
</context>
<context>
    <name>marginalia::RevisionUi</name>
    <message>
        <location filename="../app/gui/window/RevisionUi.cpp" line="34"/>
        <source>&amp;Document</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <location filename="../app/gui/window/RevisionUi.cpp" line="51"/>
        <source>&amp;Update from File…</source>
        <translation>Aus Datei &amp;aktualisieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/window/RevisionUi.cpp" line="69"/>
        <source>Annotations whose passage was not found in the new version. Select the passage in the text, choose the annotation and attach it there.</source>
        <translation>Annotationen, deren Textstelle in der neuen Fassung nicht gefunden wurde. Markieren Sie die Stelle im Text, wählen Sie die Annotation und heften Sie sie dort an.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/RevisionUi.cpp" line="77"/>
        <source>&amp;Attach Here</source>
        <translation>Hier &amp;anheften</translation>
    </message>
    <message>
        <location filename="../app/gui/window/RevisionUi.cpp" line="84"/>
        <location filename="../app/gui/window/RevisionUi.cpp" line="126"/>
        <source>Orphaned Annotations</source>
        <translation>Verwaiste Annotationen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/RevisionUi.cpp" line="125"/>
        <source>Orphaned Annotations (%1)</source>
        <translation>Verwaiste Annotationen (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/RevisionUi.cpp" line="142"/>
        <source>Open the document to update first.</source>
        <translation>Öffnen Sie zuerst das Dokument, das aktualisiert werden soll.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/RevisionUi.cpp" line="153"/>
        <source>Articles (%1);;All files (*)</source>
        <translation>Artikel (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/RevisionUi.cpp" line="154"/>
        <source>Update from File</source>
        <translation>Aus Datei aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/gui/window/RevisionUi.cpp" line="159"/>
        <source>The document could not be updated.</source>
        <translation>Das Dokument konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/RevisionUi.cpp" line="162"/>
        <source>Updated: %1 exact, %2 moved, %3 fuzzy, %4 orphaned. Undo restores the old version.</source>
        <translation>Aktualisiert: %1 genau, %2 verschoben, %3 ungefähr, %4 verwaist. Rückgängig stellt die alte Fassung wieder her.</translation>
    </message>
</context>
<context>
    <name>marginalia::SearchPanel</name>
    <message>
        <location filename="../app/gui/panels/SearchPanel.cpp" line="92"/>
        <source>Search: words, &quot;a phrase&quot;, prefix*</source>
        <translation>Suche: Wörter, &quot;eine Wortgruppe&quot;, Anfang*</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SearchPanel.cpp" line="93"/>
        <source>All terms must occur. Quote a phrase, end a word with * to match its beginning.</source>
        <translation>Alle Begriffe müssen vorkommen. Wortgruppen in Anführungszeichen setzen; ein * am Wortende findet alle Wörter, die so beginnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SearchPanel.cpp" line="95"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SearchPanel.cpp" line="96"/>
        <source>Document text</source>
        <translation>Dokumenttext</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SearchPanel.cpp" line="97"/>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SearchPanel.cpp" line="98"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SearchPanel.cpp" line="145"/>
        <source>Type to search the project.</source>
        <translation>Tippen Sie, um das Projekt zu durchsuchen.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SearchPanel.cpp" line="146"/>
        <source>Type to search the project (no index: slower).</source>
        <translation>Tippen Sie, um das Projekt zu durchsuchen (kein Index: langsamer).</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SearchPanel.cpp" line="159"/>
        <source>No matches.</source>
        <translation>Keine Treffer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/panels/SearchPanel.cpp" line="160"/>
        <source>%n match(es) in %1</source>
        <translation>
            <numerusform>%n Treffer in %1</numerusform>
            <numerusform>%n Treffer in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/panels/SearchPanel.cpp" line="161"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumenten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::SearchResultModel</name>
    <message>
        <location filename="../app/gui/panels/SearchPanel.cpp" line="54"/>
        <source>quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SearchPanel.cpp" line="56"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SearchPanel.cpp" line="57"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SearchPanel.cpp" line="30"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SearchPanel.cpp" line="30"/>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SearchPanel.cpp" line="30"/>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
</context>
<context>
    <name>marginalia::ShortcutsDialog</name>
    <message>
        <location filename="../app/gui/dialogs/ShortcutsDialog.cpp" line="79"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ShortcutsDialog.cpp" line="81"/>
        <source>Filter by action, key or place…</source>
        <translation>Nach Aktion, Taste oder Ort filtern…</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ShortcutsDialog.cpp" line="84"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ShortcutsDialog.cpp" line="84"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ShortcutsDialog.cpp" line="84"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ShortcutsDialog.cpp" line="118"/>
        <source>Tag the selection as %1</source>
        <translation>Auswahl als %1 codieren</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ShortcutsDialog.cpp" line="119"/>
        <source>Reading view</source>
        <translation>Leseansicht</translation>
    </message>
</context>
<context>
    <name>marginalia::SuggestionListModel</name>
    <message>
        <location filename="../app/gui/models/SuggestionModel.cpp" line="119"/>
        <source>learned · %1%</source>
        <translation>gelernt · %1 %</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SuggestionModel.cpp" line="123"/>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/models/SuggestionModel.cpp" line="126"/>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
</context>
<context>
    <name>marginalia::SuggestionPanel</name>
    <message>
        <location filename="../app/gui/panels/SuggestionPanel.cpp" line="25"/>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SuggestionPanel.cpp" line="26"/>
        <source>&amp;Reject</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SuggestionPanel.cpp" line="27"/>
        <source>&amp;Previous</source>
        <translation>&amp;Vorheriger</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SuggestionPanel.cpp" line="28"/>
        <source>&amp;Next</source>
        <translation>&amp;Nächster</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SuggestionPanel.cpp" line="38"/>
        <source>Make the suggestion an annotation (A)</source>
        <translation>Den Vorschlag als Annotation übernehmen (A)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SuggestionPanel.cpp" line="40"/>
        <source>Never suggest this again (R)</source>
        <translation>Dies nie wieder vorschlagen (R)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SuggestionPanel.cpp" line="41"/>
        <source>Previous suggestion (P)</source>
        <translation>Vorheriger Vorschlag (P)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/SuggestionPanel.cpp" line="42"/>
        <source>Next suggestion (N)</source>
        <translation>Nächster Vorschlag (N)</translation>
    </message>
</context>
<context>
    <name>marginalia::SuggestionReview</name>
    <message>
        <location filename="../app/gui/window/SuggestionReview.cpp" line="188"/>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <location filename="../app/gui/window/SuggestionReview.cpp" line="190"/>
        <source>Looking for people, places, figures and claims…</source>
        <translation>Suche nach Personen, Orten, Zahlen und Behauptungen…</translation>
    </message>
    <message>
        <location filename="../app/gui/window/SuggestionReview.cpp" line="176"/>
        <source>suggested claim</source>
        <translation>vorgeschlagene Behauptung</translation>
    </message>
    <message>
        <location filename="../app/gui/window/SuggestionReview.cpp" line="176"/>
        <source>suggested entity</source>
        <translation>vorgeschlagene Entität</translation>
    </message>
    <message>
        <location filename="../app/gui/window/SuggestionReview.cpp" line="177"/>
        <source>Confidence: %1%</source>
        <translation>Konfidenz: %1 %</translation>
    </message>
    <message>
        <location filename="../app/gui/window/SuggestionReview.cpp" line="178"/>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/window/SuggestionReview.cpp" line="181"/>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/window/SuggestionReview.cpp" line="181"/>
        <source>nobody named</source>
        <translation>niemand genannt</translation>
    </message>
    <message>
        <location filename="../app/gui/window/SuggestionReview.cpp" line="188"/>
        <source>Suggestions (%1)</source>
        <translation>Vorschläge (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/SuggestionReview.cpp" line="192"/>
        <source>Not analysed yet. Edit ▸ Analyse Document Again finds suggestions.</source>
        <translation>Noch nicht analysiert. Bearbeiten ▸ Dokument erneut analysieren findet Vorschläge.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/SuggestionReview.cpp" line="193"/>
        <source>No document open</source>
        <translation>Kein Dokument geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/window/SuggestionReview.cpp" line="195"/>
        <source>No open suggestions.</source>
        <translation>Keine offenen Vorschläge.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/window/SuggestionReview.cpp" line="197"/>
        <source>%n suggestion(s). A accepts, R rejects, N and P move on.</source>
        <translation>
            <numerusform>%n Vorschlag. A nimmt an, R lehnt ab, N und P blättern.</numerusform>
            <numerusform>%n Vorschläge. A nimmt an, R lehnt ab, N und P blättern.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/window/SuggestionReview.cpp" line="248"/>
        <source>Choose a suggestion first: N goes to the next one.</source>
        <translation>Wählen Sie zuerst einen Vorschlag: N springt zum nächsten.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/SuggestionReview.cpp" line="261"/>
        <source>Accepted as %1.</source>
        <translation>Als %1 angenommen.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/SuggestionReview.cpp" line="271"/>
        <source>No open suggestions to accept.</source>
        <translation>Keine offenen Vorschläge zum Annehmen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/window/SuggestionReview.cpp" line="280"/>
        <source>Accepted %n suggestion(s); Edit ▸ Undo takes them all back.</source>
        <translation>
            <numerusform>%n Vorschlag angenommen; Bearbeiten ▸ Rückgängig nimmt ihn zurück.</numerusform>
            <numerusform>%n Vorschläge angenommen; Bearbeiten ▸ Rückgängig nimmt alle zurück.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/window/SuggestionReview.cpp" line="306"/>
        <source>Rejected. It will not be suggested again.</source>
        <translation>Abgelehnt. Er wird nicht wieder vorgeschlagen.</translation>
    </message>
</context>
<context>
    <name>marginalia::TagAnnotationsModel</name>
    <message>
        <location filename="../app/gui/panels/CodebookPanel.cpp" line="50"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/CodebookPanel.cpp" line="50"/>
        <source>Tag</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/CodebookPanel.cpp" line="50"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
</context>
<context>
    <name>marginalia::TagEditActions</name>
    <message>
        <location filename="../app/gui/panels/TagEditActions.cpp" line="40"/>
        <source>&amp;Description…</source>
        <translation>&amp;Beschreibung…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/TagEditActions.cpp" line="41"/>
        <source>De&amp;lete Tag…</source>
        <translation>Code &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/TagEditActions.cpp" line="63"/>
        <source>Tag Description</source>
        <translation>Code-Beschreibung</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/TagEditActions.cpp" line="64"/>
        <source>What “%1” means and when to use it (shown when hovering the tag):</source>
        <translation>Was „%1“ bedeutet und wann er zu verwenden ist (erscheint beim Zeigen auf den Code):</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/TagEditActions.cpp" line="80"/>
        <source>Delete Tag</source>
        <translation>Code löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/TagEditActions.cpp" line="80"/>
        <source>Delete the tag “%1”?</source>
        <translation>Den Code „%1“ löschen?</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/TagEditActions.cpp" line="83"/>
        <source>The tags below it are deleted with it. </source>
        <translation>Die Codes darunter werden mit gelöscht. </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/panels/TagEditActions.cpp" line="84"/>
        <source>%n annotation(s) carry it. Edit ▸ Undo brings everything back.</source>
        <translation>
            <numerusform>%n Annotation trägt ihn. Bearbeiten ▸ Rückgängig stellt alles wieder her.</numerusform>
            <numerusform>%n Annotationen tragen ihn. Bearbeiten ▸ Rückgängig stellt alles wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/panels/TagEditActions.cpp" line="89"/>
        <source>Delete Tag, &amp;Keep Annotations</source>
        <translation>Code löschen, Annotationen &amp;behalten</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/TagEditActions.cpp" line="90"/>
        <source>Delete Tag &amp;and Annotations</source>
        <translation>Code &amp;und Annotationen löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/TagEditActions.cpp" line="92"/>
        <source>&amp;Delete Tag</source>
        <translation>Code &amp;löschen</translation>
    </message>
</context>
<context>
    <name>marginalia::TagPicker</name>
    <message>
        <location filename="../app/gui/dialogs/TagPicker.cpp" line="38"/>
        <source>Choose a Tag</source>
        <translation>Code wählen</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/TagPicker.cpp" line="40"/>
        <source>Type a tag, or Parent/New tag</source>
        <translation>Code eingeben, oder Obercode/Neuer Code</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/TagPicker.cpp" line="95"/>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/TagPicker.cpp" line="108"/>
        <source>Key %1</source>
        <translation>Taste %1</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/TagPicker.cpp" line="116"/>
        <source>Create “%1” under “%2”</source>
        <translation>„%1“ unter „%2“ anlegen</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/TagPicker.cpp" line="117"/>
        <source>Create “%1”</source>
        <translation>„%1“ anlegen</translation>
    </message>
</context>
<context>
    <name>marginalia::TagTreeModel</name>
    <message>
        <location filename="../app/gui/panels/TagTreeModel.cpp" line="123"/>
        <source>%1 directly, %2 with the tags below it</source>
        <translation>%1 direkt, %2 mit den Untercodes</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/TagTreeModel.cpp" line="144"/>
        <source>Tag</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/TagTreeModel.cpp" line="144"/>
        <source>Uses</source>
        <translation>Verwendungen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels/TagTreeModel.cpp" line="144"/>
        <source>Docs</source>
        <translation>Dok.</translation>
    </message>
</context>
<context>
    <name>marginalia::TagsDialog</name>
    <message>
        <location filename="../app/gui/dialogs/TagsDialog.cpp" line="29"/>
        <source>&amp;Colour…</source>
        <translation>&amp;Farbe…</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/TagsDialog.cpp" line="32"/>
        <source>Tags</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/TagsDialog.cpp" line="34"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/TagsDialog.cpp" line="34"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/TagsDialog.cpp" line="34"/>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/TagsDialog.cpp" line="42"/>
        <source>Select text and press a tag&apos;s key (1–9) to annotate. Double-click a name or key to change it.</source>
        <translation>Markieren Sie Text und drücken Sie die Taste eines Codes (1–9), um ihn zu annotieren. Doppelklicken Sie auf einen Namen oder eine Taste, um sie zu ändern.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/TagsDialog.cpp" line="48"/>
        <source>&amp;Add Tag</source>
        <translation>Code &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/TagsDialog.cpp" line="110"/>
        <source>New tag %1</source>
        <translation>Neuer Code %1</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/TagsDialog.cpp" line="132"/>
        <source>Colour of “%1”</source>
        <translation>Farbe von „%1“</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/TagsDialog.cpp" line="160"/>
        <source>Edit Tag</source>
        <translation>Code bearbeiten</translation>
    </message>
</context>
<context>
    <name>marginalia::WorkflowUi</name>
    <message>
        <location filename="../app/gui/window/WorkflowUi.cpp" line="41"/>
        <source>&amp;Research</source>
        <translation>&amp;Recherche</translation>
    </message>
    <message>
        <location filename="../app/gui/window/WorkflowUi.cpp" line="48"/>
        <source>Codebook</source>
        <translation>Codebuch</translation>
    </message>
    <message>
        <location filename="../app/gui/window/WorkflowUi.cpp" line="49"/>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <location filename="../app/gui/window/WorkflowUi.cpp" line="50"/>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/WorkflowUi.cpp" line="51"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../app/gui/window/WorkflowUi.cpp" line="52"/>
        <source>Memos</source>
        <translation>Memos</translation>
    </message>
    <message>
        <location filename="../app/gui/window/WorkflowUi.cpp" line="57"/>
        <source>&amp;Tag Selection…</source>
        <translation>Auswahl &amp;codieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/window/WorkflowUi.cpp" line="60"/>
        <source>Pick a tag for the selection, or type Parent/New to create one</source>
        <translation>Einen Code für die Auswahl wählen oder Obercode/Neu eingeben, um einen anzulegen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/WorkflowUi.cpp" line="63"/>
        <source>&amp;Search Project</source>
        <translation>Projekt &amp;durchsuchen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/WorkflowUi.cpp" line="65"/>
        <source>&amp;Codebook</source>
        <translation>C&amp;odebuch</translation>
    </message>
    <message>
        <location filename="../app/gui/window/WorkflowUi.cpp" line="67"/>
        <source>&amp;Entities</source>
        <translation>&amp;Entitäten</translation>
    </message>
    <message>
        <location filename="../app/gui/window/WorkflowUi.cpp" line="69"/>
        <source>C&amp;laims</source>
        <translation>&amp;Behauptungen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/WorkflowUi.cpp" line="71"/>
        <source>&amp;Memos</source>
        <translation>&amp;Memos</translation>
    </message>
    <message>
        <location filename="../app/gui/window/WorkflowUi.cpp" line="107"/>
        <source>Select a passage first.</source>
        <translation>Markieren Sie zuerst eine Passage.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/WorkflowUi.cpp" line="115"/>
        <source>Tag as New Tag “%1”</source>
        <translation>Mit neuem Code „%1“ codieren</translation>
    </message>
    <message>
        <location filename="../app/gui/window/WorkflowUi.cpp" line="187"/>
        <source>Select a passage first, then press %1 to tag it.</source>
        <translation>Markieren Sie zuerst eine Passage und drücken Sie dann %1, um sie zu codieren.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/WorkflowUi.cpp" line="191"/>
        <source>Tag the selection as (type Parent/New to create a tag):</source>
        <translation>Auswahl codieren als (Obercode/Neu legt einen Code an):</translation>
    </message>
</context>
<context>
    <name>marginalia::qdpx::ProjectReader</name>
    <message>
        <location filename="../app/core/import/qdpx/QdpxProject.cpp" line="35"/>
        <source>project.qde is not a REFI-QDA project: its root element is &lt;%1&gt;, not &lt;Project&gt;.</source>
        <translation>project.qde ist kein REFI-QDA-Projekt: sein Wurzelelement ist &lt;%1&gt;, nicht &lt;Project&gt;.</translation>
    </message>
    <message>
        <location filename="../app/core/import/qdpx/QdpxProject.cpp" line="56"/>
        <source>project.qde is not well-formed XML: %1 (line %2).</source>
        <translation>project.qde ist kein wohlgeformtes XML: %1 (Zeile %2).</translation>
    </message>
    <message>
        <location filename="../app/core/import/qdpx/QdpxProject.cpp" line="98"/>
        <source>%1: %2 (Marginalia has no place for them)</source>
        <translation>%1: %2 (dafür hat Marginalia keinen Platz)</translation>
    </message>
    <message>
        <location filename="../app/core/import/qdpx/QdpxProject.cpp" line="140"/>
        <source>The code book nests codes more than %1 levels deep (at “%2”).</source>
        <translation>Das Codebuch verschachtelt Codes tiefer als %1 Ebenen (bei „%2“).</translation>
    </message>
    <message>
        <location filename="../app/core/import/qdpx/QdpxProject.cpp" line="180"/>
        <source>%1 “%2” (an unknown kind of source)</source>
        <translation>%1 „%2“ (eine unbekannte Art von Quelle)</translation>
    </message>
    <message>
        <location filename="../app/core/import/qdpx/QdpxProject.cpp" line="205"/>
        <source>Selection %1 in “%2” has no valid %3 (a whole number of characters).</source>
        <translation>Auswahl %1 in „%2“ hat keine gültige %3 (eine ganze Zahl von Zeichen).</translation>
    </message>
</context>
</TS>
