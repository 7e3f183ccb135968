<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
        <translation>Neutrófilo</translation>
    </message>
    <message>
        <source>Eosinophil</source>
        <translation>Eosinófilo</translation>
    </message>
    <message>
        <source>Lymphocyte</source>
        <translation>Linfocito</translation>
    </message>
    <message>
        <source>Monocyte</source>
        <translation>Monocito</translation>
    </message>
    <message>
        <source>Basophil</source>
        <translation>Basófilo</translation>
    </message>
    <message>
        <source>Polynuclear</source>
        <translation>Polinuclear</translation>
    </message>
    <message>
        <source>Mononuclear</source>
        <translation>Mononuclear</translation>
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
        <translation>ningún leucocito</translation>
    </message>
    <message>
        <source>one white cell</source>
        <translation>un leucocito</translation>
    </message>
    <message>
        <source>several white cells</source>
        <translation>varios leucocitos</translation>
    </message>
</context>
<context>
    <name>CellCropLoader</name>
    <message>
        <source>a cached cell crop cannot be read</source>
        <translation>no se puede leer un recorte de célula almacenado en caché</translation>
    </message>
</context>
<context>
    <name>CellLabel</name>
    <message>
        <source>Unlabelled</source>
        <translation>Sin etiqueta</translation>
    </message>
    <message>
        <source>Unidentified</source>
        <translation>No identificada</translation>
    </message>
    <message>
        <source>Not counted: smudge cell</source>
        <translation>No contada: sombra nuclear</translation>
    </message>
    <message>
        <source>Not counted: artefact</source>
        <translation>No contada: artefacto</translation>
    </message>
    <message>
        <source>Not counted: damaged cell</source>
        <translation>No contada: célula dañada</translation>
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
        <translation>NI</translation>
    </message>
    <message>
        <source>S</source>
        <comment>Smudge cell</comment>
        <translation>S</translation>
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
        <translation>no hay ningún proyecto abierto</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>no se puede crear una carpeta temporal: %1</translation>
    </message>
    <message numerus="yes">
        <source>the cells come from %n slide(s), fewer than %1: the validation split keeps each field&apos;s cells together but not each slide&apos;s</source>
        <translation>
            <numerusform>las células proceden de %n preparación, menos de %1: la partición de validación mantiene juntas las células de cada campo, pero no las de cada preparación</numerusform>
            <numerusform>las células proceden de %n preparaciones, menos de %1: la partición de validación mantiene juntas las células de cada campo, pero no las de cada preparación</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no labelled white cells of the %2 task&apos;s classes</source>
        <translation>%1 no tiene leucocitos etiquetados de las clases de la tarea %2</translation>
    </message>
    <message>
        <source>white cell %1 has no cached crop; scan the slide again (wbc detect --project --rescan)</source>
        <translation>el leucocito %1 no tiene recorte en caché; vuelva a analizar la preparación (wbc detect --project --rescan)</translation>
    </message>
</context>
<context>
    <name>CellViewer</name>
    <message>
        <source>%1: cannot show image: %2</source>
        <translation>%1: no se puede mostrar la imagen: %2</translation>
    </message>
</context>
<context>
    <name>CheckpointFile</name>
    <message>
        <source>the run fingerprint is invalid</source>
        <translation>la huella de la ejecución no es válida</translation>
    </message>
    <message>
        <source>unknown architecture &quot;%1&quot;</source>
        <translation>arquitectura desconocida «%1»</translation>
    </message>
    <message>
        <source>unknown optimizer &quot;%1&quot;</source>
        <translation>optimizador desconocido «%1»</translation>
    </message>
    <message>
        <source>the epoch counts are invalid</source>
        <translation>los recuentos de épocas no son válidos</translation>
    </message>
    <message>
        <source>the best validation loss is invalid</source>
        <translation>la mejor pérdida de validación no es válida</translation>
    </message>
    <message>
        <source>the history does not hold one entry per epoch</source>
        <translation>el historial no contiene una entrada por época</translation>
    </message>
    <message>
        <source>the optimizer step counts are invalid</source>
        <translation>los recuentos de pasos del optimizador no son válidos</translation>
    </message>
    <message>
        <source>unknown tensor &quot;%1&quot;</source>
        <translation>tensor desconocido «%1»</translation>
    </message>
    <message>
        <source>%1: cannot write the checkpoint: %2</source>
        <translation>%1: no se puede escribir el punto de control: %2</translation>
    </message>
    <message>
        <source>%1: checkpoint refused: %2</source>
        <translation>%1: punto de control rechazado: %2</translation>
    </message>
    <message>
        <source>not recorded by this project</source>
        <translation>no registrado por este proyecto</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>ilegible: %1</translation>
    </message>
    <message>
        <source>its hash differs from the one recorded</source>
        <translation>su hash difiere del registrado</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>dañado: %1</translation>
    </message>
    <message>
        <source>%1 tensors where the network has %2</source>
        <translation>%1 tensores, cuando la red tiene %2</translation>
    </message>
    <message>
        <source>the network has no tensor &quot;%1&quot;</source>
        <translation>la red no tiene ningún tensor «%1»</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; appears twice</source>
        <translation>el tensor «%1» aparece dos veces</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has another shape than the network&apos;s</source>
        <translation>el tensor «%1» tiene una forma distinta de la de la red</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>not valid UTF-8 text; invalid bytes were replaced</source>
        <translation>texto UTF-8 no válido; se reemplazaron los bytes no válidos</translation>
    </message>
    <message>
        <source>unterminated quoted field; line skipped</source>
        <translation>campo entre comillas sin cerrar; línea omitida</translation>
    </message>
    <message>
        <source>field longer than %1 characters; line skipped</source>
        <translation>campo de más de %1 caracteres; línea omitida</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>file is larger than %1 MiB; not read</source>
        <translation>el archivo supera %1 MiB; no se ha leído</translation>
    </message>
</context>
<context>
    <name>DatasetExporter</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>%1: cannot create folder</source>
        <translation>%1: no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>%1: folder is not empty; export a dataset into a new or empty folder</source>
        <translation>%1: la carpeta no está vacía; exporte el conjunto de datos a una carpeta nueva o vacía</translation>
    </message>
    <message>
        <source>cannot read: %1; image not exported</source>
        <translation>no se puede leer: %1; imagen no exportada</translation>
    </message>
</context>
<context>
    <name>DatasetImporter</name>
    <message>
        <source>cannot open: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>; skipped</source>
        <translation>; omitido</translation>
    </message>
    <message>
        <source>no header line</source>
        <translation>no hay línea de encabezado</translation>
    </message>
    <message>
        <source>header must name the columns &quot;image&quot; and &quot;label&quot;; labels not read</source>
        <translation>el encabezado debe nombrar las columnas «image» y «label»; etiquetas no leídas</translation>
    </message>
    <message>
        <source>row has %1 columns, the header %2; skipped</source>
        <translation>la fila tiene %1 columnas y el encabezado %2; omitida</translation>
    </message>
    <message>
        <source>image path &quot;%1&quot; is empty, absolute or leaves the dataset folder; skipped</source>
        <translation>la ruta de imagen «%1» está vacía, es absoluta o sale de la carpeta del conjunto de datos; omitida</translation>
    </message>
    <message>
        <source>%1; row skipped</source>
        <translation>%1; fila omitida</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is labeled again with a different label; the label on line %2 is kept</source>
        <translation>«%1» se etiqueta de nuevo con otra etiqueta; se conserva la de la línea %2</translation>
    </message>
    <message>
        <source>duplicate row for &quot;%1&quot;; ignored</source>
        <translation>fila duplicada para «%1»; ignorada</translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation>%1: no es una carpeta</translation>
    </message>
    <message>
        <source>%1: project is not open for writing</source>
        <translation>%1: el proyecto no está abierto para escritura</translation>
    </message>
    <message>
        <source>same content as %1 already in the project; skipped</source>
        <translation>mismo contenido que %1, ya presente en el proyecto; omitido</translation>
    </message>
    <message>
        <source>%1: keeps %2&apos;s label &quot;%3&quot; set on %4; the file says &quot;%5&quot;</source>
        <translation>%1: conserva la etiqueta «%3» puesta por %2 el %4; el archivo indica «%5»</translation>
    </message>
    <message>
        <source>%1: write failed: %2</source>
        <translation>%1: error de escritura: %2</translation>
    </message>
    <message>
        <source>names &quot;%1&quot;, which is not an importable image in the dataset</source>
        <translation>nombra «%1», que no es una imagen importable del conjunto de datos</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>%1: keeps the boxes edited in the project; the file&apos;s boxes differ and were not applied</source>
        <translation>%1: conserva los recuadros editados en el proyecto; los recuadros del archivo son distintos y no se aplicaron</translation>
    </message>
    <message>
        <source>%1: the annotation %2 names its cell &quot;%3&quot;, labels.csv &quot;%4&quot;; labels.csv is used</source>
        <translation>%1: la anotación %2 nombra su célula «%3» y labels.csv «%4»; se usa labels.csv</translation>
    </message>
    <message>
        <source>annotation of no image: no image of that name beside it or in images/; ignored</source>
        <translation>anotación sin imagen: no hay ninguna imagen con ese nombre a su lado ni en images/; ignorada</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
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
        <translation>Fórmula leucocitaria</translation>
    </message>
    <message numerus="yes">
        <source>%n selected image(s)</source>
        <translation>
            <numerusform>%n imagen seleccionada</numerusform>
            <numerusform>%n imágenes seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>folder %1</source>
        <translation>carpeta %1</translation>
    </message>
    <message>
        <source>whole project</source>
        <translation>todo el proyecto</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>%1 (subtotal)</source>
        <translation>%1 (subtotal)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>Counts by class</source>
        <translation>Recuentos por clase</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>Etiquetadas</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Predichas</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>no se pudo empezar a escribir el PDF</translation>
    </message>
    <message>
        <source>WBC Studio %1 · %2</source>
        <translation>WBC Studio %1 · %2</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>no se pudo terminar de escribir el PDF</translation>
    </message>
    <message>
        <source>slide %1</source>
        <translation>preparación %1</translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s)</source>
        <translation>
            <numerusform>%n preparación</numerusform>
            <numerusform>%n preparaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>unreadable image</source>
        <translation>imagen ilegible</translation>
    </message>
    <message>
        <source>no white cell</source>
        <translation>ningún leucocito</translation>
    </message>
    <message>
        <source>needs per-cell labels</source>
        <translation>necesita etiquetas por célula</translation>
    </message>
    <message>
        <source>(no slide)</source>
        <translation>(sin preparación)</translation>
    </message>
    <message>
        <source>unreadable image: %1</source>
        <translation>imagen ilegible: %1</translation>
    </message>
    <message>
        <source>needs per-cell labels (the field&apos;s label: %1)</source>
        <translation>necesita etiquetas por célula (etiqueta del campo: %1)</translation>
    </message>
    <message numerus="yes">
        <source>all slides (%n)</source>
        <translation>
            <numerusform>todas las preparaciones (%n)</numerusform>
            <numerusform>todas las preparaciones (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Preparaciones</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>none (labels only)</source>
        <translation>ninguno (solo etiquetas)</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>%1 of %2 selected fields counted, %3 left out; %4 white cells</source>
        <translation>%1 de %2 campos seleccionados contados, %3 excluidos; %4 leucocitos</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Verificado por</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nadie todavía</translation>
    </message>
    <message>
        <source>Last label</source>
        <translation>Última etiqueta</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>cells counted by label: %1, fewer than the %2 of a manual differential; the percentages are imprecise.</source>
        <translation>células contadas por etiqueta: %1, menos que las %2 de una fórmula manual; los porcentajes son imprecisos.</translation>
    </message>
    <message>
        <source>cells counted by prediction: %1, fewer than %2.</source>
        <translation>células contadas por predicción: %1, menos de %2.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>95 % CI</source>
        <translation>IC 95 %</translation>
    </message>
    <message>
        <source>Cells counted</source>
        <translation>Células contadas</translation>
    </message>
    <message>
        <source>95 % CI: Wilson score interval of the labelled percentage.</source>
        <translation>IC 95 %: intervalo de Wilson del porcentaje etiquetado.</translation>
    </message>
    <message>
        <source>Subtotals: polynuclear = neutrophils + eosinophils, mononuclear = lymphocytes + monocytes, each with the cells labelled or predicted with the group alone; not added to the total again.</source>
        <translation>Subtotales: polinucleares = neutrófilos + eosinófilos, mononucleares = linfocitos + monocitos, cada uno con las células etiquetadas o predichas solo con el grupo; no se suman de nuevo al total.</translation>
    </message>
    <message>
        <source>Smudge cells</source>
        <translation>Sombras nucleares</translation>
    </message>
    <message>
        <source>Artefacts</source>
        <translation>Artefactos</translation>
    </message>
    <message>
        <source>Damaged cells</source>
        <translation>Células dañadas</translation>
    </message>
    <message>
        <source>Listed, not in the percentages</source>
        <translation>Listadas, fuera de los porcentajes</translation>
    </message>
    <message>
        <source>Not labelled yet</source>
        <translation>Sin etiquetar todavía</translation>
    </message>
    <message>
        <source>Fields left out (%1)</source>
        <translation>Campos excluidos (%1)</translation>
    </message>
    <message>
        <source>None: every selected field was counted.</source>
        <translation>Ninguno: se contaron todos los campos seleccionados.</translation>
    </message>
    <message>
        <source>Example cells</source>
        <translation>Células de ejemplo</translation>
    </message>
    <message>
        <source>labelled</source>
        <translation>etiquetada</translation>
    </message>
    <message>
        <source>predicted only</source>
        <translation>solo predicha</translation>
    </message>
    <message>
        <source>For research use only. The result must be verified by a qualified person.</source>
        <translation>Solo para uso en investigación. El resultado debe ser verificado por una persona cualificada.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>No predictions of %1 for these cells: press Predict to make them.</source>
        <translation>No hay predicciones de %1 para estas células: pulse Predecir para generarlas.</translation>
    </message>
    <message>
        <source>polynuclear vs mononuclear</source>
        <translation>polinucleares frente a mononucleares</translation>
    </message>
    <message>
        <source>four classes</source>
        <translation>cuatro clases</translation>
    </message>
    <message>
        <source>Patient/sample</source>
        <translation>Paciente/muestra</translation>
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
        <translation>encabezado de imagen truncado</translation>
    </message>
    <message>
        <source>JPEG header gives an empty image</source>
        <translation>el encabezado JPEG describe una imagen vacía</translation>
    </message>
    <message>
        <source>TIFF header has no image size in its first directory</source>
        <translation>el encabezado TIFF no indica el tamaño de la imagen en su primer directorio</translation>
    </message>
    <message>
        <source>PNG header gives an invalid size</source>
        <translation>el encabezado PNG indica un tamaño no válido</translation>
    </message>
    <message>
        <source>BMP header gives an invalid size</source>
        <translation>el encabezado BMP indica un tamaño no válido</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>not a JPEG, PNG, BMP or TIFF image</source>
        <translation>no es una imagen JPEG, PNG, BMP ni TIFF</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>image is %1x%2 pixels, more than the %3 megapixel limit</source>
        <translation>la imagen tiene %1x%2 píxeles, más que el límite de %3 megapíxeles</translation>
    </message>
    <message>
        <source>cannot decode: %1</source>
        <translation>no se puede decodificar: %1</translation>
    </message>
    <message>
        <source>cannot decode image data (corrupt or truncated)</source>
        <translation>no se pueden decodificar los datos de la imagen (dañados o truncados)</translation>
    </message>
    <message>
        <source>file is larger than 512 MiB</source>
        <translation>el archivo supera 512 MiB</translation>
    </message>
    <message>
        <source>image file is truncated</source>
        <translation>el archivo de imagen está truncado</translation>
    </message>
</context>
<context>
    <name>ImageLabel</name>
    <message>
        <source>unknown cell class &quot;%1&quot;</source>
        <translation>clase celular desconocida «%1»</translation>
    </message>
</context>
<context>
    <name>LabelAudit</name>
    <message>
        <source>the cells were loaded for another task</source>
        <translation>las células se cargaron para otra tarea</translation>
    </message>
    <message>
        <source>an audit needs at least 2 folds</source>
        <translation>una auditoría necesita al menos 2 pliegues</translation>
    </message>
    <message>
        <source>too few labelled cells to audit: %1 in %2 classes (an audit needs at least %3 cells, and cells of two classes)</source>
        <translation>muy pocas células etiquetadas para auditar: %1 en %2 clases (una auditoría necesita al menos %3 células, y células de dos clases)</translation>
    </message>
    <message>
        <source>too few fields for %1 folds: fold %2 would test no cell; use fewer folds</source>
        <translation>muy pocos campos para %1 pliegues: el pliegue %2 no evaluaría ninguna célula; use menos pliegues</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>fold %1: %2</source>
        <translation>pliegue %1: %2</translation>
    </message>
    <message>
        <source>fold %1: the model scored %2 of %3 cells</source>
        <translation>pliegue %1: el modelo puntuó %2 de %3 células</translation>
    </message>
    <message>
        <source>open a writable project first</source>
        <translation>abra primero un proyecto con permiso de escritura</translation>
    </message>
    <message>
        <source>%1: cannot record the audit: %2</source>
        <translation>%1: no se puede registrar la auditoría: %2</translation>
    </message>
    <message>
        <source>%1: cannot store the audit: %2</source>
        <translation>%1: no se puede guardar la auditoría: %2</translation>
    </message>
    <message>
        <source>fold %1: every training cell is left out</source>
        <translation>pliegue %1: todas las células de entrenamiento quedan excluidas</translation>
    </message>
</context>
<context>
    <name>LabelKeys</name>
    <message>
        <source>Clear label</source>
        <translation>Quitar la etiqueta</translation>
    </message>
</context>
<context>
    <name>LabelOrigin</name>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>key</source>
        <translation>tecla</translation>
    </message>
    <message>
        <source>several at once</source>
        <translation>varias a la vez</translation>
    </message>
    <message>
        <source>review</source>
        <translation>revisión</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>deshacer</translation>
    </message>
    <message>
        <source>label check</source>
        <translation>control de etiquetas</translation>
    </message>
    <message>
        <source>adjudication</source>
        <translation>arbitraje</translation>
    </message>
</context>
<context>
    <name>ModelFile</name>
    <message>
        <source>not a WBC Studio model file</source>
        <translation>no es un archivo de modelo de WBC Studio</translation>
    </message>
    <message>
        <source>the file is truncated</source>
        <translation>el archivo está truncado</translation>
    </message>
    <message>
        <source>model format version %1 is not supported (this version reads %2)</source>
        <translation>la versión %1 del formato de modelo no es compatible (esta versión lee la %2)</translation>
    </message>
    <message>
        <source>the header is larger than the limit of %1 bytes</source>
        <translation>el encabezado supera el límite de %1 bytes</translation>
    </message>
    <message>
        <source>the header is not valid JSON</source>
        <translation>el encabezado no es un JSON válido</translation>
    </message>
    <message>
        <source>unknown architecture &quot;%1&quot; (known: %2)</source>
        <translation>arquitectura desconocida «%1» (conocidas: %2)</translation>
    </message>
    <message>
        <source>unknown task &quot;%1&quot;</source>
        <translation>tarea desconocida «%1»</translation>
    </message>
    <message>
        <source>the class names do not match the %1 task</source>
        <translation>los nombres de las clases no coinciden con la tarea %1</translation>
    </message>
    <message>
        <source>input size %1x%2 is not supported (%3x%4)</source>
        <translation>el tamaño de entrada %1x%2 no es compatible (%3x%4)</translation>
    </message>
    <message>
        <source>the input normalisation is invalid</source>
        <translation>la normalización de la entrada no es válida</translation>
    </message>
    <message>
        <source>the crop margin is invalid</source>
        <translation>el margen de recorte no es válido</translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1 MiB</source>
        <translation>el archivo supera el límite de %1 MiB</translation>
    </message>
    <message>
        <source>the file is corrupt or truncated (checksum mismatch)</source>
        <translation>el archivo está dañado o truncado (la suma de comprobación no coincide)</translation>
    </message>
    <message>
        <source>too many weight tensors (%1)</source>
        <translation>demasiados tensores de pesos (%1)</translation>
    </message>
    <message>
        <source>weight tensor rank %1 is not supported</source>
        <translation>no se admite un tensor de pesos de rango %1</translation>
    </message>
    <message>
        <source>weight tensor sizes are invalid</source>
        <translation>los tamaños de los tensores de pesos no son válidos</translation>
    </message>
    <message>
        <source>the weights do not fill the file</source>
        <translation>los pesos no ocupan todo el archivo</translation>
    </message>
    <message>
        <source>%1: cannot write the model: %2</source>
        <translation>%1: no se puede escribir el modelo: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the model was trained for the %1 task, not %2</source>
        <translation>el modelo se entrenó para la tarea %1, no para %2</translation>
    </message>
    <message>
        <source>not a WBC Studio training checkpoint</source>
        <translation>no es un punto de control de entrenamiento de WBC Studio</translation>
    </message>
    <message>
        <source>checkpoint format version %1 is not supported (this version reads %2)</source>
        <translation>la versión %1 del formato de punto de control no es compatible (esta versión lee la %2)</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>no se puede abrir el archivo: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
</context>
<context>
    <name>Networks</name>
    <message>
        <source>CUDA is not available (this LibTorch is built for the CPU or no GPU was found)</source>
        <translation>CUDA no está disponible (esta LibTorch está compilada para la CPU o no se encontró ninguna GPU)</translation>
    </message>
    <message>
        <source>unknown device &quot;%1&quot; (auto, cpu or cuda)</source>
        <translation>dispositivo desconocido «%1» (auto, cpu o cuda)</translation>
    </message>
    <message numerus="yes">
        <source>CPU, %n thread(s)</source>
        <translation>
            <numerusform>CPU, %n hilo</numerusform>
            <numerusform>CPU, %n hilos</numerusform>
        </translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>GPU CUDA</translation>
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
        <translation>sin etiqueta</translation>
    </message>
    <message>
        <source>Use model %1</source>
        <translation>Usar el modelo %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) in %1 images</source>
        <translation>
            <numerusform>%n célula en %1 imágenes</numerusform>
            <numerusform>%n células en %1 imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>imagen %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) of %1</source>
        <translation>
            <numerusform>%n célula de %1</numerusform>
            <numerusform>%n células de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cell %2</source>
        <translation>%1, célula %2</translation>
    </message>
    <message>
        <source>Review %1 as %2</source>
        <translation>Revisar %1 como %2</translation>
    </message>
    <message>
        <source>Clear the label of %1</source>
        <translation>Quitar la etiqueta de %1</translation>
    </message>
    <message>
        <source>Label %1 as %2</source>
        <translation>Clasificar %1 como %2</translation>
    </message>
    <message>
        <source>Rename slide %1 to %2</source>
        <translation>Renombrar la preparación %1 a %2</translation>
    </message>
    <message>
        <source>Move %1 to slide %2</source>
        <translation>Mover %1 a la preparación %2</translation>
    </message>
    <message numerus="yes">
        <source>Move %n image(s) to slide %1</source>
        <translation>
            <numerusform>Mover %n imagen a la preparación %1</numerusform>
            <numerusform>Mover %n imágenes a la preparación %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct %1 to %2 (label check)</source>
        <translation>Corregir %1 a %2 (comprobación de etiquetas)</translation>
    </message>
    <message>
        <source>Edit the details of slide %1</source>
        <translation>Editar los datos de la preparación %1</translation>
    </message>
    <message>
        <source>Withdraw the adjudication of %1</source>
        <translation>Retirar el arbitraje de %1</translation>
    </message>
    <message>
        <source>Adjudicate %1 as %2</source>
        <translation>Arbitrar %1 como %2</translation>
    </message>
    <message>
        <source>Mark %1 as %2</source>
        <translation>Marcar %1 como %2</translation>
    </message>
    <message>
        <source>Add box to %1</source>
        <translation>Añadir recuadro a %1</translation>
    </message>
    <message>
        <source>Move box in %1</source>
        <translation>Mover recuadro en %1</translation>
    </message>
    <message>
        <source>Resize box in %1</source>
        <translation>Redimensionar recuadro en %1</translation>
    </message>
    <message>
        <source>Delete box in %1</source>
        <translation>Eliminar recuadro en %1</translation>
    </message>
</context>
<context>
    <name>ProjectCopy</name>
    <message>
        <source>%1 is at schema %2, %3 at schema %4</source>
        <translation>%1 está en el esquema %2 y %3 en el esquema %4</translation>
    </message>
    <message>
        <source>%1: not empty (table %2 has rows); copy into a new project</source>
        <translation>%1: no está vacío (la tabla %2 tiene filas); copie en un proyecto nuevo</translation>
    </message>
    <message>
        <source>%1: permission denied: only the project&apos;s owner can copy into it</source>
        <translation>%1: permiso denegado: solo el propietario del proyecto puede copiar en él</translation>
    </message>
    <message>
        <source>table %1, row %2: %3</source>
        <translation>tabla %1, fila %2: %3</translation>
    </message>
    <message>
        <source>%1: copy failed, nothing copied: %2</source>
        <translation>%1: la copia falló, no se copió nada: %2</translation>
    </message>
</context>
<context>
    <name>ProjectDetection</name>
    <message>
        <source>%1: project is not open for writing</source>
        <translation>%1: el proyecto no está abierto para escritura</translation>
    </message>
    <message>
        <source>%1: write failed: %2</source>
        <translation>%1: error de escritura: %2</translation>
    </message>
</context>
<context>
    <name>ProjectLocation</name>
    <message>
        <source>no project given</source>
        <translation>no se indicó ningún proyecto</translation>
    </message>
    <message>
        <source>%1: not a valid PostgreSQL URL (%2)</source>
        <translation>%1: no es una URL de PostgreSQL válida (%2)</translation>
    </message>
    <message>
        <source>%1: a password does not belong in the URL; set PGPASSWORD or use ~/.pgpass</source>
        <translation>%1: la contraseña no debe ir en la URL; defina PGPASSWORD o use ~/.pgpass</translation>
    </message>
    <message>
        <source>%1: the URL names no database (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation>%1: la URL no indica ninguna base de datos (postgresql://USER@HOST:PORT/DATABASE)</translation>
    </message>
    <message>
        <source>%1: unknown sslmode &quot;%2&quot; (one of %3)</source>
        <translation>%1: sslmode desconocido «%2» (uno de %3)</translation>
    </message>
    <message>
        <source>%1: unknown URL parameter &quot;%2&quot; (only sslmode)</source>
        <translation>%1: parámetro de URL desconocido «%2» (solo sslmode)</translation>
    </message>
</context>
<context>
    <name>ProjectLock</name>
    <message>
        <source>%1: cannot create the lock file (no write permission)</source>
        <translation>%1: no se puede crear el archivo de bloqueo (sin permiso de escritura)</translation>
    </message>
    <message>
        <source>%1: cannot create the lock file</source>
        <translation>%1: no se puede crear el archivo de bloqueo</translation>
    </message>
    <message>
        <source>process %1 (%2) on host %3</source>
        <translation>proceso %1 (%2) en el equipo %3</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>programa desconocido</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 is in use by another WBC Studio</source>
        <translation>%1 está en uso por otra instancia de WBC Studio</translation>
    </message>
    <message>
        <source>%1 is in use by %2</source>
        <translation>%1 está en uso por %2</translation>
    </message>
</context>
<context>
    <name>ProjectPrediction</name>
    <message>
        <source>%1: project is not open for writing</source>
        <translation>%1: el proyecto no está abierto para escritura</translation>
    </message>
    <message>
        <source>%1: the project has no model %2</source>
        <translation>%1: el proyecto no tiene el modelo %2</translation>
    </message>
    <message>
        <source>%1: write failed: %2</source>
        <translation>%1: error de escritura: %2</translation>
    </message>
    <message>
        <source>white cell %1 has no cached crop; scan the slide again</source>
        <translation>el leucocito %1 no tiene recorte en caché; vuelva a analizar la preparación</translation>
    </message>
</context>
<context>
    <name>ProjectRole</name>
    <message>
        <source>annotator</source>
        <translation>anotador</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>revisor</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propietario</translation>
    </message>
    <message>
        <source>no access</source>
        <translation>sin acceso</translation>
    </message>
</context>
<context>
    <name>ProjectSlideScan</name>
    <message>
        <source>%1: project is not open for writing</source>
        <translation>%1: el proyecto no está abierto para escritura</translation>
    </message>
    <message>
        <source>%1: write failed: %2</source>
        <translation>%1: error de escritura: %2</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <source>%1: no such project file</source>
        <translation>%1: no existe el archivo de proyecto</translation>
    </message>
    <message>
        <source>%1: is a folder, not a project file</source>
        <translation>%1: es una carpeta, no un archivo de proyecto</translation>
    </message>
    <message>
        <source>%1: cannot configure the database: %2</source>
        <translation>%1: no se puede configurar la base de datos: %2</translation>
    </message>
    <message>
        <source>%1: the project file is damaged (%2)</source>
        <translation>%1: el archivo de proyecto está dañado (%2)</translation>
    </message>
    <message>
        <source>%1: made by a newer WBC Studio (schema %2; this version reads up to %3)</source>
        <translation>%1: creado con un WBC Studio más reciente (esquema %2; esta versión lee hasta el %3)</translation>
    </message>
    <message>
        <source>%1: needs an upgrade from schema %2 but is read-only</source>
        <translation>%1: necesita actualizarse desde el esquema %2 pero es de solo lectura</translation>
    </message>
    <message>
        <source>%1: upgrade failed: %2</source>
        <translation>%1: falló la actualización: %2</translation>
    </message>
    <message>
        <source>schema step %1: %2</source>
        <translation>paso de esquema %1: %2</translation>
    </message>
    <message>
        <source>no image %1</source>
        <translation>no existe la imagen %1</translation>
    </message>
    <message>
        <source>a slide needs a name</source>
        <translation>una preparación necesita un nombre</translation>
    </message>
    <message>
        <source>there is already a slide named &quot;%1&quot;</source>
        <translation>ya existe una preparación llamada «%1»</translation>
    </message>
    <message>
        <source>no slide %1</source>
        <translation>no existe la preparación %1</translation>
    </message>
    <message>
        <source>box %1: no such box, or not one you may change</source>
        <translation>recuadro %1: no existe ese recuadro o no puede modificarlo</translation>
    </message>
    <message>
        <source>%1: cannot open a shared project: the PostgreSQL driver of Qt is not installed (Debian: libqt6sql6-psql)</source>
        <translation>%1: no se puede abrir un proyecto compartido: el controlador PostgreSQL de Qt no está instalado (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>%1: permission denied (%2)</source>
        <translation>%1: permiso denegado (%2)</translation>
    </message>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation>%1: no se puede conectar: %2</translation>
    </message>
    <message>
        <source>%1: the database holds no WBC Studio project</source>
        <translation>%1: la base de datos no contiene ningún proyecto de WBC Studio</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: permission denied: a new project is made only in an empty database that %2 owns (CREATE DATABASE ... OWNER %2)</source>
        <translation>%1: permiso denegado: un proyecto nuevo solo se crea en una base de datos vacía cuyo propietario sea %2 (CREATE DATABASE ... OWNER %2)</translation>
    </message>
    <message>
        <source>%1: cannot create the project: %2</source>
        <translation>%1: no se puede crear el proyecto: %2</translation>
    </message>
    <message>
        <source>%1: not a WBC Studio project (the database holds other tables)</source>
        <translation>%1: no es un proyecto de WBC Studio (la base de datos contiene otras tablas)</translation>
    </message>
    <message>
        <source>%1: not a WBC Studio project (%2)</source>
        <translation>%1: no es un proyecto de WBC Studio (%2)</translation>
    </message>
    <message>
        <source>%1: permission denied: %2 has no role in this project (its owner gives one with wbc grant)</source>
        <translation>%1: permiso denegado: %2 no tiene ningún rol en este proyecto (su propietario lo asigna con wbc grant)</translation>
    </message>
    <message>
        <source>%1: needs an upgrade from schema %2, which only its owner can make</source>
        <translation>%1: necesita actualizarse desde el esquema %2, y solo su propietario puede hacerlo</translation>
    </message>
    <message>
        <source>%1: roles need a shared project (a postgresql:// URL)</source>
        <translation>%1: los roles requieren un proyecto compartido (una URL postgresql://)</translation>
    </message>
    <message>
        <source>%1: permission denied: only the database&apos;s owner gives roles</source>
        <translation>%1: permiso denegado: solo el propietario de la base de datos asigna roles</translation>
    </message>
    <message>
        <source>%1: no PostgreSQL role &quot;%2&quot; (the server&apos;s administrator creates it: CREATE ROLE %2 LOGIN PASSWORD ...)</source>
        <translation>%1: no existe el rol de PostgreSQL «%2» (lo crea el administrador del servidor: CREATE ROLE %2 LOGIN PASSWORD ...)</translation>
    </message>
    <message>
        <source>%1: the connection to the server is lost</source>
        <translation>%1: se perdió la conexión con el servidor</translation>
    </message>
    <message>
        <source>%1: the project is not open</source>
        <translation>%1: el proyecto no está abierto</translation>
    </message>
    <message>
        <source>%1: the server does not answer (%2)</source>
        <translation>%1: el servidor no responde (%2)</translation>
    </message>
    <message>
        <source>%1: not a WBC Studio project (damaged, or not a project at all)</source>
        <translation>%1: no es un proyecto de WBC Studio (está dañado o no es un proyecto)</translation>
    </message>
    <message>
        <source>%1: not a WBC Studio project: it holds a %2 &quot;%3&quot; that WBC Studio did not make</source>
        <translation>%1: no es un proyecto de WBC Studio: contiene un objeto %2 «%3» que WBC Studio no creó</translation>
    </message>
    <message>
        <source>blind mode needs a shared project</source>
        <translation>el modo ciego requiere un proyecto compartido</translation>
    </message>
    <message>
        <source>%1: not a WBC Studio project (another program&apos;s database)</source>
        <translation>%1: no es un proyecto de WBC Studio (es la base de datos de otro programa)</translation>
    </message>
    <message>
        <source>%1: not a WBC Studio project (the file holds something else)</source>
        <translation>%1: no es un proyecto de WBC Studio (el archivo contiene otra cosa)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Detected white cell (confidence %1)</source>
        <translation>Leucocito detectado (confianza %1)</translation>
    </message>
    <message>
        <source>Annotated white cell</source>
        <translation>Leucocito anotado</translation>
    </message>
    <message>
        <source>White cell drawn by a person</source>
        <translation>Leucocito dibujado por una persona</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>The whole field as one cell</source>
        <translation>El campo completo como una sola célula</translation>
    </message>
    <message>
        <source>Unlabeled</source>
        <translation>Sin etiqueta</translation>
    </message>
    <message>
        <source>Cell %1: %2
%3</source>
        <translation>Célula %1: %2
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
        <translation>%1: el modelo no dio ningún resultado</translation>
    </message>
    <message>
        <source>What the model looked at for &quot;%1&quot; (%2)</source>
        <translation>En qué se fijó el modelo para «%1» (%2)</translation>
    </message>
    <message>
        <source>%1: the model is not loaded</source>
        <translation>%1: el modelo no está cargado</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>the data was not completely written (disk full?)</source>
        <translation>los datos no se escribieron por completo (¿disco lleno?)</translation>
    </message>
</context>
<context>
    <name>SlideBenchmark</name>
    <message>
        <source>cannot be written</source>
        <translation>no se puede escribir</translation>
    </message>
    <message>
        <source>a field cannot be read back</source>
        <translation>un campo no se puede volver a leer</translation>
    </message>
</context>
<context>
    <name>SlideImporter</name>
    <message>
        <source>%1: project is not open for writing</source>
        <translation>%1: el proyecto no está abierto para escritura</translation>
    </message>
    <message>
        <source>the slide is larger than 2^31 pixels on a side</source>
        <translation>la preparación mide más de 2^31 píxeles de lado</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>%1: write failed: %2</source>
        <translation>%1: error de escritura: %2</translation>
    </message>
</context>
<context>
    <name>SlideReader</name>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>not a slide format OpenSlide can read (Aperio, Hamamatsu, MIRAX, Leica, Philips, Ventana or tiled pyramidal TIFF)</source>
        <translation>no es un formato de preparación que OpenSlide pueda leer (Aperio, Hamamatsu, MIRAX, Leica, Philips, Ventana o TIFF piramidal en teselas)</translation>
    </message>
    <message>
        <source>not a slide OpenSlide can read</source>
        <translation>no es una preparación que OpenSlide pueda leer</translation>
    </message>
    <message>
        <source>damaged slide: %1</source>
        <translation>preparación dañada: %1</translation>
    </message>
    <message>
        <source>the slide has no pixels</source>
        <translation>la preparación no tiene píxeles</translation>
    </message>
    <message>
        <source>invalid region requested</source>
        <translation>se ha solicitado una región no válida</translation>
    </message>
    <message>
        <source>out of memory reading a %1 x %2 region</source>
        <translation>memoria insuficiente al leer una región de %1 x %2</translation>
    </message>
    <message>
        <source>the slide has no small pyramid level to make an overview from</source>
        <translation>la preparación no tiene ningún nivel pequeño de la pirámide a partir del cual crear una vista general</translation>
    </message>
</context>
<context>
    <name>SlideScanner</name>
    <message>
        <source>the counting area is outside the slide</source>
        <translation>el área de recuento está fuera de la preparación</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>set by a person</source>
        <translation>definido por una persona</translation>
    </message>
    <message>
        <source>detection</source>
        <translation>detección</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>anotación</translation>
    </message>
    <message>
        <source>review</source>
        <translation>revisión</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>deshacer</translation>
    </message>
</context>
<context>
    <name>StoreBenchmark</name>
    <message>
        <source>%1: not empty; the store benchmark needs a new project</source>
        <translation>%1: no está vacío; la prueba de rendimiento del almacén necesita un proyecto nuevo</translation>
    </message>
</context>
<context>
    <name>SyntheticSlide</name>
    <message>
        <source>invalid slide size</source>
        <translation>tamaño de preparación no válido</translation>
    </message>
    <message>
        <source>cannot be written</source>
        <translation>no se puede escribir</translation>
    </message>
    <message>
        <source>cannot write tile %1 of level %2</source>
        <translation>no se puede escribir la tesela %1 del nivel %2</translation>
    </message>
    <message>
        <source>cannot write level %1</source>
        <translation>no se puede escribir el nivel %1</translation>
    </message>
</context>
<context>
    <name>SyntheticSmear</name>
    <message>
        <source>%1: cannot create folders</source>
        <translation>%1: no se pueden crear las carpetas</translation>
    </message>
</context>
<context>
    <name>ThumbnailCache</name>
    <message>
        <source>cannot open: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>cannot decode: %1</source>
        <translation>no se puede decodificar: %1</translation>
    </message>
    <message>
        <source>out of memory while decoding</source>
        <translation>memoria insuficiente al decodificar</translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <source>no training images</source>
        <translation>no hay imágenes de entrenamiento</translation>
    </message>
    <message>
        <source>epochs, batch, samples per class and learning rate must be positive</source>
        <translation>las épocas, el lote, las muestras por clase y la tasa de aprendizaje deben ser positivos</translation>
    </message>
    <message>
        <source>training diverged: the loss became %1 in epoch %2, batch %3; lower the learning rate</source>
        <translation>el entrenamiento divergió: la pérdida llegó a %1 en la época %2, lote %3; reduzca la tasa de aprendizaje</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>training failed: %1</source>
        <translation>el entrenamiento falló: %1</translation>
    </message>
    <message>
        <source>the network has no optimizer tensor &quot;%1&quot;</source>
        <translation>la red no tiene ningún tensor de optimizador «%1»</translation>
    </message>
    <message>
        <source>optimizer tensor &quot;%1&quot; has another shape than its parameter</source>
        <translation>el tensor de optimizador «%1» tiene una forma distinta de la de su parámetro</translation>
    </message>
    <message>
        <source>optimizer tensor &quot;%1&quot; appears twice</source>
        <translation>el tensor de optimizador «%1» aparece dos veces</translation>
    </message>
    <message>
        <source>the optimizer state is incomplete</source>
        <translation>el estado del optimizador está incompleto</translation>
    </message>
    <message>
        <source>it was written for the %1 network, not %2</source>
        <translation>se escribió para la red %1, no para %2</translation>
    </message>
    <message>
        <source>it belongs to a run with other parameters or data</source>
        <translation>pertenece a una ejecución con otros parámetros o datos</translation>
    </message>
    <message>
        <source>damaged: it holds more epochs than the run has</source>
        <translation>dañado: contiene más épocas de las que tiene la ejecución</translation>
    </message>
    <message>
        <source>its weights do not fit the %1 network: %2</source>
        <translation>sus pesos no encajan con la red %1: %2</translation>
    </message>
    <message>
        <source>its optimizer state does not fit the %1 network: %2</source>
        <translation>su estado del optimizador no encaja con la red %1: %2</translation>
    </message>
    <message>
        <source>the training parameters are incomplete or out of range</source>
        <translation>los parámetros de entrenamiento están incompletos o fuera de rango</translation>
    </message>
</context>
<context>
    <name>TrainingJob</name>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Preparing images</source>
        <translation>Preparando imágenes</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>A training run is already in progress</source>
        <translation>Ya hay un entrenamiento en curso</translation>
    </message>
    <message>
        <source>Open a writable project first</source>
        <translation>Abra primero un proyecto con permiso de escritura</translation>
    </message>
    <message>
        <source>%1: cannot record the run: %2</source>
        <translation>%1: no se puede registrar la ejecución: %2</translation>
    </message>
    <message>
        <source>Class %1 has %2 labelled white cells; at least 2 are needed to train and validate</source>
        <translation>La clase %1 tiene %2 leucocitos etiquetados; se necesitan al menos 2 para entrenar y validar</translation>
    </message>
    <message>
        <source>Only an interrupted or cancelled run can resume</source>
        <translation>Solo se puede reanudar una ejecución interrumpida o cancelada</translation>
    </message>
    <message>
        <source>%1: the run has no checkpoint to resume from</source>
        <translation>%1: la ejecución no tiene ningún punto de control desde el que reanudar</translation>
    </message>
    <message>
        <source>The project has no run %1</source>
        <translation>El proyecto no tiene la ejecución %1</translation>
    </message>
    <message>
        <source>Run %1 cannot resume: %2</source>
        <translation>La ejecución %1 no se puede reanudar: %2</translation>
    </message>
</context>
<context>
    <name>VocReader</name>
    <message>
        <source>&lt;%1&gt; is not a number: &quot;%2&quot;</source>
        <translation>&lt;%1&gt; no es un número: «%2»</translation>
    </message>
    <message>
        <source>object &quot;%1&quot; has no complete &lt;bndbox&gt;; skipped</source>
        <translation>el objeto «%1» no tiene un &lt;bndbox&gt; completo; omitido</translation>
    </message>
    <message>
        <source>object &quot;%1&quot; has inverted corners; swapped</source>
        <translation>el objeto «%1» tiene las esquinas invertidas; intercambiadas</translation>
    </message>
    <message>
        <source>object &quot;%1&quot; box (%2,%3)-(%4,%5) lies outside the image; clipped</source>
        <translation>el recuadro del objeto «%1» (%2,%3)-(%4,%5) queda fuera de la imagen; recortado</translation>
    </message>
    <message>
        <source>object &quot;%1&quot; has an empty box; skipped</source>
        <translation>el objeto «%1» tiene un recuadro vacío; omitido</translation>
    </message>
    <message>
        <source>invalid image size; ignored</source>
        <translation>tamaño de imagen no válido; ignorado</translation>
    </message>
    <message>
        <source>empty XML document; file skipped</source>
        <translation>documento XML vacío; archivo omitido</translation>
    </message>
    <message>
        <source>DOCTYPE declarations are not allowed in annotations; file skipped</source>
        <translation>las declaraciones DOCTYPE no se permiten en las anotaciones; archivo omitido</translation>
    </message>
    <message>
        <source>root element is &lt;%1&gt;, expected &lt;annotation&gt;; file skipped</source>
        <translation>el elemento raíz es &lt;%1&gt;, se esperaba &lt;annotation&gt;; archivo omitido</translation>
    </message>
    <message>
        <source>malformed XML: %1; file skipped</source>
        <translation>XML mal formado: %1; archivo omitido</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>file is larger than %1 MiB; skipped</source>
        <translation>el archivo supera %1 MiB; omitido</translation>
    </message>
</context>
<context>
    <name>WbcAgreement</name>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Project %1
</source>
        <translation>Proyecto %1
</translation>
    </message>
    <message>
        <source>  no white cell is labelled with a class yet
</source>
        <translation>  todavía no hay ningún leucocito etiquetado con una clase
</translation>
    </message>
    <message>
        <source>Annotators (white cells labelled with a class):
</source>
        <translation>Anotadores (leucocitos etiquetados con una clase):
</translation>
    </message>
    <message>
        <source>Pairs (cells both labelled, observed agreement, Cohen&apos;s kappa):
</source>
        <translation>Pares (células etiquetadas por ambos, concordancia observada, kappa de Cohen):
</translation>
    </message>
    <message numerus="yes">
        <source>Fleiss&apos; kappa: %1 over %n cell(s) every annotator labelled
</source>
        <translation>
            <numerusform>Kappa de Fleiss: %1 sobre %n célula que todos los anotadores etiquetaron
</numerusform>
            <numerusform>Kappa de Fleiss: %1 sobre %n células que todos los anotadores etiquetaron
</numerusform>
        </translation>
    </message>
    <message>
        <source>Specific agreement by class (ratings):
</source>
        <translation>Concordancia específica por clase (valoraciones):
</translation>
    </message>
    <message>
        <source>%1: read failed: %2</source>
        <translation>%1: error de lectura: %2</translation>
    </message>
    <message>
        <source>Print inter-annotator agreement (Cohen&apos;s and Fleiss&apos; kappa)</source>
        <translation>Mostrar la concordancia entre anotadores (kappa de Cohen y de Fleiss)</translation>
    </message>
    <message>
        <source>Project file or postgresql:// URL</source>
        <translation>Archivo de proyecto o URL postgresql://</translation>
    </message>
    <message>
        <source>Print one JSON object</source>
        <translation>Imprimir un objeto JSON</translation>
    </message>
</context>
<context>
    <name>WbcAudit</name>
    <message>
        <source>--%1 must be an integer &gt;= %2</source>
        <translation>--%1 debe ser un entero &gt;= %2</translation>
    </message>
    <message>
        <source>an audit stores its result in a project: import the dataset (&apos;wbc import DIR --project FILE&apos;) and give --project FILE</source>
        <translation>una auditoría guarda su resultado en un proyecto: importe el conjunto de datos (&apos;wbc import DIR --project FILE&apos;) e indique --project FILE</translation>
    </message>
    <message>
        <source>unknown task &quot;%1&quot; (binary or four)</source>
        <translation>tarea desconocida «%1» (binary o four)</translation>
    </message>
    <message>
        <source>unknown model &quot;%1&quot; (%2)</source>
        <translation>modelo desconocido «%1» (%2)</translation>
    </message>
    <message>
        <source>--margin must be a number in [0, 2]</source>
        <translation>--margin debe ser un número en [0, 2]</translation>
    </message>
    <message>
        <source>unknown ranking &quot;%1&quot; (self_confidence, normalized_margin or confident_learning)</source>
        <translation>criterio de ordenación desconocido «%1» (self_confidence, normalized_margin o confident_learning)</translation>
    </message>
    <message>
        <source>Loading cells</source>
        <translation>Cargando células</translation>
    </message>
    <message>
        <source>Training fold %1/%2</source>
        <translation>Entrenando el pliegue %1/%2</translation>
    </message>
    <message>
        <source>Scoring fold %1/%2</source>
        <translation>Puntuando el pliegue %1/%2</translation>
    </message>
    <message>
        <source>Storing the audit</source>
        <translation>Guardando la auditoría</translation>
    </message>
    <message>
        <source>%1 (%2% of the audit)</source>
        <translation>%1 (%2% de la auditoría)</translation>
    </message>
    <message>
        <source>Audit %1: %2 cells, %3 folds by %4, %5 s</source>
        <translation>Auditoría %1: %2 células, %3 pliegues por %4, %5 s</translation>
    </message>
    <message>
        <source>slide</source>
        <translation>preparación</translation>
    </message>
    <message>
        <source>image</source>
        <translation>imagen</translation>
    </message>
    <message>
        <source>Estimated label errors: %1 (%2 in all)</source>
        <translation>Errores de etiqueta estimados: %1 (%2 en total)</translation>
    </message>
    <message>
        <source>rank	image	cell	label	suggested	score</source>
        <translation>puesto	imagen	célula	etiqueta	sugerida	puntuación</translation>
    </message>
    <message>
        <source>Find the likely mislabelled cells from cross-validated predictions</source>
        <translation>Encontrar las células probablemente mal etiquetadas a partir de predicciones de validación cruzada</translation>
    </message>
    <message>
        <source>Not supported: import the dataset into a project first</source>
        <translation>No admitido: importe primero el conjunto de datos en un proyecto</translation>
    </message>
    <message>
        <source>binary or four</source>
        <translation>binary o four</translation>
    </message>
    <message>
        <source>Number of folds (default %1)</source>
        <translation>Número de pliegues (por defecto %1)</translation>
    </message>
    <message>
        <source>Seed of the folds and of their training (default %1)</source>
        <translation>Semilla de los pliegues y de su entrenamiento (por defecto %1)</translation>
    </message>
    <message>
        <source>List the N worst-ranked cells (default: as many as the estimated label errors)</source>
        <translation>Listar las N células peor clasificadas (por defecto: tantas como errores de etiqueta estimados)</translation>
    </message>
    <message>
        <source>self_confidence, normalized_margin or confident_learning (default %1)</source>
        <translation>self_confidence, normalized_margin o confident_learning (por defecto %1)</translation>
    </message>
    <message>
        <source>Training epochs of each fold (default %1)</source>
        <translation>Épocas de entrenamiento de cada pliegue (por defecto %1)</translation>
    </message>
    <message>
        <source>Augmented samples per class and epoch (default %1)</source>
        <translation>Muestras aumentadas por clase y época (por defecto %1)</translation>
    </message>
    <message>
        <source>Architecture: %1 (default %2)</source>
        <translation>Arquitectura: %1 (por defecto %2)</translation>
    </message>
    <message>
        <source>Crop margin around the cell (default %1)</source>
        <translation>Margen de recorte alrededor de la célula (por defecto %1)</translation>
    </message>
    <message>
        <source>auto, cpu or cuda (default auto)</source>
        <translation>auto, cpu o cuda (por defecto auto)</translation>
    </message>
    <message>
        <source>Compute threads (default: all cores)</source>
        <translation>Hilos de cálculo (por defecto: todos los núcleos)</translation>
    </message>
    <message>
        <source>Audit only the cells of fields with exactly one white cell</source>
        <translation>Auditar solo las células de campos con exactamente un leucocito</translation>
    </message>
    <message>
        <source>Print one JSON object: the suspects, worst first, and the estimated label errors per class</source>
        <translation>Imprimir un objeto JSON: las células sospechosas, las peores primero, y los errores de etiqueta estimados por clase</translation>
    </message>
    <message>
        <source>%1: no finished %2 audit %3</source>
        <translation>%1: no hay ninguna auditoría %2 terminada con el id %3</translation>
    </message>
    <message>
        <source>Train the folds without the suspects of an earlier audit (they are still scored): does cleaning help?</source>
        <translation>Entrenar los pliegues sin las células sospechosas de una auditoría anterior (se siguen puntuando): ¿ayuda la limpieza?</translation>
    </message>
    <message>
        <source>Project file or postgresql:// URL</source>
        <translation>Archivo de proyecto o URL postgresql://</translation>
    </message>
</context>
<context>
    <name>WbcBench</name>
    <message>
        <source>unknown model &quot;%1&quot;</source>
        <translation>modelo desconocido «%1»</translation>
    </message>
    <message>
        <source>%1 %2, batch %3, %4 images, %5 on %6 threads:
  end to end  %7 images/s
  compute     %8 images/s
  ratio       %9%
</source>
        <translation>%1 %2, lote %3, %4 imágenes, %5 con %6 hilos:
  de extremo a extremo  %7 imágenes/s
  cálculo               %8 imágenes/s
  proporción            %9%
</translation>
    </message>
    <message>
        <source>Architecture (default lenet)</source>
        <translation>Arquitectura (por defecto lenet)</translation>
    </message>
    <message>
        <source>Batch size (default 32)</source>
        <translation>Tamaño de lote (por defecto 32)</translation>
    </message>
    <message>
        <source>Timed training batches (default 40)</source>
        <translation>Lotes de entrenamiento cronometrados (por defecto 40)</translation>
    </message>
    <message>
        <source>Synthetic smears (default 64)</source>
        <translation>Frotis sintéticos (por defecto 64)</translation>
    </message>
    <message>
        <source>Compute threads (default: all cores)</source>
        <translation>Hilos de cálculo (por defecto: todos los núcleos)</translation>
    </message>
    <message>
        <source>auto, cpu or cuda</source>
        <translation>auto, cpu o cuda</translation>
    </message>
    <message>
        <source>Print one JSON object</source>
        <translation>Imprimir un objeto JSON</translation>
    </message>
    <message>
        <source>--images takes a positive integer</source>
        <translation>--images espera un entero positivo</translation>
    </message>
    <message>
        <source>Image pipeline, %1 images (%2), microseconds per image:
</source>
        <translation>Cadena de imágenes, %1 imágenes (%2), microsegundos por imagen:
</translation>
    </message>
    <message>
        <source>Whole per-image pipeline (decode, detect, crop, augment, tensor):
  1 thread   %1 images/s
  2 threads  %2 images/s
</source>
        <translation>Cadena completa por imagen (decodificar, detectar, recortar, aumentar, tensor):
  1 hilo     %1 imágenes/s
  2 hilos    %2 imágenes/s
</translation>
    </message>
    <message>
        <source>Measure training, inference or image pipeline speed</source>
        <translation>Medir la velocidad del entrenamiento, la inferencia o la cadena de imágenes</translation>
    </message>
    <message>
        <source>--batch, --batches, --rounds, --images and --threads take a positive integer</source>
        <translation>--batch, --batches, --rounds, --images y --threads requieren un entero positivo</translation>
    </message>
    <message>
        <source>Training: alternate end to end and compute N times, report the fastest of each (default 3)</source>
        <translation>Entrenamiento: alternar N veces el proceso completo y el cálculo puro, e informar el más rápido de cada uno (por defecto 3)</translation>
    </message>
    <message>
        <source>--%1 takes a positive integer</source>
        <translation>--%1 espera un entero positivo</translation>
    </message>
    <message>
        <source>Store %1 (%2):
  label round trip  p50 %3 ms  p99 %4 ms  (%5 labels)
  %6 annotators     %7 labels/s  (%8 labels, %9 failed)
</source>
        <translation>Almacén %1 (%2):
  ida y vuelta de etiqueta  p50 %3 ms  p99 %4 ms  (%5 etiquetas)
  %6 anotadores             %7 etiquetas/s  (%8 etiquetas, %9 fallidas)
</translation>
    </message>
    <message>
        <source>  open              %1 ms (connect %2 ms; %3 cells of %4 images)
</source>
        <translation>  apertura                  %1 ms (conexión %2 ms; %3 células de %4 imágenes)
</translation>
    </message>
    <message>
        <source>store: a new project file or the URL of an empty database</source>
        <translation>store: un archivo de proyecto nuevo o la URL de una base de datos vacía</translation>
    </message>
    <message>
        <source>store: white cells to create (default 20000)</source>
        <translation>store: leucocitos que crear (por defecto 20000)</translation>
    </message>
    <message>
        <source>store: labels timed one by one (default 1000)</source>
        <translation>store: etiquetas cronometradas una a una (por defecto 1000)</translation>
    </message>
    <message>
        <source>store: concurrent annotators (default 8)</source>
        <translation>store: anotadores simultáneos (por defecto 8)</translation>
    </message>
    <message>
        <source>--threads takes a positive integer</source>
        <translation>--threads requiere un entero positivo</translation>
    </message>
    <message>
        <source>--side takes a number of pixels from 4096 to 1000000</source>
        <translation>--side requiere un número de píxeles de 4096 a 1000000</translation>
    </message>
    <message>
        <source>--smear takes a fraction from 0 to 1</source>
        <translation>--smear requiere una fracción de 0 a 1</translation>
    </message>
    <message>
        <source>Slide %1 x %1 px of smear, %2 threads:
  slide scan        %3 MP/s (%4 s, %5 cells)
  640 x 480 fields  %6 MP/s (%7 s, %8 fields, %9 cells)
</source>
        <translation>Preparación de %1 x %1 px de frotis, %2 hilos:
  análisis de preparación  %3 MP/s (%4 s, %5 células)
  campos de 640 x 480      %6 MP/s (%7 s, %8 campos, %9 células)
</translation>
    </message>
    <message>
        <source>  slide scan, %1 thread(s): %2 MP/s
</source>
        <translation>  análisis de preparación, %1 hilo(s): %2 MP/s
</translation>
    </message>
    <message>
        <source>Slide %1 x %1 px (%2% smear): %3 s, %4 of %5 tiles skipped, %6 cells, peak RSS %7 MiB
</source>
        <translation>Preparación de %1 x %1 px (%2% de frotis): %3 s, %4 de %5 teselas omitidas, %6 células, RSS máximo %7 MiB
</translation>
    </message>
    <message>
        <source>say what to measure: &apos;wbc bench train&apos;, &apos;wbc bench infer&apos;, &apos;wbc bench pipeline&apos;, &apos;wbc bench store&apos; or &apos;wbc bench slide&apos;</source>
        <translation>indique qué medir: &apos;wbc bench train&apos;, &apos;wbc bench infer&apos;, &apos;wbc bench pipeline&apos;, &apos;wbc bench store&apos; o &apos;wbc bench slide&apos;</translation>
    </message>
    <message>
        <source>train, infer, pipeline, store or slide</source>
        <translation>train, infer, pipeline, store o slide</translation>
    </message>
    <message>
        <source>pipeline: read images from this dataset folder; slide: write the synthetic slides here</source>
        <translation>pipeline: leer las imágenes de esta carpeta de conjunto de datos; slide: escribir aquí las preparaciones sintéticas</translation>
    </message>
    <message>
        <source>slide: the large slide&apos;s side in pixels (default 100000)</source>
        <translation>slide: el lado de la preparación grande en píxeles (por defecto 100000)</translation>
    </message>
    <message>
        <source>slide: the fraction of the large slide covered with smear (default 0.01)</source>
        <translation>slide: la fracción de la preparación grande cubierta de frotis (por defecto 0.01)</translation>
    </message>
    <message>
        <source>  640 x 480 %1 files read and detected  %2 MP/s (%3 s)
</source>
        <translation>  640 x 480 %1 archivos leídos y detectados  %2 MP/s (%3 s)
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
        <translation>Uso: wbc COMANDO [OPCIONES]

Línea de comandos de WBC Studio: importar, examinar y exportar conjuntos de datos de leucocitos.

Comandos:
</translation>
    </message>
    <message>
        <source>  help       Show help for a command

Options:
  -h, --help     Show this help
  -v, --version  Show the version

Run &apos;wbc help COMMAND&apos; for a command&apos;s options.
</source>
        <translation>  help       Mostrar la ayuda de un comando

Opciones:
  -h, --help     Mostrar esta ayuda
  -v, --version  Mostrar la versión

&apos;wbc help COMANDO&apos; muestra las opciones de un comando.
</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>--%1 is required (see &apos;wbc help %2&apos;)</source>
        <translation>--%1 es obligatorio (consulte &apos;wbc help %2&apos;)</translation>
    </message>
    <message>
        <source>no command given; try &apos;wbc --help&apos;</source>
        <translation>no se indicó ningún comando; pruebe &apos;wbc --help&apos;</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando desconocido «%1»</translation>
    </message>
    <message>
        <source>unknown command; try &apos;wbc --help&apos;</source>
        <translation>comando desconocido; pruebe &apos;wbc --help&apos;</translation>
    </message>
    <message>
        <source>%1; close it there first (reading commands such as &apos;wbc stats&apos; still work)</source>
        <translation>%1; ciérrelo allí primero (los comandos de lectura como &apos;wbc stats&apos; siguen funcionando)</translation>
    </message>
    <message>
        <source>no user name to record: give --user NAME or set WBC_USER</source>
        <translation>no hay ningún nombre de usuario que registrar: indique --user NAME o defina WBC_USER</translation>
    </message>
    <message>
        <source>Who labels (default: $WBC_USER, else the name in Preferences, else the login name)</source>
        <translation>Quién etiqueta (por defecto: $WBC_USER; si no, el nombre de Preferencias; si no, el nombre de inicio de sesión)</translation>
    </message>
</context>
<context>
    <name>WbcCopy</name>
    <message>
        <source>%1: exists; copy into a new project file</source>
        <translation>%1: ya existe; copie en un archivo de proyecto nuevo</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows</source>
        <translation>
            <numerusform>%1: %n fila</numerusform>
            <numerusform>%1: %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>copied %1 to %2</source>
        <translation>%1 copiado en %2</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (annotator, reviewer, owner or none)</source>
        <translation>rol desconocido «%1» (annotator, reviewer, owner o none)</translation>
    </message>
    <message>
        <source>roles need a shared project (postgresql://...)</source>
        <translation>los roles requieren un proyecto compartido (postgresql://...)</translation>
    </message>
    <message>
        <source>%1: %2 has no role any more</source>
        <translation>%1: %2 ya no tiene ningún rol</translation>
    </message>
    <message>
        <source>%1: %2 is %3</source>
        <translation>%1: %2 es %3</translation>
    </message>
    <message>
        <source>Copy a whole project between files and PostgreSQL databases</source>
        <translation>Copiar un proyecto completo entre archivos y bases de datos PostgreSQL</translation>
    </message>
    <message>
        <source>Project file or postgresql:// URL</source>
        <translation>Archivo de proyecto o URL postgresql://</translation>
    </message>
    <message>
        <source>New project file, or the URL of an empty database</source>
        <translation>Archivo de proyecto nuevo, o la URL de una base de datos vacía</translation>
    </message>
    <message>
        <source>Give a PostgreSQL role its rights in a shared project</source>
        <translation>Dar a un rol de PostgreSQL sus derechos en un proyecto compartido</translation>
    </message>
    <message>
        <source>Shared project (postgresql:// URL)</source>
        <translation>Proyecto compartido (URL postgresql://)</translation>
    </message>
    <message>
        <source>An existing PostgreSQL role</source>
        <translation>Un rol de PostgreSQL existente</translation>
    </message>
    <message>
        <source>annotator, reviewer, owner or none</source>
        <translation>annotator, reviewer, owner o none</translation>
    </message>
</context>
<context>
    <name>WbcCv</name>
    <message>
        <source>--folds must be an integer &gt;= 2</source>
        <translation>--folds debe ser un entero &gt;= 2</translation>
    </message>
    <message>
        <source>--max-folds must be an integer &gt;= 1</source>
        <translation>--max-folds debe ser un entero &gt;= 1</translation>
    </message>
    <message>
        <source>--fold must be an integer in [1, --folds]</source>
        <translation>--fold debe ser un entero en [1, --folds]</translation>
    </message>
    <message>
        <source>fold %1: %2</source>
        <translation>pliegue %1: %2</translation>
    </message>
    <message>
        <source>fold %1/%2: accuracy %3  balanced %4  (%5 images, %6 s)</source>
        <translation>pliegue %1/%2: exactitud %3  equilibrada %4  (%5 imágenes, %6 s)</translation>
    </message>
    <message>
        <source>%1-fold CV (%2 run): accuracy %3% +- %4, balanced accuracy %5% +- %6, pooled accuracy %7%</source>
        <translation>validación cruzada de %1 pliegues (%2 ejecutados): exactitud %3% +- %4, exactitud equilibrada %5% +- %6, exactitud agrupada %7%</translation>
    </message>
    <message>
        <source>Cross-validate the training recipe: mean and spread of the metrics</source>
        <translation>Validar de forma cruzada la receta de entrenamiento: media y dispersión de las métricas</translation>
    </message>
    <message>
        <source>Number of folds (default 5)</source>
        <translation>Número de pliegues (por defecto 5)</translation>
    </message>
    <message>
        <source>Run only the first N folds (quick estimates)</source>
        <translation>Ejecutar solo los primeros N pliegues (estimación rápida)</translation>
    </message>
    <message>
        <source>Run only fold K (1-based; to spread folds over processes)</source>
        <translation>Ejecutar solo el pliegue K (desde 1; para repartir los pliegues entre procesos)</translation>
    </message>
    <message>
        <source>--split-seed must be a non-negative integer</source>
        <translation>--split-seed debe ser un entero no negativo</translation>
    </message>
    <message>
        <source>Seed of the folds (default: --seed); the same folds with other training seeds compare or ensemble runs</source>
        <translation>Semilla de las particiones (por defecto: --seed); las mismas particiones con otras semillas de entrenamiento comparan o combinan ejecuciones</translation>
    </message>
    <message>
        <source>Write each test image&apos;s class probabilities, without and with test-time flips, to a CSV file</source>
        <translation>Escribir las probabilidades de clase de cada imagen de prueba, sin y con volteos en la prueba, en un archivo CSV</translation>
    </message>
    <message>
        <source>Cells: %1</source>
        <translation>Células: %1</translation>
    </message>
    <message>
        <source>Folds keep each field&apos;s cells together (fewer slides than folds)</source>
        <translation>Los pliegues mantienen juntas las células de cada campo (menos preparaciones que pliegues)</translation>
    </message>
</context>
<context>
    <name>WbcDetect</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>%1: %2 WBC (%3)</source>
        <translation>%1: %2 leucocitos (%3)</translation>
    </message>
    <message>
        <source>detected %1 of %2 images</source>
        <translation>analizadas %1 de %2 imágenes</translation>
    </message>
    <message>
        <source>%1 images: %2 without a white cell, %3 single, %4 multi-cell; %5 flags changed, %6 unreadable (%7 s)
</source>
        <translation>%1 imágenes: %2 sin leucocito, %3 con uno, %4 con varios; %5 marcas cambiadas, %6 ilegibles (%7 s)
</translation>
    </message>
    <message>
        <source>%1: no images with VOC annotations</source>
        <translation>%1: no hay imágenes con anotaciones VOC</translation>
    </message>
    <message>
        <source>%1: cannot write the picture</source>
        <translation>%1: no se puede escribir la imagen</translation>
    </message>
    <message>
        <source>Detection scored on %1 annotated images (%2 WBC boxes, %3 detections, IoU &gt;= 0.5)
  box recall     %4
  box precision  %5
  multi-cell flag: precision %6, recall %7, F1 %8
  %9 s for all images
</source>
        <translation>Detección evaluada en %1 imágenes anotadas (%2 recuadros de leucocitos, %3 detecciones, IoU &gt;= 0.5)
  sensibilidad de recuadros  %4
  precisión de recuadros     %5
  marca de varias células: precisión %6, sensibilidad %7, F1 %8
  %9 s para todas las imágenes
</translation>
    </message>
    <message>
        <source>Disagreements (%1):
</source>
        <translation>Discrepancias (%1):
</translation>
    </message>
    <message>
        <source>  %1: annotated %2, detected %3, missed %4, extra %5
</source>
        <translation>  %1: anotados %2, detectados %3, omitidos %4, de más %5
</translation>
    </message>
    <message>
        <source>--evaluate takes no other inputs</source>
        <translation>--evaluate no admite otras entradas</translation>
    </message>
    <message>
        <source>--project detects on the project&apos;s own images; give no other inputs</source>
        <translation>--project detecta en las imágenes del propio proyecto; no indique otras entradas</translation>
    </message>
    <message>
        <source>give IMAGE_OR_DIR..., --project FILE or --evaluate DATASET_DIR</source>
        <translation>indique IMAGE_OR_DIR..., --project FILE o --evaluate DATASET_DIR</translation>
    </message>
    <message>
        <source>Find white blood cells; flag images with none, one or several</source>
        <translation>Encontrar leucocitos; marcar las imágenes sin ninguno, con uno o con varios</translation>
    </message>
    <message>
        <source>Images or folders</source>
        <translation>Imágenes o carpetas</translation>
    </message>
    <message>
        <source>Print JSON</source>
        <translation>Imprimir JSON</translation>
    </message>
    <message>
        <source>Detect on every image of a project and store the results</source>
        <translation>Detectar en cada imagen de un proyecto y guardar los resultados</translation>
    </message>
    <message>
        <source>Score detection against a dataset&apos;s VOC WBC boxes</source>
        <translation>Evaluar la detección con los recuadros VOC de leucocitos de un conjunto de datos</translation>
    </message>
    <message>
        <source>With --evaluate: write a picture of disagreements and examples</source>
        <translation>Con --evaluate: escribir una imagen de discrepancias y ejemplos</translation>
    </message>
    <message>
        <source>--%1: invalid value &quot;%2&quot;</source>
        <translation>--%1: valor no válido «%2»</translation>
    </message>
    <message>
        <source>Slides: stop after N white cells in the order a technologist meets them (0: all)</source>
        <translation>Preparaciones: detenerse tras N leucocitos en el orden en que los encuentra un técnico (0: todos)</translation>
    </message>
    <message>
        <source>Slides: scan only this counting area (level-0 pixels)</source>
        <translation>Preparaciones: analizar solo esta área de recuento (píxeles del nivel 0)</translation>
    </message>
    <message>
        <source>Slides: worker threads (default: all cores)</source>
        <translation>Preparaciones: hilos de trabajo (por defecto: todos los núcleos)</translation>
    </message>
    <message>
        <source>Slides without a pixel size: micrometres per level-0 pixel (default: %1, the detector&apos;s fields)</source>
        <translation>Preparaciones sin tamaño de píxel: micrómetros por píxel del nivel 0 (por defecto: %1, el de los campos del detector)</translation>
    </message>
    <message>
        <source>With --project: scan slides again that were scanned completely</source>
        <translation>Con --project: volver a analizar las preparaciones que ya se analizaron por completo</translation>
    </message>
    <message>
        <source> assumed</source>
        <translation> supuesto</translation>
    </message>
    <message>
        <source>%1: %2 of %3 tiles, %4 s left</source>
        <translation>%1: %2 de %3 teselas, quedan %4 s</translation>
    </message>
    <message>
        <source>%1 slides: %2 scanned, %3 already scanned, %4 continued, %5 unreadable; %6 white cells stored%7
</source>
        <translation>%1 preparaciones: %2 analizadas, %3 ya analizadas, %4 continuadas, %5 ilegibles; %6 leucocitos guardados%7
</translation>
    </message>
    <message>
        <source> (interrupted: run again to continue)</source>
        <translation> (interrumpido: vuelva a ejecutarlo para continuar)</translation>
    </message>
    <message>
        <source>%1: %2 WBC (slide %3 x %4 px, %5 um/px%6; %7 tiles, skipped: background %8, out of focus %9; %10 s)</source>
        <translation>%1: %2 leucocitos (preparación de %3 x %4 px, %5 um/px%6; %7 teselas, omitidas: fondo %8, desenfocadas %9; %10 s)</translation>
    </message>
</context>
<context>
    <name>WbcEvaluate</name>
    <message>
        <source>%1 images, accuracy %2%, balanced accuracy %3%
</source>
        <translation>%1 imágenes, exactitud %2%, exactitud equilibrada %3%
</translation>
    </message>
    <message>
        <source>Confusion (rows truth, columns prediction):
</source>
        <translation>Confusión (filas: verdad, columnas: predicción):
</translation>
    </message>
    <message>
        <source>   precision %1  recall %2  F1 %3
</source>
        <translation>   precisión %1  sensibilidad %2  F1 %3
</translation>
    </message>
    <message>
        <source>Score a model on the single-cell images of a dataset</source>
        <translation>Evaluar un modelo con las imágenes de una sola célula de un conjunto de datos</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>Archivo de modelo</translation>
    </message>
    <message>
        <source>Dataset folder</source>
        <translation>Carpeta del conjunto de datos</translation>
    </message>
    <message>
        <source>auto, cpu or cuda</source>
        <translation>auto, cpu o cuda</translation>
    </message>
    <message>
        <source>Print one JSON object</source>
        <translation>Imprimir un objeto JSON</translation>
    </message>
    <message>
        <source>Predict without averaging each image&apos;s four flips</source>
        <translation>Predecir sin promediar los cuatro volteos de cada imagen</translation>
    </message>
</context>
<context>
    <name>WbcExport</name>
    <message>
        <source>labels of %1 images written to %2
</source>
        <translation>etiquetas de %1 imágenes escritas en %2
</translation>
    </message>
    <message>
        <source>%1 cells of %2 images in %3 slides written to %4 (%5 files)
</source>
        <translation>%1 células de %2 imágenes en %3 preparaciones escritas en %4 (%5 archivos)
</translation>
    </message>
    <message>
        <source>Project file or postgresql:// URL</source>
        <translation>Archivo de proyecto o URL postgresql://</translation>
    </message>
    <message>
        <source>%1: no labelled white cells to export</source>
        <translation>%1: no hay leucocitos etiquetados que exportar</translation>
    </message>
    <message>
        <source>%1: the crop of cell %2 is not %3x%4 RGB</source>
        <translation>%1: el recorte de la célula %2 no es RGB de %3x%4</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: no se puede escribir el archivo: %2</translation>
    </message>
    <message>
        <source>--format must be csv, labels, voc, coco or crops, not &quot;%1&quot;</source>
        <translation>--format debe ser csv, labels, voc, coco o crops, no «%1»</translation>
    </message>
    <message>
        <source>%1 cell crops of %2 classes written to %3 (%4 labelled cells no task trains on left out)
</source>
        <translation>%1 recortes de células de %2 clases escritos en %3 (se excluyeron %4 células etiquetadas con las que no entrena ninguna tarea)
</translation>
    </message>
    <message>
        <source>Export cells and labels (CSV, Pascal VOC, COCO, crops) from a project</source>
        <translation>Exportar células y etiquetas (CSV, Pascal VOC, COCO, recortes) de un proyecto</translation>
    </message>
    <message>
        <source>csv: one row per white cell (slide,image,cell,x0,y0,x1,y1,label,author,labelled_at,origin,predicted,probability; the current label and the active model&apos;s prediction). labels: labels.csv of image labels (image,label). voc: a dataset folder that &apos;wbc import&apos; reads back: one folder per slide with images/ and annotations/, each white cell an object named by its label (NEUTROPHIL, ..., UNIDENTIFIED, SMUDGE, ARTEFACT, DAMAGED) or WBC when unlabelled. coco: COCO JSON of the white cells, category ids %1, WBC for unlabelled cells; file_name relative to the JSON file, wbc_cell_id the project&apos;s cell. crops: the crops file wbc-engine trains from (each labelled white cell cropped as training crops it, with its class and split group).</source>
        <translation>csv: una fila por leucocito (slide,image,cell,x0,y0,x1,y1,label,author,labelled_at,origin,predicted,probability; la etiqueta actual y la predicción del modelo activo). labels: labels.csv de etiquetas de imagen (image,label). voc: una carpeta de conjunto de datos que &apos;wbc import&apos; vuelve a leer: una carpeta por preparación con images/ y annotations/, cada leucocito un objeto con el nombre de su etiqueta (NEUTROPHIL, ..., UNIDENTIFIED, SMUDGE, ARTEFACT, DAMAGED) o WBC si no tiene etiqueta. coco: JSON COCO de los leucocitos, ids de categoría %1, WBC para las células sin etiqueta; file_name relativo al archivo JSON, wbc_cell_id la célula del proyecto. crops: el archivo de recortes con el que entrena wbc-engine (cada leucocito etiquetado, recortado como lo recorta el entrenamiento, con su clase y su grupo de partición).</translation>
    </message>
    <message>
        <source>CSV, JSON or crops file, or a new or empty folder for voc</source>
        <translation>Archivo CSV, JSON o de recortes, o una carpeta nueva o vacía para voc</translation>
    </message>
</context>
<context>
    <name>WbcImport</name>
    <message>
        <source>imported %1 of %2 images</source>
        <translation>importadas %1 de %2 imágenes</translation>
    </message>
    <message>
        <source>No progress output</source>
        <translation>Sin salida de progreso</translation>
    </message>
    <message>
        <source>%1 images found: %2 new, %3 already in the project, %4 duplicates, %5 skipped
%6 slides (%7 new)
%8 cell labels set, %9 kept (set by a person), %10 images need per-cell labels
%11 annotation files, %12 WBC boxes, %13 images keep boxes edited by a person
%14 problems
</source>
        <translation>%1 imágenes encontradas: %2 nuevas, %3 ya en el proyecto, %4 duplicadas, %5 omitidas
%6 preparaciones (%7 nuevas)
%8 etiquetas de célula asignadas, %9 conservadas (puestas por una persona), %10 imágenes necesitan etiquetas por célula
%11 archivos de anotación, %12 recuadros de leucocitos, %13 imágenes conservan recuadros editados por una persona
%14 problemas
</translation>
    </message>
    <message>
        <source>Project file to create or update, or a postgresql:// URL</source>
        <translation>Archivo de proyecto que crear o actualizar, o una URL postgresql://</translation>
    </message>
    <message>
        <source>no images found in %1; nothing was imported</source>
        <translation>no se encontraron imágenes en %1; no se importó nada</translation>
    </message>
    <message>
        <source>%1 slide files: %2 new, %3 already in the project, %4 unreadable
</source>
        <translation>%1 archivos de preparación: %2 nuevos, %3 ya en el proyecto, %4 ilegibles
</translation>
    </message>
    <message>
        <source>expects exactly one DATASET_DIR or SLIDE_FILE</source>
        <translation>requiere exactamente un DATASET_DIR o un SLIDE_FILE</translation>
    </message>
    <message>
        <source>%1: not a folder or slide file</source>
        <translation>%1: no es una carpeta ni un archivo de preparación</translation>
    </message>
    <message>
        <source>Import a dataset folder (images, labels.csv, VOC XML) or a whole-slide image into a project</source>
        <translation>Importar a un proyecto una carpeta de conjunto de datos (imágenes, labels.csv, XML VOC) o una imagen de preparación completa</translation>
    </message>
    <message>
        <source>Folder with images (or images/), labels.csv, annotations/; each subfolder with images is a slide named by its path; or one slide file (.svs, .ndpi, .mrxs, tiled TIFF, ...)</source>
        <translation>Carpeta con imágenes (o images/), labels.csv, annotations/; cada subcarpeta con imágenes es una preparación con el nombre de su ruta; o un archivo de preparación (.svs, .ndpi, .mrxs, TIFF en teselas, ...)</translation>
    </message>
</context>
<context>
    <name>WbcLabel</name>
    <message>
        <source>%1: no image &quot;%2&quot; in the project</source>
        <translation>%1: no hay ninguna imagen «%2» en el proyecto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names several images (%2); give its path</source>
        <translation>«%1» designa varias imágenes (%2); indique su ruta</translation>
    </message>
    <message>
        <source>give an image and a class</source>
        <translation>indique una imagen y una clase</translation>
    </message>
    <message>
        <source>unknown class &quot;%1&quot; (one of %2, or 0/none to clear)</source>
        <translation>clase desconocida «%1» (una de %2, o 0/none para quitarla)</translation>
    </message>
    <message>
        <source>--cell must be a cell id (a positive integer)</source>
        <translation>--cell debe ser un id de célula (un entero positivo)</translation>
    </message>
    <message>
        <source>%1 has %2 white cells (%3): choose one with --cell</source>
        <translation>%1 tiene %2 leucocitos (%3): elija uno con --cell</translation>
    </message>
    <message>
        <source>%1: write failed: %2</source>
        <translation>%1: error de escritura: %2</translation>
    </message>
    <message>
        <source>%1 has no white cell %2</source>
        <translation>%1 no tiene el leucocito %2</translation>
    </message>
    <message>
        <source>%1, cell %2: %3</source>
        <translation>%1, célula %2: %3</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>etiqueta quitada</translation>
    </message>
    <message>
        <source>Set the label of a white cell</source>
        <translation>Asignar la etiqueta de un leucocito</translation>
    </message>
    <message>
        <source>Image: file name or path in the project</source>
        <translation>Imagen: nombre de archivo o ruta en el proyecto</translation>
    </message>
    <message>
        <source>NEUTROPHIL, ..., UNIDENTIFIED, SMUDGE, ARTEFACT, DAMAGED; 0 or none clears</source>
        <translation>NEUTROPHIL, ..., UNIDENTIFIED, SMUDGE, ARTEFACT, DAMAGED; 0 o none la quita</translation>
    </message>
    <message>
        <source>Cell id (required when the image has several white cells)</source>
        <translation>Id de la célula (obligatorio si la imagen tiene varios leucocitos)</translation>
    </message>
    <message>
        <source>Project file or postgresql:// URL</source>
        <translation>Archivo de proyecto o URL postgresql://</translation>
    </message>
</context>
<context>
    <name>WbcPredict</name>
    <message>
        <source>give at most one of --json and --csv</source>
        <translation>indique como máximo una de --json y --csv</translation>
    </message>
    <message>
        <source>no image or folder given</source>
        <translation>no se indicó ninguna imagen ni carpeta</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>Image files or folders</source>
        <translation>Archivos de imagen o carpetas</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>Archivo de modelo</translation>
    </message>
    <message>
        <source>auto, cpu or cuda</source>
        <translation>auto, cpu o cuda</translation>
    </message>
    <message>
        <source>Print one JSON object</source>
        <translation>Imprimir un objeto JSON</translation>
    </message>
    <message>
        <source>Print CSV</source>
        <translation>Imprimir CSV</translation>
    </message>
    <message>
        <source>%1: the project has no active model (make one active in the training dashboard)</source>
        <translation>%1: el proyecto no tiene ningún modelo activo (active uno en el panel de entrenamiento)</translation>
    </message>
    <message>
        <source>predicted %1 of %2 images</source>
        <translation>predichas %1 de %2 imágenes</translation>
    </message>
    <message>
        <source>--project predicts the project&apos;s own images with its active model; give no model, images or format</source>
        <translation>--project predice las imágenes del propio proyecto con su modelo activo; no indique modelo, imágenes ni formato</translation>
    </message>
    <message>
        <source>Predict every image of a project with its active model and store the predictions</source>
        <translation>Predecir cada imagen de un proyecto con su modelo activo y guardar las predicciones</translation>
    </message>
    <message>
        <source>Predict without averaging each image&apos;s four flips</source>
        <translation>Predecir sin promediar los cuatro volteos de cada imagen</translation>
    </message>
    <message>
        <source>Stored predictions of model %1 for %2 cells in %3 of %4 images (%5 cells found by detection), %6 unreadable (%7 s)</source>
        <translation>Predicciones del modelo %1 guardadas para %2 células en %3 de %4 imágenes (%5 células encontradas por detección), %6 ilegibles (%7 s)</translation>
    </message>
    <message>
        <source>no white cell found</source>
        <translation>no se encontró ningún leucocito</translation>
    </message>
    <message>
        <source>Classify every white cell of images</source>
        <translation>Clasificar cada leucocito de las imágenes</translation>
    </message>
</context>
<context>
    <name>WbcReport</name>
    <message>
        <source>--out must name a .pdf or .csv file</source>
        <translation>--out debe indicar un archivo .pdf o .csv</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>%1: no image of the project is stored under folder &quot;%2&quot;</source>
        <translation>%1: ninguna imagen del proyecto está guardada en la carpeta «%2»</translation>
    </message>
    <message>
        <source>predicted %1 of %2 images</source>
        <translation>predichas %1 de %2 imágenes</translation>
    </message>
    <message>
        <source>the active model has no stored predictions; counting labels only (run &apos;wbc predict --project %1&apos; first)</source>
        <translation>el modelo activo no tiene predicciones guardadas; solo se cuentan las etiquetas (ejecute primero &apos;wbc predict --project %1&apos;)</translation>
    </message>
    <message>
        <source>Report to write (.pdf or .csv)</source>
        <translation>Informe que escribir (.pdf o .csv)</translation>
    </message>
    <message>
        <source>Predict with this model file (nothing is stored); default: the active model&apos;s stored predictions</source>
        <translation>Predecir con este archivo de modelo (no se guarda nada); por defecto: las predicciones guardadas del modelo activo</translation>
    </message>
    <message>
        <source>Report title</source>
        <translation>Título del informe</translation>
    </message>
    <message>
        <source>auto, cpu or cuda</source>
        <translation>auto, cpu o cuda</translation>
    </message>
    <message>
        <source>Print the counts as one JSON object</source>
        <translation>Imprimir los recuentos como un objeto JSON</translation>
    </message>
    <message>
        <source>--slide needs a slide name</source>
        <translation>--slide necesita el nombre de una preparación</translation>
    </message>
    <message>
        <source>%1: no slide named &quot;%2&quot; (slides: %3)</source>
        <translation>%1: no hay ninguna preparación llamada «%2» (preparaciones: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n slide(s), %2 white cells; %3 counted as labelled, %4 as predicted; %5 field(s) left out</source>
        <translation>
            <numerusform>Escrito %1: %n preparación, %2 leucocitos; %3 contados como etiquetados, %4 como predichos; campos excluidos: %5</numerusform>
            <numerusform>Escrito %1: %n preparaciones, %2 leucocitos; %3 contados como etiquetados, %4 como predichos; campos excluidos: %5</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: slide %1: only %2 cells counted by label (fewer than %3)</source>
        <translation>advertencia: preparación %1: solo %2 células contadas por etiqueta (menos de %3)</translation>
    </message>
    <message>
        <source>Write a per-slide differential count report (PDF or CSV)</source>
        <translation>Escribir un informe de fórmula leucocitaria por preparación (PDF o CSV)</translation>
    </message>
    <message>
        <source>Report this slide only (default: one section per slide)</source>
        <translation>Informar solo de esta preparación (por defecto: una sección por preparación)</translation>
    </message>
    <message>
        <source>Count only the images stored under this folder (still one section per slide)</source>
        <translation>Contar solo las imágenes guardadas en esta carpeta (sigue habiendo una sección por preparación)</translation>
    </message>
    <message>
        <source>Project file or postgresql:// URL</source>
        <translation>Archivo de proyecto o URL postgresql://</translation>
    </message>
</context>
<context>
    <name>WbcSlides</name>
    <message>
        <source>%1: %2 images, %3 white cells, %4 labelled</source>
        <translation>%1: %2 imágenes, %3 leucocitos, %4 etiquetados</translation>
    </message>
    <message>
        <source>List the slides of a project with their counts</source>
        <translation>Listar las preparaciones de un proyecto con sus recuentos</translation>
    </message>
    <message>
        <source>Print one JSON object</source>
        <translation>Imprimir un objeto JSON</translation>
    </message>
    <message>
        <source>Project file or postgresql:// URL</source>
        <translation>Archivo de proyecto o URL postgresql://</translation>
    </message>
</context>
<context>
    <name>WbcStats</name>
    <message>
        <source>Project %1
  images: %2
</source>
        <translation>Proyecto %1
  imágenes: %2
</translation>
    </message>
    <message>
        <source>  multi-cell labels: %1
  unlabeled: %2
  annotated WBC boxes: %3
</source>
        <translation>  etiquetas de varias células: %1
  sin etiqueta: %2
  recuadros de leucocitos anotados: %3
</translation>
    </message>
    <message>
        <source>Print counts of images and labels in a project</source>
        <translation>Mostrar el número de imágenes y etiquetas de un proyecto</translation>
    </message>
    <message>
        <source>Print one JSON object</source>
        <translation>Imprimir un objeto JSON</translation>
    </message>
    <message>
        <source>  slides: %1
  white cells: %2 (%3 unlabelled)
</source>
        <translation>  preparaciones: %1
  leucocitos: %2 (%3 sin etiqueta)
</translation>
    </message>
    <message>
        <source>Project file or postgresql:// URL</source>
        <translation>Archivo de proyecto o URL postgresql://</translation>
    </message>
</context>
<context>
    <name>WbcTrain</name>
    <message>
        <source>--val-fraction must be in [0, 1)</source>
        <translation>--val-fraction debe estar en [0, 1)</translation>
    </message>
    <message>
        <source>--patience must be an integer &gt;= 0</source>
        <translation>--patience debe ser un entero &gt;= 0</translation>
    </message>
    <message>
        <source>epoch %1/%2  loss %3  acc %4</source>
        <translation>época %1/%2  pérdida %3  exact. %4</translation>
    </message>
    <message>
        <source>  val loss %1  val acc %2  balanced %3</source>
        <translation>  pérdida val. %1  exact. val. %2  equilibrada %3</translation>
    </message>
    <message>
        <source>  %1 img/s  %2 s  eta %3 s%4</source>
        <translation>  %1 img/s  %2 s  faltan %3 s%4</translation>
    </message>
    <message>
        <source>Wrote %1 (best epoch %2 of %3, %4 s)</source>
        <translation>Escrito %1 (mejor época %2 de %3, %4 s)</translation>
    </message>
    <message>
        <source>Train a cell classifier and write a model file</source>
        <translation>Entrenar un clasificador de células y escribir un archivo de modelo</translation>
    </message>
    <message>
        <source>Model file to write</source>
        <translation>Archivo de modelo que escribir</translation>
    </message>
    <message>
        <source>Fraction of each class held out for validation (default 0.2)</source>
        <translation>Fracción de cada clase reservada para validación (por defecto 0.2)</translation>
    </message>
    <message>
        <source>Stop after N epochs without a better validation loss (0 = off)</source>
        <translation>Parar tras N épocas sin mejor pérdida de validación (0 = desactivado)</translation>
    </message>
    <message>
        <source>--%1 must be an integer &gt;= %2</source>
        <translation>--%1 debe ser un entero &gt;= %2</translation>
    </message>
    <message>
        <source>--%1 must be a number in [%2, %3]</source>
        <translation>--%1 debe ser un número en [%2, %3]</translation>
    </message>
    <message>
        <source>Dataset folder</source>
        <translation>Carpeta del conjunto de datos</translation>
    </message>
    <message>
        <source>binary or four</source>
        <translation>binary o four</translation>
    </message>
    <message>
        <source>Architecture: %1 (default %2)</source>
        <translation>Arquitectura: %1 (por defecto %2)</translation>
    </message>
    <message>
        <source>Epochs (default %1)</source>
        <translation>Épocas (por defecto %1)</translation>
    </message>
    <message>
        <source>Augmented samples per class and epoch (default %1)</source>
        <translation>Muestras aumentadas por clase y época (por defecto %1)</translation>
    </message>
    <message>
        <source>Batch size (default %1)</source>
        <translation>Tamaño de lote (por defecto %1)</translation>
    </message>
    <message>
        <source>Peak learning rate (default %1)</source>
        <translation>Tasa de aprendizaje máxima (por defecto %1)</translation>
    </message>
    <message>
        <source>adam, adamw or sgd (default %1)</source>
        <translation>adam, adamw o sgd (por defecto %1)</translation>
    </message>
    <message>
        <source>constant, onecycle or cosine (default %1)</source>
        <translation>constant, onecycle o cosine (por defecto %1)</translation>
    </message>
    <message>
        <source>Weight decay (default %1)</source>
        <translation>Decaimiento de pesos (por defecto %1)</translation>
    </message>
    <message>
        <source>Label smoothing (default %1)</source>
        <translation>Suavizado de etiquetas (por defecto %1)</translation>
    </message>
    <message>
        <source>Crop margin around the cell (default %1)</source>
        <translation>Margen de recorte alrededor de la célula (por defecto %1)</translation>
    </message>
    <message>
        <source>Random seed (default %1)</source>
        <translation>Semilla aleatoria (por defecto %1)</translation>
    </message>
    <message>
        <source>auto, cpu or cuda (default auto)</source>
        <translation>auto, cpu o cuda (por defecto auto)</translation>
    </message>
    <message>
        <source>Compute threads (default: all cores)</source>
        <translation>Hilos de cálculo (por defecto: todos los núcleos)</translation>
    </message>
    <message>
        <source>Print one JSON line per epoch and a summary line</source>
        <translation>Imprimir una línea JSON por época y una línea de resumen</translation>
    </message>
    <message>
        <source>unknown task &quot;%1&quot; (binary or four)</source>
        <translation>tarea desconocida «%1» (binary o four)</translation>
    </message>
    <message>
        <source>unknown model &quot;%1&quot; (%2)</source>
        <translation>modelo desconocido «%1» (%2)</translation>
    </message>
    <message>
        <source>unknown optimizer (adam, adamw or sgd)</source>
        <translation>optimizador desconocido (adam, adamw o sgd)</translation>
    </message>
    <message>
        <source>unknown schedule (constant, onecycle or cosine)</source>
        <translation>programación desconocida (constant, onecycle o cosine)</translation>
    </message>
    <message>
        <source>give exactly one of --data DIR or --project FILE</source>
        <translation>indique exactamente una de --data DIR o --project FILE</translation>
    </message>
    <message>
        <source>%1 (crops: %2 detected, %3 annotation, %4 field)</source>
        <translation>%1 (recortes: %2 detectados, %3 anotación, %4 campo)</translation>
    </message>
    <message>
        <source>%1: could not record the model in the project</source>
        <translation>%1: no se pudo registrar el modelo en el proyecto</translation>
    </message>
    <message>
        <source>Scale of the brightness, contrast and stain augmentation (default 1; 0 turns it off)</source>
        <translation>Intensidad del aumento de brillo, contraste y tinción (por defecto 1; 0 lo desactiva)</translation>
    </message>
    <message>
        <source>Validate without averaging each image&apos;s four flips</source>
        <translation>Validar sin promediar los cuatro volteos de cada imagen</translation>
    </message>
    <message>
        <source>Cells: %1</source>
        <translation>Células: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>Train only on the cells of fields with exactly one white cell (the seed recipe&apos;s selection)</source>
        <translation>Entrenar solo con las células de campos con exactamente un leucocito (la selección de la receta original)</translation>
    </message>
    <message>
        <source>Loading cells: %1%</source>
        <translation>Cargando células: %1%</translation>
    </message>
    <message>
        <source>Checkpoint file, written every epoch and removed when the run finishes; an existing one resumes the run when its size and checksum check out and it belongs to a run of the same parameters and data</source>
        <translation>Archivo de punto de control, escrito en cada época y eliminado al terminar la ejecución; si ya existe, reanuda la ejecución cuando su tamaño y su suma de comprobación son correctos y pertenece a una ejecución con los mismos parámetros y datos</translation>
    </message>
    <message>
        <source>Project file or postgresql:// URL</source>
        <translation>Archivo de proyecto o URL postgresql://</translation>
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
        <translation>Archivo de proyecto o carpeta de conjunto de datos</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE after a few seconds and quit (for documentation)</source>
        <translation>Guardar una imagen de la ventana en FILE tras unos segundos y salir (para la documentación)</translation>
    </message>
    <message>
        <source>Select the image named NAME</source>
        <translation>Seleccionar la imagen llamada NAME</translation>
    </message>
    <message>
        <source>Show only: multi, none, unlabeled</source>
        <translation>Mostrar solo: multi, none, unlabeled</translation>
    </message>
    <message>
        <source>Start a training run on the project (with --screenshot)</source>
        <translation>Iniciar un entrenamiento con el proyecto (con --screenshot)</translation>
    </message>
    <message>
        <source>Seconds before the picture</source>
        <translation>Segundos antes de la imagen</translation>
    </message>
    <message>
        <source>With --screenshot: review (the review panel, predicting first if needed), saliency, report (the differential count dialog is pictured), gallery (the cell gallery), suspects (the label check&apos;s queue), adjudication (the adjudication queue), agreement (the agreement dialog is pictured); comma-separated</source>
        <translation>Con --screenshot: review (el panel de revisión, prediciendo primero si hace falta), saliency, report (se muestra el diálogo de la fórmula leucocitaria), gallery (la galería de células), suspects (la cola de la comprobación de etiquetas), adjudication (la cola de arbitraje), agreement (se muestra el diálogo de concordancia); separados por comas</translation>
    </message>
    <message>
        <source>Open PATH, print how long until the window shows it all (slide browser, cell gallery, slide list) as one JSON line, and quit (docs/BENCHMARKS.md)</source>
        <translation>Abrir RUTA, imprimir en una línea JSON cuánto tarda la ventana en mostrarlo todo (explorador de preparaciones, galería de células, lista de preparaciones) y salir (docs/BENCHMARKS.md)</translation>
    </message>
</context>
<context>
    <name>wbc::AdjudicationModel</name>
    <message>
        <source>%1, cell %2 of %3</source>
        <translation>%1, célula %2 de %3</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Coinciden</translation>
    </message>
    <message>
        <source>Adjudicated as %1 by %2, %3</source>
        <translation>Arbitrada como %1 por %2, %3</translation>
    </message>
    <message>
        <source>The annotators disagree: a label key or button decides</source>
        <translation>Los anotadores discrepan: decide una tecla de etiqueta o un botón</translation>
    </message>
    <message>
        <source>The annotators&apos; class labels agree now</source>
        <translation>Las etiquetas de clase de los anotadores ya coinciden</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Célula</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
</context>
<context>
    <name>wbc::AdjudicationQueue</name>
    <message>
        <source>Show adjudicated</source>
        <translation>Mostrar arbitradas</translation>
    </message>
    <message>
        <source>Also list the cells a reviewer has already decided</source>
        <translation>Listar también las células que un revisor ya ha decidido</translation>
    </message>
    <message>
        <source>Show &amp;All Disagreements</source>
        <translation>Mostrar &amp;todas las discrepancias</translation>
    </message>
    <message>
        <source>Cells to adjudicate</source>
        <translation>Células que arbitrar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Adjudicate the current cell as %1</source>
        <translation>Arbitrar la célula actual como %1</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Go to the next cell still to adjudicate, leaving this one as it is</source>
        <translation>Ir a la siguiente célula pendiente de arbitraje, sin cambiar esta</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n cell(s) where %1.</source>
        <translation>
            <numerusform>Se muestra %n célula en la que %1.</numerusform>
            <numerusform>Se muestran las %n células en las que %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project is open read-only: nothing can be adjudicated</source>
        <translation>El proyecto está abierto en solo lectura: no se puede arbitrar nada</translation>
    </message>
    <message>
        <source>Only a reviewer or the project&apos;s owner adjudicates</source>
        <translation>Solo un revisor o el propietario del proyecto arbitra</translation>
    </message>
    <message>
        <source>Select a cell to adjudicate</source>
        <translation>Seleccione una célula para arbitrarla</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Ningún proyecto abierto</translation>
    </message>
    <message numerus="yes">
        <source>Disagreements need two annotators: %n annotator(s) labelled cells of this project so far</source>
        <translation>
            <numerusform>Las discrepancias requieren dos anotadores: hasta ahora %n anotador ha etiquetado células de este proyecto</numerusform>
            <numerusform>Las discrepancias requieren dos anotadores: hasta ahora %n anotadores han etiquetado células de este proyecto</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 chosen cells still to adjudicate (%3 annotators)</source>
        <translation>%1 de %2 células elegidas pendientes de arbitraje (%3 anotadores)</translation>
    </message>
    <message>
        <source>%1 of %2 disagreements still to adjudicate (%3 annotators)</source>
        <translation>%1 de %2 discrepancias pendientes de arbitraje (%3 anotadores)</translation>
    </message>
    <message>
        <source>A label key or a button decides the current cell: the choice becomes its label, recorded as an adjudication, and the next cell to do is selected. The clear key withdraws an adjudication. Ctrl+Z undoes.</source>
        <translation>Una tecla de etiqueta o un botón decide la célula actual: la elección pasa a ser su etiqueta, registrada como arbitraje, y se selecciona la siguiente célula pendiente. La tecla de quitar la etiqueta retira un arbitraje. Ctrl+Z deshace.</translation>
    </message>
    <message>
        <source>Only reviewers and the project&apos;s owner adjudicate: here you see each annotator&apos;s label.</source>
        <translation>Solo los revisores y el propietario del proyecto arbitran: aquí ve la etiqueta de cada anotador.</translation>
    </message>
</context>
<context>
    <name>wbc::AgreementDialog</name>
    <message>
        <source>Inter-annotator Agreement</source>
        <translation>Concordancia entre anotadores</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>pobre</translation>
    </message>
    <message>
        <source>slight</source>
        <translation>leve</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>aceptable</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <source>substantial</source>
        <translation>considerable</translation>
    </message>
    <message>
        <source>almost perfect</source>
        <translation>casi perfecta</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Anotador</translation>
    </message>
    <message>
        <source>Cells labelled</source>
        <translation>Células etiquetadas</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>Anotadores</translation>
    </message>
    <message>
        <source>Annotator A</source>
        <translation>Anotador A</translation>
    </message>
    <message>
        <source>Annotator B</source>
        <translation>Anotador B</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Células</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>κ de Cohen</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Concordancia</translation>
    </message>
    <message>
        <source>Same class</source>
        <translation>Misma clase</translation>
    </message>
    <message>
        <source>Annotator pairs</source>
        <translation>Pares de anotadores</translation>
    </message>
    <message>
        <source>Cells: labelled with a class by both. Cohen&apos;s κ: 1 when they always agree, 0 when they agree only as often as chance would.</source>
        <translation>Células: etiquetadas con una clase por ambos. κ de Cohen: 1 cuando siempre coinciden, 0 cuando coinciden solo tanto como lo haría el azar.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Specific agreement</source>
        <translation>Concordancia específica</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <source>Agreement per class</source>
        <translation>Concordancia por clase</translation>
    </message>
    <message>
        <source>Of the pairs of ratings in which one annotator chose the class, the share in which the other chose it too</source>
        <translation>De los pares de valoraciones en los que un anotador eligió la clase, la proporción en la que el otro también la eligió</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Pares</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>Por clase</translation>
    </message>
    <message>
        <source>Choose a pair of annotators who labelled the same cells.</source>
        <translation>Elija un par de anotadores que hayan etiquetado las mismas células.</translation>
    </message>
    <message>
        <source>Confusion matrix of the chosen pair</source>
        <translation>Matriz de confusión del par elegido</translation>
    </message>
    <message>
        <source>Only class labels are ratings: a cell an annotator called unidentified or not counted is not rated by them. Kappa in words after Landis and Koch (1977). Click a matrix entry to see its cells.</source>
        <translation>Solo las etiquetas de clase son valoraciones: una célula que un anotador calificó de no identificada o no contada no cuenta como valorada por él. Kappa en palabras según Landis y Koch (1977). Haga clic en una casilla de la matriz para ver sus células.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Read the labels again</source>
        <translation>Volver a leer las etiquetas</translation>
    </message>
    <message numerus="yes">
        <source>Agreement needs two annotators: %n annotator(s) labelled cells of this project with a class.</source>
        <translation>
            <numerusform>La concordancia requiere dos anotadores: %n anotador ha etiquetado células de este proyecto con una clase.</numerusform>
            <numerusform>La concordancia requiere dos anotadores: %n anotadores han etiquetado células de este proyecto con una clase.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 annotators. Fleiss&apos; κ: no cell was labelled with a class by every annotator.</source>
        <translation>%1 anotadores. κ de Fleiss: ninguna célula fue etiquetada con una clase por todos los anotadores.</translation>
    </message>
    <message numerus="yes">
        <source>%1 annotators. Fleiss&apos; κ %2 (%3) over the %n cell(s) every annotator labelled with a class.</source>
        <translation>
            <numerusform>%1 anotadores. κ de Fleiss %2 (%3) sobre %n célula que todos los anotadores etiquetaron con una clase.</numerusform>
            <numerusform>%1 anotadores. κ de Fleiss %2 (%3) sobre las %n células que todos los anotadores etiquetaron con una clase.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (rows) against %2 (columns)</source>
        <translation>%1 (filas) frente a %2 (columnas)</translation>
    </message>
    <message>
        <source>%1 said %2 and %3 said %4</source>
        <translation>%1 dijo %2 y %3 dijo %4</translation>
    </message>
</context>
<context>
    <name>wbc::AuditQueueModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Labelled %1 when audited</source>
        <translation>Etiquetada como %1 en la auditoría</translation>
    </message>
    <message>
        <source>Out-of-fold probabilities (fold %1&apos;s model never saw this cell): %2
Label quality %3: lower is more likely wrong</source>
        <translation>Probabilidades fuera del pliegue (el modelo del pliegue %1 nunca vio esta célula): %2
Calidad de la etiqueta %3: cuanto más baja, más probable que sea errónea</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Célula</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugerida</translation>
    </message>
    <message>
        <source>Out-of-fold probabilities</source>
        <translation>Probabilidades fuera del pliegue</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
</context>
<context>
    <name>wbc::BusyPrompt</name>
    <message>
        <source>a training run</source>
        <translation>un entrenamiento</translation>
    </message>
    <message>
        <source>Quit WBC Studio</source>
        <translation>Salir de WBC Studio</translation>
    </message>
    <message>
        <source>Close Project</source>
        <translation>Cerrar proyecto</translation>
    </message>
    <message>
        <source>Still running: %1.</source>
        <translation>Todavía en curso: %1.</translation>
    </message>
    <message>
        <source>Let it finish and WBC Studio quits when it is done, or stop it and quit now.</source>
        <translation>Déjelo terminar y WBC Studio se cerrará al acabar, o deténgalo y salga ahora.</translation>
    </message>
    <message>
        <source>Let it finish and the project closes when it is done, or stop it and close the project.</source>
        <translation>Déjelo terminar y el proyecto se cerrará al acabar, o deténgalo y cierre el proyecto.</translation>
    </message>
    <message>
        <source>A stopped training run keeps its checkpoint: resume it from the runs list of the Training dashboard.</source>
        <translation>Un entrenamiento detenido conserva su punto de control: reanúdelo desde la lista de ejecuciones del panel Entrenamiento.</translation>
    </message>
    <message>
        <source>Let It Finish</source>
        <translation>Dejar terminar</translation>
    </message>
    <message>
        <source>Stop It</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>WBC Studio quits when the running work is done</source>
        <translation>WBC Studio se cerrará cuando termine el trabajo en curso</translation>
    </message>
    <message>
        <source>The project closes when the running work is done</source>
        <translation>El proyecto se cerrará cuando termine el trabajo en curso</translation>
    </message>
    <message>
        <source>Stopping; the project closes when it has stopped</source>
        <translation>Deteniendo; el proyecto se cerrará después</translation>
    </message>
</context>
<context>
    <name>wbc::CellGalleryDelegate</name>
    <message>
        <source>Cannot read the image</source>
        <translation>No se puede leer la imagen</translation>
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
        <translation>Sin predicción</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n prediction(s)</source>
        <translation>
            <numerusform>Aceptar %n predicción</numerusform>
            <numerusform>Aceptar %n predicciones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, cell %2</source>
        <translation>%1, célula %2</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>Etiqueta: %1</translation>
    </message>
    <message>
        <source>Predicted: %1 (%2%)</source>
        <translation>Predicho: %1 (%2%)</translation>
    </message>
    <message>
        <source>Cell %1: %2</source>
        <translation>Célula %1: %2</translation>
    </message>
    <message>
        <source>Suspected label error %1 of %2: suggested %3
Out-of-fold probabilities: %4</source>
        <translation>Posible error de etiqueta %1 de %2: se sugiere %3
Probabilidades fuera del pliegue: %4</translation>
    </message>
    <message numerus="yes">
        <source>Keep %n label(s)</source>
        <translation>
            <numerusform>Conservar %n etiqueta</numerusform>
            <numerusform>Conservar %n etiquetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Correct %n cell(s)</source>
        <translation>
            <numerusform>Corregir %n célula</numerusform>
            <numerusform>Corregir %n células</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wbc::CellGalleryView</name>
    <message>
        <source>Cell gallery</source>
        <translation>Galería de células</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Cells to show</source>
        <translation>Células que mostrar</translation>
    </message>
    <message>
        <source>All cells</source>
        <translation>Todas las células</translation>
    </message>
    <message>
        <source>Labelled as</source>
        <translation>Etiquetadas como</translation>
    </message>
    <message>
        <source>Predicted as</source>
        <translation>Predichas como</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>Sin etiqueta</translation>
    </message>
    <message>
        <source>Label and prediction disagree</source>
        <translation>Etiqueta y predicción discrepan</translation>
    </message>
    <message>
        <source>Low confidence (below %1%)</source>
        <translation>Confianza baja (inferior al %1%)</translation>
    </message>
    <message>
        <source>Unidentified</source>
        <translation>No identificadas</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>No contadas</translation>
    </message>
    <message>
        <source>Class to show</source>
        <translation>Clase que mostrar</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Agrupar por:</translation>
    </message>
    <message>
        <source>Group cells by</source>
        <translation>Agrupar células por</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Predicción</translation>
    </message>
    <message>
        <source>S&amp;lide:</source>
        <translation>&amp;Preparación:</translation>
    </message>
    <message>
        <source>Slide to show</source>
        <translation>Preparación que mostrar</translation>
    </message>
    <message>
        <source>Cells shown</source>
        <translation>Células mostradas</translation>
    </message>
    <message>
        <source>Cells of group %1</source>
        <translation>Células del grupo %1</translation>
    </message>
    <message>
        <source>Open a project to see its cells.</source>
        <translation>Abra un proyecto para ver sus células.</translation>
    </message>
    <message>
        <source>Reading the cells...</source>
        <translation>Leyendo las células...</translation>
    </message>
    <message>
        <source>No cell matches the filter.</source>
        <translation>Ninguna célula coincide con el filtro.</translation>
    </message>
    <message>
        <source>All slides</source>
        <translation>Todas las preparaciones</translation>
    </message>
    <message>
        <source>Reading cells...</source>
        <translation>Leyendo células...</translation>
    </message>
    <message>
        <source>%1 of %2 cells</source>
        <translation>%1 de %2 células</translation>
    </message>
    <message>
        <source>The project is open read-only: labels cannot be changed</source>
        <translation>El proyecto está abierto en solo lectura: no se pueden cambiar las etiquetas</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) labelled %1</source>
        <translation>
            <numerusform>%n célula etiquetada como %1</numerusform>
            <numerusform>%n células etiquetadas como %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No prediction to accept: predict with the active model first</source>
        <translation>Ninguna predicción que aceptar: prediga primero con el modelo activo</translation>
    </message>
    <message numerus="yes">
        <source>%n prediction(s) accepted</source>
        <translation>
            <numerusform>%n predicción aceptada</numerusform>
            <numerusform>%n predicciones aceptadas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reclassify As</source>
        <translation>&amp;Reclasificar como</translation>
    </message>
    <message>
        <source>&amp;Accept Prediction</source>
        <translation>&amp;Aceptar predicción</translation>
    </message>
    <message>
        <source>&amp;Show in Field</source>
        <translation>&amp;Mostrar en el campo</translation>
    </message>
    <message>
        <source>This project has no white cells yet: import annotations or run cell detection (Cells menu).</source>
        <translation>Este proyecto aún no tiene leucocitos: importe anotaciones o ejecute la detección de células (menú Células).</translation>
    </message>
    <message>
        <source>Suspected label errors</source>
        <translation>Posibles errores de etiqueta</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) kept</source>
        <translation>
            <numerusform>%n etiqueta conservada</numerusform>
            <numerusform>%n etiquetas conservadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wbc::CellGroupHeader</name>
    <message numerus="yes">
        <source>%1: %n cell(s)</source>
        <translation>
            <numerusform>%1: %n célula</numerusform>
            <numerusform>%1: %n células</numerusform>
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
        <translation>Visor de células</translation>
    </message>
</context>
<context>
    <name>wbc::CheckLabelsDialog</name>
    <message>
        <source>Check Labels</source>
        <translation>Comprobar etiquetas</translation>
    </message>
    <message>
        <source>Trains the classifier %1 times, each time without one part of the labelled cells, and scores every cell with the model that never saw it. Cells whose label that model finds unlikely come first in the review queue. The project stays usable while it runs.</source>
        <translation>Entrena el clasificador %1 veces, cada vez sin una parte de las células etiquetadas, y puntúa cada célula con el modelo que nunca la vio. Las células cuya etiqueta ese modelo considera improbable aparecen primero en la cola de revisión. El proyecto se puede seguir usando mientras se ejecuta.</translation>
    </message>
    <message>
        <source>Four classes</source>
        <translation>Cuatro clases</translation>
    </message>
    <message>
        <source>Polynuclear or mononuclear</source>
        <translation>Polinuclear o mononuclear</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Tarea:</translation>
    </message>
    <message>
        <source>Parts of the labelled cells (kept by field, and by slide when there are enough slides)</source>
        <translation>Partes de las células etiquetadas (agrupadas por campo, y por preparación cuando hay suficientes preparaciones)</translation>
    </message>
    <message>
        <source>&amp;Folds:</source>
        <translation>&amp;Pliegues:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Semilla:</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>Folds</source>
        <translation>Pliegues</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
</context>
<context>
    <name>wbc::ConfusionMatrixView</name>
    <message>
        <source>Confusion matrix</source>
        <translation>Matriz de confusión</translation>
    </message>
    <message>
        <source>true %1, predicted %2: %3</source>
        <translation>real %1, predicho %2: %3</translation>
    </message>
    <message>
        <source>The validation confusion matrix appears after the first epoch.</source>
        <translation>La matriz de confusión de validación aparece tras la primera época.</translation>
    </message>
    <message>
        <source>Validation: rows true class, columns prediction</source>
        <translation>Validación: filas clase real, columnas predicción</translation>
    </message>
    <message>
        <source>predicted class →</source>
        <translation>clase predicha →</translation>
    </message>
    <message>
        <source>True %1, predicted %2: %3 images — click to show them</source>
        <translation>Real %1, predicho %2: %3 imágenes — haga clic para mostrarlas</translation>
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
            <numerusform>%1: %2, %3: %4 — %n célula, haga clic para mostrarla</numerusform>
            <numerusform>%1: %2, %3: %4 — %n células, haga clic para mostrarlas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wbc::ImageListModel</name>
    <message>
        <source>Unlabeled</source>
        <translation>Sin etiqueta</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>Etiqueta: %1</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>por %1, %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>set by a person</source>
        <translation>puesto por una persona</translation>
    </message>
    <message>
        <source>from detection</source>
        <translation>de la detección</translation>
    </message>
    <message>
        <source>Several white cells (%1)</source>
        <translation>Varios leucocitos (%1)</translation>
    </message>
    <message>
        <source>No white cell found (%1)</source>
        <translation>Ningún leucocito encontrado (%1)</translation>
    </message>
    <message>
        <source>One white cell (%1)</source>
        <translation>Un leucocito (%1)</translation>
    </message>
    <message>
        <source>Predicted: %1 (%2%)</source>
        <translation>Predicho: %1 (%2%)</translation>
    </message>
    <message>
        <source>Cannot show the image: %1</source>
        <translation>No se puede mostrar la imagen: %1</translation>
    </message>
    <message>
        <source>unlabeled</source>
        <translation>sin etiqueta</translation>
    </message>
    <message numerus="yes">
        <source>%n white cell(s): %1</source>
        <translation>
            <numerusform>%n leucocito: %1</numerusform>
            <numerusform>%n leucocitos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs per-cell labels (listed for the image: %1)</source>
        <translation>Necesita etiquetas por célula (indicadas para la imagen: %1)</translation>
    </message>
    <message>
        <source>Outside the project&apos;s folder: %1</source>
        <translation>Fuera de la carpeta del proyecto: %1</translation>
    </message>
</context>
<context>
    <name>wbc::LabelHistoryPanel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Label history</source>
        <translation>Historial de etiquetas</translation>
    </message>
    <message>
        <source>label cleared</source>
        <translation>etiqueta quitada</translation>
    </message>
    <message>
        <source>flag: %1</source>
        <translation>marca: %1</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Célula</translation>
    </message>
    <message>
        <source>Whole field</source>
        <translation>Campo completo</translation>
    </message>
    <message>
        <source>Cell %1</source>
        <translation>Célula %1</translation>
    </message>
    <message>
        <source>Deleted cell</source>
        <translation>Célula eliminada</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>flag: %1 withdrawn</source>
        <translation>marca: %1 retirada</translation>
    </message>
</context>
<context>
    <name>wbc::LabelLegend</name>
    <message>
        <source>Labeling keys</source>
        <translation>Teclas de etiquetado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Current label&lt;/b&gt;</source>
        <translation>&lt;b&gt;Etiqueta actual&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Current label</source>
        <translation>Etiqueta actual</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keys&lt;/b&gt;</source>
        <translation>&lt;b&gt;Teclas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Keys label the selected cell (Ctrl+click selects several) and advance to the next unlabeled cell. Tab and Shift+Tab move between the cells of the field.</source>
        <translation>Las teclas etiquetan la célula seleccionada (Ctrl+clic selecciona varias) y pasan a la siguiente célula sin etiqueta. Tab y Mayús+Tab se mueven entre las células del campo.</translation>
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
        <translation>Recuentos del proyecto</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Label History</source>
        <translation>Historial de etiquetas</translation>
    </message>
    <message>
        <source>&lt;opened project&gt;</source>
        <translation>&lt;proyecto abierto&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historial de deshacer</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Historial de deshacer</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Project...</source>
        <translation>&amp;Nuevo proyecto...</translation>
    </message>
    <message>
        <source>&amp;Open Project...</source>
        <translation>&amp;Abrir proyecto...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Import Folder...</source>
        <translation>&amp;Importar carpeta...</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export Labels</source>
        <translation>&amp;Exportar etiquetas</translation>
    </message>
    <message>
        <source>As &amp;CSV...</source>
        <translation>Como &amp;CSV...</translation>
    </message>
    <message>
        <source>As Pascal &amp;VOC...</source>
        <translation>Como Pascal &amp;VOC...</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Cerrar proyecto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Preferencias...</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>E&amp;tiqueta</translation>
    </message>
    <message>
        <source>&amp;Cells</source>
        <translation>&amp;Células</translation>
    </message>
    <message>
        <source>&amp;Detect White Cells in Project</source>
        <translation>&amp;Detectar leucocitos en el proyecto</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Mark as &amp;Single Cell</source>
        <translation>Marcar como célula ú&amp;nica</translation>
    </message>
    <message>
        <source>Mark as &amp;Several Cells</source>
        <translation>Marcar como &amp;varias células</translation>
    </message>
    <message>
        <source>Mark as &amp;No White Cell</source>
        <translation>Marcar como sin &amp;leucocito</translation>
    </message>
    <message>
        <source>&amp;Draw Box</source>
        <translation>Di&amp;bujar recuadro</translation>
    </message>
    <message>
        <source>De&amp;lete Box</source>
        <translation>&amp;Eliminar recuadro</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>Ajustar a la &amp;ventana</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>E&amp;ntrenamiento</translation>
    </message>
    <message>
        <source>Training &amp;Dashboard</source>
        <translation>&amp;Panel de entrenamiento</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Start Training</source>
        <translation>&amp;Iniciar entrenamiento</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About WBC Studio</source>
        <translation>&amp;Acerca de WBC Studio</translation>
    </message>
    <message>
        <source>Label as %1</source>
        <translation>Clasificar como %1</translation>
    </message>
    <message>
        <source>Clear Label</source>
        <translation>Quitar etiqueta</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>The folder is read-only: where should the project be saved?</source>
        <translation>La carpeta es de solo lectura: ¿dónde se guarda el proyecto?</translation>
    </message>
    <message>
        <source>WBC Studio projects (*.wbc)</source>
        <translation>Proyectos de WBC Studio (*.wbc)</translation>
    </message>
    <message>
        <source>Wait for the running job to finish, or cancel it</source>
        <translation>Espere a que termine la tarea en curso o cancélela</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importando %1</translation>
    </message>
    <message>
        <source>Imported %1 new images (%2 already there, %3 skipped)%4</source>
        <translation>Importadas %1 imágenes nuevas (%2 ya presentes, %3 omitidas)%4</translation>
    </message>
    <message numerus="yes">
        <source>; %n problem(s), the first: %1</source>
        <translation>
            <numerusform>; %n problema: %1</numerusform>
            <numerusform>; %n problemas, el primero: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Detecting white cells</source>
        <translation>Detectando leucocitos</translation>
    </message>
    <message>
        <source>Detection: %1 single, %2 with several cells, %3 without a white cell%4</source>
        <translation>Detección: %1 con una célula, %2 con varias células, %3 sin leucocito%4</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (cancelada)</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Ninguna imagen</translation>
    </message>
    <message>
        <source>Cells: %1 (%2)</source>
        <translation>Células: %1 (%2)</translation>
    </message>
    <message>
        <source>Unlabeled</source>
        <translation>Sin etiqueta</translation>
    </message>
    <message>
        <source>No project open: File &gt; Open Project or Import Folder</source>
        <translation>Ningún proyecto abierto: Archivo &gt; Abrir proyecto o Importar carpeta</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>%1 already exists; open it with File &gt; Open Project</source>
        <translation>%1 ya existe; ábralo con Archivo &gt; Abrir proyecto</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Importar carpeta</translation>
    </message>
    <message>
        <source>Export Labels</source>
        <translation>Exportar etiquetas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export VOC Annotations</source>
        <translation>Exportar anotaciones VOC</translation>
    </message>
    <message>
        <source>Labels exported</source>
        <translation>Etiquetas exportadas</translation>
    </message>
    <message>
        <source>About WBC Studio</source>
        <translation>Acerca de WBC Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;WBC Studio %1&lt;/h3&gt;&lt;p&gt;Label white blood cells, train a classifier and count differentials.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 &amp;mdash; GNU LGPL version 3&lt;/li&gt;&lt;li&gt;OpenCV %3 &amp;mdash; Apache License 2.0&lt;/li&gt;&lt;li&gt;LibTorch (PyTorch) &amp;mdash; BSD 3-Clause License&lt;/li&gt;&lt;li&gt;QCustomPlot &amp;mdash; GNU GPL version 3&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The BCCD blood cell images used for development and tests are not part of the program; see the BCCD dataset&apos;s own licence before redistributing them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;WBC Studio %1&lt;/h3&gt;&lt;p&gt;Etiquetar leucocitos, entrenar un clasificador y obtener la fórmula leucocitaria.&lt;/p&gt;&lt;p&gt;Creado con:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 &amp;mdash; GNU LGPL versión 3&lt;/li&gt;&lt;li&gt;OpenCV %3 &amp;mdash; licencia Apache 2.0&lt;/li&gt;&lt;li&gt;LibTorch (PyTorch) &amp;mdash; licencia BSD de 3 cláusulas&lt;/li&gt;&lt;li&gt;QCustomPlot &amp;mdash; GNU GPL versión 3&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Las imágenes de células sanguíneas de BCCD usadas en el desarrollo y las pruebas no forman parte del programa; consulte la licencia del conjunto de datos BCCD antes de redistribuirlas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1; close it there first</source>
        <translation>%1; ciérrelo allí primero</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <source>&amp;Review Predictions</source>
        <translation>&amp;Revisar predicciones</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Predict with Active Model</source>
        <translation>&amp;Predecir con el modelo activo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Show &amp;Saliency</source>
        <translation>Mostrar &amp;saliencia</translation>
    </message>
    <message>
        <source>Overlay what the model looked at (Grad-CAM)</source>
        <translation>Superponer en qué se fijó el modelo (Grad-CAM)</translation>
    </message>
    <message>
        <source>Retrain from &amp;Review</source>
        <translation>Reen&amp;trenar desde la revisión</translation>
    </message>
    <message>
        <source>&amp;Differential Count...</source>
        <translation>&amp;Fórmula leucocitaria...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>%1. It is open read-only here: labels cannot be changed.</source>
        <translation>%1. Aquí está abierto en solo lectura: no se pueden cambiar las etiquetas.</translation>
    </message>
    <message>
        <source>There is no active model to predict with: train one, or choose one in the training dashboard&apos;s runs list.</source>
        <translation>No hay ningún modelo activo con el que predecir: entrene uno o elija uno en la lista de ejecuciones del panel de entrenamiento.</translation>
    </message>
    <message>
        <source>Predicting</source>
        <translation>Prediciendo</translation>
    </message>
    <message numerus="yes">
        <source>; %n unreadable, the first: %1</source>
        <translation>
            <numerusform>; %n imagen ilegible: %1</numerusform>
            <numerusform>; %n imágenes ilegibles, la primera: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>run %1, %2, %3 (%4)</source>
        <translation>ejecución %1, %2, %3 (%4)</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Next &amp;Unlabeled Field</source>
        <translation>Siguiente campo sin &amp;etiqueta</translation>
    </message>
    <message>
        <source>No field with an unlabeled cell after this one</source>
        <translation>Ningún campo con una célula sin etiqueta después de este</translation>
    </message>
    <message>
        <source>Next &amp;Cell</source>
        <translation>&amp;Siguiente célula</translation>
    </message>
    <message>
        <source>Tab in the viewer or the image grid</source>
        <translation>Tab en el visor o en la cuadrícula de imágenes</translation>
    </message>
    <message>
        <source>&amp;Previous Cell</source>
        <translation>Célula &amp;anterior</translation>
    </message>
    <message>
        <source>Shift+Tab in the viewer or the image grid</source>
        <translation>Mayús+Tab en el visor o en la cuadrícula de imágenes</translation>
    </message>
    <message>
        <source>Select &amp;All Cells of the Field</source>
        <translation>Seleccionar &amp;todas las células del campo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Next &amp;Uncertain Cell</source>
        <translation>Siguiente célula &amp;incierta</translation>
    </message>
    <message>
        <source>No unlabeled cell with a prediction: predict first</source>
        <translation>Ninguna célula sin etiqueta con predicción: prediga primero</translation>
    </message>
    <message>
        <source>Every cell of this field is labeled, and no field after it needs labels</source>
        <translation>Todas las células de este campo están etiquetadas y ningún campo posterior necesita etiquetas</translation>
    </message>
    <message>
        <source>No white cell</source>
        <translation>Ningún leucocito</translation>
    </message>
    <message>
        <source>A key labels the whole field.</source>
        <translation>Una tecla etiqueta el campo completo.</translation>
    </message>
    <message>
        <source>Cell %1 of %2: %3</source>
        <translation>Célula %1 de %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n cells selected: a key labels them all</source>
        <translation>
            <numerusform>%n célula seleccionada: una tecla la etiqueta</numerusform>
            <numerusform>%n células seleccionadas: una tecla las etiqueta todas</numerusform>
        </translation>
    </message>
    <message>
        <source>by %1, %2 (%3)</source>
        <translation>por %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Needs per-cell labels; listed for the image at import: %1</source>
        <translation>Necesita etiquetas por célula; indicadas para la imagen al importar: %1</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 white cells labeled, %4 images (%5 with several cells, %6 with no label yet)</source>
        <translation>%1 — %2 de %3 leucocitos etiquetados, %4 imágenes (%5 con varias células, %6 todavía sin etiqueta)</translation>
    </message>
    <message>
        <source>Cell Gallery</source>
        <translation>Galería de células</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>slide %1</source>
        <translation>preparación %1</translation>
    </message>
    <message>
        <source>The image browser&apos;s filter hides this image</source>
        <translation>El filtro del explorador de imágenes oculta esta imagen</translation>
    </message>
    <message>
        <source>Prediction: %1 white cells in %2 of %3 images%4%5</source>
        <translation>Predicción: %1 leucocitos en %2 de %3 imágenes%4%5</translation>
    </message>
    <message numerus="yes">
        <source>%n unlabeled cell(s) in the uncertainty queue</source>
        <translation>
            <numerusform>%n célula sin etiqueta en la cola de incertidumbre</numerusform>
            <numerusform>%n células sin etiqueta en la cola de incertidumbre</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Move Images to Slide...</source>
        <translation>&amp;Mover imágenes a una preparación...</translation>
    </message>
    <message>
        <source>Move to Slide</source>
        <translation>Mover a una preparación</translation>
    </message>
    <message numerus="yes">
        <source>Move %n image(s) to the slide (choose one or type a new name):</source>
        <translation>
            <numerusform>Mover %n imagen a la preparación (elija una o escriba un nombre nuevo):</numerusform>
            <numerusform>Mover %n imágenes a la preparación (elija una o escriba un nombre nuevo):</numerusform>
        </translation>
    </message>
    <message>
        <source>Check &amp;Labels...</source>
        <translation>Comprobar &amp;etiquetas...</translation>
    </message>
    <message>
        <source>%1 is open read-only: a label check stores its result in the project</source>
        <translation>%1 está abierto en solo lectura: una comprobación de etiquetas guarda su resultado en el proyecto</translation>
    </message>
    <message>
        <source>Checking labels</source>
        <translation>Comprobando etiquetas</translation>
    </message>
    <message>
        <source>Label check cancelled</source>
        <translation>Comprobación de etiquetas cancelada</translation>
    </message>
    <message>
        <source>The label check failed: %1</source>
        <translation>La comprobación de etiquetas falló: %1</translation>
    </message>
    <message numerus="yes">
        <source>Label check: %1 cells in %2 folds, %n suspect(s), %3 s</source>
        <translation>
            <numerusform>Comprobación de etiquetas: %1 células en %2 pliegues, %n sospechosa, %3 s</numerusform>
            <numerusform>Comprobación de etiquetas: %1 células en %2 pliegues, %n sospechosas, %3 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected user and role</source>
        <translation>Usuario conectado y rol</translation>
    </message>
    <message>
        <source>Open S&amp;hared Project...</source>
        <translation>Abrir proyecto co&amp;mpartido...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open a lab&apos;s project on a PostgreSQL server</source>
        <translation>Abrir un proyecto del laboratorio en un servidor PostgreSQL</translation>
    </message>
    <message>
        <source>%1 (shared: %2@%3)</source>
        <translation>%1 (compartido: %2@%3)</translation>
    </message>
    <message>
        <source>Adjudication</source>
        <translation>Arbitraje</translation>
    </message>
    <message>
        <source>&amp;Adjudicate Disagreements...</source>
        <translation>&amp;Arbitrar discrepancias...</translation>
    </message>
    <message>
        <source>Decide the cells where annotators disagree: the choice becomes the cell&apos;s label</source>
        <translation>Decidir las células en las que los anotadores discrepan: la elección pasa a ser la etiqueta de la célula</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>Inter-annotator &amp;Agreement...</source>
        <translation>&amp;Concordancia entre anotadores...</translation>
    </message>
    <message>
        <source>How well the annotators of this project agree: Cohen&apos;s and Fleiss&apos; kappa, per class, confusion matrices</source>
        <translation>Hasta qué punto coinciden los anotadores de este proyecto: kappa de Cohen y de Fleiss, por clase, matrices de confusión</translation>
    </message>
    <message>
        <source>Only a reviewer or the project&apos;s owner adjudicates</source>
        <translation>Solo un revisor o el propietario del proyecto arbitra</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Proyecto</translation>
    </message>
    <message>
        <source>&amp;Blind Mode</source>
        <translation>Modo &amp;ciego</translation>
    </message>
    <message>
        <source>Annotators see only their own labels, so each labels independently of the others; reviewers and the owner see everyone&apos;s. The project&apos;s owner switches it (shared projects).</source>
        <translation>Los anotadores solo ven sus propias etiquetas, de modo que cada uno etiqueta con independencia de los demás; los revisores y el propietario ven las de todos. Lo activa o desactiva el propietario del proyecto (proyectos compartidos).</translation>
    </message>
    <message>
        <source>&amp;Members...</source>
        <translation>&amp;Miembros...</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Project Members</source>
        <translation>Miembros del proyecto</translation>
    </message>
    <message>
        <source>&lt;p&gt;Who works on %1:&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;The owner gives roles with &lt;tt&gt;wbc grant --project URL --user NAME --role annotator|reviewer|owner&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Quién trabaja en %1:&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;El propietario asigna roles con &lt;tt&gt;wbc grant --project URL --user NAME --role annotator|reviewer|owner&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The server asks %1 for a password.</source>
        <translation>El servidor pide una contraseña a %1.</translation>
    </message>
    <message>
        <source>The server did not accept the password of %1.</source>
        <translation>El servidor no aceptó la contraseña de %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connected to %1 as %2; the server records your labels under this name</source>
        <translation>Conectado a %1 como %2; el servidor registra sus etiquetas con este nombre</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>The project&apos;s owner does this (you are %1 here)</source>
        <translation>Esto lo hace el propietario del proyecto (aquí su rol es %1)</translation>
    </message>
    <message>
        <source>Training is the project owner&apos;s (you are %1 here)</source>
        <translation>El entrenamiento corresponde al propietario del proyecto (aquí su rol es %1)</translation>
    </message>
    <message>
        <source>Reviewing predictions is for reviewers and the owner (you are %1 here)</source>
        <translation>La revisión de predicciones corresponde a los revisores y al propietario (aquí su rol es %1)</translation>
    </message>
    <message>
        <source>The project&apos;s owner switches blind mode (you are %1 here)</source>
        <translation>El modo ciego lo activa o desactiva el propietario del proyecto (aquí su rol es %1)</translation>
    </message>
    <message>
        <source>The server %1 does not answer: labels are not being saved. Reconnecting…</source>
        <translation>El servidor %1 no responde: las etiquetas no se están guardando. Reconectando…</translation>
    </message>
    <message>
        <source>Connected to %1 again</source>
        <translation>Conectado de nuevo a %1</translation>
    </message>
    <message>
        <source>The images of this project are not in %1 on this computer. If they are somewhere else here (a file share mounted under another path), set that folder in Edit &gt; Preferences, &quot;Image folder on this computer&quot;.</source>
        <translation>Las imágenes de este proyecto no están en %1 en este equipo. Si están en otro lugar de este equipo (una carpeta compartida montada en otra ruta), indique esa carpeta en Editar &gt; Preferencias, «Carpeta de imágenes en este equipo».</translation>
    </message>
    <message>
        <source>The images of this project are not in %1, the image folder set for it in Edit &gt; Preferences.</source>
        <translation>Las imágenes de este proyecto no están en %1, la carpeta de imágenes indicada para él en Editar &gt; Preferencias.</translation>
    </message>
    <message>
        <source>Preferences...</source>
        <translation>Preferencias...</translation>
    </message>
    <message>
        <source>Blind mode is on: annotators now see only their own labels</source>
        <translation>El modo ciego está activado: ahora los anotadores solo ven sus propias etiquetas</translation>
    </message>
    <message>
        <source>Blind mode is off: annotators see everyone&apos;s labels</source>
        <translation>El modo ciego está desactivado: los anotadores ven las etiquetas de todos</translation>
    </message>
    <message>
        <source>%1 as %2 (%3)</source>
        <translation>%1 como %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (solo lectura)</translation>
    </message>
    <message>
        <source>%1: not a WBC Studio project</source>
        <translation>%1: no es un proyecto de WBC Studio</translation>
    </message>
    <message>
        <source>%1 is read-only: labels cannot be changed.</source>
        <translation>%1 es de solo lectura: las etiquetas no se pueden cambiar.</translation>
    </message>
    <message>
        <source>No images found in %1: nothing was imported</source>
        <translation>No se encontraron imágenes en %1: no se importó nada</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n image(s) of the matrix entry; %1 turned off to show them</source>
        <translation>
            <numerusform>Mostrando %n imagen de la casilla de la matriz; para mostrarla se desactivó %1</numerusform>
            <numerusform>Mostrando %n imágenes de la casilla de la matriz; para mostrarlas se desactivó %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw a box: drag over the white cell (Esc cancels)</source>
        <translation>Dibuje un recuadro: arrastre sobre el leucocito (Esc cancela)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>Click a white cell on the slide to label it</source>
        <translation>Haga clic en un leucocito de la preparación para etiquetarlo</translation>
    </message>
    <message>
        <source>Every white cell of this slide is labeled</source>
        <translation>Todos los leucocitos de esta preparación están etiquetados</translation>
    </message>
    <message numerus="yes">
        <source>Slide: %n white cell(s)</source>
        <translation>
            <numerusform>Preparación: %n leucocito</numerusform>
            <numerusform>Preparación: %n leucocitos</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a cell to label it; drag to move, the wheel zooms.</source>
        <translation>Haga clic en una célula para etiquetarla; arrastre para desplazarse, la rueda hace zoom.</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>queda aprox. %n s</numerusform>
            <numerusform>quedan aprox. %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>queda aprox. %n min</numerusform>
            <numerusform>quedan aprox. %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find White Cells on Slide</source>
        <translation>Buscar leucocitos en la &amp;preparación</translation>
    </message>
    <message>
        <source>Find the white cells of the slide shown in the viewer</source>
        <translation>Buscar los leucocitos de la preparación que se muestra en el visor</translation>
    </message>
    <message>
        <source>Find White Cells on &amp;All Slides</source>
        <translation>Buscar leucocitos en &amp;todas las preparaciones</translation>
    </message>
    <message>
        <source>Find the white cells of every slide file not scanned completely yet</source>
        <translation>Buscar los leucocitos de cada archivo de preparación que aún no se ha analizado por completo</translation>
    </message>
    <message>
        <source>Draw &amp;Counting Area</source>
        <translation>Dibujar área de &amp;recuento</translation>
    </message>
    <message>
        <source>Drag a rectangle over the slide&apos;s monolayer: its scan covers only that</source>
        <translation>Arrastre un rectángulo sobre la monocapa de la preparación: el análisis solo cubrirá esa zona</translation>
    </message>
    <message>
        <source>Show a slide file first: select it in the images</source>
        <translation>Muestre primero un archivo de preparación: selecciónelo en las imágenes</translation>
    </message>
    <message>
        <source>Drag over the counting area of the slide (Esc cancels)</source>
        <translation>Arrastre sobre el área de recuento de la preparación (Esc cancela)</translation>
    </message>
    <message>
        <source>Counting area set: Find White Cells on Slide scans only there</source>
        <translation>Área de recuento definida: Buscar leucocitos en la preparación solo analiza esa zona</translation>
    </message>
    <message>
        <source>Clear Counting A&amp;rea</source>
        <translation>&amp;Quitar área de recuento</translation>
    </message>
    <message>
        <source>S&amp;top Finding After</source>
        <translation>Detener la búsqueda tr&amp;as</translation>
    </message>
    <message>
        <source>&amp;100 White Cells</source>
        <translation>&amp;100 leucocitos</translation>
    </message>
    <message>
        <source>&amp;200 White Cells</source>
        <translation>&amp;200 leucocitos</translation>
    </message>
    <message>
        <source>&amp;All White Cells</source>
        <translation>&amp;Todos los leucocitos</translation>
    </message>
    <message>
        <source>Continue &amp;Finding White Cells on Slide</source>
        <translation>Continuar buscando leucocitos en la &amp;preparación</translation>
    </message>
    <message>
        <source>&amp;Find White Cells on Slide Again</source>
        <translation>Volver a buscar leucocitos en la &amp;preparación</translation>
    </message>
    <message>
        <source>The project has no slide file: File &gt; Import Folder</source>
        <translation>El proyecto no tiene ningún archivo de preparación: Archivo &gt; Importar carpeta</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Finding white cells</source>
        <translation>Buscando leucocitos</translation>
    </message>
    <message numerus="yes">
        <source>Found %n white cell(s)</source>
        <translation>
            <numerusform>Se encontró %n leucocito</numerusform>
            <numerusform>Se encontraron %n leucocitos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; cancelled: Continue Finding White Cells goes on from here</source>
        <translation>%1; cancelado: Continuar buscando leucocitos sigue desde aquí</translation>
    </message>
    <message numerus="yes">
        <source>%1; stopped after %n white cell(s) a slide</source>
        <translation>
            <numerusform>%1; detenido tras %n leucocito por preparación</numerusform>
            <numerusform>%1; detenido tras %n leucocitos por preparación</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wbc::OpenSharedProjectDialog</name>
    <message>
        <source>Open Shared Project</source>
        <translation>Abrir proyecto compartido</translation>
    </message>
    <message>
        <source>A project on the lab&apos;s PostgreSQL server. Your labels are recorded under the user you connect as.</source>
        <translation>Un proyecto en el servidor PostgreSQL del laboratorio. Sus etiquetas se registran con el usuario con el que se conecta.</translation>
    </message>
    <message>
        <source>server name or address</source>
        <translation>nombre o dirección del servidor</translation>
    </message>
    <message>
        <source>the project&apos;s database</source>
        <translation>la base de datos del proyecto</translation>
    </message>
    <message>
        <source>your PostgreSQL user</source>
        <translation>su usuario de PostgreSQL</translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation>solo si el servidor la pide</translation>
    </message>
    <message>
        <source>Kept in memory while the project is open, never saved. Without one, PGPASSWORD or ~/.pgpass apply.</source>
        <translation>Se conserva en memoria mientras el proyecto está abierto y nunca se guarda. Sin ella, se aplican PGPASSWORD o ~/.pgpass.</translation>
    </message>
    <message>
        <source>How the connection is encrypted (libpq&apos;s sslmode): prefer uses SSL when the server offers it</source>
        <translation>Cómo se cifra la conexión (sslmode de libpq): prefer usa SSL cuando el servidor lo ofrece</translation>
    </message>
    <message>
        <source>Project URL</source>
        <translation>URL del proyecto</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>&amp;Modo SSL:</translation>
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
        <translation>Tras una tecla de etiqueta, ir a la siguiente imagen sin etiqueta</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Your name, recorded with every label</source>
        <translation>Su nombre, guardado con cada etiqueta</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language applies when WBC Studio starts again.</source>
        <translation>El nuevo idioma se aplica cuando WBC Studio se vuelve a iniciar.</translation>
    </message>
    <message>
        <source>Labeling keys</source>
        <translation>Teclas de etiquetado</translation>
    </message>
    <message>
        <source>Key for %1</source>
        <translation>Tecla para %1</translation>
    </message>
    <message>
        <source>Restore default keys</source>
        <translation>Restaurar las teclas predeterminadas</translation>
    </message>
    <message>
        <source>Binary mode: label only polynuclear (P) or mononuclear (M)</source>
        <translation>Modo binario: solo polinuclear (P) o mononuclear (M)</translation>
    </message>
    <message>
        <source>For the polynuclear vs mononuclear task: two keys instead of five</source>
        <translation>Para la tarea polinuclear frente a mononuclear: dos teclas en lugar de cinco</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>The label history records who set each label. Your name:</source>
        <translation>El historial de etiquetas registra quién puso cada etiqueta. Su nombre:</translation>
    </message>
    <message>
        <source>Shared project</source>
        <translation>Proyecto compartido</translation>
    </message>
    <message>
        <source>Image folder on this computer</source>
        <translation>Carpeta de imágenes en este equipo</translation>
    </message>
    <message>
        <source>Where this computer reads the project&apos;s images (e.g. the file share mounted here). Empty: the folder they were imported from.</source>
        <translation>Dónde lee este equipo las imágenes del proyecto (p. ej., la carpeta compartida montada aquí). Vacío: la carpeta desde la que se importaron.</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Elegir...</translation>
    </message>
    <message>
        <source>Image Folder on This Computer</source>
        <translation>Carpeta de imágenes en este equipo</translation>
    </message>
    <message>
        <source>&amp;Image folder on this computer:</source>
        <translation>&amp;Carpeta de imágenes en este equipo:</translation>
    </message>
    <message>
        <source>Shared project %1</source>
        <translation>Proyecto compartido %1</translation>
    </message>
    <message>
        <source>The server records your labels in this project as %1, whatever name is set above.</source>
        <translation>El servidor registra sus etiquetas en este proyecto como %1, sea cual sea el nombre indicado arriba.</translation>
    </message>
</context>
<context>
    <name>wbc::ProjectCommands</name>
    <message>
        <source>Could not save the change to %1: %2</source>
        <translation>No se pudo guardar el cambio en %1: %2</translation>
    </message>
    <message>
        <source>A slide needs a name.</source>
        <translation>Una preparación necesita un nombre.</translation>
    </message>
    <message>
        <source>There is already a slide named &quot;%1&quot;.</source>
        <translation>Ya existe una preparación llamada «%1».</translation>
    </message>
    <message>
        <source>%1: permission denied: only the project&apos;s owner does this (you are %2)</source>
        <translation>%1: permiso denegado: solo el propietario del proyecto puede hacerlo (su rol: %2)</translation>
    </message>
    <message>
        <source>%1: permission denied: only a reviewer or the owner reviews and adjudicates (you are %2)</source>
        <translation>%1: permiso denegado: solo un revisor o el propietario revisa y arbitra (su rol: %2)</translation>
    </message>
</context>
<context>
    <name>wbc::ProjectNotifier</name>
    <message>
        <source>%1: the server does not answer (%2)</source>
        <translation>%1: el servidor no responde (%2)</translation>
    </message>
</context>
<context>
    <name>wbc::ReportDialog</name>
    <message>
        <source>Differential Count</source>
        <translation>Fórmula leucocitaria</translation>
    </message>
    <message>
        <source>Include the active model&apos;s predictions</source>
        <translation>Incluir las predicciones del modelo activo</translation>
    </message>
    <message>
        <source>Counts per class</source>
        <translation>Recuentos por clase</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>Exportar &amp;CSV...</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>Exportar &amp;PDF...</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>Etiquetadas</translation>
    </message>
    <message>
        <source>Labelled %</source>
        <translation>% etiquetadas</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Predichas</translation>
    </message>
    <message>
        <source>Predicted %</source>
        <translation>% predichas</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Differential Count</source>
        <translation>Exportar la fórmula leucocitaria</translation>
    </message>
    <message>
        <source>Differential Count — saved %1</source>
        <translation>Fórmula leucocitaria — %1 guardado</translation>
    </message>
    <message>
        <source>Slides to report:</source>
        <translation>Preparaciones del informe:</translation>
    </message>
    <message>
        <source>Slides to report</source>
        <translation>Preparaciones del informe</translation>
    </message>
    <message>
        <source>%1 (%2 images, %3 cells)</source>
        <translation>%1 (%2 imágenes, %3 células)</translation>
    </message>
    <message>
        <source>Specimen %1</source>
        <translation>Muestra %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message numerus="yes">
        <source>Only the images selected in the browser (%n)</source>
        <translation>
            <numerusform>Solo la imagen seleccionada en el explorador (%n)</numerusform>
            <numerusform>Solo las imágenes seleccionadas en el explorador (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Section shown</source>
        <translation>Sección mostrada</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Fields left out of the count:</source>
        <translation>Campos excluidos del recuento:</translation>
    </message>
    <message>
        <source>Fields left out</source>
        <translation>Campos excluidos</translation>
    </message>
    <message>
        <source>Slide %1</source>
        <translation>Preparación %1</translation>
    </message>
    <message>
        <source>Slide %1 (specimen %2)</source>
        <translation>Preparación %1 (muestra %2)</translation>
    </message>
    <message>
        <source>All reported slides (total)</source>
        <translation>Todas las preparaciones del informe (total)</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 field(s) counted, %4 white cells; %5 counted by label%6.</source>
        <translation>%1 — %2 de %3 campos contados, %4 leucocitos; %5 contados por etiqueta%6.</translation>
    </message>
    <message>
        <source>, %1 by %2</source>
        <translation>, %1 por %2</translation>
    </message>
    <message>
        <source>Labelled by %1; last label %2.</source>
        <translation>Etiquetado por %1; última etiqueta: %2.</translation>
    </message>
    <message>
        <source>Only %1 cells counted by label: fewer than the %2 of a manual differential, so the percentages are imprecise.</source>
        <translation>Solo %1 células contadas por etiqueta: menos que las %2 de una fórmula manual, por lo que los porcentajes son imprecisos.</translation>
    </message>
    <message>
        <source>Only %1 cells counted by prediction (fewer than %2).</source>
        <translation>Solo %1 células contadas por predicción (menos de %2).</translation>
    </message>
    <message>
        <source>95 % CI</source>
        <translation>IC 95 %</translation>
    </message>
    <message>
        <source>95 % confidence interval of the labelled percentage (Wilson score interval)</source>
        <translation>Intervalo de confianza del 95 % del porcentaje etiquetado (intervalo de Wilson)</translation>
    </message>
    <message>
        <source>%1 (subtotal)</source>
        <translation>%1 (subtotal)</translation>
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
        <translation>sin etiquetar todavía: %1</translation>
    </message>
    <message>
        <source>Listed, not in the percentages: %1</source>
        <translation>Listadas, fuera de los porcentajes: %1</translation>
    </message>
    <message>
        <source>Report title</source>
        <translation>Título del informe</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Patient or sample ID</source>
        <translation>ID del paciente o de la muestra</translation>
    </message>
    <message>
        <source>printed in the report&apos;s header</source>
        <translation>se imprime en el encabezado del informe</translation>
    </message>
    <message>
        <source>Patient or sample &amp;ID:</source>
        <translation>&amp;ID del paciente o de la muestra:</translation>
    </message>
    <message>
        <source>Exported file</source>
        <translation>Archivo exportado</translation>
    </message>
    <message>
        <source>No predictions of %1 for these cells: press Predict (Review &gt; Predict with Active Model), then open the differential count again.</source>
        <translation>No hay predicciones de %1 para estas células: pulse Predecir (Revisión &gt; Predecir con el modelo activo) y vuelva a abrir la fórmula leucocitaria.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Opens the folder %1</source>
        <translation>Abre la carpeta %1</translation>
    </message>
</context>
<context>
    <name>wbc::ReviewModel</name>
    <message>
        <source>agrees</source>
        <translation>coincide</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>difiere</translation>
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
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Predicción</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Concordancia</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Incertidumbre</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisada</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>A cell&apos;s place in its field: &quot;1 of 2&quot;</extracomment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Célula</translation>
    </message>
</context>
<context>
    <name>wbc::ReviewPanel</name>
    <message>
        <source>&amp;Predict</source>
        <translation>&amp;Predecir</translation>
    </message>
    <message>
        <source>Run the active model over every image of the project</source>
        <translation>Aplicar el modelo activo a cada imagen del proyecto</translation>
    </message>
    <message>
        <source>Re&amp;train</source>
        <translation>Reen&amp;trenar</translation>
    </message>
    <message>
        <source>Train a new model on the labels as they are now</source>
        <translation>Entrenar un modelo nuevo con las etiquetas actuales</translation>
    </message>
    <message>
        <source>Differential &amp;Count...</source>
        <translation>&amp;Fórmula leucocitaria...</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Discrepancias</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <source>Confidence below</source>
        <translation>Confianza inferior a</translation>
    </message>
    <message>
        <source>Confidence threshold</source>
        <translation>Umbral de confianza</translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation>Filtro de clase</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Todas las clases</translation>
    </message>
    <message>
        <source>Most uncertain unlabeled first</source>
        <translation>Primero las imágenes sin etiqueta más inciertas</translation>
    </message>
    <message>
        <source>Uncertainty measure</source>
        <translation>Medida de incertidumbre</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margen</translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation>Entropía</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Ningún proyecto abierto</translation>
    </message>
    <message>
        <source>No active model: train one, or choose one in the training dashboard&apos;s runs list.</source>
        <translation>Ningún modelo activo: entrene uno o elija uno en la lista de ejecuciones del panel de entrenamiento.</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modelo: %1</translation>
    </message>
    <message>
        <source>No predictions yet: press Predict.</source>
        <translation>Todavía no hay predicciones: pulse «Predecir».</translation>
    </message>
    <message>
        <source>The uncertainty queue: unlabeled cells the model is least sure of, so the next labels teach it the most</source>
        <translation>La cola de incertidumbre: células sin etiqueta de las que el modelo está menos seguro, para que las próximas etiquetas le enseñen lo máximo</translation>
    </message>
    <message>
        <source>Cell predictions to review</source>
        <translation>Predicciones de células que revisar</translation>
    </message>
    <message>
        <source>%1 of %2 cells shown. Enter accepts the row (the cell&apos;s label, or the prediction for a cell without one), a class key corrects it; both go to the next row. Ctrl+Z undoes.</source>
        <translation>%1 de %2 células mostradas. Intro acepta la fila (la etiqueta de la célula, o la predicción si no tiene), una tecla de clase la corrige; ambas pasan a la fila siguiente. Ctrl+Z deshace.</translation>
    </message>
    <message>
        <source>Select a cell to review</source>
        <translation>Seleccione una célula para revisarla</translation>
    </message>
    <message>
        <source>Suspected label errors</source>
        <translation>Posibles errores de etiqueta</translation>
    </message>
    <message>
        <source>The newest label check&apos;s suspects, worst first (Review &gt; Check Labels...): Enter keeps the label, a class key corrects it</source>
        <translation>Las células sospechosas de la comprobación de etiquetas más reciente, las peores primero (Revisión &gt; Comprobar etiquetas...): Intro conserva la etiqueta, una tecla de clase la corrige</translation>
    </message>
    <message>
        <source>No label check yet: Review &gt; Check Labels...</source>
        <translation>Aún no hay ninguna comprobación de etiquetas: Revisión &gt; Comprobar etiquetas...</translation>
    </message>
    <message>
        <source>Label check %1 (%2 classes, %3 folds, %4)</source>
        <translation>Comprobación de etiquetas %1 (%2 clases, %3 pliegues, %4)</translation>
    </message>
    <message>
        <source>two</source>
        <translation>dos</translation>
    </message>
    <message>
        <source>four</source>
        <translation>cuatro</translation>
    </message>
    <message>
        <source>%1 of %2 suspects still to decide, the most likely mislabelled first. Enter keeps the label, a class key corrects it; the cell then leaves the queue. Ctrl+Z undoes.</source>
        <translation>%1 de %2 células sospechosas por decidir, primero las que más probablemente estén mal etiquetadas. Intro conserva la etiqueta, una tecla de clase la corrige; después la célula sale de la cola. Ctrl+Z deshace.</translation>
    </message>
    <message>
        <source>%1 is now the active model. It has no predictions yet, so the review table is empty%2: press Predict, or Edit &gt; Undo (%3) to make %4 active again.</source>
        <translation>%1 es ahora el modelo activo. Todavía no tiene predicciones, por lo que la tabla de revisión está vacía%2: pulse Predecir, o Editar &gt; Deshacer (%3) para volver a activar %4.</translation>
    </message>
    <message numerus="yes">
        <source> (%n cell(s) were listed)</source>
        <translation>
            <numerusform> (se listaba %n célula)</numerusform>
            <numerusform> (se listaban %n células)</numerusform>
        </translation>
    </message>
    <message>
        <source>No predictions yet for this model, which just became the active one: press Predict, or Edit &gt; Undo (%1) to make %2 active again.</source>
        <translation>Todavía no hay predicciones para este modelo, que acaba de pasar a ser el activo: pulse Predecir, o Editar &gt; Deshacer (%1) para volver a activar %2.</translation>
    </message>
</context>
<context>
    <name>wbc::SaliencyLegend</name>
    <message>
        <source>Saliency legend</source>
        <translation>Leyenda de saliencia</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the model looked at&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lo que miró el modelo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>less important</source>
        <translation>menos importante</translation>
    </message>
    <message>
        <source>more important</source>
        <translation>más importante</translation>
    </message>
    <message>
        <source>&amp;Opacity</source>
        <translation>&amp;Opacidad</translation>
    </message>
    <message>
        <source>Saliency opacity</source>
        <translation>Opacidad de la saliencia</translation>
    </message>
    <message>
        <source>How strongly the heat map covers the cell</source>
        <translation>Con qué intensidad cubre el mapa de calor la célula</translation>
    </message>
</context>
<context>
    <name>wbc::SaliencyService</name>
    <message>
        <source>No active model: train one or choose one in the training dashboard</source>
        <translation>Ningún modelo activo: entrene uno o elija uno en el panel de entrenamiento</translation>
    </message>
</context>
<context>
    <name>wbc::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
</context>
<context>
    <name>wbc::SlideBrowser</name>
    <message>
        <source>Slide browser</source>
        <translation>Explorador de preparaciones</translation>
    </message>
    <message>
        <source>Show images</source>
        <translation>Mostrar imágenes</translation>
    </message>
    <message>
        <source>Which images to show</source>
        <translation>Qué imágenes mostrar</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>Todas las imágenes</translation>
    </message>
    <message>
        <source>Unlabeled</source>
        <translation>Sin etiqueta</translation>
    </message>
    <message>
        <source>Labeled</source>
        <translation>Etiquetadas</translation>
    </message>
    <message>
        <source>Several white cells</source>
        <translation>Varios leucocitos</translation>
    </message>
    <message>
        <source>No white cell</source>
        <translation>Ningún leucocito</translation>
    </message>
    <message>
        <source>Detection disagrees with label</source>
        <translation>La detección contradice la etiqueta</translation>
    </message>
    <message>
        <source>Search file names</source>
        <translation>Buscar nombres de archivo</translation>
    </message>
    <message>
        <source>Search file names…</source>
        <translation>Buscar nombres de archivo…</translation>
    </message>
    <message>
        <source>Sort images</source>
        <translation>Ordenar imágenes</translation>
    </message>
    <message>
        <source>Order of the images</source>
        <translation>Orden de las imágenes</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Por nombre</translation>
    </message>
    <message>
        <source>By label</source>
        <translation>Por etiqueta</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Más antiguas primero</translation>
    </message>
    <message>
        <source>Number of images shown</source>
        <translation>Número de imágenes mostradas</translation>
    </message>
    <message>
        <source>Image subset</source>
        <translation>Subconjunto de imágenes</translation>
    </message>
    <message>
        <source>Show all images again</source>
        <translation>Volver a mostrar todas las imágenes</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Mostrando: %1</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 imágenes</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Images with a white cell that has no label yet</source>
        <translation>Imágenes con un leucocito que todavía no tiene etiqueta</translation>
    </message>
    <message>
        <source>Images whose white cells all have a label</source>
        <translation>Imágenes cuyos leucocitos tienen todos etiqueta</translation>
    </message>
    <message>
        <source>Needs per-cell labels</source>
        <translation>Necesitan etiquetas por célula</translation>
    </message>
    <message>
        <source>Fields labelled with several classes at import: label each of their cells</source>
        <translation>Campos etiquetados con varias clases al importar: etiquete cada una de sus células</translation>
    </message>
    <message>
        <source>the filter &quot;%1&quot;</source>
        <translation>el filtro «%1»</translation>
    </message>
    <message>
        <source>the search &quot;%1&quot;</source>
        <translation>la búsqueda «%1»</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
</context>
<context>
    <name>wbc::SlideDetailsDialog</name>
    <message>
        <source>Slide Details</source>
        <translation>Datos de la preparación</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>patient or specimen id</source>
        <translation>id del paciente o de la muestra</translation>
    </message>
    <message>
        <source>&amp;Specimen:</source>
        <translation>&amp;Muestra:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>e.g. May-Grünwald-Giemsa</source>
        <translation>p. ej., May-Grünwald-Giemsa</translation>
    </message>
    <message>
        <source>S&amp;tain:</source>
        <translation>&amp;Tinción:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
</context>
<context>
    <name>wbc::SlideListDock</name>
    <message>
        <source>Slide List</source>
        <translation>Lista de preparaciones</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Preparaciones</translation>
    </message>
    <message>
        <source>The slide &quot;%1&quot; cannot be renamed: %2</source>
        <translation>No se puede cambiar el nombre de la preparación «%1»: %2</translation>
    </message>
    <message>
        <source>Rename Slide</source>
        <translation>Renombrar preparación</translation>
    </message>
    <message>
        <source>&amp;Rename Slide...</source>
        <translation>&amp;Renombrar preparación...</translation>
    </message>
    <message>
        <source>a slide needs a name</source>
        <translation>una preparación necesita un nombre</translation>
    </message>
    <message>
        <source>there is already a slide named &quot;%1&quot;</source>
        <translation>ya existe una preparación llamada «%1»</translation>
    </message>
    <message>
        <source>Slide &amp;Details...</source>
        <translation>&amp;Datos de la preparación...</translation>
    </message>
</context>
<context>
    <name>wbc::SlideListModel</name>
    <message>
        <source>All slides</source>
        <translation>Todas las preparaciones</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Labelled cells of a slide, e.g. &quot;12 / 40&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n image(s)</source>
        <translation>
            <numerusform>%1: %n imagen</numerusform>
            <numerusform>%1: %n imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n white cell(s) labelled (%2%)</source>
        <translation>
            <numerusform>%1 de %n leucocito etiquetado (%2%)</numerusform>
            <numerusform>%1 de %n leucocitos etiquetados (%2%)</numerusform>
        </translation>
    </message>
    <message>
        <source>Specimen: %1</source>
        <translation>Muestra: %1</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Células</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>Etiquetadas</translation>
    </message>
</context>
<context>
    <name>wbc::SlideOverview</name>
    <message>
        <source>Slide overview</source>
        <translation>Vista general de la preparación</translation>
    </message>
    <message>
        <source>Click or drag to move the view</source>
        <translation>Haga clic o arrastre para mover la vista</translation>
    </message>
</context>
<context>
    <name>wbc::SlideView</name>
    <message>
        <source>Slide viewer</source>
        <translation>Visor de preparaciones</translation>
    </message>
    <message>
        <source>Opening the slide...</source>
        <translation>Abriendo la preparación...</translation>
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
        <translation>Progreso del trabajo en segundo plano</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel background work</source>
        <translation>Cancelar el trabajo en segundo plano</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Cancelando...</translation>
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
        <translation>VARIAS</translation>
    </message>
    <message>
        <source>NONE</source>
        <translation>NINGUNA</translation>
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
        <translation>error desconocido</translation>
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
        <translation>&amp;Iniciar entrenamiento</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Training dashboard</source>
        <translation>Panel de entrenamiento</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Progreso del entrenamiento</translation>
    </message>
    <message>
        <source>Training state</source>
        <translation>Estado del entrenamiento</translation>
    </message>
    <message>
        <source>Run summary</source>
        <translation>Resumen de la ejecución</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Val. accuracy</source>
        <translation>Exactitud val.</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Equilibrada</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Training runs</source>
        <translation>Ejecuciones de entrenamiento</translation>
    </message>
    <message>
        <source>&amp;Compare Selected</source>
        <translation>&amp;Comparar selección</translation>
    </message>
    <message>
        <source>Use for &amp;Review</source>
        <translation>Usar para la &amp;revisión</translation>
    </message>
    <message>
        <source>Make the selected run&apos;s model the active model (undoable)</source>
        <translation>Convertir el modelo de la ejecución seleccionada en el modelo activo (se puede deshacer)</translation>
    </message>
    <message>
        <source>Export &amp;Plots...</source>
        <translation>Exportar &amp;gráficos...</translation>
    </message>
    <message>
        <source>Export &amp;Metrics...</source>
        <translation>Exportar &amp;métricas...</translation>
    </message>
    <message>
        <source>Training failed:</source>
        <translation>El entrenamiento falló:</translation>
    </message>
    <message>
        <source>true %1, predicted %2 (validation, epoch %3)</source>
        <translation>real %1, predicho %2 (validación, época %3)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>epoch %1/%2 · %3 images/s%4</source>
        <translation>época %1/%2 · %3 imágenes/s%4</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · quedan unos %1</translation>
    </message>
    <message>
        <source>Validation, epoch %1: rows true class, columns prediction</source>
        <translation>Validación, época %1: filas clase real, columnas predicción</translation>
    </message>
    <message>
        <source>Epoch %1: validation accuracy &lt;b&gt;%2&lt;/b&gt;, balanced %3, loss %4</source>
        <translation>Época %1: exactitud de validación &lt;b&gt;%2&lt;/b&gt;, equilibrada %3, pérdida %4</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n epoch(s).</source>
        <translation>
            <numerusform>Cancelado tras %n época.</numerusform>
            <numerusform>Cancelado tras %n épocas.</numerusform>
        </translation>
    </message>
    <message>
        <source>validation accuracy &lt;b&gt;%1&lt;/b&gt;, balanced accuracy %2</source>
        <translation>exactitud de validación &lt;b&gt;%1&lt;/b&gt;, exactitud equilibrada %2</translation>
    </message>
    <message>
        <source>run %1 (validation)</source>
        <translation>ejecución %1 (validación)</translation>
    </message>
    <message>
        <source>This run has no model file (it did not finish).</source>
        <translation>Esta ejecución no tiene archivo de modelo (no terminó).</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>Export Plots</source>
        <translation>Exportar gráficos</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Plots saved to %1</source>
        <translation>Gráficos guardados en %1</translation>
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation>%1: no se puede escribir</translation>
    </message>
    <message>
        <source>Export Metrics</source>
        <translation>Exportar métricas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Metrics saved to %1</source>
        <translation>Métricas guardadas en %1</translation>
    </message>
    <message>
        <source>Polynuclear</source>
        <translation>Polimorfonuclear</translation>
    </message>
    <message>
        <source>Mononuclear</source>
        <translation>Mononuclear</translation>
    </message>
    <message>
        <source>preparing the cells of %1 of %2 images</source>
        <translation>preparando las células de %1 de %2 imágenes</translation>
    </message>
    <message>
        <source>Training: %1</source>
        <translation>Entrenamiento: %1</translation>
    </message>
    <message>
        <source>Res&amp;ume Run</source>
        <translation>Rean&amp;udar ejecución</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Resuming run %1 from its checkpoint.</source>
        <translation>Reanudando la ejecución %1 desde su punto de control.</translation>
    </message>
    <message>
        <source>Continue the selected interrupted or cancelled run from its checkpoint</source>
        <translation>Continuar la ejecución interrumpida o cancelada seleccionada desde su punto de control</translation>
    </message>
    <message>
        <source>Can resume from its checkpoint</source>
        <translation>Se puede reanudar desde su punto de control</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Polynuclear vs mononuclear</source>
        <translation>Polimorfonucleares frente a mononucleares</translation>
    </message>
    <message>
        <source>Four classes</source>
        <translation>Cuatro clases</translation>
    </message>
    <message>
        <source>the CPU</source>
        <translation>la CPU</translation>
    </message>
    <message>
        <source>the GPU</source>
        <translation>la GPU</translation>
    </message>
    <message>
        <source>&lt;b&gt;Finished&lt;/b&gt;: %1 of training on %2, %3 in all with loading the cells; best epoch %4 of %5, %6. Its model is now the active model (undo with Ctrl+Z).</source>
        <translation>&lt;b&gt;Terminado&lt;/b&gt;: %1 de entrenamiento en %2, %3 en total con la carga de las células; mejor época %4 de %5, %6. Su modelo es ahora el modelo activo (deshacer con Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>wbc::TrainingForm</name>
    <message>
        <source>Flips</source>
        <translation>Volteos</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Polynuclear vs mononuclear</source>
        <translation>Polimorfonucleares frente a mononucleares</translation>
    </message>
    <message>
        <source>Four classes</source>
        <translation>Cuatro clases</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Tarea:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>lenet: the reference recipe; wbcnet: our residual network</source>
        <translation>lenet: la receta de referencia; wbcnet: nuestra red residual</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>É&amp;pocas:</translation>
    </message>
    <message>
        <source>Augmented samples per class and epoch</source>
        <translation>Muestras aumentadas por clase y época</translation>
    </message>
    <message>
        <source>Samples per &amp;class:</source>
        <translation>Muestras por &amp;clase:</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Lote:</translation>
    </message>
    <message>
        <source>Peak learning rate</source>
        <translation>Tasa de aprendizaje máxima</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>Tasa de &amp;aprendizaje:</translation>
    </message>
    <message>
        <source>Validation fraction</source>
        <translation>Fracción de validación</translation>
    </message>
    <message>
        <source>&amp;Validation:</source>
        <translation>&amp;Validación:</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Semilla aleatoria</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Semilla:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>GPU CUDA</translation>
    </message>
    <message>
        <source>Compute device</source>
        <translation>Dispositivo de cálculo</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Dispositivo:</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Aumento de datos</translation>
    </message>
    <message>
        <source>Maximum rotation</source>
        <translation>Rotación máxima</translation>
    </message>
    <message>
        <source>&amp;Rotation:</source>
        <translation>&amp;Rotación:</translation>
    </message>
    <message>
        <source>Maximum shear</source>
        <translation>Cizallamiento máximo</translation>
    </message>
    <message>
        <source>S&amp;hear:</source>
        <translation>Ci&amp;zallamiento:</translation>
    </message>
    <message>
        <source>Colour jitter</source>
        <translation>Variación de color</translation>
    </message>
    <message>
        <source>C&amp;olour jitter:</source>
        <translation>Variación de c&amp;olor:</translation>
    </message>
    <message numerus="yes">
        <source>Training runs on the CPU (%n thread(s)).</source>
        <translation>
            <numerusform>El entrenamiento se ejecuta en la CPU (%n hilo).</numerusform>
            <numerusform>El entrenamiento se ejecuta en la CPU (%n hilos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No CUDA GPU is available to this LibTorch: training runs on the CPU (%n thread(s)).</source>
        <translation>
            <numerusform>Esta LibTorch no dispone de ninguna GPU CUDA: el entrenamiento se ejecuta en la CPU (%n hilo).</numerusform>
            <numerusform>Esta LibTorch no dispone de ninguna GPU CUDA: el entrenamiento se ejecuta en la CPU (%n hilos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only fields with a single white cell</source>
        <translation>Solo campos con un único leucocito</translation>
    </message>
    <message>
        <source>Labelled cells</source>
        <translation>Células etiquetadas</translation>
    </message>
    <message>
        <source>Train as the seed recipe did: leave out the cells of fields that show several white cells</source>
        <translation>Entrenar como la receta original: excluir las células de los campos que muestran varios leucocitos</translation>
    </message>
    <message>
        <source>Usable cells per class</source>
        <translation>Células utilizables por clase</translation>
    </message>
    <message>
        <source>%1 has only %2 labelled cells; label at least %3 to train.</source>
        <translation>%1 solo tiene %2 células etiquetadas; etiquete al menos %3 para entrenar.</translation>
    </message>
    <message>
        <source>Labelled white cells of fields with one white cell; basophils, unidentified and not-counted cells are left out.</source>
        <translation>Leucocitos etiquetados de campos con un solo leucocito; se excluyen los basófilos, las células no identificadas y las no contadas.</translation>
    </message>
    <message>
        <source>Labelled white cells, those of multi-cell fields included; basophils, unidentified and not-counted cells are left out.</source>
        <translation>Leucocitos etiquetados, incluidos los de campos con varias células; se excluyen los basófilos, las células no identificadas y las no contadas.</translation>
    </message>
    <message>
        <source>Go back to the recipe&apos;s settings</source>
        <translation>Volver a los ajustes de la receta</translation>
    </message>
    <message>
        <source>Restore De&amp;faults</source>
        <translation>R&amp;establecer valores predeterminados</translation>
    </message>
    <message>
        <source>Training runs on the GPU: %1.</source>
        <translation>El entrenamiento se ejecuta en la GPU: %1.</translation>
    </message>
</context>
<context>
    <name>wbc::TrainingPlots</name>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>Loss curves</source>
        <translation>Curvas de pérdida</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>exactitud (%)</translation>
    </message>
    <message>
        <source>Accuracy curves</source>
        <translation>Curvas de exactitud</translation>
    </message>
    <message>
        <source>training, per batch (smoothed)</source>
        <translation>entrenamiento, por lote (suavizado)</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validación</translation>
    </message>
    <message>
        <source>training, running</source>
        <translation>entrenamiento, en curso</translation>
    </message>
    <message>
        <source>%1: %2 (epoch %3)
</source>
        <translation>%1: %2 (época %3)
</translation>
    </message>
    <message>
        <source>WBC Studio training curves</source>
        <translation>WBC Studio: curvas de entrenamiento</translation>
    </message>
</context>
<context>
    <name>wbc::UserGuideDialog</name>
    <message>
        <source>WBC Studio User Guide</source>
        <translation>Guía del usuario de WBC Studio</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
</context>
</TS>
