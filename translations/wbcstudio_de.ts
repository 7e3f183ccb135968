<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AuditQueue</name>
    <message>
        <source>%1 %2 %</source>
        <extracomment>An out-of-fold probability: &quot;Lymphocyte 91 %&quot;</extracomment>
        <translation>%1 %2 %</translation>
    </message>
</context>
<context>
    <name>CellClass</name>
    <message>
        <source>Neutrophil</source>
        <translation>Neutrophiler Granulozyt</translation>
    </message>
    <message>
        <source>Eosinophil</source>
        <translation>Eosinophiler Granulozyt</translation>
    </message>
    <message>
        <source>Lymphocyte</source>
        <translation>Lymphozyt</translation>
    </message>
    <message>
        <source>Monocyte</source>
        <translation>Monozyt</translation>
    </message>
    <message>
        <source>Basophil</source>
        <translation>Basophiler Granulozyt</translation>
    </message>
    <message>
        <source>Polynuclear</source>
        <translation>Polynukleärer Granulozyt</translation>
    </message>
    <message>
        <source>Mononuclear</source>
        <translation>Mononukleäre Zelle</translation>
    </message>
</context>
<context>
    <name>CellClassCode</name>
    <message>
        <source>N</source>
        <comment>Neutrophil</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>E</source>
        <comment>Eosinophil</comment>
        <translation>E</translation>
    </message>
    <message>
        <source>L</source>
        <comment>Lymphocyte</comment>
        <translation>L</translation>
    </message>
    <message>
        <source>M</source>
        <comment>Monocyte</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>B</source>
        <comment>Basophil</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>PN</source>
        <comment>Polynuclear</comment>
        <translation>PN</translation>
    </message>
    <message>
        <source>MN</source>
        <comment>Mononuclear</comment>
        <translation>MN</translation>
    </message>
</context>
<context>
    <name>CellCountFlag</name>
    <message>
        <source>no white cell</source>
        <translation>kein Leukozyt</translation>
    </message>
    <message>
        <source>one white cell</source>
        <translation>ein Leukozyt</translation>
    </message>
    <message>
        <source>several white cells</source>
        <translation>mehrere Leukozyten</translation>
    </message>
</context>
<context>
    <name>CellCropLoader</name>
    <message>
        <source>a cached cell crop cannot be read</source>
        <translation>ein zwischengespeicherter Zellausschnitt kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>CellLabel</name>
    <message>
        <source>Unlabelled</source>
        <translation>Nicht klassifiziert</translation>
    </message>
    <message>
        <source>Unidentified</source>
        <translation>Nicht identifiziert</translation>
    </message>
    <message>
        <source>Not counted: smudge cell</source>
        <translation>Nicht gezählt: Kernschatten</translation>
    </message>
    <message>
        <source>Not counted: artefact</source>
        <translation>Nicht gezählt: Artefakt</translation>
    </message>
    <message>
        <source>Not counted: damaged cell</source>
        <translation>Nicht gezählt: beschädigte Zelle</translation>
    </message>
</context>
<context>
    <name>CellLabelCode</name>
    <message>
        <source>?</source>
        <comment>Unlabelled cell</comment>
        <translation>?</translation>
    </message>
    <message>
        <source>U</source>
        <comment>Unidentified</comment>
        <translation>U</translation>
    </message>
    <message>
        <source>S</source>
        <comment>Smudge cell</comment>
        <translation>K</translation>
    </message>
    <message>
        <source>A</source>
        <comment>Artefact</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>D</source>
        <comment>Damaged cell</comment>
        <translation>D</translation>
    </message>
</context>
<context>
    <name>CellSampleLoader</name>
    <message>
        <source>no project is open</source>
        <translation>kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>the cells come from %n slide(s), fewer than %1: the validation split keeps each field&apos;s cells together but not each slide&apos;s</source>
        <translation>
            <numerusform>die Zellen stammen aus %n Präparat, weniger als %1: die Validierungsaufteilung hält die Zellen jedes Bildfelds zusammen, aber nicht die jedes Präparats</numerusform>
            <numerusform>die Zellen stammen aus %n Präparaten, weniger als %1: die Validierungsaufteilung hält die Zellen jedes Bildfelds zusammen, aber nicht die jedes Präparats</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no labelled white cells of the %2 task&apos;s classes</source>
        <translation>%1 hat keine klassifizierten Leukozyten der Klassen der Aufgabe %2</translation>
    </message>
    <message>
        <source>white cell %1 has no cached crop; scan the slide again (wbc detect --project --rescan)</source>
        <translation>Leukozyt %1 hat keinen zwischengespeicherten Ausschnitt; scannen Sie das Präparat erneut (wbc detect --project --rescan)</translation>
    </message>
</context>
<context>
    <name>CellViewer</name>
    <message>
        <source>%1: cannot show image: %2</source>
        <translation>%1: Bild kann nicht angezeigt werden: %2</translation>
    </message>
</context>
<context>
    <name>CheckpointFile</name>
    <message>
        <source>the run fingerprint is invalid</source>
        <translation>der Fingerabdruck des Laufs ist ungültig</translation>
    </message>
    <message>
        <source>unknown architecture &quot;%1&quot;</source>
        <translation>unbekannte Architektur „%1“</translation>
    </message>
    <message>
        <source>unknown optimizer &quot;%1&quot;</source>
        <translation>unbekannter Optimierer „%1“</translation>
    </message>
    <message>
        <source>the epoch counts are invalid</source>
        <translation>die Epochenzahlen sind ungültig</translation>
    </message>
    <message>
        <source>the best validation loss is invalid</source>
        <translation>der beste Validierungsverlust ist ungültig</translation>
    </message>
    <message>
        <source>the history does not hold one entry per epoch</source>
        <translation>der Verlauf enthält nicht genau einen Eintrag pro Epoche</translation>
    </message>
    <message>
        <source>the optimizer step counts are invalid</source>
        <translation>die Schrittzahlen des Optimierers sind ungültig</translation>
    </message>
    <message>
        <source>unknown tensor &quot;%1&quot;</source>
        <translation>unbekannter Tensor „%1“</translation>
    </message>
    <message>
        <source>%1: cannot write the checkpoint: %2</source>
        <translation>%1: Checkpoint kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: checkpoint refused: %2</source>
        <translation>%1: Checkpoint abgelehnt: %2</translation>
    </message>
    <message>
        <source>not recorded by this project</source>
        <translation>nicht von diesem Projekt eingetragen</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>unlesbar: %1</translation>
    </message>
    <message>
        <source>its hash differs from the one recorded</source>
        <translation>sein Hash weicht vom eingetragenen ab</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>beschädigt: %1</translation>
    </message>
    <message>
        <source>%1 tensors where the network has %2</source>
        <translation>%1 Tensoren, wo das Netz %2 hat</translation>
    </message>
    <message>
        <source>the network has no tensor &quot;%1&quot;</source>
        <translation>das Netz hat keinen Tensor „%1“</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; appears twice</source>
        <translation>Tensor „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has another shape than the network&apos;s</source>
        <translation>Tensor „%1“ hat eine andere Form als der des Netzes</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>not valid UTF-8 text; invalid bytes were replaced</source>
        <translation>kein gültiger UTF-8-Text; ungültige Bytes wurden ersetzt</translation>
    </message>
    <message>
        <source>unterminated quoted field; line skipped</source>
        <translation>Feld in Anführungszeichen nicht abgeschlossen; Zeile übersprungen</translation>
    </message>
    <message>
        <source>field longer than %1 characters; line skipped</source>
        <translation>Feld länger als %1 Zeichen; Zeile übersprungen</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>file is larger than %1 MiB; not read</source>
        <translation>Datei ist größer als %1 MiB; nicht gelesen</translation>
    </message>
</context>
<context>
    <name>DatasetExporter</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot create folder</source>
        <translation>%1: Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: folder is not empty; export a dataset into a new or empty folder</source>
        <translation>%1: Ordner ist nicht leer; exportieren Sie einen Datensatz in einen neuen oder leeren Ordner</translation>
    </message>
    <message>
        <source>cannot read: %1; image not exported</source>
        <translation>kann nicht gelesen werden: %1; Bild nicht exportiert</translation>
    </message>
</context>
<context>
    <name>DatasetImporter</name>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>; skipped</source>
        <translation>; übersprungen</translation>
    </message>
    <message>
        <source>no header line</source>
        <translation>keine Kopfzeile</translation>
    </message>
    <message>
        <source>header must name the columns &quot;image&quot; and &quot;label&quot;; labels not read</source>
        <translation>die Kopfzeile muss die Spalten „image“ und „label“ nennen; Klassifizierungen nicht gelesen</translation>
    </message>
    <message>
        <source>row has %1 columns, the header %2; skipped</source>
        <translation>Zeile hat %1 Spalten, die Kopfzeile %2; übersprungen</translation>
    </message>
    <message>
        <source>image path &quot;%1&quot; is empty, absolute or leaves the dataset folder; skipped</source>
        <translation>Bildpfad „%1“ ist leer, absolut oder verlässt den Datensatzordner; übersprungen</translation>
    </message>
    <message>
        <source>%1; row skipped</source>
        <translation>%1; Zeile übersprungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is labeled again with a different label; the label on line %2 is kept</source>
        <translation>„%1“ wird erneut anders klassifiziert; die Klassifizierung aus Zeile %2 bleibt</translation>
    </message>
    <message>
        <source>duplicate row for &quot;%1&quot;; ignored</source>
        <translation>doppelte Zeile für „%1“; ignoriert</translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation>%1: kein Ordner</translation>
    </message>
    <message>
        <source>%1: project is not open for writing</source>
        <translation>%1: Projekt ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <source>same content as %1 already in the project; skipped</source>
        <translation>gleicher Inhalt wie %1, das bereits im Projekt ist; übersprungen</translation>
    </message>
    <message>
        <source>%1: keeps %2&apos;s label &quot;%3&quot; set on %4; the file says &quot;%5&quot;</source>
        <translation>%1: behält die Klassifizierung „%3“ von %2 vom %4; die Datei sagt „%5“</translation>
    </message>
    <message>
        <source>%1: write failed: %2</source>
        <translation>%1: Schreiben fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>names &quot;%1&quot;, which is not an importable image in the dataset</source>
        <translation>nennt „%1“, das kein importierbares Bild des Datensatzes ist</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1: keeps the boxes edited in the project; the file&apos;s boxes differ and were not applied</source>
        <translation>%1: behält die im Projekt bearbeiteten Rahmen; die Rahmen der Datei weichen ab und wurden nicht übernommen</translation>
    </message>
    <message>
        <source>%1: the annotation %2 names its cell &quot;%3&quot;, labels.csv &quot;%4&quot;; labels.csv is used</source>
        <translation>%1: die Annotation %2 nennt ihre Zelle „%3“, labels.csv „%4“; labels.csv wird verwendet</translation>
    </message>
    <message>
        <source>annotation of no image: no image of that name beside it or in images/; ignored</source>
        <translation>Annotation ohne Bild: kein Bild dieses Namens daneben oder in images/; ignoriert</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DifferentialReport</name>
    <message>
        <source>Differential count</source>
        <translation>Differentialblutbild</translation>
    </message>
    <message numerus="yes">
        <source>%n selected image(s)</source>
        <translation>
            <numerusform>%n ausgewähltes Bild</numerusform>
            <numerusform>%n ausgewählte Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>folder %1</source>
        <translation>Ordner %1</translation>
    </message>
    <message>
        <source>whole project</source>
        <translation>gesamtes Projekt</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 (subtotal)</source>
        <translation>%1 (Zwischensumme)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Counts by class</source>
        <translation>Anzahl pro Klasse</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>Klassifiziert</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>das Schreiben der PDF-Datei konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>WBC Studio %1 · %2</source>
        <translation>WBC Studio %1 · %2</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>die PDF-Datei konnte nicht fertiggestellt werden</translation>
    </message>
    <message>
        <source>slide %1</source>
        <translation>Präparat %1</translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s)</source>
        <translation>
            <numerusform>%n Präparat</numerusform>
            <numerusform>%n Präparate</numerusform>
        </translation>
    </message>
    <message>
        <source>unreadable image</source>
        <translation>unlesbares Bild</translation>
    </message>
    <message>
        <source>no white cell</source>
        <translation>kein Leukozyt</translation>
    </message>
    <message>
        <source>needs per-cell labels</source>
        <translation>braucht Klassifizierungen pro Zelle</translation>
    </message>
    <message>
        <source>(no slide)</source>
        <translation>(kein Präparat)</translation>
    </message>
    <message>
        <source>unreadable image: %1</source>
        <translation>unlesbares Bild: %1</translation>
    </message>
    <message>
        <source>needs per-cell labels (the field&apos;s label: %1)</source>
        <translation>braucht Klassifizierungen pro Zelle (Klassifizierung des Bildfelds: %1)</translation>
    </message>
    <message numerus="yes">
        <source>all slides (%n)</source>
        <translation>
            <numerusform>alle Präparate (%n)</numerusform>
            <numerusform>alle Präparate (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Präparate</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>Präparat</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>Probe</translation>
    </message>
    <message>
        <source>none (labels only)</source>
        <translation>keines (nur Klassifizierungen)</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Bildfelder</translation>
    </message>
    <message>
        <source>%1 of %2 selected fields counted, %3 left out; %4 white cells</source>
        <translation>%1 von %2 ausgewählten Bildfeldern gezählt, %3 ausgelassen; %4 Leukozyten</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Geprüft von</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <source>Last label</source>
        <translation>Letzte Klassifizierung</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>cells counted by label: %1, fewer than the %2 of a manual differential; the percentages are imprecise.</source>
        <translation>nach Klassifizierung gezählte Zellen: %1, weniger als die %2 eines manuellen Differentialblutbilds; die Prozentwerte sind ungenau.</translation>
    </message>
    <message>
        <source>cells counted by prediction: %1, fewer than %2.</source>
        <translation>nach Vorhersage gezählte Zellen: %1, weniger als %2.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>95 % CI</source>
        <translation>95-%-KI</translation>
    </message>
    <message>
        <source>Cells counted</source>
        <translation>Gezählte Zellen</translation>
    </message>
    <message>
        <source>95 % CI: Wilson score interval of the labelled percentage.</source>
        <translation>95-%-KI: Wilson-Score-Intervall des klassifizierten Anteils.</translation>
    </message>
    <message>
        <source>Subtotals: polynuclear = neutrophils + eosinophils, mononuclear = lymphocytes + monocytes, each with the cells labelled or predicted with the group alone; not added to the total again.</source>
        <translation>Zwischensummen: polynukleär = neutrophile + eosinophile Granulozyten, mononukleär = Lymphozyten + Monozyten, jeweils einschließlich der Zellen, die nur der Gruppe zugeordnet (klassifiziert oder vorhergesagt) wurden; nicht erneut zur Gesamtsumme addiert.</translation>
    </message>
    <message>
        <source>Smudge cells</source>
        <translation>Kernschatten</translation>
    </message>
    <message>
        <source>Artefacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <source>Damaged cells</source>
        <translation>Beschädigte Zellen</translation>
    </message>
    <message>
        <source>Listed, not in the percentages</source>
        <translation>Aufgeführt, nicht in den Prozentwerten</translation>
    </message>
    <message>
        <source>Not labelled yet</source>
        <translation>Noch nicht klassifiziert</translation>
    </message>
    <message>
        <source>Fields left out (%1)</source>
        <translation>Ausgelassene Bildfelder (%1)</translation>
    </message>
    <message>
        <source>None: every selected field was counted.</source>
        <translation>Keine: jedes ausgewählte Bildfeld wurde gezählt.</translation>
    </message>
    <message>
        <source>Example cells</source>
        <translation>Beispielzellen</translation>
    </message>
    <message>
        <source>labelled</source>
        <translation>klassifiziert</translation>
    </message>
    <message>
        <source>predicted only</source>
        <translation>nur vorhergesagt</translation>
    </message>
    <message>
        <source>For research use only. The result must be verified by a qualified person.</source>
        <translation>Nur für Forschungszwecke. Das Ergebnis muss von einer qualifizierten Fachkraft überprüft werden.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>No predictions of %1 for these cells: press Predict to make them.</source>
        <translation>Keine Vorhersagen von %1 für diese Zellen: Klicken Sie auf Vorhersagen, um sie zu erstellen.</translation>
    </message>
    <message>
        <source>polynuclear vs mononuclear</source>
        <translation>polynukleär vs. mononukleär</translation>
    </message>
    <message>
        <source>four classes</source>
        <translation>vier Klassen</translation>
    </message>
    <message>
        <source>Patient/sample</source>
        <translation>Patient/Probe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ImageFile</name>
    <message>
        <source>truncated image header</source>
        <translation>abgeschnittener Bildkopf</translation>
    </message>
    <message>
        <source>JPEG header gives an empty image</source>
        <translation>JPEG-Kopf beschreibt ein leeres Bild</translation>
    </message>
    <message>
        <source>TIFF header has no image size in its first directory</source>
        <translation>TIFF-Kopf enthält im ersten Verzeichnis keine Bildgröße</translation>
    </message>
    <message>
        <source>PNG header gives an invalid size</source>
        <translation>PNG-Kopf gibt eine ungültige Größe an</translation>
    </message>
    <message>
        <source>BMP header gives an invalid size</source>
        <translation>BMP-Kopf gibt eine ungültige Größe an</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>Datei ist leer</translation>
    </message>
    <message>
        <source>not a JPEG, PNG, BMP or TIFF image</source>
        <translation>kein JPEG-, PNG-, BMP- oder TIFF-Bild</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>image is %1x%2 pixels, more than the %3 megapixel limit</source>
        <translation>Bild hat %1x%2 Pixel, mehr als die Grenze von %3 Megapixeln</translation>
    </message>
    <message>
        <source>cannot decode: %1</source>
        <translation>kann nicht dekodiert werden: %1</translation>
    </message>
    <message>
        <source>cannot decode image data (corrupt or truncated)</source>
        <translation>Bilddaten können nicht dekodiert werden (beschädigt oder abgeschnitten)</translation>
    </message>
    <message>
        <source>file is larger than 512 MiB</source>
        <translation>Datei ist größer als 512 MiB</translation>
    </message>
    <message>
        <source>image file is truncated</source>
        <translation>Bilddatei ist abgeschnitten</translation>
    </message>
</context>
<context>
    <name>ImageLabel</name>
    <message>
        <source>unknown cell class &quot;%1&quot;</source>
        <translation>unbekannte Zellklasse „%1“</translation>
    </message>
</context>
<context>
    <name>LabelAudit</name>
    <message>
        <source>the cells were loaded for another task</source>
        <translation>die Zellen wurden für eine andere Aufgabe geladen</translation>
    </message>
    <message>
        <source>an audit needs at least 2 folds</source>
        <translation>ein Audit braucht mindestens 2 Folds</translation>
    </message>
    <message>
        <source>too few labelled cells to audit: %1 in %2 classes (an audit needs at least %3 cells, and cells of two classes)</source>
        <translation>zu wenige klassifizierte Zellen für ein Audit: %1 in %2 Klassen (ein Audit braucht mindestens %3 Zellen und Zellen aus zwei Klassen)</translation>
    </message>
    <message>
        <source>too few fields for %1 folds: fold %2 would test no cell; use fewer folds</source>
        <translation>zu wenige Bildfelder für %1 Folds: Fold %2 würde keine Zelle testen; verwenden Sie weniger Folds</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>fold %1: %2</source>
        <translation>Fold %1: %2</translation>
    </message>
    <message>
        <source>fold %1: the model scored %2 of %3 cells</source>
        <translation>Fold %1: das Modell hat %2 von %3 Zellen bewertet</translation>
    </message>
    <message>
        <source>open a writable project first</source>
        <translation>öffnen Sie zuerst ein beschreibbares Projekt</translation>
    </message>
    <message>
        <source>%1: cannot record the audit: %2</source>
        <translation>%1: Audit kann nicht eingetragen werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot store the audit: %2</source>
        <translation>%1: Audit kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>fold %1: every training cell is left out</source>
        <translation>Fold %1: alle Trainingszellen werden ausgelassen</translation>
    </message>
</context>
<context>
    <name>LabelKeys</name>
    <message>
        <source>Clear label</source>
        <translation>Klassifizierung entfernen</translation>
    </message>
</context>
<context>
    <name>LabelOrigin</name>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>several at once</source>
        <translation>mehrere auf einmal</translation>
    </message>
    <message>
        <source>review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>label check</source>
        <translation>Klassifizierungsprüfung</translation>
    </message>
    <message>
        <source>adjudication</source>
        <translation>Schiedsentscheidung</translation>
    </message>
</context>
<context>
    <name>ModelFile</name>
    <message>
        <source>not a WBC Studio model file</source>
        <translation>keine WBC-Studio-Modelldatei</translation>
    </message>
    <message>
        <source>the file is truncated</source>
        <translation>die Datei ist abgeschnitten</translation>
    </message>
    <message>
        <source>model format version %1 is not supported (this version reads %2)</source>
        <translation>Modellformat-Version %1 wird nicht unterstützt (diese Version liest %2)</translation>
    </message>
    <message>
        <source>the header is larger than the limit of %1 bytes</source>
        <translation>der Dateikopf überschreitet die Grenze von %1 Bytes</translation>
    </message>
    <message>
        <source>the header is not valid JSON</source>
        <translation>der Dateikopf ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>unknown architecture &quot;%1&quot; (known: %2)</source>
        <translation>unbekannte Architektur „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>unknown task &quot;%1&quot;</source>
        <translation>unbekannte Aufgabe „%1“</translation>
    </message>
    <message>
        <source>the class names do not match the %1 task</source>
        <translation>die Klassennamen passen nicht zur Aufgabe %1</translation>
    </message>
    <message>
        <source>input size %1x%2 is not supported (%3x%4)</source>
        <translation>Eingabegröße %1x%2 wird nicht unterstützt (%3x%4)</translation>
    </message>
    <message>
        <source>the input normalisation is invalid</source>
        <translation>die Normierung der Eingabe ist ungültig</translation>
    </message>
    <message>
        <source>the crop margin is invalid</source>
        <translation>der Zuschnittrand ist ungültig</translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1 MiB</source>
        <translation>die Datei überschreitet die Grenze von %1 MiB</translation>
    </message>
    <message>
        <source>the file is corrupt or truncated (checksum mismatch)</source>
        <translation>die Datei ist beschädigt oder abgeschnitten (Prüfsumme stimmt nicht)</translation>
    </message>
    <message>
        <source>too many weight tensors (%1)</source>
        <translation>zu viele Gewichtstensoren (%1)</translation>
    </message>
    <message>
        <source>weight tensor rank %1 is not supported</source>
        <translation>Gewichtstensor mit Rang %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>weight tensor sizes are invalid</source>
        <translation>die Größen der Gewichtstensoren sind ungültig</translation>
    </message>
    <message>
        <source>the weights do not fill the file</source>
        <translation>die Gewichte füllen die Datei nicht aus</translation>
    </message>
    <message>
        <source>%1: cannot write the model: %2</source>
        <translation>%1: Modell kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the model was trained for the %1 task, not %2</source>
        <translation>das Modell wurde für die Aufgabe %1 trainiert, nicht für %2</translation>
    </message>
    <message>
        <source>not a WBC Studio training checkpoint</source>
        <translation>kein WBC-Studio-Trainings-Checkpoint</translation>
    </message>
    <message>
        <source>checkpoint format version %1 is not supported (this version reads %2)</source>
        <translation>Checkpointformat-Version %1 wird nicht unterstützt (diese Version liest %2)</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Networks</name>
    <message>
        <source>CUDA is not available (this LibTorch is built for the CPU or no GPU was found)</source>
        <translation>CUDA ist nicht verfügbar (dieses LibTorch ist für die CPU gebaut oder es wurde keine GPU gefunden)</translation>
    </message>
    <message>
        <source>unknown device &quot;%1&quot; (auto, cpu or cuda)</source>
        <translation>unbekanntes Gerät „%1“ (auto, cpu oder cuda)</translation>
    </message>
    <message numerus="yes">
        <source>CPU, %n thread(s)</source>
        <translation>
            <numerusform>CPU, %n Thread</numerusform>
            <numerusform>CPU, %n Threads</numerusform>
        </translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA-GPU</translation>
    </message>
    <message>
        <source>%1 (%2 GiB)</source>
        <translation>%1 (%2 GiB)</translation>
    </message>
</context>
<context>
    <name>ProjectCommands</name>
    <message>
        <source>unlabeled</source>
        <translation>nicht klassifiziert</translation>
    </message>
    <message>
        <source>Use model %1</source>
        <translation>Modell %1 verwenden</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) in %1 images</source>
        <translation>
            <numerusform>%n Zelle in %1 Bildern</numerusform>
            <numerusform>%n Zellen in %1 Bildern</numerusform>
        </translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>Bild %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) of %1</source>
        <translation>
            <numerusform>%n Zelle von %1</numerusform>
            <numerusform>%n Zellen von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cell %2</source>
        <translation>%1 Zelle %2</translation>
    </message>
    <message>
        <source>Review %1 as %2</source>
        <translation>%1 bei der Überprüfung als %2 klassifizieren</translation>
    </message>
    <message>
        <source>Clear the label of %1</source>
        <translation>Klassifizierung von %1 entfernen</translation>
    </message>
    <message>
        <source>Label %1 as %2</source>
        <translation>%1 als %2 klassifizieren</translation>
    </message>
    <message>
        <source>Rename slide %1 to %2</source>
        <translation>Präparat %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Move %1 to slide %2</source>
        <translation>%1 in Präparat %2 verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n image(s) to slide %1</source>
        <translation>
            <numerusform>%n Bild in Präparat %1 verschieben</numerusform>
            <numerusform>%n Bilder in Präparat %1 verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct %1 to %2 (label check)</source>
        <translation>%1 zu %2 korrigieren (Klassifizierungsprüfung)</translation>
    </message>
    <message>
        <source>Edit the details of slide %1</source>
        <translation>Details von Präparat %1 bearbeiten</translation>
    </message>
    <message>
        <source>Withdraw the adjudication of %1</source>
        <translation>Schiedsentscheidung zu %1 zurückziehen</translation>
    </message>
    <message>
        <source>Adjudicate %1 as %2</source>
        <translation>%1 per Schiedsentscheidung als %2 klassifizieren</translation>
    </message>
    <message>
        <source>Mark %1 as %2</source>
        <translation>%1 als %2 markieren</translation>
    </message>
    <message>
        <source>Add box to %1</source>
        <translation>Rahmen zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Move box in %1</source>
        <translation>Rahmen in %1 verschieben</translation>
    </message>
    <message>
        <source>Resize box in %1</source>
        <translation>Größe des Rahmens in %1 ändern</translation>
    </message>
    <message>
        <source>Delete box in %1</source>
        <translation>Rahmen in %1 löschen</translation>
    </message>
</context>
<context>
    <name>ProjectCopy</name>
    <message>
        <source>%1 is at schema %2, %3 at schema %4</source>
        <translation>%1 hat Schema %2, %3 hat Schema %4</translation>
    </message>
    <message>
        <source>%1: not empty (table %2 has rows); copy into a new project</source>
        <translation>%1: nicht leer (Tabelle %2 enthält Zeilen); kopieren Sie in ein neues Projekt</translation>
    </message>
    <message>
        <source>%1: permission denied: only the project&apos;s owner can copy into it</source>
        <translation>%1: Zugriff verweigert: nur der Eigentümer des Projekts kann hineinkopieren</translation>
    </message>
    <message>
        <source>table %1, row %2: %3</source>
        <translation>Tabelle %1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: copy failed, nothing copied: %2</source>
        <translation>%1: Kopieren fehlgeschlagen, nichts kopiert: %2</translation>
    </message>
</context>
<context>
    <name>ProjectDetection</name>
    <message>
        <source>%1: project is not open for writing</source>
        <translation>%1: Projekt ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <source>%1: write failed: %2</source>
        <translation>%1: Schreiben fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ProjectLocation</name>
    <message>
        <source>no project given</source>
        <translation>kein Projekt angegeben</translation>
    </message>
    <message>
        <source>%1: not a valid PostgreSQL URL (%2)</source>
        <translation>%1: keine gültige PostgreSQL-URL (%2)</translation>
    </message>
    <message>
        <source>%1: a password does not belong in the URL; set PGPASSWORD or use ~/.pgpass</source>
        <translation>%1: ein Passwort gehört nicht in die URL; setzen Sie PGPASSWORD oder verwenden Sie ~/.pgpass</translation>
    </message>
    <message>
        <source>%1: the URL names no database (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation>%1: die URL nennt keine Datenbank (postgresql://USER@HOST:PORT/DATABASE)</translation>
    </message>
    <message>
        <source>%1: unknown sslmode &quot;%2&quot; (one of %3)</source>
        <translation>%1: unbekannter sslmode „%2“ (einer von %3)</translation>
    </message>
    <message>
        <source>%1: unknown URL parameter &quot;%2&quot; (only sslmode)</source>
        <translation>%1: unbekannter URL-Parameter „%2“ (nur sslmode)</translation>
    </message>
</context>
<context>
    <name>ProjectLock</name>
    <message>
        <source>%1: cannot create the lock file (no write permission)</source>
        <translation>%1: Sperrdatei kann nicht angelegt werden (keine Schreibberechtigung)</translation>
    </message>
    <message>
        <source>%1: cannot create the lock file</source>
        <translation>%1: Sperrdatei kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>process %1 (%2) on host %3</source>
        <translation>Prozess %1 (%2) auf Rechner %3</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>unbekanntes Programm</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 is in use by another WBC Studio</source>
        <translation>%1 wird von einem anderen WBC Studio verwendet</translation>
    </message>
    <message>
        <source>%1 is in use by %2</source>
        <translation>%1 wird von %2 verwendet</translation>
    </message>
</context>
<context>
    <name>ProjectPrediction</name>
    <message>
        <source>%1: project is not open for writing</source>
        <translation>%1: Projekt ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <source>%1: the project has no model %2</source>
        <translation>%1: das Projekt hat kein Modell %2</translation>
    </message>
    <message>
        <source>%1: write failed: %2</source>
        <translation>%1: Schreiben fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>white cell %1 has no cached crop; scan the slide again</source>
        <translation>Leukozyt %1 hat keinen zwischengespeicherten Ausschnitt; scannen Sie das Präparat erneut</translation>
    </message>
</context>
<context>
    <name>ProjectRole</name>
    <message>
        <source>annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>no access</source>
        <translation>kein Zugriff</translation>
    </message>
</context>
<context>
    <name>ProjectSlideScan</name>
    <message>
        <source>%1: project is not open for writing</source>
        <translation>%1: Projekt ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <source>%1: write failed: %2</source>
        <translation>%1: Schreiben fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: no such project file</source>
        <translation>%1: Projektdatei existiert nicht</translation>
    </message>
    <message>
        <source>%1: is a folder, not a project file</source>
        <translation>%1: ist ein Ordner, keine Projektdatei</translation>
    </message>
    <message>
        <source>%1: cannot configure the database: %2</source>
        <translation>%1: Datenbank kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>%1: the project file is damaged (%2)</source>
        <translation>%1: die Projektdatei ist beschädigt (%2)</translation>
    </message>
    <message>
        <source>%1: made by a newer WBC Studio (schema %2; this version reads up to %3)</source>
        <translation>%1: mit einem neueren WBC Studio erstellt (Schema %2; diese Version liest bis %3)</translation>
    </message>
    <message>
        <source>%1: needs an upgrade from schema %2 but is read-only</source>
        <translation>%1: braucht ein Upgrade von Schema %2, ist aber schreibgeschützt</translation>
    </message>
    <message>
        <source>%1: upgrade failed: %2</source>
        <translation>%1: Upgrade fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>schema step %1: %2</source>
        <translation>Schemaschritt %1: %2</translation>
    </message>
    <message>
        <source>no image %1</source>
        <translation>kein Bild %1</translation>
    </message>
    <message>
        <source>a slide needs a name</source>
        <translation>ein Präparat braucht einen Namen</translation>
    </message>
    <message>
        <source>there is already a slide named &quot;%1&quot;</source>
        <translation>es gibt bereits ein Präparat namens „%1“</translation>
    </message>
    <message>
        <source>no slide %1</source>
        <translation>kein Präparat %1</translation>
    </message>
    <message>
        <source>box %1: no such box, or not one you may change</source>
        <translation>Rahmen %1: kein solcher Rahmen, oder Sie dürfen ihn nicht ändern</translation>
    </message>
    <message>
        <source>%1: cannot open a shared project: the PostgreSQL driver of Qt is not installed (Debian: libqt6sql6-psql)</source>
        <translation>%1: ein gemeinsames Projekt kann nicht geöffnet werden: der PostgreSQL-Treiber von Qt ist nicht installiert (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>%1: permission denied (%2)</source>
        <translation>%1: Zugriff verweigert (%2)</translation>
    </message>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation>%1: Verbindung nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1: the database holds no WBC Studio project</source>
        <translation>%1: die Datenbank enthält kein WBC-Studio-Projekt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: permission denied: a new project is made only in an empty database that %2 owns (CREATE DATABASE ... OWNER %2)</source>
        <translation>%1: Zugriff verweigert: ein neues Projekt wird nur in einer leeren Datenbank angelegt, deren Eigentümer %2 ist (CREATE DATABASE ... OWNER %2)</translation>
    </message>
    <message>
        <source>%1: cannot create the project: %2</source>
        <translation>%1: das Projekt kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1: not a WBC Studio project (the database holds other tables)</source>
        <translation>%1: kein WBC-Studio-Projekt (die Datenbank enthält andere Tabellen)</translation>
    </message>
    <message>
        <source>%1: not a WBC Studio project (%2)</source>
        <translation>%1: kein WBC-Studio-Projekt (%2)</translation>
    </message>
    <message>
        <source>%1: permission denied: %2 has no role in this project (its owner gives one with wbc grant)</source>
        <translation>%1: Zugriff verweigert: %2 hat keine Rolle in diesem Projekt (der Eigentümer vergibt eine mit wbc grant)</translation>
    </message>
    <message>
        <source>%1: needs an upgrade from schema %2, which only its owner can make</source>
        <translation>%1: braucht ein Upgrade von Schema %2, das nur der Eigentümer vornehmen kann</translation>
    </message>
    <message>
        <source>%1: roles need a shared project (a postgresql:// URL)</source>
        <translation>%1: Rollen brauchen ein gemeinsames Projekt (eine postgresql://-URL)</translation>
    </message>
    <message>
        <source>%1: permission denied: only the database&apos;s owner gives roles</source>
        <translation>%1: Zugriff verweigert: nur der Eigentümer der Datenbank vergibt Rollen</translation>
    </message>
    <message>
        <source>%1: no PostgreSQL role &quot;%2&quot; (the server&apos;s administrator creates it: CREATE ROLE %2 LOGIN PASSWORD ...)</source>
        <translation>%1: keine PostgreSQL-Rolle „%2“ (der Administrator des Servers legt sie an: CREATE ROLE %2 LOGIN PASSWORD ...)</translation>
    </message>
    <message>
        <source>%1: the connection to the server is lost</source>
        <translation>%1: die Verbindung zum Server ist unterbrochen</translation>
    </message>
    <message>
        <source>%1: the project is not open</source>
        <translation>%1: das Projekt ist nicht geöffnet</translation>
    </message>
    <message>
        <source>%1: the server does not answer (%2)</source>
        <translation>%1: der Server antwortet nicht (%2)</translation>
    </message>
    <message>
        <source>%1: not a WBC Studio project (damaged, or not a project at all)</source>
        <translation>%1: kein WBC-Studio-Projekt (beschädigt oder überhaupt kein Projekt)</translation>
    </message>
    <message>
        <source>%1: not a WBC Studio project: it holds a %2 &quot;%3&quot; that WBC Studio did not make</source>
        <translation>%1: kein WBC-Studio-Projekt: es enthält ein Objekt vom Typ %2 („%3“), das nicht von WBC Studio angelegt wurde</translation>
    </message>
    <message>
        <source>blind mode needs a shared project</source>
        <translation>der Blindmodus braucht ein gemeinsames Projekt</translation>
    </message>
    <message>
        <source>%1: not a WBC Studio project (another program&apos;s database)</source>
        <translation>%1: kein WBC-Studio-Projekt (Datenbank eines anderen Programms)</translation>
    </message>
    <message>
        <source>%1: not a WBC Studio project (the file holds something else)</source>
        <translation>%1: kein WBC-Studio-Projekt (die Datei enthält etwas anderes)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Detected white cell (confidence %1)</source>
        <translation>Erkannter Leukozyt (Konfidenz %1)</translation>
    </message>
    <message>
        <source>Annotated white cell</source>
        <translation>Annotierter Leukozyt</translation>
    </message>
    <message>
        <source>White cell drawn by a person</source>
        <translation>Von einer Person eingezeichneter Leukozyt</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>The whole field as one cell</source>
        <translation>Das ganze Bildfeld als eine Zelle</translation>
    </message>
    <message>
        <source>Unlabeled</source>
        <translation>Nicht klassifiziert</translation>
    </message>
    <message>
        <source>Cell %1: %2
%3</source>
        <translation>Zelle %1: %2
%3</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>Saliency</name>
    <message>
        <source>%1: the model gave no result</source>
        <translation>%1: das Modell hat kein Ergebnis geliefert</translation>
    </message>
    <message>
        <source>What the model looked at for &quot;%1&quot; (%2)</source>
        <translation>Worauf das Modell für „%1“ geachtet hat (%2)</translation>
    </message>
    <message>
        <source>%1: the model is not loaded</source>
        <translation>%1: das Modell ist nicht geladen</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>the data was not completely written (disk full?)</source>
        <translation>die Daten wurden nicht vollständig geschrieben (Datenträger voll?)</translation>
    </message>
</context>
<context>
    <name>SlideBenchmark</name>
    <message>
        <source>cannot be written</source>
        <translation>kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>a field cannot be read back</source>
        <translation>ein Bildfeld kann nicht zurückgelesen werden</translation>
    </message>
</context>
<context>
    <name>SlideImporter</name>
    <message>
        <source>%1: project is not open for writing</source>
        <translation>%1: Projekt ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <source>the slide is larger than 2^31 pixels on a side</source>
        <translation>das Präparat ist an einer Seite größer als 2^31 Pixel</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: write failed: %2</source>
        <translation>%1: Schreiben fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>SlideReader</name>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>not a slide format OpenSlide can read (Aperio, Hamamatsu, MIRAX, Leica, Philips, Ventana or tiled pyramidal TIFF)</source>
        <translation>kein Präparatformat, das OpenSlide lesen kann (Aperio, Hamamatsu, MIRAX, Leica, Philips, Ventana oder gekacheltes pyramidales TIFF)</translation>
    </message>
    <message>
        <source>not a slide OpenSlide can read</source>
        <translation>kein Präparat, das OpenSlide lesen kann</translation>
    </message>
    <message>
        <source>damaged slide: %1</source>
        <translation>beschädigtes Präparat: %1</translation>
    </message>
    <message>
        <source>the slide has no pixels</source>
        <translation>das Präparat hat keine Pixel</translation>
    </message>
    <message>
        <source>invalid region requested</source>
        <translation>ungültiger Bereich angefordert</translation>
    </message>
    <message>
        <source>out of memory reading a %1 x %2 region</source>
        <translation>nicht genug Speicher beim Lesen eines Bereichs von %1 x %2</translation>
    </message>
    <message>
        <source>the slide has no small pyramid level to make an overview from</source>
        <translation>das Präparat hat keine kleine Pyramidenebene, aus der sich ein Übersichtsbild erstellen lässt</translation>
    </message>
</context>
<context>
    <name>SlideScanner</name>
    <message>
        <source>the counting area is outside the slide</source>
        <translation>der Zählbereich liegt außerhalb des Präparats</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>set by a person</source>
        <translation>von einer Person gesetzt</translation>
    </message>
    <message>
        <source>detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>StoreBenchmark</name>
    <message>
        <source>%1: not empty; the store benchmark needs a new project</source>
        <translation>%1: nicht leer; der Speicher-Benchmark braucht ein neues Projekt</translation>
    </message>
</context>
<context>
    <name>SyntheticSlide</name>
    <message>
        <source>invalid slide size</source>
        <translation>ungültige Präparatgröße</translation>
    </message>
    <message>
        <source>cannot be written</source>
        <translation>kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write tile %1 of level %2</source>
        <translation>Kachel %1 der Ebene %2 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write level %1</source>
        <translation>Ebene %1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>SyntheticSmear</name>
    <message>
        <source>%1: cannot create folders</source>
        <translation>%1: Ordner können nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>ThumbnailCache</name>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot decode: %1</source>
        <translation>kann nicht dekodiert werden: %1</translation>
    </message>
    <message>
        <source>out of memory while decoding</source>
        <translation>Speicher beim Dekodieren erschöpft</translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <source>no training images</source>
        <translation>keine Trainingsbilder</translation>
    </message>
    <message>
        <source>epochs, batch, samples per class and learning rate must be positive</source>
        <translation>Epochen, Batch, Stichproben pro Klasse und Lernrate müssen positiv sein</translation>
    </message>
    <message>
        <source>training diverged: the loss became %1 in epoch %2, batch %3; lower the learning rate</source>
        <translation>Training divergiert: der Verlust wurde %1 in Epoche %2, Batch %3; senken Sie die Lernrate</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the network has no optimizer tensor &quot;%1&quot;</source>
        <translation>das Netz hat keinen Optimierertensor „%1“</translation>
    </message>
    <message>
        <source>optimizer tensor &quot;%1&quot; has another shape than its parameter</source>
        <translation>Optimierertensor „%1“ hat eine andere Form als sein Parameter</translation>
    </message>
    <message>
        <source>optimizer tensor &quot;%1&quot; appears twice</source>
        <translation>Optimierertensor „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>the optimizer state is incomplete</source>
        <translation>der Optimiererzustand ist unvollständig</translation>
    </message>
    <message>
        <source>it was written for the %1 network, not %2</source>
        <translation>er wurde für das Netz %1 geschrieben, nicht für %2</translation>
    </message>
    <message>
        <source>it belongs to a run with other parameters or data</source>
        <translation>er gehört zu einem Lauf mit anderen Parametern oder Daten</translation>
    </message>
    <message>
        <source>damaged: it holds more epochs than the run has</source>
        <translation>beschädigt: er enthält mehr Epochen, als der Lauf hat</translation>
    </message>
    <message>
        <source>its weights do not fit the %1 network: %2</source>
        <translation>seine Gewichte passen nicht zum Netz %1: %2</translation>
    </message>
    <message>
        <source>its optimizer state does not fit the %1 network: %2</source>
        <translation>sein Optimiererzustand passt nicht zum Netz %1: %2</translation>
    </message>
    <message>
        <source>the training parameters are incomplete or out of range</source>
        <translation>die Trainingsparameter sind unvollständig oder außerhalb des zulässigen Bereichs</translation>
    </message>
</context>
<context>
    <name>TrainingJob</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Preparing images</source>
        <translation>Bilder werden vorbereitet</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>A training run is already in progress</source>
        <translation>Ein Trainingslauf ist bereits im Gange</translation>
    </message>
    <message>
        <source>Open a writable project first</source>
        <translation>Öffnen Sie zuerst ein beschreibbares Projekt</translation>
    </message>
    <message>
        <source>%1: cannot record the run: %2</source>
        <translation>%1: Lauf kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Class %1 has %2 labelled white cells; at least 2 are needed to train and validate</source>
        <translation>Klasse %1 hat %2 klassifizierte Leukozyten; mindestens 2 sind zum Trainieren und Validieren nötig</translation>
    </message>
    <message>
        <source>Only an interrupted or cancelled run can resume</source>
        <translation>Nur ein unterbrochener oder abgebrochener Lauf kann fortgesetzt werden</translation>
    </message>
    <message>
        <source>%1: the run has no checkpoint to resume from</source>
        <translation>%1: der Lauf hat keinen Checkpoint zum Fortsetzen</translation>
    </message>
    <message>
        <source>The project has no run %1</source>
        <translation>Das Projekt hat keinen Lauf %1</translation>
    </message>
    <message>
        <source>Run %1 cannot resume: %2</source>
        <translation>Lauf %1 kann nicht fortgesetzt werden: %2</translation>
    </message>
</context>
<context>
    <name>VocReader</name>
    <message>
        <source>&lt;%1&gt; is not a number: &quot;%2&quot;</source>
        <translation>&lt;%1&gt; ist keine Zahl: „%2“</translation>
    </message>
    <message>
        <source>object &quot;%1&quot; has no complete &lt;bndbox&gt;; skipped</source>
        <translation>Objekt „%1“ hat keine vollständige &lt;bndbox&gt;; übersprungen</translation>
    </message>
    <message>
        <source>object &quot;%1&quot; has inverted corners; swapped</source>
        <translation>Objekt „%1“ hat vertauschte Ecken; getauscht</translation>
    </message>
    <message>
        <source>object &quot;%1&quot; box (%2,%3)-(%4,%5) lies outside the image; clipped</source>
        <translation>Rahmen von Objekt „%1“ (%2,%3)-(%4,%5) liegt außerhalb des Bildes; beschnitten</translation>
    </message>
    <message>
        <source>object &quot;%1&quot; has an empty box; skipped</source>
        <translation>Objekt „%1“ hat einen leeren Rahmen; übersprungen</translation>
    </message>
    <message>
        <source>invalid image size; ignored</source>
        <translation>ungültige Bildgröße; ignoriert</translation>
    </message>
    <message>
        <source>empty XML document; file skipped</source>
        <translation>leeres XML-Dokument; Datei übersprungen</translation>
    </message>
    <message>
        <source>DOCTYPE declarations are not allowed in annotations; file skipped</source>
        <translation>DOCTYPE-Deklarationen sind in Annotationen nicht erlaubt; Datei übersprungen</translation>
    </message>
    <message>
        <source>root element is &lt;%1&gt;, expected &lt;annotation&gt;; file skipped</source>
        <translation>Wurzelelement ist &lt;%1&gt;, erwartet &lt;annotation&gt;; Datei übersprungen</translation>
    </message>
    <message>
        <source>malformed XML: %1; file skipped</source>
        <translation>fehlerhaftes XML: %1; Datei übersprungen</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>file is larger than %1 MiB; skipped</source>
        <translation>Datei ist größer als %1 MiB; übersprungen</translation>
    </message>
</context>
<context>
    <name>WbcAgreement</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Project %1
</source>
        <translation>Projekt %1
</translation>
    </message>
    <message>
        <source>  no white cell is labelled with a class yet
</source>
        <translation>  noch kein Leukozyt ist mit einer Klasse klassifiziert
</translation>
    </message>
    <message>
        <source>Annotators (white cells labelled with a class):
</source>
        <translation>Annotatoren (mit einer Klasse klassifizierte Leukozyten):
</translation>
    </message>
    <message>
        <source>Pairs (cells both labelled, observed agreement, Cohen&apos;s kappa):
</source>
        <translation>Paare (von beiden klassifizierte Zellen, beobachtete Übereinstimmung, Cohens Kappa):
</translation>
    </message>
    <message numerus="yes">
        <source>Fleiss&apos; kappa: %1 over %n cell(s) every annotator labelled
</source>
        <translation>
            <numerusform>Fleiss&apos; Kappa: %1 über %n Zelle, die jeder Annotator klassifiziert hat
</numerusform>
            <numerusform>Fleiss&apos; Kappa: %1 über %n Zellen, die jeder Annotator klassifiziert hat
</numerusform>
        </translation>
    </message>
    <message>
        <source>Specific agreement by class (ratings):
</source>
        <translation>Spezifische Übereinstimmung pro Klasse (Bewertungen):
</translation>
    </message>
    <message>
        <source>%1: read failed: %2</source>
        <translation>%1: Lesen fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Print inter-annotator agreement (Cohen&apos;s and Fleiss&apos; kappa)</source>
        <translation>Übereinstimmung zwischen Annotatoren ausgeben (Cohens und Fleiss&apos; Kappa)</translation>
    </message>
    <message>
        <source>Project file or postgresql:// URL</source>
        <translation>Projektdatei oder postgresql://-URL</translation>
    </message>
    <message>
        <source>Print one JSON object</source>
        <translation>Ein JSON-Objekt ausgeben</translation>
    </message>
</context>
<context>
    <name>WbcAudit</name>
    <message>
        <source>--%1 must be an integer &gt;= %2</source>
        <translation>--%1 muss eine ganze Zahl &gt;= %2 sein</translation>
    </message>
    <message>
        <source>an audit stores its result in a project: import the dataset (&apos;wbc import DIR --project FILE&apos;) and give --project FILE</source>
        <translation>ein Audit speichert sein Ergebnis in einem Projekt: importieren Sie den Datensatz (&apos;wbc import DIR --project FILE&apos;) und geben Sie --project FILE an</translation>
    </message>
    <message>
        <source>unknown task &quot;%1&quot; (binary or four)</source>
        <translation>unbekannte Aufgabe „%1“ (binary oder four)</translation>
    </message>
    <message>
        <source>unknown model &quot;%1&quot; (%2)</source>
        <translation>unbekanntes Modell „%1“ (%2)</translation>
    </message>
    <message>
        <source>--margin must be a number in [0, 2]</source>
        <translation>--margin muss eine Zahl in [0, 2] sein</translation>
    </message>
    <message>
        <source>unknown ranking &quot;%1&quot; (self_confidence, normalized_margin or confident_learning)</source>
        <translation>unbekannte Rangfolge „%1“ (self_confidence, normalized_margin oder confident_learning)</translation>
    </message>
    <message>
        <source>Loading cells</source>
        <translation>Zellen werden geladen</translation>
    </message>
    <message>
        <source>Training fold %1/%2</source>
        <translation>Fold %1/%2 wird trainiert</translation>
    </message>
    <message>
        <source>Scoring fold %1/%2</source>
        <translation>Fold %1/%2 wird bewertet</translation>
    </message>
    <message>
        <source>Storing the audit</source>
        <translation>Audit wird gespeichert</translation>
    </message>
    <message>
        <source>%1 (%2% of the audit)</source>
        <translation>%1 (%2% des Audits)</translation>
    </message>
    <message>
        <source>Audit %1: %2 cells, %3 folds by %4, %5 s</source>
        <translation>Audit %1: %2 Zellen, %3 Folds nach %4, %5 s</translation>
    </message>
    <message>
        <source>slide</source>
        <translation>Präparat</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Estimated label errors: %1 (%2 in all)</source>
        <translation>Geschätzte Klassifizierungsfehler: %1 (%2 insgesamt)</translation>
    </message>
    <message>
        <source>rank	image	cell	label	suggested	score</source>
        <translation>Rang	Bild	Zelle	Klasse	Vorschlag	Score</translation>
    </message>
    <message>
        <source>Find the likely mislabelled cells from cross-validated predictions</source>
        <translation>Die wahrscheinlich falsch klassifizierten Zellen anhand kreuzvalidierter Vorhersagen finden</translation>
    </message>
    <message>
        <source>Not supported: import the dataset into a project first</source>
        <translation>Nicht unterstützt: importieren Sie den Datensatz zuerst in ein Projekt</translation>
    </message>
    <message>
        <source>binary or four</source>
        <translation>binary oder four</translation>
    </message>
    <message>
        <source>Number of folds (default %1)</source>
        <translation>Anzahl der Folds (Standard: %1)</translation>
    </message>
    <message>
        <source>Seed of the folds and of their training (default %1)</source>
        <translation>Seed der Folds und ihres Trainings (Standard: %1)</translation>
    </message>
    <message>
        <source>List the N worst-ranked cells (default: as many as the estimated label errors)</source>
        <translation>Die N am schlechtesten eingestuften Zellen auflisten (Standard: so viele wie die geschätzten Klassifizierungsfehler)</translation>
    </message>
    <message>
        <source>self_confidence, normalized_margin or confident_learning (default %1)</source>
        <translation>self_confidence, normalized_margin oder confident_learning (Standard: %1)</translation>
    </message>
    <message>
        <source>Training epochs of each fold (default %1)</source>
        <translation>Trainingsepochen jedes Folds (Standard: %1)</translation>
    </message>
    <message>
        <source>Augmented samples per class and epoch (default %1)</source>
        <translation>Augmentierte Stichproben pro Klasse und Epoche (Standard: %1)</translation>
    </message>
    <message>
        <source>Architecture: %1 (default %2)</source>
        <translation>Architektur: %1 (Standard: %2)</translation>
    </message>
    <message>
        <source>Crop margin around the cell (default %1)</source>
        <translation>Zuschnittrand um die Zelle (Standard: %1)</translation>
    </message>
    <message>
        <source>auto, cpu or cuda (default auto)</source>
        <translation>auto, cpu oder cuda (Standard: auto)</translation>
    </message>
    <message>
        <source>Compute threads (default: all cores)</source>
        <translation>Rechen-Threads (Standard: alle Kerne)</translation>
    </message>
    <message>
        <source>Audit only the cells of fields with exactly one white cell</source>
        <translation>Nur die Zellen von Bildfeldern mit genau einem Leukozyten prüfen</translation>
    </message>
    <message>
        <source>Print one JSON object: the suspects, worst first, and the estimated label errors per class</source>
        <translation>Ein JSON-Objekt ausgeben: die verdächtigen Zellen, die schlechtesten zuerst, und die geschätzten Klassifizierungsfehler pro Klasse</translation>
    </message>
    <message>
        <source>%1: no finished %2 audit %3</source>
        <translation>%1: kein abgeschlossenes Audit %3 für die Aufgabe %2</translation>
    </message>
    <message>
        <source>Train the folds without the suspects of an earlier audit (they are still scored): does cleaning help?</source>
        <translation>Die Folds ohne die verdächtigen Zellen eines früheren Audits trainieren (sie werden trotzdem bewertet): hilft die Bereinigung?</translation>
    </message>
    <message>
        <source>Project file or postgresql:// URL</source>
        <translation>Projektdatei oder postgresql://-URL</translation>
    </message>
</context>
<context>
    <name>WbcBench</name>
    <message>
        <source>unknown model &quot;%1&quot;</source>
        <translation>unbekanntes Modell „%1“</translation>
    </message>
    <message>
        <source>%1 %2, batch %3, %4 images, %5 on %6 threads:
  end to end  %7 images/s
  compute     %8 images/s
  ratio       %9%
</source>
        <translation>%1 %2, Batch %3, %4 Bilder, %5 mit %6 Threads:
  gesamt      %7 Bilder/s
  Rechnen     %8 Bilder/s
  Verhältnis  %9%
</translation>
    </message>
    <message>
        <source>Architecture (default lenet)</source>
        <translation>Architektur (Standard: lenet)</translation>
    </message>
    <message>
        <source>Batch size (default 32)</source>
        <translation>Batchgröße (Standard: 32)</translation>
    </message>
    <message>
        <source>Timed training batches (default 40)</source>
        <translation>Gemessene Trainingsbatches (Standard: 40)</translation>
    </message>
    <message>
        <source>Synthetic smears (default 64)</source>
        <translation>Synthetische Ausstriche (Standard: 64)</translation>
    </message>
    <message>
        <source>Compute threads (default: all cores)</source>
        <translation>Rechen-Threads (Standard: alle Kerne)</translation>
    </message>
    <message>
        <source>auto, cpu or cuda</source>
        <translation>auto, cpu oder cuda</translation>
    </message>
    <message>
        <source>Print one JSON object</source>
        <translation>Ein JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <source>--images takes a positive integer</source>
        <translation>--images erwartet eine positive ganze Zahl</translation>
    </message>
    <message>
        <source>Image pipeline, %1 images (%2), microseconds per image:
</source>
        <translation>Bildverarbeitung, %1 Bilder (%2), Mikrosekunden pro Bild:
</translation>
    </message>
    <message>
        <source>Whole per-image pipeline (decode, detect, crop, augment, tensor):
  1 thread   %1 images/s
  2 threads  %2 images/s
</source>
        <translation>Gesamte Verarbeitung pro Bild (Dekodieren, Erkennen, Zuschneiden, Augmentieren, Tensor):
  1 Thread   %1 Bilder/s
  2 Threads  %2 Bilder/s
</translation>
    </message>
    <message>
        <source>Measure training, inference or image pipeline speed</source>
        <translation>Geschwindigkeit von Training, Inferenz oder Bildverarbeitung messen</translation>
    </message>
    <message>
        <source>--batch, --batches, --rounds, --images and --threads take a positive integer</source>
        <translation>--batch, --batches, --rounds, --images und --threads erwarten eine positive ganze Zahl</translation>
    </message>
    <message>
        <source>Training: alternate end to end and compute N times, report the fastest of each (default 3)</source>
        <translation>Training: Gesamtablauf und reine Rechnung N-mal abwechseln, jeweils den schnellsten Lauf melden (Standard 3)</translation>
    </message>
    <message>
        <source>--%1 takes a positive integer</source>
        <translation>--%1 erwartet eine positive ganze Zahl</translation>
    </message>
    <message>
        <source>Store %1 (%2):
  label round trip  p50 %3 ms  p99 %4 ms  (%5 labels)
  %6 annotators     %7 labels/s  (%8 labels, %9 failed)
</source>
        <translation>Speicher %1 (%2):
  Klass.-Rundlauf   p50 %3 ms  p99 %4 ms  (%5 Klassifizierungen)
  %6 Annotatoren    %7 Klass./s  (%8 Klassifizierungen, %9 fehlgeschlagen)
</translation>
    </message>
    <message>
        <source>  open              %1 ms (connect %2 ms; %3 cells of %4 images)
</source>
        <translation>  Öffnen            %1 ms (Verbinden %2 ms; %3 Zellen von %4 Bildern)
</translation>
    </message>
    <message>
        <source>store: a new project file or the URL of an empty database</source>
        <translation>store: eine neue Projektdatei oder die URL einer leeren Datenbank</translation>
    </message>
    <message>
        <source>store: white cells to create (default 20000)</source>
        <translation>store: anzulegende Leukozyten (Standard: 20000)</translation>
    </message>
    <message>
        <source>store: labels timed one by one (default 1000)</source>
        <translation>store: einzeln gemessene Klassifizierungen (Standard: 1000)</translation>
    </message>
    <message>
        <source>store: concurrent annotators (default 8)</source>
        <translation>store: gleichzeitige Annotatoren (Standard: 8)</translation>
    </message>
    <message>
        <source>--threads takes a positive integer</source>
        <translation>--threads erwartet eine positive ganze Zahl</translation>
    </message>
    <message>
        <source>--side takes a number of pixels from 4096 to 1000000</source>
        <translation>--side erwartet eine Pixelanzahl von 4096 bis 1000000</translation>
    </message>
    <message>
        <source>--smear takes a fraction from 0 to 1</source>
        <translation>--smear erwartet einen Anteil von 0 bis 1</translation>
    </message>
    <message>
        <source>Slide %1 x %1 px of smear, %2 threads:
  slide scan        %3 MP/s (%4 s, %5 cells)
  640 x 480 fields  %6 MP/s (%7 s, %8 fields, %9 cells)
</source>
        <translation>Präparat %1 x %1 px Ausstrich, %2 Threads:
  Präparatscan      %3 MP/s (%4 s, %5 Zellen)
  640 x 480 Felder  %6 MP/s (%7 s, %8 Bildfelder, %9 Zellen)
</translation>
    </message>
    <message>
        <source>  slide scan, %1 thread(s): %2 MP/s
</source>
        <translation>  Präparatscan, %1 Thread(s): %2 MP/s
</translation>
    </message>
    <message>
        <source>Slide %1 x %1 px (%2% smear): %3 s, %4 of %5 tiles skipped, %6 cells, peak RSS %7 MiB
</source>
        <translation>Präparat %1 x %1 px (%2% Ausstrich): %3 s, %4 von %5 Kacheln übersprungen, %6 Zellen, Spitzen-RSS %7 MiB
</translation>
    </message>
    <message>
        <source>say what to measure: &apos;wbc bench train&apos;, &apos;wbc bench infer&apos;, &apos;wbc bench pipeline&apos;, &apos;wbc bench store&apos; or &apos;wbc bench slide&apos;</source>
        <translation>geben Sie an, was gemessen werden soll: &apos;wbc bench train&apos;, &apos;wbc bench infer&apos;, &apos;wbc bench pipeline&apos;, &apos;wbc bench store&apos; oder &apos;wbc bench slide&apos;</translation>
    </message>
    <message>
        <source>train, infer, pipeline, store or slide</source>
        <translation>train, infer, pipeline, store oder slide</translation>
    </message>
    <message>
        <source>pipeline: read images from this dataset folder; slide: write the synthetic slides here</source>
        <translation>pipeline: Bilder aus diesem Datensatzordner lesen; slide: die synthetischen Präparate hierhin schreiben</translation>
    </message>
    <message>
        <source>slide: the large slide&apos;s side in pixels (default 100000)</source>
        <translation>slide: Seitenlänge des großen Präparats in Pixeln (Standard: 100000)</translation>
    </message>
    <message>
        <source>slide: the fraction of the large slide covered with smear (default 0.01)</source>
        <translation>slide: der mit Ausstrich bedeckte Anteil des großen Präparats (Standard: 0.01)</translation>
    </message>
    <message>
        <source>  640 x 480 %1 files read and detected  %2 MP/s (%3 s)
</source>
        <translation>  640 x 480 %1 Dateien gelesen und erkannt  %2 MP/s (%3 s)
</translation>
    </message>
</context>
<context>
    <name>WbcCli</name>
    <message>
        <source>Usage: wbc COMMAND [OPTIONS]

WBC Studio command line: import, inspect and export white-blood-cell datasets.

Commands:
</source>
        <translation>Aufruf: wbc BEFEHL [OPTIONEN]

WBC-Studio-Kommandozeile: Leukozyten-Datensätze importieren, untersuchen und exportieren.

Befehle:
</translation>
    </message>
    <message>
        <source>  help       Show help for a command

Options:
  -h, --help     Show this help
  -v, --version  Show the version

Run &apos;wbc help COMMAND&apos; for a command&apos;s options.
</source>
        <translation>  help       Hilfe zu einem Befehl anzeigen

Optionen:
  -h, --help     Diese Hilfe anzeigen
  -v, --version  Die Version anzeigen

&apos;wbc help BEFEHL&apos; zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>--%1 is required (see &apos;wbc help %2&apos;)</source>
        <translation>--%1 ist erforderlich (siehe &apos;wbc help %2&apos;)</translation>
    </message>
    <message>
        <source>no command given; try &apos;wbc --help&apos;</source>
        <translation>kein Befehl angegeben; versuchen Sie &apos;wbc --help&apos;</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>unknown command; try &apos;wbc --help&apos;</source>
        <translation>unbekannter Befehl; versuchen Sie &apos;wbc --help&apos;</translation>
    </message>
    <message>
        <source>%1; close it there first (reading commands such as &apos;wbc stats&apos; still work)</source>
        <translation>%1; schließen Sie es zuerst dort (lesende Befehle wie &apos;wbc stats&apos; funktionieren weiterhin)</translation>
    </message>
    <message>
        <source>no user name to record: give --user NAME or set WBC_USER</source>
        <translation>kein Benutzername zum Eintragen: geben Sie --user NAME an oder setzen Sie WBC_USER</translation>
    </message>
    <message>
        <source>Who labels (default: $WBC_USER, else the name in Preferences, else the login name)</source>
        <translation>Wer klassifiziert (Standard: $WBC_USER, sonst der Name in den Einstellungen, sonst der Anmeldename)</translation>
    </message>
</context>
<context>
    <name>WbcCopy</name>
    <message>
        <source>%1: exists; copy into a new project file</source>
        <translation>%1: existiert bereits; kopieren Sie in eine neue Projektdatei</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows</source>
        <translation>
            <numerusform>%1: %n Zeile</numerusform>
            <numerusform>%1: %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>copied %1 to %2</source>
        <translation>%1 nach %2 kopiert</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (annotator, reviewer, owner or none)</source>
        <translation>unbekannte Rolle „%1“ (annotator, reviewer, owner oder none)</translation>
    </message>
    <message>
        <source>roles need a shared project (postgresql://...)</source>
        <translation>Rollen brauchen ein gemeinsames Projekt (postgresql://...)</translation>
    </message>
    <message>
        <source>%1: %2 has no role any more</source>
        <translation>%1: %2 hat keine Rolle mehr</translation>
    </message>
    <message>
        <source>%1: %2 is %3</source>
        <translation>%1: %2 ist %3</translation>
    </message>
    <message>
        <source>Copy a whole project between files and PostgreSQL databases</source>
        <translation>Ein ganzes Projekt zwischen Dateien und PostgreSQL-Datenbanken kopieren</translation>
    </message>
    <message>
        <source>Project file or postgresql:// URL</source>
        <translation>Projektdatei oder postgresql://-URL</translation>
    </message>
    <message>
        <source>New project file, or the URL of an empty database</source>
        <translation>Neue Projektdatei oder die URL einer leeren Datenbank</translation>
    </message>
    <message>
        <source>Give a PostgreSQL role its rights in a shared project</source>
        <translation>Einer PostgreSQL-Rolle ihre Rechte in einem gemeinsamen Projekt geben</translation>
    </message>
    <message>
        <source>Shared project (postgresql:// URL)</source>
        <translation>Gemeinsames Projekt (postgresql://-URL)</translation>
    </message>
    <message>
        <source>An existing PostgreSQL role</source>
        <translation>Eine vorhandene PostgreSQL-Rolle</translation>
    </message>
    <message>
        <source>annotator, reviewer, owner or none</source>
        <translation>annotator, reviewer, owner oder none</translation>
    </message>
</context>
<context>
    <name>WbcCv</name>
    <message>
        <source>--folds must be an integer &gt;= 2</source>
        <translation>--folds muss eine ganze Zahl &gt;= 2 sein</translation>
    </message>
    <message>
        <source>--max-folds must be an integer &gt;= 1</source>
        <translation>--max-folds muss eine ganze Zahl &gt;= 1 sein</translation>
    </message>
    <message>
        <source>--fold must be an integer in [1, --folds]</source>
        <translation>--fold muss eine ganze Zahl in [1, --folds] sein</translation>
    </message>
    <message>
        <source>fold %1: %2</source>
        <translation>Fold %1: %2</translation>
    </message>
    <message>
        <source>fold %1/%2: accuracy %3  balanced %4  (%5 images, %6 s)</source>
        <translation>Fold %1/%2: Genauigkeit %3  balanciert %4  (%5 Bilder, %6 s)</translation>
    </message>
    <message>
        <source>%1-fold CV (%2 run): accuracy %3% +- %4, balanced accuracy %5% +- %6, pooled accuracy %7%</source>
        <translation>%1-fache Kreuzvalidierung (%2 gelaufen): Genauigkeit %3% +- %4, balancierte Genauigkeit %5% +- %6, gepoolte Genauigkeit %7%</translation>
    </message>
    <message>
        <source>Cross-validate the training recipe: mean and spread of the metrics</source>
        <translation>Trainingsrezept kreuzvalidieren: Mittelwert und Streuung der Metriken</translation>
    </message>
    <message>
        <source>Number of folds (default 5)</source>
        <translation>Anzahl der Folds (Standard: 5)</translation>
    </message>
    <message>
        <source>Run only the first N folds (quick estimates)</source>
        <translation>Nur die ersten N Folds ausführen (schnelle Schätzung)</translation>
    </message>
    <message>
        <source>Run only fold K (1-based; to spread folds over processes)</source>
        <translation>Nur Fold K ausführen (ab 1; um Folds auf Prozesse zu verteilen)</translation>
    </message>
    <message>
        <source>--split-seed must be a non-negative integer</source>
        <translation>--split-seed muss eine nicht negative ganze Zahl sein</translation>
    </message>
    <message>
        <source>Seed of the folds (default: --seed); the same folds with other training seeds compare or ensemble runs</source>
        <translation>Startwert der Teilmengen (Standard: --seed); dieselben Teilmengen mit anderen Trainings-Startwerten vergleichen oder kombinieren Läufe</translation>
    </message>
    <message>
        <source>Write each test image&apos;s class probabilities, without and with test-time flips, to a CSV file</source>
        <translation>Die Klassenwahrscheinlichkeiten jedes Testbildes, ohne und mit Spiegelungen beim Test, in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Cells: %1</source>
        <translation>Zellen: %1</translation>
    </message>
    <message>
        <source>Folds keep each field&apos;s cells together (fewer slides than folds)</source>
        <translation>Folds halten die Zellen jedes Bildfelds zusammen (weniger Präparate als Folds)</translation>
    </message>
</context>
<context>
    <name>WbcDetect</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner existiert nicht</translation>
    </message>
    <message>
        <source>%1: %2 WBC (%3)</source>
        <translation>%1: %2 Leukozyten (%3)</translation>
    </message>
    <message>
        <source>detected %1 of %2 images</source>
        <translation>%1 von %2 Bildern erkannt</translation>
    </message>
    <message>
        <source>%1 images: %2 without a white cell, %3 single, %4 multi-cell; %5 flags changed, %6 unreadable (%7 s)
</source>
        <translation>%1 Bilder: %2 ohne Leukozyt, %3 mit einem, %4 mit mehreren; %5 Markierungen geändert, %6 unlesbar (%7 s)
</translation>
    </message>
    <message>
        <source>%1: no images with VOC annotations</source>
        <translation>%1: keine Bilder mit VOC-Annotationen</translation>
    </message>
    <message>
        <source>%1: cannot write the picture</source>
        <translation>%1: Bild kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Detection scored on %1 annotated images (%2 WBC boxes, %3 detections, IoU &gt;= 0.5)
  box recall     %4
  box precision  %5
  multi-cell flag: precision %6, recall %7, F1 %8
  %9 s for all images
</source>
        <translation>Erkennung bewertet an %1 annotierten Bildern (%2 Leukozytenrahmen, %3 Erkennungen, IoU &gt;= 0.5)
  Rahmen-Recall     %4
  Rahmen-Präzision  %5
  Markierung mehrzellig: Präzision %6, Recall %7, F1 %8
  %9 s für alle Bilder
</translation>
    </message>
    <message>
        <source>Disagreements (%1):
</source>
        <translation>Abweichungen (%1):
</translation>
    </message>
    <message>
        <source>  %1: annotated %2, detected %3, missed %4, extra %5
</source>
        <translation>  %1: annotiert %2, erkannt %3, verpasst %4, zusätzlich %5
</translation>
    </message>
    <message>
        <source>--evaluate takes no other inputs</source>
        <translation>--evaluate nimmt keine weiteren Eingaben</translation>
    </message>
    <message>
        <source>--project detects on the project&apos;s own images; give no other inputs</source>
        <translation>--project erkennt auf den Bildern des Projekts; geben Sie keine weiteren Eingaben an</translation>
    </message>
    <message>
        <source>give IMAGE_OR_DIR..., --project FILE or --evaluate DATASET_DIR</source>
        <translation>geben Sie IMAGE_OR_DIR..., --project FILE oder --evaluate DATASET_DIR an</translation>
    </message>
    <message>
        <source>Find white blood cells; flag images with none, one or several</source>
        <translation>Leukozyten finden; Bilder mit keinem, einem oder mehreren markieren</translation>
    </message>
    <message>
        <source>Images or folders</source>
        <translation>Bilder oder Ordner</translation>
    </message>
    <message>
        <source>Print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <source>Detect on every image of a project and store the results</source>
        <translation>Auf jedem Bild eines Projekts erkennen und die Ergebnisse speichern</translation>
    </message>
    <message>
        <source>Score detection against a dataset&apos;s VOC WBC boxes</source>
        <translation>Erkennung an den VOC-Leukozytenrahmen eines Datensatzes bewerten</translation>
    </message>
    <message>
        <source>With --evaluate: write a picture of disagreements and examples</source>
        <translation>Mit --evaluate: ein Bild mit Abweichungen und Beispielen schreiben</translation>
    </message>
    <message>
        <source>--%1: invalid value &quot;%2&quot;</source>
        <translation>--%1: ungültiger Wert „%2“</translation>
    </message>
    <message>
        <source>Slides: stop after N white cells in the order a technologist meets them (0: all)</source>
        <translation>Präparate: nach N Leukozyten anhalten, in der Reihenfolge, in der eine Laborfachkraft sie beim Durchmustern antrifft (0: alle)</translation>
    </message>
    <message>
        <source>Slides: scan only this counting area (level-0 pixels)</source>
        <translation>Präparate: nur diesen Zählbereich scannen (Pixel der Ebene 0)</translation>
    </message>
    <message>
        <source>Slides: worker threads (default: all cores)</source>
        <translation>Präparate: Arbeits-Threads (Standard: alle Kerne)</translation>
    </message>
    <message>
        <source>Slides without a pixel size: micrometres per level-0 pixel (default: %1, the detector&apos;s fields)</source>
        <translation>Präparate ohne Pixelgröße: Mikrometer pro Pixel der Ebene 0 (Standard: %1, wie die Bildfelder des Detektors)</translation>
    </message>
    <message>
        <source>With --project: scan slides again that were scanned completely</source>
        <translation>Mit --project: auch vollständig gescannte Präparate erneut scannen</translation>
    </message>
    <message>
        <source> assumed</source>
        <translation> angenommen</translation>
    </message>
    <message>
        <source>%1: %2 of %3 tiles, %4 s left</source>
        <translation>%1: %2 von %3 Kacheln, noch %4 s</translation>
    </message>
    <message>
        <source>%1 slides: %2 scanned, %3 already scanned, %4 continued, %5 unreadable; %6 white cells stored%7
</source>
        <translation>%1 Präparate: %2 gescannt, %3 bereits gescannt, %4 fortgesetzt, %5 unlesbar; %6 Leukozyten gespeichert%7
</translation>
    </message>
    <message>
        <source> (interrupted: run again to continue)</source>
        <translation> (unterbrochen: zum Fortsetzen erneut ausführen)</translation>
    </message>
    <message>
        <source>%1: %2 WBC (slide %3 x %4 px, %5 um/px%6; %7 tiles, skipped: background %8, out of focus %9; %10 s)</source>
        <translation>%1: %2 Leukozyten (Präparat %3 x %4 px, %5 µm/px%6; %7 Kacheln, übersprungen: Hintergrund %8, unscharf %9; %10 s)</translation>
    </message>
</context>
<context>
    <name>WbcEvaluate</name>
    <message>
        <source>%1 images, accuracy %2%, balanced accuracy %3%
</source>
        <translation>%1 Bilder, Genauigkeit %2%, balancierte Genauigkeit %3%
</translation>
    </message>
    <message>
        <source>Confusion (rows truth, columns prediction):
</source>
        <translation>Konfusionsmatrix (Zeilen Wahrheit, Spalten Vorhersage):
</translation>
    </message>
    <message>
        <source>   precision %1  recall %2  F1 %3
</source>
        <translation>   Präzision %1  Recall %2  F1 %3
</translation>
    </message>
    <message>
        <source>Score a model on the single-cell images of a dataset</source>
        <translation>Ein Modell an den Einzelzellbildern eines Datensatzes bewerten</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>Modelldatei</translation>
    </message>
    <message>
        <source>Dataset folder</source>
        <translation>Datensatzordner</translation>
    </message>
    <message>
        <source>auto, cpu or cuda</source>
        <translation>auto, cpu oder cuda</translation>
    </message>
    <message>
        <source>Print one JSON object</source>
        <translation>Ein JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <source>Predict without averaging each image&apos;s four flips</source>
        <translation>Vorhersagen, ohne über die vier Spiegelungen jedes Bildes zu mitteln</translation>
    </message>
</context>
<context>
    <name>WbcExport</name>
    <message>
        <source>labels of %1 images written to %2
</source>
        <translation>Klassifizierungen von %1 Bildern in %2 geschrieben
</translation>
    </message>
    <message>
        <source>%1 cells of %2 images in %3 slides written to %4 (%5 files)
</source>
        <translation>%1 Zellen von %2 Bildern in %3 Präparaten in %4 geschrieben (%5 Dateien)
</translation>
    </message>
    <message>
        <source>Project file or postgresql:// URL</source>
        <translation>Projektdatei oder postgresql://-URL</translation>
    </message>
    <message>
        <source>%1: no labelled white cells to export</source>
        <translation>%1: keine klassifizierten Leukozyten zum Exportieren</translation>
    </message>
    <message>
        <source>%1: the crop of cell %2 is not %3x%4 RGB</source>
        <translation>%1: der Ausschnitt von Zelle %2 ist nicht %3x%4 RGB</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: Datei kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>--format must be csv, labels, voc, coco or crops, not &quot;%1&quot;</source>
        <translation>--format muss csv, labels, voc, coco oder crops sein, nicht „%1“</translation>
    </message>
    <message>
        <source>%1 cell crops of %2 classes written to %3 (%4 labelled cells no task trains on left out)
</source>
        <translation>%1 Zellausschnitte von %2 Klassen in %3 geschrieben (%4 klassifizierte Zellen, mit denen keine Aufgabe trainiert, ausgelassen)
</translation>
    </message>
    <message>
        <source>Export cells and labels (CSV, Pascal VOC, COCO, crops) from a project</source>
        <translation>Zellen und Klassifizierungen (CSV, Pascal VOC, COCO, Ausschnitte) aus einem Projekt exportieren</translation>
    </message>
    <message>
        <source>csv: one row per white cell (slide,image,cell,x0,y0,x1,y1,label,author,labelled_at,origin,predicted,probability; the current label and the active model&apos;s prediction). labels: labels.csv of image labels (image,label). voc: a dataset folder that &apos;wbc import&apos; reads back: one folder per slide with images/ and annotations/, each white cell an object named by its label (NEUTROPHIL, ..., UNIDENTIFIED, SMUDGE, ARTEFACT, DAMAGED) or WBC when unlabelled. coco: COCO JSON of the white cells, category ids %1, WBC for unlabelled cells; file_name relative to the JSON file, wbc_cell_id the project&apos;s cell. crops: the crops file wbc-engine trains from (each labelled white cell cropped as training crops it, with its class and split group).</source>
        <translation>csv: eine Zeile pro Leukozyt (slide,image,cell,x0,y0,x1,y1,label,author,labelled_at,origin,predicted,probability; die aktuelle Klassifizierung und die Vorhersage des aktiven Modells). labels: labels.csv mit den Klassifizierungen der Bilder (image,label). voc: ein Datensatzordner, den &apos;wbc import&apos; wieder einliest: ein Ordner pro Präparat mit images/ und annotations/, jeder Leukozyt ein Objekt, benannt nach seiner Klassifizierung (NEUTROPHIL, ..., UNIDENTIFIED, SMUDGE, ARTEFACT, DAMAGED) oder WBC, wenn nicht klassifiziert. coco: COCO-JSON der Leukozyten, Kategorie-IDs %1, WBC für nicht klassifizierte Zellen; file_name relativ zur JSON-Datei, wbc_cell_id die Zelle des Projekts. crops: die Ausschnittdatei, mit der wbc-engine trainiert (jeder klassifizierte Leukozyt so ausgeschnitten, wie das Training ihn ausschneidet, mit seiner Klasse und Aufteilungsgruppe).</translation>
    </message>
    <message>
        <source>CSV, JSON or crops file, or a new or empty folder for voc</source>
        <translation>CSV-, JSON- oder Ausschnittdatei oder ein neuer oder leerer Ordner für voc</translation>
    </message>
</context>
<context>
    <name>WbcImport</name>
    <message>
        <source>imported %1 of %2 images</source>
        <translation>%1 von %2 Bildern importiert</translation>
    </message>
    <message>
        <source>No progress output</source>
        <translation>Keine Fortschrittsausgabe</translation>
    </message>
    <message>
        <source>%1 images found: %2 new, %3 already in the project, %4 duplicates, %5 skipped
%6 slides (%7 new)
%8 cell labels set, %9 kept (set by a person), %10 images need per-cell labels
%11 annotation files, %12 WBC boxes, %13 images keep boxes edited by a person
%14 problems
</source>
        <translation>%1 Bilder gefunden: %2 neu, %3 bereits im Projekt, %4 Duplikate, %5 übersprungen
%6 Präparate (%7 neu)
%8 Zellklassifizierungen gesetzt, %9 beibehalten (von einer Person gesetzt), %10 Bilder brauchen Klassifizierungen pro Zelle
%11 Annotationsdateien, %12 Leukozytenrahmen, %13 Bilder behalten von einer Person bearbeitete Rahmen
%14 Probleme
</translation>
    </message>
    <message>
        <source>Project file to create or update, or a postgresql:// URL</source>
        <translation>Anzulegende oder zu aktualisierende Projektdatei oder eine postgresql://-URL</translation>
    </message>
    <message>
        <source>no images found in %1; nothing was imported</source>
        <translation>keine Bilder in %1 gefunden; nichts wurde importiert</translation>
    </message>
    <message>
        <source>%1 slide files: %2 new, %3 already in the project, %4 unreadable
</source>
        <translation>%1 Präparatdateien: %2 neu, %3 bereits im Projekt, %4 unlesbar
</translation>
    </message>
    <message>
        <source>expects exactly one DATASET_DIR or SLIDE_FILE</source>
        <translation>erwartet genau ein DATASET_DIR oder eine SLIDE_FILE</translation>
    </message>
    <message>
        <source>%1: not a folder or slide file</source>
        <translation>%1: weder ein Ordner noch eine Präparatdatei</translation>
    </message>
    <message>
        <source>Import a dataset folder (images, labels.csv, VOC XML) or a whole-slide image into a project</source>
        <translation>Einen Datensatzordner (Bilder, labels.csv, VOC-XML) oder einen Ganzpräparat-Scan (Whole-Slide-Image) in ein Projekt importieren</translation>
    </message>
    <message>
        <source>Folder with images (or images/), labels.csv, annotations/; each subfolder with images is a slide named by its path; or one slide file (.svs, .ndpi, .mrxs, tiled TIFF, ...)</source>
        <translation>Ordner mit Bildern (oder images/), labels.csv, annotations/; jeder Unterordner mit Bildern ist ein nach seinem Pfad benanntes Präparat; oder eine Präparatdatei (.svs, .ndpi, .mrxs, gekacheltes TIFF, ...)</translation>
    </message>
</context>
<context>
    <name>WbcLabel</name>
    <message>
        <source>%1: no image &quot;%2&quot; in the project</source>
        <translation>%1: kein Bild „%2“ im Projekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names several images (%2); give its path</source>
        <translation>„%1“ bezeichnet mehrere Bilder (%2); geben Sie den Pfad an</translation>
    </message>
    <message>
        <source>give an image and a class</source>
        <translation>geben Sie ein Bild und eine Klasse an</translation>
    </message>
    <message>
        <source>unknown class &quot;%1&quot; (one of %2, or 0/none to clear)</source>
        <translation>unbekannte Klasse „%1“ (eine von %2 oder 0/none zum Entfernen)</translation>
    </message>
    <message>
        <source>--cell must be a cell id (a positive integer)</source>
        <translation>--cell muss eine Zell-ID sein (eine positive ganze Zahl)</translation>
    </message>
    <message>
        <source>%1 has %2 white cells (%3): choose one with --cell</source>
        <translation>%1 hat %2 Leukozyten (%3): wählen Sie einen mit --cell</translation>
    </message>
    <message>
        <source>%1: write failed: %2</source>
        <translation>%1: Schreiben fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 has no white cell %2</source>
        <translation>%1 hat keinen Leukozyten %2</translation>
    </message>
    <message>
        <source>%1, cell %2: %3</source>
        <translation>%1, Zelle %2: %3</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>Set the label of a white cell</source>
        <translation>Die Klassifizierung eines Leukozyten setzen</translation>
    </message>
    <message>
        <source>Image: file name or path in the project</source>
        <translation>Bild: Dateiname oder Pfad im Projekt</translation>
    </message>
    <message>
        <source>NEUTROPHIL, ..., UNIDENTIFIED, SMUDGE, ARTEFACT, DAMAGED; 0 or none clears</source>
        <translation>NEUTROPHIL, ..., UNIDENTIFIED, SMUDGE, ARTEFACT, DAMAGED; 0 oder none entfernt die Klassifizierung</translation>
    </message>
    <message>
        <source>Cell id (required when the image has several white cells)</source>
        <translation>Zell-ID (erforderlich, wenn das Bild mehrere Leukozyten hat)</translation>
    </message>
    <message>
        <source>Project file or postgresql:// URL</source>
        <translation>Projektdatei oder postgresql://-URL</translation>
    </message>
</context>
<context>
    <name>WbcPredict</name>
    <message>
        <source>give at most one of --json and --csv</source>
        <translation>geben Sie höchstens eines von --json und --csv an</translation>
    </message>
    <message>
        <source>no image or folder given</source>
        <translation>kein Bild oder Ordner angegeben</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner existiert nicht</translation>
    </message>
    <message>
        <source>Image files or folders</source>
        <translation>Bilddateien oder Ordner</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>Modelldatei</translation>
    </message>
    <message>
        <source>auto, cpu or cuda</source>
        <translation>auto, cpu oder cuda</translation>
    </message>
    <message>
        <source>Print one JSON object</source>
        <translation>Ein JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <source>Print CSV</source>
        <translation>CSV ausgeben</translation>
    </message>
    <message>
        <source>%1: the project has no active model (make one active in the training dashboard)</source>
        <translation>%1: das Projekt hat kein aktives Modell (machen Sie eines in der Training-Übersicht aktiv)</translation>
    </message>
    <message>
        <source>predicted %1 of %2 images</source>
        <translation>%1 von %2 Bildern vorhergesagt</translation>
    </message>
    <message>
        <source>--project predicts the project&apos;s own images with its active model; give no model, images or format</source>
        <translation>--project sagt die Bilder des Projekts mit dessen aktivem Modell vorher; geben Sie kein Modell, keine Bilder und kein Format an</translation>
    </message>
    <message>
        <source>Predict every image of a project with its active model and store the predictions</source>
        <translation>Jedes Bild eines Projekts mit dessen aktivem Modell vorhersagen und die Vorhersagen speichern</translation>
    </message>
    <message>
        <source>Predict without averaging each image&apos;s four flips</source>
        <translation>Vorhersagen, ohne über die vier Spiegelungen jedes Bildes zu mitteln</translation>
    </message>
    <message>
        <source>Stored predictions of model %1 for %2 cells in %3 of %4 images (%5 cells found by detection), %6 unreadable (%7 s)</source>
        <translation>Vorhersagen von Modell %1 für %2 Zellen in %3 von %4 Bildern gespeichert (%5 Zellen durch Erkennung gefunden), %6 unlesbar (%7 s)</translation>
    </message>
    <message>
        <source>no white cell found</source>
        <translation>kein Leukozyt gefunden</translation>
    </message>
    <message>
        <source>Classify every white cell of images</source>
        <translation>Jeden Leukozyten in Bildern klassifizieren</translation>
    </message>
</context>
<context>
    <name>WbcReport</name>
    <message>
        <source>--out must name a .pdf or .csv file</source>
        <translation>--out muss eine .pdf- oder .csv-Datei angeben</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>%1: no image of the project is stored under folder &quot;%2&quot;</source>
        <translation>%1: im Ordner „%2“ ist kein Bild des Projekts gespeichert</translation>
    </message>
    <message>
        <source>predicted %1 of %2 images</source>
        <translation>%1 von %2 Bildern vorhergesagt</translation>
    </message>
    <message>
        <source>the active model has no stored predictions; counting labels only (run &apos;wbc predict --project %1&apos; first)</source>
        <translation>das aktive Modell hat keine gespeicherten Vorhersagen; es werden nur Klassifizierungen gezählt (führen Sie zuerst &apos;wbc predict --project %1&apos; aus)</translation>
    </message>
    <message>
        <source>Report to write (.pdf or .csv)</source>
        <translation>Zu schreibender Bericht (.pdf oder .csv)</translation>
    </message>
    <message>
        <source>Predict with this model file (nothing is stored); default: the active model&apos;s stored predictions</source>
        <translation>Mit dieser Modelldatei vorhersagen (nichts wird gespeichert); Standard: die gespeicherten Vorhersagen des aktiven Modells</translation>
    </message>
    <message>
        <source>Report title</source>
        <translation>Berichtstitel</translation>
    </message>
    <message>
        <source>auto, cpu or cuda</source>
        <translation>auto, cpu oder cuda</translation>
    </message>
    <message>
        <source>Print the counts as one JSON object</source>
        <translation>Die Zählung als ein JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <source>--slide needs a slide name</source>
        <translation>--slide braucht einen Präparatnamen</translation>
    </message>
    <message>
        <source>%1: no slide named &quot;%2&quot; (slides: %3)</source>
        <translation>%1: kein Präparat namens „%2“ (Präparate: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n slide(s), %2 white cells; %3 counted as labelled, %4 as predicted; %5 field(s) left out</source>
        <translation>
            <numerusform>%1 geschrieben: %n Präparat, %2 Leukozyten; %3 nach Klassifizierung gezählt, %4 nach Vorhersage; %5 Bildfeld(er) ausgelassen</numerusform>
            <numerusform>%1 geschrieben: %n Präparate, %2 Leukozyten; %3 nach Klassifizierung gezählt, %4 nach Vorhersage; %5 Bildfeld(er) ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: slide %1: only %2 cells counted by label (fewer than %3)</source>
        <translation>Warnung: Präparat %1: nur %2 Zellen nach Klassifizierung gezählt (weniger als %3)</translation>
    </message>
    <message>
        <source>Write a per-slide differential count report (PDF or CSV)</source>
        <translation>Einen Bericht mit dem Differentialblutbild pro Präparat schreiben (PDF oder CSV)</translation>
    </message>
    <message>
        <source>Report this slide only (default: one section per slide)</source>
        <translation>Nur dieses Präparat berichten (Standard: ein Abschnitt pro Präparat)</translation>
    </message>
    <message>
        <source>Count only the images stored under this folder (still one section per slide)</source>
        <translation>Nur die unter diesem Ordner gespeicherten Bilder zählen (weiterhin ein Abschnitt pro Präparat)</translation>
    </message>
    <message>
        <source>Project file or postgresql:// URL</source>
        <translation>Projektdatei oder postgresql://-URL</translation>
    </message>
</context>
<context>
    <name>WbcSlides</name>
    <message>
        <source>%1: %2 images, %3 white cells, %4 labelled</source>
        <translation>%1: %2 Bilder, %3 Leukozyten, %4 klassifiziert</translation>
    </message>
    <message>
        <source>List the slides of a project with their counts</source>
        <translation>Die Präparate eines Projekts mit ihren Zahlen auflisten</translation>
    </message>
    <message>
        <source>Print one JSON object</source>
        <translation>Ein JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <source>Project file or postgresql:// URL</source>
        <translation>Projektdatei oder postgresql://-URL</translation>
    </message>
</context>
<context>
    <name>WbcStats</name>
    <message>
        <source>Project %1
  images: %2
</source>
        <translation>Projekt %1
  Bilder: %2
</translation>
    </message>
    <message>
        <source>  multi-cell labels: %1
  unlabeled: %2
  annotated WBC boxes: %3
</source>
        <translation>  mehrzellig klassifiziert: %1
  nicht klassifiziert: %2
  annotierte Leukozytenrahmen: %3
</translation>
    </message>
    <message>
        <source>Print counts of images and labels in a project</source>
        <translation>Anzahl der Bilder und Klassifizierungen eines Projekts ausgeben</translation>
    </message>
    <message>
        <source>Print one JSON object</source>
        <translation>Ein JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <source>  slides: %1
  white cells: %2 (%3 unlabelled)
</source>
        <translation>  Präparate: %1
  Leukozyten: %2 (%3 nicht klassifiziert)
</translation>
    </message>
    <message>
        <source>Project file or postgresql:// URL</source>
        <translation>Projektdatei oder postgresql://-URL</translation>
    </message>
</context>
<context>
    <name>WbcTrain</name>
    <message>
        <source>--val-fraction must be in [0, 1)</source>
        <translation>--val-fraction muss in [0, 1) liegen</translation>
    </message>
    <message>
        <source>--patience must be an integer &gt;= 0</source>
        <translation>--patience muss eine ganze Zahl &gt;= 0 sein</translation>
    </message>
    <message>
        <source>epoch %1/%2  loss %3  acc %4</source>
        <translation>Epoche %1/%2  Verlust %3  Gen. %4</translation>
    </message>
    <message>
        <source>  val loss %1  val acc %2  balanced %3</source>
        <translation>  Val.-Verlust %1  Val.-Gen. %2  balanciert %3</translation>
    </message>
    <message>
        <source>  %1 img/s  %2 s  eta %3 s%4</source>
        <translation>  %1 Bilder/s  %2 s  Rest %3 s%4</translation>
    </message>
    <message>
        <source>Wrote %1 (best epoch %2 of %3, %4 s)</source>
        <translation>%1 geschrieben (beste Epoche %2 von %3, %4 s)</translation>
    </message>
    <message>
        <source>Train a cell classifier and write a model file</source>
        <translation>Einen Zellklassifikator trainieren und eine Modelldatei schreiben</translation>
    </message>
    <message>
        <source>Model file to write</source>
        <translation>Zu schreibende Modelldatei</translation>
    </message>
    <message>
        <source>Fraction of each class held out for validation (default 0.2)</source>
        <translation>Anteil jeder Klasse, der zur Validierung zurückgehalten wird (Standard: 0.2)</translation>
    </message>
    <message>
        <source>Stop after N epochs without a better validation loss (0 = off)</source>
        <translation>Nach N Epochen ohne besseren Validierungsverlust anhalten (0 = aus)</translation>
    </message>
    <message>
        <source>--%1 must be an integer &gt;= %2</source>
        <translation>--%1 muss eine ganze Zahl &gt;= %2 sein</translation>
    </message>
    <message>
        <source>--%1 must be a number in [%2, %3]</source>
        <translation>--%1 muss eine Zahl in [%2, %3] sein</translation>
    </message>
    <message>
        <source>Dataset folder</source>
        <translation>Datensatzordner</translation>
    </message>
    <message>
        <source>binary or four</source>
        <translation>binary oder four</translation>
    </message>
    <message>
        <source>Architecture: %1 (default %2)</source>
        <translation>Architektur: %1 (Standard: %2)</translation>
    </message>
    <message>
        <source>Epochs (default %1)</source>
        <translation>Epochen (Standard: %1)</translation>
    </message>
    <message>
        <source>Augmented samples per class and epoch (default %1)</source>
        <translation>Augmentierte Stichproben pro Klasse und Epoche (Standard: %1)</translation>
    </message>
    <message>
        <source>Batch size (default %1)</source>
        <translation>Batchgröße (Standard: %1)</translation>
    </message>
    <message>
        <source>Peak learning rate (default %1)</source>
        <translation>Maximale Lernrate (Standard: %1)</translation>
    </message>
    <message>
        <source>adam, adamw or sgd (default %1)</source>
        <translation>adam, adamw oder sgd (Standard: %1)</translation>
    </message>
    <message>
        <source>constant, onecycle or cosine (default %1)</source>
        <translation>constant, onecycle oder cosine (Standard: %1)</translation>
    </message>
    <message>
        <source>Weight decay (default %1)</source>
        <translation>Gewichtsabnahme (Standard: %1)</translation>
    </message>
    <message>
        <source>Label smoothing (default %1)</source>
        <translation>Label Smoothing (Standard: %1)</translation>
    </message>
    <message>
        <source>Crop margin around the cell (default %1)</source>
        <translation>Zuschnittrand um die Zelle (Standard: %1)</translation>
    </message>
    <message>
        <source>Random seed (default %1)</source>
        <translation>Zufalls-Seed (Standard: %1)</translation>
    </message>
    <message>
        <source>auto, cpu or cuda (default auto)</source>
        <translation>auto, cpu oder cuda (Standard: auto)</translation>
    </message>
    <message>
        <source>Compute threads (default: all cores)</source>
        <translation>Rechen-Threads (Standard: alle Kerne)</translation>
    </message>
    <message>
        <source>Print one JSON line per epoch and a summary line</source>
        <translation>Eine JSON-Zeile pro Epoche und eine Zusammenfassung ausgeben</translation>
    </message>
    <message>
        <source>unknown task &quot;%1&quot; (binary or four)</source>
        <translation>unbekannte Aufgabe „%1“ (binary oder four)</translation>
    </message>
    <message>
        <source>unknown model &quot;%1&quot; (%2)</source>
        <translation>unbekanntes Modell „%1“ (%2)</translation>
    </message>
    <message>
        <source>unknown optimizer (adam, adamw or sgd)</source>
        <translation>unbekannter Optimierer (adam, adamw oder sgd)</translation>
    </message>
    <message>
        <source>unknown schedule (constant, onecycle or cosine)</source>
        <translation>unbekannter Lernratenplan (constant, onecycle oder cosine)</translation>
    </message>
    <message>
        <source>give exactly one of --data DIR or --project FILE</source>
        <translation>geben Sie genau eines von --data DIR oder --project FILE an</translation>
    </message>
    <message>
        <source>%1 (crops: %2 detected, %3 annotation, %4 field)</source>
        <translation>%1 (Ausschnitte: %2 erkannt, %3 Annotation, %4 Bildfeld)</translation>
    </message>
    <message>
        <source>%1: could not record the model in the project</source>
        <translation>%1: Das Modell konnte nicht im Projekt gespeichert werden</translation>
    </message>
    <message>
        <source>Scale of the brightness, contrast and stain augmentation (default 1; 0 turns it off)</source>
        <translation>Stärke der Helligkeits-, Kontrast- und Färbungsaugmentierung (Standard 1; 0 schaltet sie ab)</translation>
    </message>
    <message>
        <source>Validate without averaging each image&apos;s four flips</source>
        <translation>Validieren, ohne über die vier Spiegelungen jedes Bildes zu mitteln</translation>
    </message>
    <message>
        <source>Cells: %1</source>
        <translation>Zellen: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Train only on the cells of fields with exactly one white cell (the seed recipe&apos;s selection)</source>
        <translation>Nur mit den Zellen von Bildfeldern mit genau einem Leukozyten trainieren (die Auswahl des Ausgangsrezepts)</translation>
    </message>
    <message>
        <source>Loading cells: %1%</source>
        <translation>Zellen werden geladen: %1%</translation>
    </message>
    <message>
        <source>Checkpoint file, written every epoch and removed when the run finishes; an existing one resumes the run when its size and checksum check out and it belongs to a run of the same parameters and data</source>
        <translation>Checkpoint-Datei, in jeder Epoche geschrieben und entfernt, wenn der Lauf endet; eine vorhandene setzt den Lauf fort, wenn ihre Größe und Prüfsumme stimmen und sie zu einem Lauf mit denselben Parametern und Daten gehört</translation>
    </message>
    <message>
        <source>Project file or postgresql:// URL</source>
        <translation>Projektdatei oder postgresql://-URL</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>WBC Studio</source>
        <translation>WBC Studio</translation>
    </message>
    <message>
        <source>Project file or dataset folder</source>
        <translation>Projektdatei oder Datensatzordner</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE after a few seconds and quit (for documentation)</source>
        <translation>Nach einigen Sekunden ein Bild des Fensters in FILE speichern und beenden (für die Dokumentation)</translation>
    </message>
    <message>
        <source>Select the image named NAME</source>
        <translation>Das Bild namens NAME auswählen</translation>
    </message>
    <message>
        <source>Show only: multi, none, unlabeled</source>
        <translation>Nur anzeigen: multi, none, unlabeled</translation>
    </message>
    <message>
        <source>Start a training run on the project (with --screenshot)</source>
        <translation>Einen Trainingslauf mit dem Projekt starten (mit --screenshot)</translation>
    </message>
    <message>
        <source>Seconds before the picture</source>
        <translation>Sekunden bis zum Bild</translation>
    </message>
    <message>
        <source>With --screenshot: review (the review panel, predicting first if needed), saliency, report (the differential count dialog is pictured), gallery (the cell gallery), suspects (the label check&apos;s queue), adjudication (the adjudication queue), agreement (the agreement dialog is pictured); comma-separated</source>
        <translation>Mit --screenshot: review (der Überprüfungsbereich, bei Bedarf wird zuerst vorhergesagt), saliency, report (der Dialog Differentialblutbild wird abgebildet), gallery (die Zellgalerie), suspects (die Warteschlange der Klassifizierungsprüfung), adjudication (die Warteschlange der Schiedsentscheidung), agreement (der Dialog Übereinstimmung wird abgebildet); durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Open PATH, print how long until the window shows it all (slide browser, cell gallery, slide list) as one JSON line, and quit (docs/BENCHMARKS.md)</source>
        <translation>PFAD öffnen, als eine JSON-Zeile ausgeben, wie lange es dauert, bis das Fenster alles zeigt (Präparate-Browser, Zellgalerie, Präparateliste), und beenden (docs/BENCHMARKS.md)</translation>
    </message>
</context>
<context>
    <name>wbc::AdjudicationModel</name>
    <message>
        <source>%1, cell %2 of %3</source>
        <translation>%1, Zelle %2 von %3</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Übereinstimmend</translation>
    </message>
    <message>
        <source>Adjudicated as %1 by %2, %3</source>
        <translation>Von %2 als %1 entschieden, %3</translation>
    </message>
    <message>
        <source>The annotators disagree: a label key or button decides</source>
        <translation>Die Annotatoren weichen ab: eine Klassifizierungstaste oder Schaltfläche entscheidet</translation>
    </message>
    <message>
        <source>The annotators&apos; class labels agree now</source>
        <translation>Die Klassifizierungen der Annotatoren stimmen jetzt überein</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
</context>
<context>
    <name>wbc::AdjudicationQueue</name>
    <message>
        <source>Show adjudicated</source>
        <translation>Entschiedene anzeigen</translation>
    </message>
    <message>
        <source>Also list the cells a reviewer has already decided</source>
        <translation>Auch die Zellen auflisten, die ein Prüfer bereits entschieden hat</translation>
    </message>
    <message>
        <source>Show &amp;All Disagreements</source>
        <translation>&amp;Alle Abweichungen anzeigen</translation>
    </message>
    <message>
        <source>Cells to adjudicate</source>
        <translation>Zu entscheidende Zellen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Adjudicate the current cell as %1</source>
        <translation>Die aktuelle Zelle als %1 entscheiden</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nächste</translation>
    </message>
    <message>
        <source>Go to the next cell still to adjudicate, leaving this one as it is</source>
        <translation>Zur nächsten noch zu entscheidenden Zelle gehen und diese unverändert lassen</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n cell(s) where %1.</source>
        <translation>
            <numerusform>Angezeigt wird die %n Zelle, bei der %1.</numerusform>
            <numerusform>Angezeigt werden die %n Zellen, bei denen %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project is open read-only: nothing can be adjudicated</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet: nichts kann entschieden werden</translation>
    </message>
    <message>
        <source>Only a reviewer or the project&apos;s owner adjudicates</source>
        <translation>Nur ein Prüfer oder der Eigentümer des Projekts entscheidet</translation>
    </message>
    <message>
        <source>Select a cell to adjudicate</source>
        <translation>Wählen Sie eine Zelle zur Entscheidung aus</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>Disagreements need two annotators: %n annotator(s) labelled cells of this project so far</source>
        <translation>
            <numerusform>Abweichungen brauchen zwei Annotatoren: bisher hat %n Annotator Zellen dieses Projekts klassifiziert</numerusform>
            <numerusform>Abweichungen brauchen zwei Annotatoren: bisher haben %n Annotatoren Zellen dieses Projekts klassifiziert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 chosen cells still to adjudicate (%3 annotators)</source>
        <translation>%1 von %2 ausgewählten Zellen noch zu entscheiden (%3 Annotatoren)</translation>
    </message>
    <message>
        <source>%1 of %2 disagreements still to adjudicate (%3 annotators)</source>
        <translation>%1 von %2 Abweichungen noch zu entscheiden (%3 Annotatoren)</translation>
    </message>
    <message>
        <source>A label key or a button decides the current cell: the choice becomes its label, recorded as an adjudication, and the next cell to do is selected. The clear key withdraws an adjudication. Ctrl+Z undoes.</source>
        <translation>Eine Klassifizierungstaste oder eine Schaltfläche entscheidet die aktuelle Zelle: Die Wahl wird ihre Klassifizierung, als Schiedsentscheidung gespeichert, und die nächste offene Zelle wird ausgewählt. Die Taste zum Entfernen zieht eine Schiedsentscheidung zurück. Ctrl+Z macht rückgängig.</translation>
    </message>
    <message>
        <source>Only reviewers and the project&apos;s owner adjudicate: here you see each annotator&apos;s label.</source>
        <translation>Nur Prüfer und der Eigentümer des Projekts entscheiden: Hier sehen Sie die Klassifizierung jedes Annotators.</translation>
    </message>
</context>
<context>
    <name>wbc::AgreementDialog</name>
    <message>
        <source>Inter-annotator Agreement</source>
        <translation>Übereinstimmung zwischen Annotatoren</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>schlecht</translation>
    </message>
    <message>
        <source>slight</source>
        <translation>gering</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>ausreichend</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittelmäßig</translation>
    </message>
    <message>
        <source>substantial</source>
        <translation>beachtlich</translation>
    </message>
    <message>
        <source>almost perfect</source>
        <translation>fast vollkommen</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <source>Cells labelled</source>
        <translation>Klassifizierte Zellen</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>Annotatoren</translation>
    </message>
    <message>
        <source>Annotator A</source>
        <translation>Annotator A</translation>
    </message>
    <message>
        <source>Annotator B</source>
        <translation>Annotator B</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Zellen</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>Cohens κ</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Same class</source>
        <translation>Gleiche Klasse</translation>
    </message>
    <message>
        <source>Annotator pairs</source>
        <translation>Annotatorpaare</translation>
    </message>
    <message>
        <source>Cells: labelled with a class by both. Cohen&apos;s κ: 1 when they always agree, 0 when they agree only as often as chance would.</source>
        <translation>Zellen: von beiden mit einer Klasse klassifiziert. Cohens κ: 1, wenn sie immer übereinstimmen, 0, wenn sie nur so oft übereinstimmen, wie es der Zufall erwarten ließe.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Specific agreement</source>
        <translation>Spezifische Übereinstimmung</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Agreement per class</source>
        <translation>Übereinstimmung pro Klasse</translation>
    </message>
    <message>
        <source>Of the pairs of ratings in which one annotator chose the class, the share in which the other chose it too</source>
        <translation>Unter den Bewertungspaaren, in denen ein Annotator die Klasse gewählt hat, der Anteil, in dem der andere sie ebenfalls gewählt hat</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>Pro Klasse</translation>
    </message>
    <message>
        <source>Choose a pair of annotators who labelled the same cells.</source>
        <translation>Wählen Sie ein Paar von Annotatoren, die dieselben Zellen klassifiziert haben.</translation>
    </message>
    <message>
        <source>Confusion matrix of the chosen pair</source>
        <translation>Konfusionsmatrix des ausgewählten Paars</translation>
    </message>
    <message>
        <source>Only class labels are ratings: a cell an annotator called unidentified or not counted is not rated by them. Kappa in words after Landis and Koch (1977). Click a matrix entry to see its cells.</source>
        <translation>Nur Klassifizierungen mit einer Klasse sind Bewertungen: Eine Zelle, die ein Annotator als nicht identifiziert oder nicht gezählt eingestuft hat, wird von ihm nicht bewertet. Kappa in Worten nach Landis und Koch (1977). Klicken Sie auf einen Eintrag der Matrix, um seine Zellen zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the labels again</source>
        <translation>Die Klassifizierungen erneut lesen</translation>
    </message>
    <message numerus="yes">
        <source>Agreement needs two annotators: %n annotator(s) labelled cells of this project with a class.</source>
        <translation>
            <numerusform>Übereinstimmung braucht zwei Annotatoren: %n Annotator hat Zellen dieses Projekts mit einer Klasse klassifiziert.</numerusform>
            <numerusform>Übereinstimmung braucht zwei Annotatoren: %n Annotatoren haben Zellen dieses Projekts mit einer Klasse klassifiziert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 annotators. Fleiss&apos; κ: no cell was labelled with a class by every annotator.</source>
        <translation>%1 Annotatoren. Fleiss&apos; κ: Keine Zelle wurde von jedem Annotator mit einer Klasse klassifiziert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 annotators. Fleiss&apos; κ %2 (%3) over the %n cell(s) every annotator labelled with a class.</source>
        <translation>
            <numerusform>%1 Annotatoren. Fleiss&apos; κ %2 (%3) über die %n Zelle, die jeder Annotator mit einer Klasse klassifiziert hat.</numerusform>
            <numerusform>%1 Annotatoren. Fleiss&apos; κ %2 (%3) über die %n Zellen, die jeder Annotator mit einer Klasse klassifiziert hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (rows) against %2 (columns)</source>
        <translation>%1 (Zeilen) gegen %2 (Spalten)</translation>
    </message>
    <message>
        <source>%1 said %2 and %3 said %4</source>
        <translation>%1 %2 gewählt hat und %3 %4</translation>
    </message>
</context>
<context>
    <name>wbc::AuditQueueModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Labelled %1 when audited</source>
        <translation>Beim Audit als %1 klassifiziert</translation>
    </message>
    <message>
        <source>Out-of-fold probabilities (fold %1&apos;s model never saw this cell): %2
Label quality %3: lower is more likely wrong</source>
        <translation>Out-of-Fold-Wahrscheinlichkeiten (das Modell von Fold %1 hat diese Zelle nie gesehen): %2
Klassifizierungsqualität %3: niedriger ist eher falsch</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Out-of-fold probabilities</source>
        <translation>Out-of-Fold-Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
</context>
<context>
    <name>wbc::BusyPrompt</name>
    <message>
        <source>a training run</source>
        <translation>ein Trainingslauf</translation>
    </message>
    <message>
        <source>Quit WBC Studio</source>
        <translation>WBC Studio beenden</translation>
    </message>
    <message>
        <source>Close Project</source>
        <translation>Projekt schließen</translation>
    </message>
    <message>
        <source>Still running: %1.</source>
        <translation>Läuft noch: %1.</translation>
    </message>
    <message>
        <source>Let it finish and WBC Studio quits when it is done, or stop it and quit now.</source>
        <translation>Fertig laufen lassen: WBC Studio beendet sich danach. Oder jetzt anhalten und beenden.</translation>
    </message>
    <message>
        <source>Let it finish and the project closes when it is done, or stop it and close the project.</source>
        <translation>Fertig laufen lassen: Das Projekt wird danach geschlossen. Oder anhalten und das Projekt schließen.</translation>
    </message>
    <message>
        <source>A stopped training run keeps its checkpoint: resume it from the runs list of the Training dashboard.</source>
        <translation>Ein angehaltener Trainingslauf behält seinen Checkpoint: Sie können ihn in der Liste der Läufe im Training fortsetzen.</translation>
    </message>
    <message>
        <source>Let It Finish</source>
        <translation>Fertig laufen lassen</translation>
    </message>
    <message>
        <source>Stop It</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>WBC Studio quits when the running work is done</source>
        <translation>WBC Studio wird beendet, sobald die laufende Arbeit fertig ist</translation>
    </message>
    <message>
        <source>The project closes when the running work is done</source>
        <translation>Das Projekt wird geschlossen, sobald die laufende Arbeit fertig ist</translation>
    </message>
    <message>
        <source>Stopping; the project closes when it has stopped</source>
        <translation>Wird angehalten; das Projekt wird danach geschlossen</translation>
    </message>
</context>
<context>
    <name>wbc::CellGalleryDelegate</name>
    <message>
        <source>Cannot read the image</source>
        <translation>Das Bild kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
</context>
<context>
    <name>wbc::CellGalleryModel</name>
    <message>
        <source>No prediction</source>
        <translation>Keine Vorhersage</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n prediction(s)</source>
        <translation>
            <numerusform>%n Vorhersage übernehmen</numerusform>
            <numerusform>%n Vorhersagen übernehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, cell %2</source>
        <translation>%1, Zelle %2</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>Klasse: %1</translation>
    </message>
    <message>
        <source>Predicted: %1 (%2%)</source>
        <translation>Vorhergesagt: %1 (%2%)</translation>
    </message>
    <message>
        <source>Cell %1: %2</source>
        <translation>Zelle %1: %2</translation>
    </message>
    <message>
        <source>Suspected label error %1 of %2: suggested %3
Out-of-fold probabilities: %4</source>
        <translation>Vermuteter Klassifizierungsfehler %1 von %2: Vorschlag %3
Out-of-Fold-Wahrscheinlichkeiten: %4</translation>
    </message>
    <message numerus="yes">
        <source>Keep %n label(s)</source>
        <translation>
            <numerusform>%n Klassifizierung behalten</numerusform>
            <numerusform>%n Klassifizierungen behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Correct %n cell(s)</source>
        <translation>
            <numerusform>%n Zelle korrigieren</numerusform>
            <numerusform>%n Zellen korrigieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wbc::CellGalleryView</name>
    <message>
        <source>Cell gallery</source>
        <translation>Zellgalerie</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Cells to show</source>
        <translation>Anzuzeigende Zellen</translation>
    </message>
    <message>
        <source>All cells</source>
        <translation>Alle Zellen</translation>
    </message>
    <message>
        <source>Labelled as</source>
        <translation>Klassifiziert als</translation>
    </message>
    <message>
        <source>Predicted as</source>
        <translation>Vorhergesagt als</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>Nicht klassifiziert</translation>
    </message>
    <message>
        <source>Label and prediction disagree</source>
        <translation>Klassifizierung und Vorhersage weichen ab</translation>
    </message>
    <message>
        <source>Low confidence (below %1%)</source>
        <translation>Niedrige Konfidenz (unter %1%)</translation>
    </message>
    <message>
        <source>Unidentified</source>
        <translation>Nicht identifiziert</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Nicht gezählt</translation>
    </message>
    <message>
        <source>Class to show</source>
        <translation>Anzuzeigende Klasse</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppieren nach:</translation>
    </message>
    <message>
        <source>Group cells by</source>
        <translation>Zellen gruppieren nach</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>S&amp;lide:</source>
        <translation>&amp;Präparat:</translation>
    </message>
    <message>
        <source>Slide to show</source>
        <translation>Anzuzeigendes Präparat</translation>
    </message>
    <message>
        <source>Cells shown</source>
        <translation>Angezeigte Zellen</translation>
    </message>
    <message>
        <source>Cells of group %1</source>
        <translation>Zellen der Gruppe %1</translation>
    </message>
    <message>
        <source>Open a project to see its cells.</source>
        <translation>Öffnen Sie ein Projekt, um seine Zellen zu sehen.</translation>
    </message>
    <message>
        <source>Reading the cells...</source>
        <translation>Die Zellen werden gelesen...</translation>
    </message>
    <message>
        <source>No cell matches the filter.</source>
        <translation>Keine Zelle entspricht dem Filter.</translation>
    </message>
    <message>
        <source>All slides</source>
        <translation>Alle Präparate</translation>
    </message>
    <message>
        <source>Reading cells...</source>
        <translation>Zellen werden gelesen...</translation>
    </message>
    <message>
        <source>%1 of %2 cells</source>
        <translation>%1 von %2 Zellen</translation>
    </message>
    <message>
        <source>The project is open read-only: labels cannot be changed</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet: Klassifizierungen können nicht geändert werden</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) labelled %1</source>
        <translation>
            <numerusform>%n Zelle als %1 klassifiziert</numerusform>
            <numerusform>%n Zellen als %1 klassifiziert</numerusform>
        </translation>
    </message>
    <message>
        <source>No prediction to accept: predict with the active model first</source>
        <translation>Keine Vorhersage zum Übernehmen: Sagen Sie zuerst mit dem aktiven Modell vorher</translation>
    </message>
    <message numerus="yes">
        <source>%n prediction(s) accepted</source>
        <translation>
            <numerusform>%n Vorhersage übernommen</numerusform>
            <numerusform>%n Vorhersagen übernommen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reclassify As</source>
        <translation>&amp;Umklassifizieren als</translation>
    </message>
    <message>
        <source>&amp;Accept Prediction</source>
        <translation>Vorhersage ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>&amp;Show in Field</source>
        <translation>Im Bildfeld &amp;zeigen</translation>
    </message>
    <message>
        <source>This project has no white cells yet: import annotations or run cell detection (Cells menu).</source>
        <translation>Dieses Projekt hat noch keine Leukozyten: Annotationen importieren oder die Zellerkennung ausführen (Menü Zellen).</translation>
    </message>
    <message>
        <source>Suspected label errors</source>
        <translation>Vermutete Klassifizierungsfehler</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) kept</source>
        <translation>
            <numerusform>%n Klassifizierung behalten</numerusform>
            <numerusform>%n Klassifizierungen behalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wbc::CellGroupHeader</name>
    <message numerus="yes">
        <source>%1: %n cell(s)</source>
        <translation>
            <numerusform>%1: %n Zelle</numerusform>
            <numerusform>%1: %n Zellen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
</context>
<context>
    <name>wbc::CellViewer</name>
    <message>
        <source>Cell viewer</source>
        <translation>Zellansicht</translation>
    </message>
</context>
<context>
    <name>wbc::CheckLabelsDialog</name>
    <message>
        <source>Check Labels</source>
        <translation>Klassifizierungen prüfen</translation>
    </message>
    <message>
        <source>Trains the classifier %1 times, each time without one part of the labelled cells, and scores every cell with the model that never saw it. Cells whose label that model finds unlikely come first in the review queue. The project stays usable while it runs.</source>
        <translation>Trainiert den Klassifikator %1-mal, jedes Mal ohne einen Teil der klassifizierten Zellen, und bewertet jede Zelle mit dem Modell, das sie nie gesehen hat. Zellen, deren Klassifizierung dieses Modell für unwahrscheinlich hält, stehen in der Überprüfungswarteschlange vorn. Das Projekt bleibt während der Prüfung nutzbar.</translation>
    </message>
    <message>
        <source>Four classes</source>
        <translation>Vier Klassen</translation>
    </message>
    <message>
        <source>Polynuclear or mononuclear</source>
        <translation>Polymorphkernig oder mononukleär</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Aufgabe:</translation>
    </message>
    <message>
        <source>Parts of the labelled cells (kept by field, and by slide when there are enough slides)</source>
        <translation>Teile der klassifizierten Zellen (nach Bildfeld zusammengehalten, und nach Präparat, wenn es genug Präparate gibt)</translation>
    </message>
    <message>
        <source>&amp;Folds:</source>
        <translation>&amp;Folds:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Folds</source>
        <translation>Folds</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
</context>
<context>
    <name>wbc::ConfusionMatrixView</name>
    <message>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>true %1, predicted %2: %3</source>
        <translation>wahr %1, vorhergesagt %2: %3</translation>
    </message>
    <message>
        <source>The validation confusion matrix appears after the first epoch.</source>
        <translation>Die Konfusionsmatrix der Validierung erscheint nach der ersten Epoche.</translation>
    </message>
    <message>
        <source>Validation: rows true class, columns prediction</source>
        <translation>Validierung: Zeilen wahre Klasse, Spalten Vorhersage</translation>
    </message>
    <message>
        <source>predicted class →</source>
        <translation>vorhergesagte Klasse →</translation>
    </message>
    <message>
        <source>True %1, predicted %2: %3 images — click to show them</source>
        <translation>Wahr %1, vorhergesagt %2: %3 Bilder – zum Anzeigen klicken</translation>
    </message>
    <message>
        <source>%1: %2, %3: %4 (%5)</source>
        <translation>%1: %2, %3: %4 (%5)</translation>
    </message>
    <message>
        <source>%1 →</source>
        <translation>%1 →</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3: %4 — %n cell(s), click to show them</source>
        <translation>
            <numerusform>%1: %2, %3: %4 – %n Zelle, zum Anzeigen klicken</numerusform>
            <numerusform>%1: %2, %3: %4 – %n Zellen, zum Anzeigen klicken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wbc::ImageListModel</name>
    <message>
        <source>Unlabeled</source>
        <translation>Nicht klassifiziert</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>Klasse: %1</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>von %1, %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>set by a person</source>
        <translation>von einer Person gesetzt</translation>
    </message>
    <message>
        <source>from detection</source>
        <translation>aus der Erkennung</translation>
    </message>
    <message>
        <source>Several white cells (%1)</source>
        <translation>Mehrere Leukozyten (%1)</translation>
    </message>
    <message>
        <source>No white cell found (%1)</source>
        <translation>Kein Leukozyt gefunden (%1)</translation>
    </message>
    <message>
        <source>One white cell (%1)</source>
        <translation>Ein Leukozyt (%1)</translation>
    </message>
    <message>
        <source>Predicted: %1 (%2%)</source>
        <translation>Vorhergesagt: %1 (%2%)</translation>
    </message>
    <message>
        <source>Cannot show the image: %1</source>
        <translation>Bild kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>unlabeled</source>
        <translation>nicht klassifiziert</translation>
    </message>
    <message numerus="yes">
        <source>%n white cell(s): %1</source>
        <translation>
            <numerusform>%n Leukozyt: %1</numerusform>
            <numerusform>%n Leukozyten: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs per-cell labels (listed for the image: %1)</source>
        <translation>Braucht Klassifizierungen pro Zelle (für das Bild aufgeführt: %1)</translation>
    </message>
    <message>
        <source>Outside the project&apos;s folder: %1</source>
        <translation>Außerhalb des Projektordners: %1</translation>
    </message>
</context>
<context>
    <name>wbc::LabelHistoryPanel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Label history</source>
        <translation>Klassifizierungsverlauf</translation>
    </message>
    <message>
        <source>label cleared</source>
        <translation>Klassifizierung entfernt</translation>
    </message>
    <message>
        <source>flag: %1</source>
        <translation>Markierung: %1</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <source>Whole field</source>
        <translation>Ganzes Bildfeld</translation>
    </message>
    <message>
        <source>Cell %1</source>
        <translation>Zelle %1</translation>
    </message>
    <message>
        <source>Deleted cell</source>
        <translation>Gelöschte Zelle</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Bildfeld</translation>
    </message>
    <message>
        <source>flag: %1 withdrawn</source>
        <translation>Markierung: %1 zurückgezogen</translation>
    </message>
</context>
<context>
    <name>wbc::LabelLegend</name>
    <message>
        <source>Labeling keys</source>
        <translation>Klassifizierungstasten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Current label&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aktuelle Klasse&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Current label</source>
        <translation>Aktuelle Klasse</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keys&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tasten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Keys label the selected cell (Ctrl+click selects several) and advance to the next unlabeled cell. Tab and Shift+Tab move between the cells of the field.</source>
        <translation>Tasten klassifizieren die ausgewählte Zelle (Ctrl+Klick wählt mehrere aus) und springen zur nächsten nicht klassifizierten Zelle. Tab und Shift+Tab wechseln zwischen den Zellen des Bildfelds.</translation>
    </message>
</context>
<context>
    <name>wbc::MainWindow</name>
    <message>
        <source>WBC Studio</source>
        <translation>WBC Studio</translation>
    </message>
    <message>
        <source>Project counts</source>
        <translation>Projektzahlen</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Label History</source>
        <translation>Klassifizierungsverlauf</translation>
    </message>
    <message>
        <source>&lt;opened project&gt;</source>
        <translation>&lt;geöffnetes Projekt&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Project...</source>
        <translation>&amp;Neues Projekt...</translation>
    </message>
    <message>
        <source>&amp;Open Project...</source>
        <translation>Projekt ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import Folder...</source>
        <translation>Ordner &amp;importieren...</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export Labels</source>
        <translation>Klassifizierungen &amp;exportieren</translation>
    </message>
    <message>
        <source>As &amp;CSV...</source>
        <translation>Als &amp;CSV...</translation>
    </message>
    <message>
        <source>As Pascal &amp;VOC...</source>
        <translation>Als Pascal &amp;VOC...</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Klassifizieren</translation>
    </message>
    <message>
        <source>&amp;Cells</source>
        <translation>&amp;Zellen</translation>
    </message>
    <message>
        <source>&amp;Detect White Cells in Project</source>
        <translation>Leukozyten im Projekt &amp;erkennen</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Mark as &amp;Single Cell</source>
        <translation>Als &amp;einzelne Zelle markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;Several Cells</source>
        <translation>Als &amp;mehrere Zellen markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;No White Cell</source>
        <translation>Als &amp;kein Leukozyt markieren</translation>
    </message>
    <message>
        <source>&amp;Draw Box</source>
        <translation>Rahmen &amp;zeichnen</translation>
    </message>
    <message>
        <source>De&amp;lete Box</source>
        <translation>Rahmen &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>Training &amp;Dashboard</source>
        <translation>Training-&amp;Übersicht</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Start Training</source>
        <translation>Training &amp;starten</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About WBC Studio</source>
        <translation>Ü&amp;ber WBC Studio</translation>
    </message>
    <message>
        <source>Label as %1</source>
        <translation>Als %1 klassifizieren</translation>
    </message>
    <message>
        <source>Clear Label</source>
        <translation>Klassifizierung entfernen</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner existiert nicht</translation>
    </message>
    <message>
        <source>The folder is read-only: where should the project be saved?</source>
        <translation>Der Ordner ist schreibgeschützt: Wo soll das Projekt gespeichert werden?</translation>
    </message>
    <message>
        <source>WBC Studio projects (*.wbc)</source>
        <translation>WBC-Studio-Projekte (*.wbc)</translation>
    </message>
    <message>
        <source>Wait for the running job to finish, or cancel it</source>
        <translation>Warten Sie, bis der laufende Auftrag fertig ist, oder brechen Sie ihn ab</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <source>Imported %1 new images (%2 already there, %3 skipped)%4</source>
        <translation>%1 neue Bilder importiert (%2 bereits vorhanden, %3 übersprungen)%4</translation>
    </message>
    <message numerus="yes">
        <source>; %n problem(s), the first: %1</source>
        <translation>
            <numerusform>; %n Problem: %1</numerusform>
            <numerusform>; %n Probleme, das erste: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Detecting white cells</source>
        <translation>Leukozyten werden erkannt</translation>
    </message>
    <message>
        <source>Detection: %1 single, %2 with several cells, %3 without a white cell%4</source>
        <translation>Erkennung: %1 mit einer Zelle, %2 mit mehreren Zellen, %3 ohne Leukozyt%4</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>Cells: %1 (%2)</source>
        <translation>Zellen: %1 (%2)</translation>
    </message>
    <message>
        <source>Unlabeled</source>
        <translation>Nicht klassifiziert</translation>
    </message>
    <message>
        <source>No project open: File &gt; Open Project or Import Folder</source>
        <translation>Kein Projekt geöffnet: Datei &gt; Projekt öffnen oder Ordner importieren</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>%1 already exists; open it with File &gt; Open Project</source>
        <translation>%1 existiert bereits; öffnen Sie es mit Datei &gt; Projekt öffnen</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <source>Export Labels</source>
        <translation>Klassifizierungen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export VOC Annotations</source>
        <translation>VOC-Annotationen exportieren</translation>
    </message>
    <message>
        <source>Labels exported</source>
        <translation>Klassifizierungen exportiert</translation>
    </message>
    <message>
        <source>About WBC Studio</source>
        <translation>Über WBC Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;WBC Studio %1&lt;/h3&gt;&lt;p&gt;Label white blood cells, train a classifier and count differentials.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 &amp;mdash; GNU LGPL version 3&lt;/li&gt;&lt;li&gt;OpenCV %3 &amp;mdash; Apache License 2.0&lt;/li&gt;&lt;li&gt;LibTorch (PyTorch) &amp;mdash; BSD 3-Clause License&lt;/li&gt;&lt;li&gt;QCustomPlot &amp;mdash; GNU GPL version 3&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The BCCD blood cell images used for development and tests are not part of the program; see the BCCD dataset&apos;s own licence before redistributing them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;WBC Studio %1&lt;/h3&gt;&lt;p&gt;Leukozyten klassifizieren, einen Klassifikator trainieren und ein Differentialblutbild zählen.&lt;/p&gt;&lt;p&gt;Erstellt mit:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 &amp;mdash; GNU LGPL Version 3&lt;/li&gt;&lt;li&gt;OpenCV %3 &amp;mdash; Apache License 2.0&lt;/li&gt;&lt;li&gt;LibTorch (PyTorch) &amp;mdash; BSD-3-Clause-Lizenz&lt;/li&gt;&lt;li&gt;QCustomPlot &amp;mdash; GNU GPL Version 3&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Die BCCD-Blutzellbilder, die für Entwicklung und Tests verwendet werden, sind nicht Teil des Programms; beachten Sie vor einer Weitergabe die Lizenz des BCCD-Datensatzes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1; close it there first</source>
        <translation>%1; schließen Sie es zuerst dort</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>Über&amp;prüfung</translation>
    </message>
    <message>
        <source>&amp;Review Predictions</source>
        <translation>&amp;Vorhersagen überprüfen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Predict with Active Model</source>
        <translation>Mit aktivem &amp;Modell vorhersagen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Show &amp;Saliency</source>
        <translation>&amp;Salienz anzeigen</translation>
    </message>
    <message>
        <source>Overlay what the model looked at (Grad-CAM)</source>
        <translation>Einblenden, worauf das Modell geachtet hat (Grad-CAM)</translation>
    </message>
    <message>
        <source>Retrain from &amp;Review</source>
        <translation>Nach Überprüfung neu &amp;trainieren</translation>
    </message>
    <message>
        <source>&amp;Differential Count...</source>
        <translation>&amp;Differentialblutbild...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>%1. It is open read-only here: labels cannot be changed.</source>
        <translation>%1. Es ist hier schreibgeschützt geöffnet: Klassifizierungen können nicht geändert werden.</translation>
    </message>
    <message>
        <source>There is no active model to predict with: train one, or choose one in the training dashboard&apos;s runs list.</source>
        <translation>Es gibt kein aktives Modell für die Vorhersage: Trainieren Sie eines oder wählen Sie eines in der Liste der Läufe in der Training-Übersicht.</translation>
    </message>
    <message>
        <source>Predicting</source>
        <translation>Bilder werden vorhergesagt</translation>
    </message>
    <message numerus="yes">
        <source>; %n unreadable, the first: %1</source>
        <translation>
            <numerusform>; %n Bild unlesbar: %1</numerusform>
            <numerusform>; %n Bilder unlesbar, das erste: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>run %1, %2, %3 (%4)</source>
        <translation>Lauf %1, %2, %3 (%4)</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Next &amp;Unlabeled Field</source>
        <translation>&amp;Nächstes nicht klassifiziertes Bildfeld</translation>
    </message>
    <message>
        <source>No field with an unlabeled cell after this one</source>
        <translation>Kein Bildfeld mit einer nicht klassifizierten Zelle nach diesem</translation>
    </message>
    <message>
        <source>Next &amp;Cell</source>
        <translation>Nächste &amp;Zelle</translation>
    </message>
    <message>
        <source>Tab in the viewer or the image grid</source>
        <translation>Tab in der Zellansicht oder im Bildraster</translation>
    </message>
    <message>
        <source>&amp;Previous Cell</source>
        <translation>&amp;Vorherige Zelle</translation>
    </message>
    <message>
        <source>Shift+Tab in the viewer or the image grid</source>
        <translation>Shift+Tab in der Zellansicht oder im Bildraster</translation>
    </message>
    <message>
        <source>Select &amp;All Cells of the Field</source>
        <translation>&amp;Alle Zellen des Bildfelds auswählen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Next &amp;Uncertain Cell</source>
        <translation>Nächste &amp;unsichere Zelle</translation>
    </message>
    <message>
        <source>No unlabeled cell with a prediction: predict first</source>
        <translation>Keine nicht klassifizierte Zelle mit Vorhersage: Sagen Sie zuerst vorher</translation>
    </message>
    <message>
        <source>Every cell of this field is labeled, and no field after it needs labels</source>
        <translation>Jede Zelle dieses Bildfelds ist klassifiziert, und kein folgendes Bildfeld braucht Klassifizierungen</translation>
    </message>
    <message>
        <source>No white cell</source>
        <translation>Kein Leukozyt</translation>
    </message>
    <message>
        <source>A key labels the whole field.</source>
        <translation>Eine Taste klassifiziert das ganze Bildfeld.</translation>
    </message>
    <message>
        <source>Cell %1 of %2: %3</source>
        <translation>Zelle %1 von %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n cells selected: a key labels them all</source>
        <translation>
            <numerusform>%n Zelle ausgewählt: eine Taste klassifiziert sie</numerusform>
            <numerusform>%n Zellen ausgewählt: eine Taste klassifiziert sie alle</numerusform>
        </translation>
    </message>
    <message>
        <source>by %1, %2 (%3)</source>
        <translation>von %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Needs per-cell labels; listed for the image at import: %1</source>
        <translation>Braucht Klassifizierungen pro Zelle; beim Import für das Bild aufgeführt: %1</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 white cells labeled, %4 images (%5 with several cells, %6 with no label yet)</source>
        <translation>%1 — %2 von %3 Leukozyten klassifiziert, %4 Bilder (%5 mit mehreren Zellen, %6 noch ohne Klassifizierung)</translation>
    </message>
    <message>
        <source>Cell Gallery</source>
        <translation>Zellgalerie</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>slide %1</source>
        <translation>Präparat %1</translation>
    </message>
    <message>
        <source>The image browser&apos;s filter hides this image</source>
        <translation>Der Filter der Präparatübersicht blendet dieses Bild aus</translation>
    </message>
    <message>
        <source>Prediction: %1 white cells in %2 of %3 images%4%5</source>
        <translation>Vorhersage: %1 Leukozyten in %2 von %3 Bildern%4%5</translation>
    </message>
    <message numerus="yes">
        <source>%n unlabeled cell(s) in the uncertainty queue</source>
        <translation>
            <numerusform>%n nicht klassifizierte Zelle in der Unsicherheitswarteschlange</numerusform>
            <numerusform>%n nicht klassifizierte Zellen in der Unsicherheitswarteschlange</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Move Images to Slide...</source>
        <translation>Bilder in Präparat &amp;verschieben...</translation>
    </message>
    <message>
        <source>Move to Slide</source>
        <translation>In Präparat verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n image(s) to the slide (choose one or type a new name):</source>
        <translation>
            <numerusform>%n Bild in das Präparat verschieben (eines wählen oder einen neuen Namen eingeben):</numerusform>
            <numerusform>%n Bilder in das Präparat verschieben (eines wählen oder einen neuen Namen eingeben):</numerusform>
        </translation>
    </message>
    <message>
        <source>Check &amp;Labels...</source>
        <translation>&amp;Klassifizierungen prüfen...</translation>
    </message>
    <message>
        <source>%1 is open read-only: a label check stores its result in the project</source>
        <translation>%1 ist schreibgeschützt geöffnet: eine Klassifizierungsprüfung speichert ihr Ergebnis im Projekt</translation>
    </message>
    <message>
        <source>Checking labels</source>
        <translation>Klassifizierungen werden geprüft</translation>
    </message>
    <message>
        <source>Label check cancelled</source>
        <translation>Klassifizierungsprüfung abgebrochen</translation>
    </message>
    <message>
        <source>The label check failed: %1</source>
        <translation>Die Klassifizierungsprüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Label check: %1 cells in %2 folds, %n suspect(s), %3 s</source>
        <translation>
            <numerusform>Klassifizierungsprüfung: %1 Zellen in %2 Folds, %n verdächtige Zelle, %3 s</numerusform>
            <numerusform>Klassifizierungsprüfung: %1 Zellen in %2 Folds, %n verdächtige Zellen, %3 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected user and role</source>
        <translation>Verbundener Benutzer und Rolle</translation>
    </message>
    <message>
        <source>Open S&amp;hared Project...</source>
        <translation>&amp;Gemeinsames Projekt öffnen...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open a lab&apos;s project on a PostgreSQL server</source>
        <translation>Ein Projekt des Labors auf einem PostgreSQL-Server öffnen</translation>
    </message>
    <message>
        <source>%1 (shared: %2@%3)</source>
        <translation>%1 (gemeinsam: %2@%3)</translation>
    </message>
    <message>
        <source>Adjudication</source>
        <translation>Schiedsentscheidung</translation>
    </message>
    <message>
        <source>&amp;Adjudicate Disagreements...</source>
        <translation>Abweichungen &amp;entscheiden...</translation>
    </message>
    <message>
        <source>Decide the cells where annotators disagree: the choice becomes the cell&apos;s label</source>
        <translation>Die Zellen entscheiden, bei denen die Annotatoren abweichen: Die Wahl wird die Klassifizierung der Zelle</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>Inter-annotator &amp;Agreement...</source>
        <translation>&amp;Übereinstimmung zwischen Annotatoren...</translation>
    </message>
    <message>
        <source>How well the annotators of this project agree: Cohen&apos;s and Fleiss&apos; kappa, per class, confusion matrices</source>
        <translation>Wie gut die Annotatoren dieses Projekts übereinstimmen: Cohens und Fleiss&apos; Kappa, pro Klasse, Konfusionsmatrizen</translation>
    </message>
    <message>
        <source>Only a reviewer or the project&apos;s owner adjudicates</source>
        <translation>Nur ein Prüfer oder der Eigentümer des Projekts entscheidet</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>Pro&amp;jekt</translation>
    </message>
    <message>
        <source>&amp;Blind Mode</source>
        <translation>&amp;Blindmodus</translation>
    </message>
    <message>
        <source>Annotators see only their own labels, so each labels independently of the others; reviewers and the owner see everyone&apos;s. The project&apos;s owner switches it (shared projects).</source>
        <translation>Annotatoren sehen nur ihre eigenen Klassifizierungen, sodass jeder unabhängig von den anderen klassifiziert; Prüfer und der Eigentümer sehen die Klassifizierungen aller. Der Eigentümer des Projekts schaltet ihn um (gemeinsame Projekte).</translation>
    </message>
    <message>
        <source>&amp;Members...</source>
        <translation>&amp;Mitglieder...</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Project Members</source>
        <translation>Projektmitglieder</translation>
    </message>
    <message>
        <source>&lt;p&gt;Who works on %1:&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;The owner gives roles with &lt;tt&gt;wbc grant --project URL --user NAME --role annotator|reviewer|owner&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wer an %1 arbeitet:&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Der Eigentümer vergibt Rollen mit &lt;tt&gt;wbc grant --project URL --user NAME --role annotator|reviewer|owner&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The server asks %1 for a password.</source>
        <translation>Der Server verlangt ein Passwort für %1.</translation>
    </message>
    <message>
        <source>The server did not accept the password of %1.</source>
        <translation>Der Server hat das Passwort von %1 nicht akzeptiert.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connected to %1 as %2; the server records your labels under this name</source>
        <translation>Verbunden mit %1 als %2; der Server speichert Ihre Klassifizierungen unter diesem Namen</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>The project&apos;s owner does this (you are %1 here)</source>
        <translation>Das macht der Eigentümer des Projekts (Sie sind hier %1)</translation>
    </message>
    <message>
        <source>Training is the project owner&apos;s (you are %1 here)</source>
        <translation>Das Training ist Sache des Eigentümers des Projekts (Sie sind hier %1)</translation>
    </message>
    <message>
        <source>Reviewing predictions is for reviewers and the owner (you are %1 here)</source>
        <translation>Das Überprüfen von Vorhersagen ist Sache der Prüfer und des Eigentümers (Sie sind hier %1)</translation>
    </message>
    <message>
        <source>The project&apos;s owner switches blind mode (you are %1 here)</source>
        <translation>Der Eigentümer des Projekts schaltet den Blindmodus um (Sie sind hier %1)</translation>
    </message>
    <message>
        <source>The server %1 does not answer: labels are not being saved. Reconnecting…</source>
        <translation>Der Server %1 antwortet nicht: Klassifizierungen werden nicht gespeichert. Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Connected to %1 again</source>
        <translation>Wieder mit %1 verbunden</translation>
    </message>
    <message>
        <source>The images of this project are not in %1 on this computer. If they are somewhere else here (a file share mounted under another path), set that folder in Edit &gt; Preferences, &quot;Image folder on this computer&quot;.</source>
        <translation>Die Bilder dieses Projekts sind auf diesem Computer nicht in %1. Wenn sie hier an einem anderen Ort liegen (eine unter einem anderen Pfad eingebundene Dateifreigabe), legen Sie diesen Ordner unter Bearbeiten &gt; Einstellungen, „Bildordner auf diesem Computer“, fest.</translation>
    </message>
    <message>
        <source>The images of this project are not in %1, the image folder set for it in Edit &gt; Preferences.</source>
        <translation>Die Bilder dieses Projekts sind nicht in %1, dem für das Projekt unter Bearbeiten &gt; Einstellungen festgelegten Bildordner.</translation>
    </message>
    <message>
        <source>Preferences...</source>
        <translation>Einstellungen...</translation>
    </message>
    <message>
        <source>Blind mode is on: annotators now see only their own labels</source>
        <translation>Der Blindmodus ist an: Annotatoren sehen jetzt nur ihre eigenen Klassifizierungen</translation>
    </message>
    <message>
        <source>Blind mode is off: annotators see everyone&apos;s labels</source>
        <translation>Der Blindmodus ist aus: Annotatoren sehen die Klassifizierungen aller</translation>
    </message>
    <message>
        <source>%1 as %2 (%3)</source>
        <translation>%1 als %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1: not a WBC Studio project</source>
        <translation>%1: kein WBC-Studio-Projekt</translation>
    </message>
    <message>
        <source>%1 is read-only: labels cannot be changed.</source>
        <translation>%1 ist schreibgeschützt: Klassifizierungen können nicht geändert werden.</translation>
    </message>
    <message>
        <source>No images found in %1: nothing was imported</source>
        <translation>Keine Bilder in %1 gefunden: nichts wurde importiert</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n image(s) of the matrix entry; %1 turned off to show them</source>
        <translation>
            <numerusform>%n Bild des Matrixeintrags wird angezeigt; ausgeschaltet, um es anzuzeigen: %1</numerusform>
            <numerusform>%n Bilder des Matrixeintrags werden angezeigt; ausgeschaltet, um sie anzuzeigen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw a box: drag over the white cell (Esc cancels)</source>
        <translation>Rahmen zeichnen: über den Leukozyten ziehen (Esc bricht ab)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Click a white cell on the slide to label it</source>
        <translation>Klicken Sie auf einen Leukozyten im Präparat, um ihn zu klassifizieren</translation>
    </message>
    <message>
        <source>Every white cell of this slide is labeled</source>
        <translation>Alle Leukozyten dieses Präparats sind klassifiziert</translation>
    </message>
    <message numerus="yes">
        <source>Slide: %n white cell(s)</source>
        <translation>
            <numerusform>Präparat: %n Leukozyt</numerusform>
            <numerusform>Präparat: %n Leukozyten</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a cell to label it; drag to move, the wheel zooms.</source>
        <translation>Klicken Sie auf eine Zelle, um sie zu klassifizieren; Ziehen verschiebt, das Mausrad zoomt.</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>noch etwa %n s</numerusform>
            <numerusform>noch etwa %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>noch etwa %n min</numerusform>
            <numerusform>noch etwa %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find White Cells on Slide</source>
        <translation>Leukozyten im Präparat &amp;finden</translation>
    </message>
    <message>
        <source>Find the white cells of the slide shown in the viewer</source>
        <translation>Die Leukozyten des in der Ansicht gezeigten Präparats finden</translation>
    </message>
    <message>
        <source>Find White Cells on &amp;All Slides</source>
        <translation>Leukozyten in &amp;allen Präparaten finden</translation>
    </message>
    <message>
        <source>Find the white cells of every slide file not scanned completely yet</source>
        <translation>Die Leukozyten aller noch nicht vollständig gescannten Präparatdateien finden</translation>
    </message>
    <message>
        <source>Draw &amp;Counting Area</source>
        <translation>&amp;Zählbereich zeichnen</translation>
    </message>
    <message>
        <source>Drag a rectangle over the slide&apos;s monolayer: its scan covers only that</source>
        <translation>Ziehen Sie ein Rechteck über den Monolayer des Präparats: Nur dieser Bereich wird gescannt</translation>
    </message>
    <message>
        <source>Show a slide file first: select it in the images</source>
        <translation>Zeigen Sie zuerst eine Präparatdatei an: Wählen Sie sie in den Bildern aus</translation>
    </message>
    <message>
        <source>Drag over the counting area of the slide (Esc cancels)</source>
        <translation>Über den Zählbereich des Präparats ziehen (Esc bricht ab)</translation>
    </message>
    <message>
        <source>Counting area set: Find White Cells on Slide scans only there</source>
        <translation>Zählbereich festgelegt: „Leukozyten im Präparat finden“ scannt nur dort</translation>
    </message>
    <message>
        <source>Clear Counting A&amp;rea</source>
        <translation>Zählbereich &amp;löschen</translation>
    </message>
    <message>
        <source>S&amp;top Finding After</source>
        <translation>Suche anhalten &amp;nach</translation>
    </message>
    <message>
        <source>&amp;100 White Cells</source>
        <translation>&amp;100 Leukozyten</translation>
    </message>
    <message>
        <source>&amp;200 White Cells</source>
        <translation>&amp;200 Leukozyten</translation>
    </message>
    <message>
        <source>&amp;All White Cells</source>
        <translation>&amp;Alle Leukozyten</translation>
    </message>
    <message>
        <source>Continue &amp;Finding White Cells on Slide</source>
        <translation>Leukozytensuche im Präparat &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Find White Cells on Slide Again</source>
        <translation>Leukozyten im Präparat erneut &amp;finden</translation>
    </message>
    <message>
        <source>The project has no slide file: File &gt; Import Folder</source>
        <translation>Das Projekt hat keine Präparatdatei: Datei &gt; Ordner importieren</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Finding white cells</source>
        <translation>Leukozyten werden gesucht</translation>
    </message>
    <message numerus="yes">
        <source>Found %n white cell(s)</source>
        <translation>
            <numerusform>%n Leukozyt gefunden</numerusform>
            <numerusform>%n Leukozyten gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; cancelled: Continue Finding White Cells goes on from here</source>
        <translation>%1; abgebrochen: „Leukozytensuche im Präparat fortsetzen“ macht hier weiter</translation>
    </message>
    <message numerus="yes">
        <source>%1; stopped after %n white cell(s) a slide</source>
        <translation>
            <numerusform>%1; angehalten nach %n Leukozyten je Präparat</numerusform>
            <numerusform>%1; angehalten nach %n Leukozyten je Präparat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wbc::OpenSharedProjectDialog</name>
    <message>
        <source>Open Shared Project</source>
        <translation>Gemeinsames Projekt öffnen</translation>
    </message>
    <message>
        <source>A project on the lab&apos;s PostgreSQL server. Your labels are recorded under the user you connect as.</source>
        <translation>Ein Projekt auf dem PostgreSQL-Server des Labors. Ihre Klassifizierungen werden unter dem Benutzer gespeichert, mit dem Sie sich verbinden.</translation>
    </message>
    <message>
        <source>server name or address</source>
        <translation>Servername oder -adresse</translation>
    </message>
    <message>
        <source>the project&apos;s database</source>
        <translation>die Datenbank des Projekts</translation>
    </message>
    <message>
        <source>your PostgreSQL user</source>
        <translation>Ihr PostgreSQL-Benutzer</translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation>nur wenn der Server eines verlangt</translation>
    </message>
    <message>
        <source>Kept in memory while the project is open, never saved. Without one, PGPASSWORD or ~/.pgpass apply.</source>
        <translation>Wird im Speicher gehalten, solange das Projekt geöffnet ist, und nie gespeichert. Ohne Passwort gelten PGPASSWORD oder ~/.pgpass.</translation>
    </message>
    <message>
        <source>How the connection is encrypted (libpq&apos;s sslmode): prefer uses SSL when the server offers it</source>
        <translation>Wie die Verbindung verschlüsselt wird (sslmode von libpq): prefer verwendet SSL, wenn der Server es anbietet</translation>
    </message>
    <message>
        <source>Project URL</source>
        <translation>Projekt-URL</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>&amp;SSL-Modus:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
</context>
<context>
    <name>wbc::PreferencesDialog</name>
    <message>
        <source>After a label key, go to the next unlabeled image</source>
        <translation>Nach einer Klassifizierungstaste zum nächsten nicht klassifizierten Bild springen</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Your name, recorded with every label</source>
        <translation>Ihr Name, der mit jeder Klassifizierung gespeichert wird</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies when WBC Studio starts again.</source>
        <translation>Eine neue Sprache gilt nach dem nächsten Start von WBC Studio.</translation>
    </message>
    <message>
        <source>Labeling keys</source>
        <translation>Klassifizierungstasten</translation>
    </message>
    <message>
        <source>Key for %1</source>
        <translation>Taste für %1</translation>
    </message>
    <message>
        <source>Restore default keys</source>
        <translation>Standardtasten wiederherstellen</translation>
    </message>
    <message>
        <source>Binary mode: label only polynuclear (P) or mononuclear (M)</source>
        <translation>Binärmodus: nur polynukleär (P) oder mononukleär (M) klassifizieren</translation>
    </message>
    <message>
        <source>For the polynuclear vs mononuclear task: two keys instead of five</source>
        <translation>Für die Aufgabe polynukleär gegen mononukleär: zwei Tasten statt fünf</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>The label history records who set each label. Your name:</source>
        <translation>Der Klassifizierungsverlauf speichert, wer jede Klassifizierung gesetzt hat. Ihr Name:</translation>
    </message>
    <message>
        <source>Shared project</source>
        <translation>Gemeinsames Projekt</translation>
    </message>
    <message>
        <source>Image folder on this computer</source>
        <translation>Bildordner auf diesem Computer</translation>
    </message>
    <message>
        <source>Where this computer reads the project&apos;s images (e.g. the file share mounted here). Empty: the folder they were imported from.</source>
        <translation>Wo dieser Computer die Bilder des Projekts liest (z. B. die hier eingebundene Dateifreigabe). Leer: der Ordner, aus dem sie importiert wurden.</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Auswählen...</translation>
    </message>
    <message>
        <source>Image Folder on This Computer</source>
        <translation>Bildordner auf diesem Computer</translation>
    </message>
    <message>
        <source>&amp;Image folder on this computer:</source>
        <translation>&amp;Bildordner auf diesem Computer:</translation>
    </message>
    <message>
        <source>Shared project %1</source>
        <translation>Gemeinsames Projekt %1</translation>
    </message>
    <message>
        <source>The server records your labels in this project as %1, whatever name is set above.</source>
        <translation>Der Server speichert Ihre Klassifizierungen in diesem Projekt als %1, unabhängig vom oben eingestellten Namen.</translation>
    </message>
</context>
<context>
    <name>wbc::ProjectCommands</name>
    <message>
        <source>Could not save the change to %1: %2</source>
        <translation>Die Änderung an %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>A slide needs a name.</source>
        <translation>Ein Präparat braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a slide named &quot;%1&quot;.</source>
        <translation>Es gibt bereits ein Präparat namens „%1“.</translation>
    </message>
    <message>
        <source>%1: permission denied: only the project&apos;s owner does this (you are %2)</source>
        <translation>%1: Zugriff verweigert: nur der Eigentümer des Projekts darf das (Sie sind %2)</translation>
    </message>
    <message>
        <source>%1: permission denied: only a reviewer or the owner reviews and adjudicates (you are %2)</source>
        <translation>%1: Zugriff verweigert: nur ein Prüfer oder der Eigentümer überprüft und entscheidet (Sie sind %2)</translation>
    </message>
</context>
<context>
    <name>wbc::ProjectNotifier</name>
    <message>
        <source>%1: the server does not answer (%2)</source>
        <translation>%1: der Server antwortet nicht (%2)</translation>
    </message>
</context>
<context>
    <name>wbc::ReportDialog</name>
    <message>
        <source>Differential Count</source>
        <translation>Differentialblutbild</translation>
    </message>
    <message>
        <source>Include the active model&apos;s predictions</source>
        <translation>Vorhersagen des aktiven Modells einbeziehen</translation>
    </message>
    <message>
        <source>Counts per class</source>
        <translation>Anzahl pro Klasse</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>&amp;CSV exportieren...</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>&amp;PDF exportieren...</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>Klassifiziert</translation>
    </message>
    <message>
        <source>Labelled %</source>
        <translation>Klassifiziert %</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <source>Predicted %</source>
        <translation>Vorhergesagt %</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Export Differential Count</source>
        <translation>Differentialblutbild exportieren</translation>
    </message>
    <message>
        <source>Differential Count — saved %1</source>
        <translation>Differentialblutbild — %1 gespeichert</translation>
    </message>
    <message>
        <source>Slides to report:</source>
        <translation>Präparate im Bericht:</translation>
    </message>
    <message>
        <source>Slides to report</source>
        <translation>Präparate im Bericht</translation>
    </message>
    <message>
        <source>%1 (%2 images, %3 cells)</source>
        <translation>%1 (%2 Bilder, %3 Zellen)</translation>
    </message>
    <message>
        <source>Specimen %1</source>
        <translation>Probe %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message numerus="yes">
        <source>Only the images selected in the browser (%n)</source>
        <translation>
            <numerusform>Nur das in der Präparatübersicht ausgewählte Bild (%n)</numerusform>
            <numerusform>Nur die in der Präparatübersicht ausgewählten Bilder (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Section shown</source>
        <translation>Angezeigter Abschnitt</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Fields left out of the count:</source>
        <translation>Von der Zählung ausgelassene Bildfelder:</translation>
    </message>
    <message>
        <source>Fields left out</source>
        <translation>Ausgelassene Bildfelder</translation>
    </message>
    <message>
        <source>Slide %1</source>
        <translation>Präparat %1</translation>
    </message>
    <message>
        <source>Slide %1 (specimen %2)</source>
        <translation>Präparat %1 (Probe %2)</translation>
    </message>
    <message>
        <source>All reported slides (total)</source>
        <translation>Alle berichteten Präparate (gesamt)</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 field(s) counted, %4 white cells; %5 counted by label%6.</source>
        <translation>%1 — %2 von %3 Bildfeld(ern) gezählt, %4 Leukozyten; %5 nach Klassifizierung gezählt%6.</translation>
    </message>
    <message>
        <source>, %1 by %2</source>
        <translation>, %1 durch %2</translation>
    </message>
    <message>
        <source>Labelled by %1; last label %2.</source>
        <translation>Klassifiziert von %1; letzte Klassifizierung %2.</translation>
    </message>
    <message>
        <source>Only %1 cells counted by label: fewer than the %2 of a manual differential, so the percentages are imprecise.</source>
        <translation>Nur %1 Zellen nach Klassifizierung gezählt: weniger als die %2 eines manuellen Differentialblutbilds, daher sind die Prozentwerte ungenau.</translation>
    </message>
    <message>
        <source>Only %1 cells counted by prediction (fewer than %2).</source>
        <translation>Nur %1 Zellen nach Vorhersage gezählt (weniger als %2).</translation>
    </message>
    <message>
        <source>95 % CI</source>
        <translation>95-%-KI</translation>
    </message>
    <message>
        <source>95 % confidence interval of the labelled percentage (Wilson score interval)</source>
        <translation>95-%-Konfidenzintervall des klassifizierten Anteils (Wilson-Score-Intervall)</translation>
    </message>
    <message>
        <source>%1 (subtotal)</source>
        <translation>%1 (Zwischensumme)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not labelled yet: %1</source>
        <translation>noch nicht klassifiziert: %1</translation>
    </message>
    <message>
        <source>Listed, not in the percentages: %1</source>
        <translation>Aufgeführt, nicht in den Prozentwerten: %1</translation>
    </message>
    <message>
        <source>Report title</source>
        <translation>Berichtstitel</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Patient or sample ID</source>
        <translation>Patienten- oder Proben-ID</translation>
    </message>
    <message>
        <source>printed in the report&apos;s header</source>
        <translation>wird in der Kopfzeile des Berichts gedruckt</translation>
    </message>
    <message>
        <source>Patient or sample &amp;ID:</source>
        <translation>Patienten- oder Proben-&amp;ID:</translation>
    </message>
    <message>
        <source>Exported file</source>
        <translation>Exportierte Datei</translation>
    </message>
    <message>
        <source>No predictions of %1 for these cells: press Predict (Review &gt; Predict with Active Model), then open the differential count again.</source>
        <translation>Keine Vorhersagen von %1 für diese Zellen: Klicken Sie auf Vorhersagen (Überprüfung &gt; Mit aktivem Modell vorhersagen) und öffnen Sie dann das Differentialblutbild erneut.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Opens the folder %1</source>
        <translation>Öffnet den Ordner %1</translation>
    </message>
</context>
<context>
    <name>wbc::ReviewModel</name>
    <message>
        <source>agrees</source>
        <translation>stimmt überein</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>weicht ab</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Unsicherheit</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Überprüft</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>A cell&apos;s place in its field: &quot;1 of 2&quot;</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Zelle</translation>
    </message>
</context>
<context>
    <name>wbc::ReviewPanel</name>
    <message>
        <source>&amp;Predict</source>
        <translation>&amp;Vorhersagen</translation>
    </message>
    <message>
        <source>Run the active model over every image of the project</source>
        <translation>Das aktive Modell auf jedes Bild des Projekts anwenden</translation>
    </message>
    <message>
        <source>Re&amp;train</source>
        <translation>Neu &amp;trainieren</translation>
    </message>
    <message>
        <source>Train a new model on the labels as they are now</source>
        <translation>Ein neues Modell mit den aktuellen Klassifizierungen trainieren</translation>
    </message>
    <message>
        <source>Differential &amp;Count...</source>
        <translation>&amp;Differentialblutbild...</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>Nicht überprüft</translation>
    </message>
    <message>
        <source>Confidence below</source>
        <translation>Konfidenz unter</translation>
    </message>
    <message>
        <source>Confidence threshold</source>
        <translation>Konfidenzschwelle</translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation>Klassenfilter</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <source>Most uncertain unlabeled first</source>
        <translation>Unsicherste nicht klassifizierte Bilder zuerst</translation>
    </message>
    <message>
        <source>Uncertainty measure</source>
        <translation>Unsicherheitsmaß</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation>Entropie</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>No active model: train one, or choose one in the training dashboard&apos;s runs list.</source>
        <translation>Kein aktives Modell: Trainieren Sie eines oder wählen Sie eines in der Liste der Läufe in der Training-Übersicht.</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>No predictions yet: press Predict.</source>
        <translation>Noch keine Vorhersagen: Klicken Sie auf „Vorhersagen“.</translation>
    </message>
    <message>
        <source>The uncertainty queue: unlabeled cells the model is least sure of, so the next labels teach it the most</source>
        <translation>Die Unsicherheitswarteschlange: nicht klassifizierte Zellen, bei denen das Modell am unsichersten ist, sodass die nächsten Klassifizierungen ihm am meisten beibringen</translation>
    </message>
    <message>
        <source>Cell predictions to review</source>
        <translation>Zu überprüfende Zellvorhersagen</translation>
    </message>
    <message>
        <source>%1 of %2 cells shown. Enter accepts the row (the cell&apos;s label, or the prediction for a cell without one), a class key corrects it; both go to the next row. Ctrl+Z undoes.</source>
        <translation>%1 von %2 Zellen angezeigt. Enter übernimmt die Zeile (die Klassifizierung der Zelle oder die Vorhersage für eine Zelle ohne Klassifizierung), eine Klassentaste korrigiert sie; beide gehen zur nächsten Zeile. Ctrl+Z macht rückgängig.</translation>
    </message>
    <message>
        <source>Select a cell to review</source>
        <translation>Wählen Sie eine Zelle zur Überprüfung aus</translation>
    </message>
    <message>
        <source>Suspected label errors</source>
        <translation>Vermutete Klassifizierungsfehler</translation>
    </message>
    <message>
        <source>The newest label check&apos;s suspects, worst first (Review &gt; Check Labels...): Enter keeps the label, a class key corrects it</source>
        <translation>Die verdächtigen Zellen der neuesten Klassifizierungsprüfung, die schlechtesten zuerst (Überprüfung &gt; Klassifizierungen prüfen...): Enter behält die Klassifizierung, eine Klassentaste korrigiert sie</translation>
    </message>
    <message>
        <source>No label check yet: Review &gt; Check Labels...</source>
        <translation>Noch keine Klassifizierungsprüfung: Überprüfung &gt; Klassifizierungen prüfen...</translation>
    </message>
    <message>
        <source>Label check %1 (%2 classes, %3 folds, %4)</source>
        <translation>Klassifizierungsprüfung %1 (%2 Klassen, %3 Folds, %4)</translation>
    </message>
    <message>
        <source>two</source>
        <translation>zwei</translation>
    </message>
    <message>
        <source>four</source>
        <translation>vier</translation>
    </message>
    <message>
        <source>%1 of %2 suspects still to decide, the most likely mislabelled first. Enter keeps the label, a class key corrects it; the cell then leaves the queue. Ctrl+Z undoes.</source>
        <translation>%1 von %2 verdächtigen Zellen noch zu entscheiden, die wahrscheinlich falsch klassifizierten zuerst. Enter behält die Klassifizierung, eine Klassentaste korrigiert sie; die Zelle verlässt dann die Warteschlange. Ctrl+Z macht rückgängig.</translation>
    </message>
    <message>
        <source>%1 is now the active model. It has no predictions yet, so the review table is empty%2: press Predict, or Edit &gt; Undo (%3) to make %4 active again.</source>
        <translation>%1 ist jetzt das aktive Modell. Es hat noch keine Vorhersagen, daher ist die Überprüfungstabelle leer%2: Klicken Sie auf Vorhersagen oder auf Bearbeiten &gt; Rückgängig (%3), um %4 wieder aktiv zu machen.</translation>
    </message>
    <message numerus="yes">
        <source> (%n cell(s) were listed)</source>
        <translation>
            <numerusform> (%n Zelle war aufgelistet)</numerusform>
            <numerusform> (%n Zellen waren aufgelistet)</numerusform>
        </translation>
    </message>
    <message>
        <source>No predictions yet for this model, which just became the active one: press Predict, or Edit &gt; Undo (%1) to make %2 active again.</source>
        <translation>Noch keine Vorhersagen für dieses Modell, das gerade aktiv geworden ist: Klicken Sie auf Vorhersagen oder auf Bearbeiten &gt; Rückgängig (%1), um %2 wieder aktiv zu machen.</translation>
    </message>
</context>
<context>
    <name>wbc::SaliencyLegend</name>
    <message>
        <source>Saliency legend</source>
        <translation>Salienz-Legende</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the model looked at&lt;/b&gt;</source>
        <translation>&lt;b&gt;Worauf das Modell geachtet hat&lt;/b&gt;</translation>
    </message>
    <message>
        <source>less important</source>
        <translation>weniger wichtig</translation>
    </message>
    <message>
        <source>more important</source>
        <translation>wichtiger</translation>
    </message>
    <message>
        <source>&amp;Opacity</source>
        <translation>&amp;Deckkraft</translation>
    </message>
    <message>
        <source>Saliency opacity</source>
        <translation>Salienz-Deckkraft</translation>
    </message>
    <message>
        <source>How strongly the heat map covers the cell</source>
        <translation>Wie stark die Heatmap die Zelle überdeckt</translation>
    </message>
</context>
<context>
    <name>wbc::SaliencyService</name>
    <message>
        <source>No active model: train one or choose one in the training dashboard</source>
        <translation>Kein aktives Modell: Trainieren Sie eines oder wählen Sie eines in der Training-Übersicht</translation>
    </message>
</context>
<context>
    <name>wbc::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>wbc::SlideBrowser</name>
    <message>
        <source>Slide browser</source>
        <translation>Präparatübersicht</translation>
    </message>
    <message>
        <source>Show images</source>
        <translation>Bilder anzeigen</translation>
    </message>
    <message>
        <source>Which images to show</source>
        <translation>Welche Bilder angezeigt werden</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>Alle Bilder</translation>
    </message>
    <message>
        <source>Unlabeled</source>
        <translation>Nicht klassifiziert</translation>
    </message>
    <message>
        <source>Labeled</source>
        <translation>Klassifiziert</translation>
    </message>
    <message>
        <source>Several white cells</source>
        <translation>Mehrere Leukozyten</translation>
    </message>
    <message>
        <source>No white cell</source>
        <translation>Kein Leukozyt</translation>
    </message>
    <message>
        <source>Detection disagrees with label</source>
        <translation>Erkennung widerspricht der Klassifizierung</translation>
    </message>
    <message>
        <source>Search file names</source>
        <translation>Dateinamen durchsuchen</translation>
    </message>
    <message>
        <source>Search file names…</source>
        <translation>Dateinamen durchsuchen…</translation>
    </message>
    <message>
        <source>Sort images</source>
        <translation>Bilder sortieren</translation>
    </message>
    <message>
        <source>Order of the images</source>
        <translation>Reihenfolge der Bilder</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Nach Name</translation>
    </message>
    <message>
        <source>By label</source>
        <translation>Nach Klasse</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>Number of images shown</source>
        <translation>Anzahl der angezeigten Bilder</translation>
    </message>
    <message>
        <source>Image subset</source>
        <translation>Bildauswahl</translation>
    </message>
    <message>
        <source>Show all images again</source>
        <translation>Wieder alle Bilder anzeigen</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Angezeigt: %1</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 Bilder</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Images with a white cell that has no label yet</source>
        <translation>Bilder mit einem Leukozyten, der noch nicht klassifiziert ist</translation>
    </message>
    <message>
        <source>Images whose white cells all have a label</source>
        <translation>Bilder, deren Leukozyten alle klassifiziert sind</translation>
    </message>
    <message>
        <source>Needs per-cell labels</source>
        <translation>Braucht Klassifizierungen pro Zelle</translation>
    </message>
    <message>
        <source>Fields labelled with several classes at import: label each of their cells</source>
        <translation>Beim Import mit mehreren Klassen klassifizierte Bildfelder: Klassifizieren Sie jede ihrer Zellen</translation>
    </message>
    <message>
        <source>the filter &quot;%1&quot;</source>
        <translation>der Filter „%1“</translation>
    </message>
    <message>
        <source>the search &quot;%1&quot;</source>
        <translation>die Suche „%1“</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
</context>
<context>
    <name>wbc::SlideDetailsDialog</name>
    <message>
        <source>Slide Details</source>
        <translation>Präparatdetails</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>patient or specimen id</source>
        <translation>Patienten- oder Proben-ID</translation>
    </message>
    <message>
        <source>&amp;Specimen:</source>
        <translation>&amp;Probe:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>e.g. May-Grünwald-Giemsa</source>
        <translation>z. B. May-Grünwald-Giemsa</translation>
    </message>
    <message>
        <source>S&amp;tain:</source>
        <translation>&amp;Färbung:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
</context>
<context>
    <name>wbc::SlideListDock</name>
    <message>
        <source>Slide List</source>
        <translation>Präparateliste</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Präparate</translation>
    </message>
    <message>
        <source>The slide &quot;%1&quot; cannot be renamed: %2</source>
        <translation>Das Präparat „%1“ kann nicht umbenannt werden: %2</translation>
    </message>
    <message>
        <source>Rename Slide</source>
        <translation>Präparat umbenennen</translation>
    </message>
    <message>
        <source>&amp;Rename Slide...</source>
        <translation>Präparat &amp;umbenennen...</translation>
    </message>
    <message>
        <source>a slide needs a name</source>
        <translation>ein Präparat braucht einen Namen</translation>
    </message>
    <message>
        <source>there is already a slide named &quot;%1&quot;</source>
        <translation>es gibt bereits ein Präparat namens „%1“</translation>
    </message>
    <message>
        <source>Slide &amp;Details...</source>
        <translation>Präparat&amp;details...</translation>
    </message>
</context>
<context>
    <name>wbc::SlideListModel</name>
    <message>
        <source>All slides</source>
        <translation>Alle Präparate</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Labelled cells of a slide, e.g. &quot;12 / 40&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n image(s)</source>
        <translation>
            <numerusform>%1: %n Bild</numerusform>
            <numerusform>%1: %n Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n white cell(s) labelled (%2%)</source>
        <translation>
            <numerusform>%1 von %n Leukozyt klassifiziert (%2%)</numerusform>
            <numerusform>%1 von %n Leukozyten klassifiziert (%2%)</numerusform>
        </translation>
    </message>
    <message>
        <source>Specimen: %1</source>
        <translation>Probe: %1</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>Präparat</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Zellen</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>Klassifiziert</translation>
    </message>
</context>
<context>
    <name>wbc::SlideOverview</name>
    <message>
        <source>Slide overview</source>
        <translation>Übersichtsbild des Präparats</translation>
    </message>
    <message>
        <source>Click or drag to move the view</source>
        <translation>Klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
</context>
<context>
    <name>wbc::SlideView</name>
    <message>
        <source>Slide viewer</source>
        <translation>Präparatanzeige</translation>
    </message>
    <message>
        <source>Opening the slide...</source>
        <translation>Präparat wird geöffnet...</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>%1 µm</source>
        <translation>%1 µm</translation>
    </message>
</context>
<context>
    <name>wbc::TaskProgress</name>
    <message>
        <source>Background work progress</source>
        <translation>Fortschritt der Hintergrundarbeit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel background work</source>
        <translation>Hintergrundarbeit abbrechen</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen...</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>wbc::ThumbnailDelegate</name>
    <message>
        <source>MULTI</source>
        <translation>MEHRERE</translation>
    </message>
    <message>
        <source>NONE</source>
        <translation>KEINE</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
</context>
<context>
    <name>wbc::ThumbnailLoader</name>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>wbc::TrainingDashboard</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>&amp;Start Training</source>
        <translation>Training &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Training dashboard</source>
        <translation>Training-Übersicht</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Trainingsfortschritt</translation>
    </message>
    <message>
        <source>Training state</source>
        <translation>Trainingsstatus</translation>
    </message>
    <message>
        <source>Run summary</source>
        <translation>Zusammenfassung des Laufs</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Val. accuracy</source>
        <translation>Val.-Genauigkeit</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Balanciert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Training runs</source>
        <translation>Trainingsläufe</translation>
    </message>
    <message>
        <source>&amp;Compare Selected</source>
        <translation>Auswahl &amp;vergleichen</translation>
    </message>
    <message>
        <source>Use for &amp;Review</source>
        <translation>Für die &amp;Durchsicht verwenden</translation>
    </message>
    <message>
        <source>Make the selected run&apos;s model the active model (undoable)</source>
        <translation>Das Modell des ausgewählten Laufs zum aktiven Modell machen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Export &amp;Plots...</source>
        <translation>&amp;Diagramme exportieren...</translation>
    </message>
    <message>
        <source>Export &amp;Metrics...</source>
        <translation>&amp;Metriken exportieren...</translation>
    </message>
    <message>
        <source>Training failed:</source>
        <translation>Training fehlgeschlagen:</translation>
    </message>
    <message>
        <source>true %1, predicted %2 (validation, epoch %3)</source>
        <translation>wahr %1, vorhergesagt %2 (Validierung, Epoche %3)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>epoch %1/%2 · %3 images/s%4</source>
        <translation>Epoche %1/%2 · %3 Bilder/s%4</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · noch etwa %1</translation>
    </message>
    <message>
        <source>Validation, epoch %1: rows true class, columns prediction</source>
        <translation>Validierung, Epoche %1: Zeilen wahre Klasse, Spalten Vorhersage</translation>
    </message>
    <message>
        <source>Epoch %1: validation accuracy &lt;b&gt;%2&lt;/b&gt;, balanced %3, loss %4</source>
        <translation>Epoche %1: Validierungsgenauigkeit &lt;b&gt;%2&lt;/b&gt;, balanciert %3, Verlust %4</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n epoch(s).</source>
        <translation>
            <numerusform>Nach %n Epoche abgebrochen.</numerusform>
            <numerusform>Nach %n Epochen abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>validation accuracy &lt;b&gt;%1&lt;/b&gt;, balanced accuracy %2</source>
        <translation>Validierungsgenauigkeit &lt;b&gt;%1&lt;/b&gt;, balancierte Genauigkeit %2</translation>
    </message>
    <message>
        <source>run %1 (validation)</source>
        <translation>Lauf %1 (Validierung)</translation>
    </message>
    <message>
        <source>This run has no model file (it did not finish).</source>
        <translation>Dieser Lauf hat keine Modelldatei (er wurde nicht beendet).</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export Plots</source>
        <translation>Diagramme exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Plots saved to %1</source>
        <translation>Diagramme in %1 gespeichert</translation>
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation>%1: kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Export Metrics</source>
        <translation>Metriken exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Metrics saved to %1</source>
        <translation>Metriken in %1 gespeichert</translation>
    </message>
    <message>
        <source>Polynuclear</source>
        <translation>Polymorphkernig</translation>
    </message>
    <message>
        <source>Mononuclear</source>
        <translation>Mononukleär</translation>
    </message>
    <message>
        <source>preparing the cells of %1 of %2 images</source>
        <translation>Zellen aus %1 von %2 Bildern werden vorbereitet</translation>
    </message>
    <message>
        <source>Training: %1</source>
        <translation>Training: %1</translation>
    </message>
    <message>
        <source>Res&amp;ume Run</source>
        <translation>&amp;Lauf fortsetzen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Resuming run %1 from its checkpoint.</source>
        <translation>Lauf %1 wird ab seinem Checkpoint fortgesetzt.</translation>
    </message>
    <message>
        <source>Continue the selected interrupted or cancelled run from its checkpoint</source>
        <translation>Den ausgewählten unterbrochenen oder abgebrochenen Lauf ab seinem Checkpoint fortsetzen</translation>
    </message>
    <message>
        <source>Can resume from its checkpoint</source>
        <translation>Kann ab seinem Checkpoint fortgesetzt werden</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Polynuclear vs mononuclear</source>
        <translation>Polymorphkernig gegen mononukleär</translation>
    </message>
    <message>
        <source>Four classes</source>
        <translation>Vier Klassen</translation>
    </message>
    <message>
        <source>the CPU</source>
        <translation>der CPU</translation>
    </message>
    <message>
        <source>the GPU</source>
        <translation>der GPU</translation>
    </message>
    <message>
        <source>&lt;b&gt;Finished&lt;/b&gt;: %1 of training on %2, %3 in all with loading the cells; best epoch %4 of %5, %6. Its model is now the active model (undo with Ctrl+Z).</source>
        <translation>&lt;b&gt;Abgeschlossen&lt;/b&gt;: %1 Training auf %2, insgesamt %3 mit dem Laden der Zellen; beste Epoche %4 von %5, %6. Sein Modell ist jetzt das aktive Modell (rückgängig mit Strg+Z).</translation>
    </message>
</context>
<context>
    <name>wbc::TrainingForm</name>
    <message>
        <source>Flips</source>
        <translation>Spiegelungen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Polynuclear vs mononuclear</source>
        <translation>Polymorphkernig gegen mononukleär</translation>
    </message>
    <message>
        <source>Four classes</source>
        <translation>Vier Klassen</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Aufgabe:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>lenet: the reference recipe; wbcnet: our residual network</source>
        <translation>lenet: das Referenzrezept; wbcnet: unser Residualnetz</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>&amp;Epochen:</translation>
    </message>
    <message>
        <source>Augmented samples per class and epoch</source>
        <translation>Augmentierte Stichproben pro Klasse und Epoche</translation>
    </message>
    <message>
        <source>Samples per &amp;class:</source>
        <translation>Stichproben pro &amp;Klasse:</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Batch:</translation>
    </message>
    <message>
        <source>Peak learning rate</source>
        <translation>Maximale Lernrate</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>&amp;Lernrate:</translation>
    </message>
    <message>
        <source>Validation fraction</source>
        <translation>Validierungsanteil</translation>
    </message>
    <message>
        <source>&amp;Validation:</source>
        <translation>&amp;Validierung:</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Zufalls-Seed</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA-GPU</translation>
    </message>
    <message>
        <source>Compute device</source>
        <translation>Rechengerät</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Augmentierung</translation>
    </message>
    <message>
        <source>Maximum rotation</source>
        <translation>Maximale Drehung</translation>
    </message>
    <message>
        <source>&amp;Rotation:</source>
        <translation>&amp;Drehung:</translation>
    </message>
    <message>
        <source>Maximum shear</source>
        <translation>Maximale Scherung</translation>
    </message>
    <message>
        <source>S&amp;hear:</source>
        <translation>Sc&amp;herung:</translation>
    </message>
    <message>
        <source>Colour jitter</source>
        <translation>Farbvariation</translation>
    </message>
    <message>
        <source>C&amp;olour jitter:</source>
        <translation>&amp;Farbvariation:</translation>
    </message>
    <message numerus="yes">
        <source>Training runs on the CPU (%n thread(s)).</source>
        <translation>
            <numerusform>Das Training läuft auf der CPU (%n Thread).</numerusform>
            <numerusform>Das Training läuft auf der CPU (%n Threads).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No CUDA GPU is available to this LibTorch: training runs on the CPU (%n thread(s)).</source>
        <translation>
            <numerusform>Diesem LibTorch steht keine CUDA-GPU zur Verfügung: Das Training läuft auf der CPU (%n Thread).</numerusform>
            <numerusform>Diesem LibTorch steht keine CUDA-GPU zur Verfügung: Das Training läuft auf der CPU (%n Threads).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only fields with a single white cell</source>
        <translation>Nur Bildfelder mit einem einzigen Leukozyten</translation>
    </message>
    <message>
        <source>Labelled cells</source>
        <translation>Klassifizierte Zellen</translation>
    </message>
    <message>
        <source>Train as the seed recipe did: leave out the cells of fields that show several white cells</source>
        <translation>Wie das Ausgangsrezept trainieren: die Zellen von Bildfeldern mit mehreren Leukozyten auslassen</translation>
    </message>
    <message>
        <source>Usable cells per class</source>
        <translation>Verwendbare Zellen pro Klasse</translation>
    </message>
    <message>
        <source>%1 has only %2 labelled cells; label at least %3 to train.</source>
        <translation>%1 hat nur %2 klassifizierte Zellen; klassifizieren Sie mindestens %3, um zu trainieren.</translation>
    </message>
    <message>
        <source>Labelled white cells of fields with one white cell; basophils, unidentified and not-counted cells are left out.</source>
        <translation>Klassifizierte Leukozyten aus Bildfeldern mit einem Leukozyten; basophile Granulozyten sowie nicht identifizierte und nicht gezählte Zellen werden ausgelassen.</translation>
    </message>
    <message>
        <source>Labelled white cells, those of multi-cell fields included; basophils, unidentified and not-counted cells are left out.</source>
        <translation>Klassifizierte Leukozyten, einschließlich derer aus Bildfeldern mit mehreren Zellen; basophile Granulozyten sowie nicht identifizierte und nicht gezählte Zellen werden ausgelassen.</translation>
    </message>
    <message>
        <source>Go back to the recipe&apos;s settings</source>
        <translation>Zu den Einstellungen des Rezepts zurückkehren</translation>
    </message>
    <message>
        <source>Restore De&amp;faults</source>
        <translation>Standardwerte &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Training runs on the GPU: %1.</source>
        <translation>Das Training läuft auf der GPU: %1.</translation>
    </message>
</context>
<context>
    <name>wbc::TrainingPlots</name>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Loss curves</source>
        <translation>Verlustkurven</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <source>Accuracy curves</source>
        <translation>Genauigkeitskurven</translation>
    </message>
    <message>
        <source>training, per batch (smoothed)</source>
        <translation>Training, pro Batch (geglättet)</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>training, running</source>
        <translation>Training, laufend</translation>
    </message>
    <message>
        <source>%1: %2 (epoch %3)
</source>
        <translation>%1: %2 (Epoche %3)
</translation>
    </message>
    <message>
        <source>WBC Studio training curves</source>
        <translation>WBC Studio – Trainingskurven</translation>
    </message>
</context>
<context>
    <name>wbc::UserGuideDialog</name>
    <message>
        <source>WBC Studio User Guide</source>
        <translation>Benutzerhandbuch von WBC Studio</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
</TS>
