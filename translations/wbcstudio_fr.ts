<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
        <translation>Polynucléaire neutrophile</translation>
    </message>
    <message>
        <source>Eosinophil</source>
        <translation>Polynucléaire éosinophile</translation>
    </message>
    <message>
        <source>Lymphocyte</source>
        <translation>Lymphocyte</translation>
    </message>
    <message>
        <source>Monocyte</source>
        <translation>Monocyte</translation>
    </message>
    <message>
        <source>Basophil</source>
        <translation>Polynucléaire basophile</translation>
    </message>
    <message>
        <source>Polynuclear</source>
        <translation>Polynucléaire</translation>
    </message>
    <message>
        <source>Mononuclear</source>
        <translation>Mononucléé</translation>
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
        <translation>aucun leucocyte</translation>
    </message>
    <message>
        <source>one white cell</source>
        <translation>un leucocyte</translation>
    </message>
    <message>
        <source>several white cells</source>
        <translation>plusieurs leucocytes</translation>
    </message>
</context>
<context>
    <name>CellCropLoader</name>
    <message>
        <source>a cached cell crop cannot be read</source>
        <translation>une découpe de cellule en cache est illisible</translation>
    </message>
</context>
<context>
    <name>CellLabel</name>
    <message>
        <source>Unlabelled</source>
        <translation>Sans étiquette</translation>
    </message>
    <message>
        <source>Unidentified</source>
        <translation>Non identifiée</translation>
    </message>
    <message>
        <source>Not counted: smudge cell</source>
        <translation>Non comptée : ombre de Gumprecht</translation>
    </message>
    <message>
        <source>Not counted: artefact</source>
        <translation>Non comptée : artefact</translation>
    </message>
    <message>
        <source>Not counted: damaged cell</source>
        <translation>Non comptée : cellule détériorée</translation>
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
        <translation>OG</translation>
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
        <translation>aucun projet n&apos;est ouvert</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>impossible de créer un dossier temporaire : %1</translation>
    </message>
    <message numerus="yes">
        <source>the cells come from %n slide(s), fewer than %1: the validation split keeps each field&apos;s cells together but not each slide&apos;s</source>
        <translation>
            <numerusform>les cellules proviennent de %n lame, moins de %1 : la séparation de validation garde ensemble les cellules de chaque champ, mais pas celles de chaque lame</numerusform>
            <numerusform>les cellules proviennent de %n lames, moins de %1 : la séparation de validation garde ensemble les cellules de chaque champ, mais pas celles de chaque lame</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no labelled white cells of the %2 task&apos;s classes</source>
        <translation>%1 n&apos;a aucun leucocyte étiqueté dans les classes de la tâche %2</translation>
    </message>
    <message>
        <source>white cell %1 has no cached crop; scan the slide again (wbc detect --project --rescan)</source>
        <translation>le leucocyte %1 n&apos;a pas de découpe en cache ; analysez de nouveau la lame (wbc detect --project --rescan)</translation>
    </message>
</context>
<context>
    <name>CellViewer</name>
    <message>
        <source>%1: cannot show image: %2</source>
        <translation>%1 : impossible d&apos;afficher l&apos;image : %2</translation>
    </message>
</context>
<context>
    <name>CheckpointFile</name>
    <message>
        <source>the run fingerprint is invalid</source>
        <translation>l&apos;empreinte de l&apos;entraînement est invalide</translation>
    </message>
    <message>
        <source>unknown architecture &quot;%1&quot;</source>
        <translation>architecture inconnue « %1 »</translation>
    </message>
    <message>
        <source>unknown optimizer &quot;%1&quot;</source>
        <translation>optimiseur inconnu « %1 »</translation>
    </message>
    <message>
        <source>the epoch counts are invalid</source>
        <translation>les nombres d&apos;époques sont invalides</translation>
    </message>
    <message>
        <source>the best validation loss is invalid</source>
        <translation>la meilleure perte de validation est invalide</translation>
    </message>
    <message>
        <source>the history does not hold one entry per epoch</source>
        <translation>l&apos;historique ne contient pas une entrée par époque</translation>
    </message>
    <message>
        <source>the optimizer step counts are invalid</source>
        <translation>les nombres de pas de l&apos;optimiseur sont invalides</translation>
    </message>
    <message>
        <source>unknown tensor &quot;%1&quot;</source>
        <translation>tenseur inconnu « %1 »</translation>
    </message>
    <message>
        <source>%1: cannot write the checkpoint: %2</source>
        <translation>%1 : impossible d&apos;écrire le point de reprise : %2</translation>
    </message>
    <message>
        <source>%1: checkpoint refused: %2</source>
        <translation>%1 : point de reprise refusé : %2</translation>
    </message>
    <message>
        <source>not recorded by this project</source>
        <translation>non enregistré par ce projet</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>its hash differs from the one recorded</source>
        <translation>son hachage diffère de celui enregistré</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>endommagé : %1</translation>
    </message>
    <message>
        <source>%1 tensors where the network has %2</source>
        <translation>%1 tenseurs alors que le réseau en a %2</translation>
    </message>
    <message>
        <source>the network has no tensor &quot;%1&quot;</source>
        <translation>le réseau n&apos;a pas de tenseur « %1 »</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; appears twice</source>
        <translation>le tenseur « %1 » apparaît deux fois</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has another shape than the network&apos;s</source>
        <translation>le tenseur « %1 » n&apos;a pas la même forme que celui du réseau</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>not valid UTF-8 text; invalid bytes were replaced</source>
        <translation>texte UTF-8 non valide ; les octets invalides ont été remplacés</translation>
    </message>
    <message>
        <source>unterminated quoted field; line skipped</source>
        <translation>champ entre guillemets non terminé ; ligne ignorée</translation>
    </message>
    <message>
        <source>field longer than %1 characters; line skipped</source>
        <translation>champ de plus de %1 caractères ; ligne ignorée</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>impossible d&apos;ouvrir : %1</translation>
    </message>
    <message>
        <source>file is larger than %1 MiB; not read</source>
        <translation>le fichier dépasse %1 Mio ; non lu</translation>
    </message>
</context>
<context>
    <name>DatasetExporter</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
    </message>
    <message>
        <source>%1: cannot create folder</source>
        <translation>%1 : impossible de créer le dossier</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <source>%1: folder is not empty; export a dataset into a new or empty folder</source>
        <translation>%1 : le dossier n&apos;est pas vide ; exportez un jeu de données dans un dossier nouveau ou vide</translation>
    </message>
    <message>
        <source>cannot read: %1; image not exported</source>
        <translation>lecture impossible : %1 ; image non exportée</translation>
    </message>
</context>
<context>
    <name>DatasetImporter</name>
    <message>
        <source>cannot open: %1</source>
        <translation>impossible d&apos;ouvrir : %1</translation>
    </message>
    <message>
        <source>; skipped</source>
        <translation> ; ignoré</translation>
    </message>
    <message>
        <source>no header line</source>
        <translation>pas de ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>header must name the columns &quot;image&quot; and &quot;label&quot;; labels not read</source>
        <translation>l&apos;en-tête doit nommer les colonnes « image » et « label » ; étiquettes non lues</translation>
    </message>
    <message>
        <source>row has %1 columns, the header %2; skipped</source>
        <translation>la ligne a %1 colonnes, l&apos;en-tête %2 ; ignorée</translation>
    </message>
    <message>
        <source>image path &quot;%1&quot; is empty, absolute or leaves the dataset folder; skipped</source>
        <translation>le chemin d&apos;image « %1 » est vide, absolu ou sort du dossier du jeu de données ; ignoré</translation>
    </message>
    <message>
        <source>%1; row skipped</source>
        <translation>%1 ; ligne ignorée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is labeled again with a different label; the label on line %2 is kept</source>
        <translation>« %1 » est de nouveau étiqueté avec une autre étiquette ; l&apos;étiquette de la ligne %2 est conservée</translation>
    </message>
    <message>
        <source>duplicate row for &quot;%1&quot;; ignored</source>
        <translation>ligne en double pour « %1 » ; ignorée</translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation>%1 : n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>%1: project is not open for writing</source>
        <translation>%1 : le projet n&apos;est pas ouvert en écriture</translation>
    </message>
    <message>
        <source>same content as %1 already in the project; skipped</source>
        <translation>même contenu que %1, déjà dans le projet ; ignoré</translation>
    </message>
    <message>
        <source>%1: keeps %2&apos;s label &quot;%3&quot; set on %4; the file says &quot;%5&quot;</source>
        <translation>%1 : conserve l&apos;étiquette « %3 » posée par %2 le %4 ; le fichier indique « %5 »</translation>
    </message>
    <message>
        <source>%1: write failed: %2</source>
        <translation>%1 : échec de l&apos;écriture : %2</translation>
    </message>
    <message>
        <source>names &quot;%1&quot;, which is not an importable image in the dataset</source>
        <translation>désigne « %1 », qui n&apos;est pas une image importable du jeu de données</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1: keeps the boxes edited in the project; the file&apos;s boxes differ and were not applied</source>
        <translation>%1 : conserve les cadres modifiés dans le projet ; les cadres du fichier diffèrent et n&apos;ont pas été appliqués</translation>
    </message>
    <message>
        <source>%1: the annotation %2 names its cell &quot;%3&quot;, labels.csv &quot;%4&quot;; labels.csv is used</source>
        <translation>%1 : l&apos;annotation %2 nomme sa cellule « %3 », labels.csv « %4 » ; labels.csv est utilisé</translation>
    </message>
    <message>
        <source>annotation of no image: no image of that name beside it or in images/; ignored</source>
        <translation>annotation sans image : aucune image de ce nom à côté d&apos;elle ni dans images/ ; ignorée</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>DifferentialReport</name>
    <message>
        <source>Differential count</source>
        <translation>Formule leucocytaire</translation>
    </message>
    <message numerus="yes">
        <source>%n selected image(s)</source>
        <translation>
            <numerusform>%n image sélectionnée</numerusform>
            <numerusform>%n images sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>folder %1</source>
        <translation>dossier %1</translation>
    </message>
    <message>
        <source>whole project</source>
        <translation>projet entier</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
    </message>
    <message>
        <source>%1 (subtotal)</source>
        <translation>%1 (sous-total)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Counts by class</source>
        <translation>Décomptes par classe</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>Étiquetées</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Prédites</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>impossible de commencer l&apos;écriture du PDF</translation>
    </message>
    <message>
        <source>WBC Studio %1 · %2</source>
        <translation>WBC Studio %1 · %2</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>impossible de terminer l&apos;écriture du PDF</translation>
    </message>
    <message>
        <source>slide %1</source>
        <translation>lame %1</translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s)</source>
        <translation>
            <numerusform>%n lame</numerusform>
            <numerusform>%n lames</numerusform>
        </translation>
    </message>
    <message>
        <source>unreadable image</source>
        <translation>image illisible</translation>
    </message>
    <message>
        <source>no white cell</source>
        <translation>aucun leucocyte</translation>
    </message>
    <message>
        <source>needs per-cell labels</source>
        <translation>nécessite des étiquettes par cellule</translation>
    </message>
    <message>
        <source>(no slide)</source>
        <translation>(sans lame)</translation>
    </message>
    <message>
        <source>unreadable image: %1</source>
        <translation>image illisible : %1</translation>
    </message>
    <message>
        <source>needs per-cell labels (the field&apos;s label: %1)</source>
        <translation>nécessite des étiquettes par cellule (étiquette du champ : %1)</translation>
    </message>
    <message numerus="yes">
        <source>all slides (%n)</source>
        <translation>
            <numerusform>toutes les lames (%n)</numerusform>
            <numerusform>toutes les lames (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Lames</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>Lame</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>Prélèvement</translation>
    </message>
    <message>
        <source>none (labels only)</source>
        <translation>aucun (étiquettes seulement)</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>%1 of %2 selected fields counted, %3 left out; %4 white cells</source>
        <translation>%1 champs sélectionnés sur %2 comptés, %3 exclus ; %4 leucocytes</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Vérifié par</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>Last label</source>
        <translation>Dernière étiquette</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>cells counted by label: %1, fewer than the %2 of a manual differential; the percentages are imprecise.</source>
        <translation>cellules comptées par étiquette : %1, moins que les %2 d&apos;une formule manuelle ; les pourcentages sont imprécis.</translation>
    </message>
    <message>
        <source>cells counted by prediction: %1, fewer than %2.</source>
        <translation>cellules comptées par prédiction : %1, moins de %2.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>95 % CI</source>
        <translation>IC 95 %</translation>
    </message>
    <message>
        <source>Cells counted</source>
        <translation>Cellules comptées</translation>
    </message>
    <message>
        <source>95 % CI: Wilson score interval of the labelled percentage.</source>
        <translation>IC 95 % : intervalle de score de Wilson du pourcentage étiqueté.</translation>
    </message>
    <message>
        <source>Subtotals: polynuclear = neutrophils + eosinophils, mononuclear = lymphocytes + monocytes, each with the cells labelled or predicted with the group alone; not added to the total again.</source>
        <translation>Sous-totaux : polynucléaires = neutrophiles + éosinophiles, mononucléés = lymphocytes + monocytes, chacun avec les cellules étiquetées ou prédites au seul niveau du groupe ; non ajoutés une seconde fois au total.</translation>
    </message>
    <message>
        <source>Smudge cells</source>
        <translation>Ombres de Gumprecht</translation>
    </message>
    <message>
        <source>Artefacts</source>
        <translation>Artefacts</translation>
    </message>
    <message>
        <source>Damaged cells</source>
        <translation>Cellules détériorées</translation>
    </message>
    <message>
        <source>Listed, not in the percentages</source>
        <translation>Listées, hors pourcentages</translation>
    </message>
    <message>
        <source>Not labelled yet</source>
        <translation>Pas encore étiquetées</translation>
    </message>
    <message>
        <source>Fields left out (%1)</source>
        <translation>Champs exclus (%1)</translation>
    </message>
    <message>
        <source>None: every selected field was counted.</source>
        <translation>Aucun : tous les champs sélectionnés ont été comptés.</translation>
    </message>
    <message>
        <source>Example cells</source>
        <translation>Exemples de cellules</translation>
    </message>
    <message>
        <source>labelled</source>
        <translation>étiquetée</translation>
    </message>
    <message>
        <source>predicted only</source>
        <translation>prédite seulement</translation>
    </message>
    <message>
        <source>For research use only. The result must be verified by a qualified person.</source>
        <translation>Réservé à la recherche. Le résultat doit être vérifié par une personne qualifiée.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>No predictions of %1 for these cells: press Predict to make them.</source>
        <translation>Aucune prédiction de %1 pour ces cellules : cliquez sur Prédire pour les créer.</translation>
    </message>
    <message>
        <source>polynuclear vs mononuclear</source>
        <translation>polynucléaire contre mononucléé</translation>
    </message>
    <message>
        <source>four classes</source>
        <translation>quatre classes</translation>
    </message>
    <message>
        <source>Patient/sample</source>
        <translation>Patient/échantillon</translation>
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
        <translation>en-tête d&apos;image tronqué</translation>
    </message>
    <message>
        <source>JPEG header gives an empty image</source>
        <translation>l&apos;en-tête JPEG décrit une image vide</translation>
    </message>
    <message>
        <source>TIFF header has no image size in its first directory</source>
        <translation>l&apos;en-tête TIFF n&apos;indique pas de taille d&apos;image dans son premier répertoire</translation>
    </message>
    <message>
        <source>PNG header gives an invalid size</source>
        <translation>l&apos;en-tête PNG indique une taille invalide</translation>
    </message>
    <message>
        <source>BMP header gives an invalid size</source>
        <translation>l&apos;en-tête BMP indique une taille invalide</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>not a JPEG, PNG, BMP or TIFF image</source>
        <translation>pas une image JPEG, PNG, BMP ou TIFF</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>impossible d&apos;ouvrir : %1</translation>
    </message>
    <message>
        <source>image is %1x%2 pixels, more than the %3 megapixel limit</source>
        <translation>l&apos;image fait %1x%2 pixels, au-delà de la limite de %3 mégapixels</translation>
    </message>
    <message>
        <source>cannot decode: %1</source>
        <translation>décodage impossible : %1</translation>
    </message>
    <message>
        <source>cannot decode image data (corrupt or truncated)</source>
        <translation>impossible de décoder les données de l&apos;image (corrompues ou tronquées)</translation>
    </message>
    <message>
        <source>file is larger than 512 MiB</source>
        <translation>le fichier dépasse 512 Mio</translation>
    </message>
    <message>
        <source>image file is truncated</source>
        <translation>le fichier image est tronqué</translation>
    </message>
</context>
<context>
    <name>ImageLabel</name>
    <message>
        <source>unknown cell class &quot;%1&quot;</source>
        <translation>classe cellulaire inconnue « %1 »</translation>
    </message>
</context>
<context>
    <name>LabelAudit</name>
    <message>
        <source>the cells were loaded for another task</source>
        <translation>les cellules ont été chargées pour une autre tâche</translation>
    </message>
    <message>
        <source>an audit needs at least 2 folds</source>
        <translation>un audit nécessite au moins 2 plis</translation>
    </message>
    <message>
        <source>too few labelled cells to audit: %1 in %2 classes (an audit needs at least %3 cells, and cells of two classes)</source>
        <translation>trop peu de cellules étiquetées pour un audit : %1 dans %2 classes (un audit nécessite au moins %3 cellules, et des cellules de deux classes)</translation>
    </message>
    <message>
        <source>too few fields for %1 folds: fold %2 would test no cell; use fewer folds</source>
        <translation>trop peu de champs pour %1 plis : le pli %2 ne testerait aucune cellule ; utilisez moins de plis</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>fold %1: %2</source>
        <translation>pli %1 : %2</translation>
    </message>
    <message>
        <source>fold %1: the model scored %2 of %3 cells</source>
        <translation>pli %1 : le modèle a évalué %2 cellules sur %3</translation>
    </message>
    <message>
        <source>open a writable project first</source>
        <translation>ouvrez d&apos;abord un projet modifiable</translation>
    </message>
    <message>
        <source>%1: cannot record the audit: %2</source>
        <translation>%1 : impossible d&apos;enregistrer l&apos;audit : %2</translation>
    </message>
    <message>
        <source>%1: cannot store the audit: %2</source>
        <translation>%1 : impossible de stocker l&apos;audit : %2</translation>
    </message>
    <message>
        <source>fold %1: every training cell is left out</source>
        <translation>pli %1 : toutes les cellules d&apos;entraînement sont exclues</translation>
    </message>
</context>
<context>
    <name>LabelKeys</name>
    <message>
        <source>Clear label</source>
        <translation>Effacer l&apos;étiquette</translation>
    </message>
</context>
<context>
    <name>LabelOrigin</name>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>key</source>
        <translation>touche</translation>
    </message>
    <message>
        <source>several at once</source>
        <translation>plusieurs à la fois</translation>
    </message>
    <message>
        <source>review</source>
        <translation>révision</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>annulation</translation>
    </message>
    <message>
        <source>label check</source>
        <translation>contrôle des étiquettes</translation>
    </message>
    <message>
        <source>adjudication</source>
        <translation>arbitrage</translation>
    </message>
</context>
<context>
    <name>ModelFile</name>
    <message>
        <source>not a WBC Studio model file</source>
        <translation>pas un fichier de modèle WBC Studio</translation>
    </message>
    <message>
        <source>the file is truncated</source>
        <translation>le fichier est tronqué</translation>
    </message>
    <message>
        <source>model format version %1 is not supported (this version reads %2)</source>
        <translation>la version %1 du format de modèle n&apos;est pas prise en charge (cette version lit la %2)</translation>
    </message>
    <message>
        <source>the header is larger than the limit of %1 bytes</source>
        <translation>l&apos;en-tête dépasse la limite de %1 octets</translation>
    </message>
    <message>
        <source>the header is not valid JSON</source>
        <translation>l&apos;en-tête n&apos;est pas un JSON valide</translation>
    </message>
    <message>
        <source>unknown architecture &quot;%1&quot; (known: %2)</source>
        <translation>architecture inconnue « %1 » (connues : %2)</translation>
    </message>
    <message>
        <source>unknown task &quot;%1&quot;</source>
        <translation>tâche inconnue « %1 »</translation>
    </message>
    <message>
        <source>the class names do not match the %1 task</source>
        <translation>les noms de classes ne correspondent pas à la tâche %1</translation>
    </message>
    <message>
        <source>input size %1x%2 is not supported (%3x%4)</source>
        <translation>la taille d&apos;entrée %1x%2 n&apos;est pas prise en charge (%3x%4)</translation>
    </message>
    <message>
        <source>the input normalisation is invalid</source>
        <translation>la normalisation de l&apos;entrée est invalide</translation>
    </message>
    <message>
        <source>the crop margin is invalid</source>
        <translation>la marge de recadrage est invalide</translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1 MiB</source>
        <translation>le fichier dépasse la limite de %1 Mio</translation>
    </message>
    <message>
        <source>the file is corrupt or truncated (checksum mismatch)</source>
        <translation>le fichier est corrompu ou tronqué (somme de contrôle incorrecte)</translation>
    </message>
    <message>
        <source>too many weight tensors (%1)</source>
        <translation>trop de tenseurs de poids (%1)</translation>
    </message>
    <message>
        <source>weight tensor rank %1 is not supported</source>
        <translation>un tenseur de poids de rang %1 n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>weight tensor sizes are invalid</source>
        <translation>les tailles des tenseurs de poids sont invalides</translation>
    </message>
    <message>
        <source>the weights do not fill the file</source>
        <translation>les poids ne remplissent pas le fichier</translation>
    </message>
    <message>
        <source>%1: cannot write the model: %2</source>
        <translation>%1 : impossible d&apos;écrire le modèle : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the model was trained for the %1 task, not %2</source>
        <translation>le modèle a été entraîné pour la tâche %1, pas %2</translation>
    </message>
    <message>
        <source>not a WBC Studio training checkpoint</source>
        <translation>pas un point de reprise d&apos;entraînement WBC Studio</translation>
    </message>
    <message>
        <source>checkpoint format version %1 is not supported (this version reads %2)</source>
        <translation>la version %1 du format de point de reprise n&apos;est pas prise en charge (cette version lit la %2)</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d&apos;ouvrir le fichier : %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
</context>
<context>
    <name>Networks</name>
    <message>
        <source>CUDA is not available (this LibTorch is built for the CPU or no GPU was found)</source>
        <translation>CUDA n&apos;est pas disponible (cette LibTorch est compilée pour le CPU ou aucun GPU n&apos;a été trouvé)</translation>
    </message>
    <message>
        <source>unknown device &quot;%1&quot; (auto, cpu or cuda)</source>
        <translation>périphérique inconnu « %1 » (auto, cpu ou cuda)</translation>
    </message>
    <message numerus="yes">
        <source>CPU, %n thread(s)</source>
        <translation>
            <numerusform>CPU, %n thread</numerusform>
            <numerusform>CPU, %n threads</numerusform>
        </translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>GPU CUDA</translation>
    </message>
    <message>
        <source>%1 (%2 GiB)</source>
        <translation>%1 (%2 Gio)</translation>
    </message>
</context>
<context>
    <name>ProjectCommands</name>
    <message>
        <source>unlabeled</source>
        <translation>sans étiquette</translation>
    </message>
    <message>
        <source>Use model %1</source>
        <translation>Utiliser le modèle %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) in %1 images</source>
        <translation>
            <numerusform>%n cellule dans %1 images</numerusform>
            <numerusform>%n cellules dans %1 images</numerusform>
        </translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>image %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) of %1</source>
        <translation>
            <numerusform>%n cellule de %1</numerusform>
            <numerusform>%n cellules de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cell %2</source>
        <translation>%1 cellule %2</translation>
    </message>
    <message>
        <source>Review %1 as %2</source>
        <translation>Réviser %1 comme %2</translation>
    </message>
    <message>
        <source>Clear the label of %1</source>
        <translation>Effacer l&apos;étiquette de %1</translation>
    </message>
    <message>
        <source>Label %1 as %2</source>
        <translation>Classer %1 comme %2</translation>
    </message>
    <message>
        <source>Rename slide %1 to %2</source>
        <translation>Renommer la lame %1 en %2</translation>
    </message>
    <message>
        <source>Move %1 to slide %2</source>
        <translation>Déplacer %1 vers la lame %2</translation>
    </message>
    <message numerus="yes">
        <source>Move %n image(s) to slide %1</source>
        <translation>
            <numerusform>Déplacer %n image vers la lame %1</numerusform>
            <numerusform>Déplacer %n images vers la lame %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct %1 to %2 (label check)</source>
        <translation>Corriger %1 en %2 (contrôle des étiquettes)</translation>
    </message>
    <message>
        <source>Edit the details of slide %1</source>
        <translation>Modifier les détails de la lame %1</translation>
    </message>
    <message>
        <source>Withdraw the adjudication of %1</source>
        <translation>Retirer l&apos;arbitrage de %1</translation>
    </message>
    <message>
        <source>Adjudicate %1 as %2</source>
        <translation>Arbitrer %1 comme %2</translation>
    </message>
    <message>
        <source>Mark %1 as %2</source>
        <translation>Marquer %1 comme %2</translation>
    </message>
    <message>
        <source>Add box to %1</source>
        <translation>Ajouter un cadre à %1</translation>
    </message>
    <message>
        <source>Move box in %1</source>
        <translation>Déplacer un cadre dans %1</translation>
    </message>
    <message>
        <source>Resize box in %1</source>
        <translation>Redimensionner un cadre dans %1</translation>
    </message>
    <message>
        <source>Delete box in %1</source>
        <translation>Supprimer un cadre dans %1</translation>
    </message>
</context>
<context>
    <name>ProjectCopy</name>
    <message>
        <source>%1 is at schema %2, %3 at schema %4</source>
        <translation>%1 est au schéma %2, %3 au schéma %4</translation>
    </message>
    <message>
        <source>%1: not empty (table %2 has rows); copy into a new project</source>
        <translation>%1 : pas vide (la table %2 contient des lignes) ; copiez dans un nouveau projet</translation>
    </message>
    <message>
        <source>%1: permission denied: only the project&apos;s owner can copy into it</source>
        <translation>%1 : permission refusée : seul le propriétaire du projet peut y copier</translation>
    </message>
    <message>
        <source>table %1, row %2: %3</source>
        <translation>table %1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>%1: copy failed, nothing copied: %2</source>
        <translation>%1 : échec de la copie, rien n&apos;a été copié : %2</translation>
    </message>
</context>
<context>
    <name>ProjectDetection</name>
    <message>
        <source>%1: project is not open for writing</source>
        <translation>%1 : le projet n&apos;est pas ouvert en écriture</translation>
    </message>
    <message>
        <source>%1: write failed: %2</source>
        <translation>%1 : échec de l&apos;écriture : %2</translation>
    </message>
</context>
<context>
    <name>ProjectLocation</name>
    <message>
        <source>no project given</source>
        <translation>aucun projet indiqué</translation>
    </message>
    <message>
        <source>%1: not a valid PostgreSQL URL (%2)</source>
        <translation>%1 : URL PostgreSQL non valide (%2)</translation>
    </message>
    <message>
        <source>%1: a password does not belong in the URL; set PGPASSWORD or use ~/.pgpass</source>
        <translation>%1 : un mot de passe n&apos;a pas sa place dans l&apos;URL ; définissez PGPASSWORD ou utilisez ~/.pgpass</translation>
    </message>
    <message>
        <source>%1: the URL names no database (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation>%1 : l&apos;URL ne désigne aucune base de données (postgresql://USER@HOST:PORT/DATABASE)</translation>
    </message>
    <message>
        <source>%1: unknown sslmode &quot;%2&quot; (one of %3)</source>
        <translation>%1 : sslmode inconnu « %2 » (valeurs possibles : %3)</translation>
    </message>
    <message>
        <source>%1: unknown URL parameter &quot;%2&quot; (only sslmode)</source>
        <translation>%1 : paramètre d&apos;URL inconnu « %2 » (seul sslmode est accepté)</translation>
    </message>
</context>
<context>
    <name>ProjectLock</name>
    <message>
        <source>%1: cannot create the lock file (no write permission)</source>
        <translation>%1 : impossible de créer le fichier de verrou (pas de droit d&apos;écriture)</translation>
    </message>
    <message>
        <source>%1: cannot create the lock file</source>
        <translation>%1 : impossible de créer le fichier de verrou</translation>
    </message>
    <message>
        <source>process %1 (%2) on host %3</source>
        <translation>processus %1 (%2) sur l&apos;hôte %3</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>programme inconnu</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 is in use by another WBC Studio</source>
        <translation>%1 est utilisé par une autre instance de WBC Studio</translation>
    </message>
    <message>
        <source>%1 is in use by %2</source>
        <translation>%1 est utilisé par %2</translation>
    </message>
</context>
<context>
    <name>ProjectPrediction</name>
    <message>
        <source>%1: project is not open for writing</source>
        <translation>%1 : le projet n&apos;est pas ouvert en écriture</translation>
    </message>
    <message>
        <source>%1: the project has no model %2</source>
        <translation>%1 : le projet n&apos;a pas de modèle %2</translation>
    </message>
    <message>
        <source>%1: write failed: %2</source>
        <translation>%1 : échec de l&apos;écriture : %2</translation>
    </message>
    <message>
        <source>white cell %1 has no cached crop; scan the slide again</source>
        <translation>le leucocyte %1 n&apos;a pas de découpe en cache ; analysez de nouveau la lame</translation>
    </message>
</context>
<context>
    <name>ProjectRole</name>
    <message>
        <source>annotator</source>
        <translation>annotateur</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>réviseur</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>no access</source>
        <translation>aucun accès</translation>
    </message>
</context>
<context>
    <name>ProjectSlideScan</name>
    <message>
        <source>%1: project is not open for writing</source>
        <translation>%1 : le projet n&apos;est pas ouvert en écriture</translation>
    </message>
    <message>
        <source>%1: write failed: %2</source>
        <translation>%1 : échec de l&apos;écriture : %2</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1 : impossible d&apos;ouvrir : %2</translation>
    </message>
    <message>
        <source>%1: no such project file</source>
        <translation>%1 : fichier de projet introuvable</translation>
    </message>
    <message>
        <source>%1: is a folder, not a project file</source>
        <translation>%1 : est un dossier, pas un fichier de projet</translation>
    </message>
    <message>
        <source>%1: cannot configure the database: %2</source>
        <translation>%1 : impossible de configurer la base de données : %2</translation>
    </message>
    <message>
        <source>%1: the project file is damaged (%2)</source>
        <translation>%1 : le fichier de projet est endommagé (%2)</translation>
    </message>
    <message>
        <source>%1: made by a newer WBC Studio (schema %2; this version reads up to %3)</source>
        <translation>%1 : créé par un WBC Studio plus récent (schéma %2 ; cette version lit jusqu&apos;au %3)</translation>
    </message>
    <message>
        <source>%1: needs an upgrade from schema %2 but is read-only</source>
        <translation>%1 : doit être mis à niveau depuis le schéma %2 mais est en lecture seule</translation>
    </message>
    <message>
        <source>%1: upgrade failed: %2</source>
        <translation>%1 : échec de la mise à niveau : %2</translation>
    </message>
    <message>
        <source>schema step %1: %2</source>
        <translation>étape de schéma %1 : %2</translation>
    </message>
    <message>
        <source>no image %1</source>
        <translation>aucune image %1</translation>
    </message>
    <message>
        <source>a slide needs a name</source>
        <translation>une lame doit avoir un nom</translation>
    </message>
    <message>
        <source>there is already a slide named &quot;%1&quot;</source>
        <translation>il existe déjà une lame nommée « %1 »</translation>
    </message>
    <message>
        <source>no slide %1</source>
        <translation>aucune lame %1</translation>
    </message>
    <message>
        <source>box %1: no such box, or not one you may change</source>
        <translation>cadre %1 : ce cadre n&apos;existe pas, ou vous ne pouvez pas le modifier</translation>
    </message>
    <message>
        <source>%1: cannot open a shared project: the PostgreSQL driver of Qt is not installed (Debian: libqt6sql6-psql)</source>
        <translation>%1 : impossible d&apos;ouvrir un projet partagé : le pilote PostgreSQL de Qt n&apos;est pas installé (Debian : libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>%1: permission denied (%2)</source>
        <translation>%1 : permission refusée (%2)</translation>
    </message>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation>%1 : connexion impossible : %2</translation>
    </message>
    <message>
        <source>%1: the database holds no WBC Studio project</source>
        <translation>%1 : la base de données ne contient aucun projet WBC Studio</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: permission denied: a new project is made only in an empty database that %2 owns (CREATE DATABASE ... OWNER %2)</source>
        <translation>%1 : permission refusée : un nouveau projet ne peut être créé que dans une base de données vide dont %2 est propriétaire (CREATE DATABASE ... OWNER %2)</translation>
    </message>
    <message>
        <source>%1: cannot create the project: %2</source>
        <translation>%1 : impossible de créer le projet : %2</translation>
    </message>
    <message>
        <source>%1: not a WBC Studio project (the database holds other tables)</source>
        <translation>%1 : pas un projet WBC Studio (la base de données contient d&apos;autres tables)</translation>
    </message>
    <message>
        <source>%1: not a WBC Studio project (%2)</source>
        <translation>%1 : pas un projet WBC Studio (%2)</translation>
    </message>
    <message>
        <source>%1: permission denied: %2 has no role in this project (its owner gives one with wbc grant)</source>
        <translation>%1 : permission refusée : %2 n&apos;a aucun rôle dans ce projet (son propriétaire en attribue un avec wbc grant)</translation>
    </message>
    <message>
        <source>%1: needs an upgrade from schema %2, which only its owner can make</source>
        <translation>%1 : doit être mis à niveau depuis le schéma %2, ce que seul son propriétaire peut faire</translation>
    </message>
    <message>
        <source>%1: roles need a shared project (a postgresql:// URL)</source>
        <translation>%1 : les rôles nécessitent un projet partagé (une URL postgresql://)</translation>
    </message>
    <message>
        <source>%1: permission denied: only the database&apos;s owner gives roles</source>
        <translation>%1 : permission refusée : seul le propriétaire de la base de données attribue les rôles</translation>
    </message>
    <message>
        <source>%1: no PostgreSQL role &quot;%2&quot; (the server&apos;s administrator creates it: CREATE ROLE %2 LOGIN PASSWORD ...)</source>
        <translation>%1 : aucun rôle PostgreSQL « %2 » (l&apos;administrateur du serveur le crée : CREATE ROLE %2 LOGIN PASSWORD ...)</translation>
    </message>
    <message>
        <source>%1: the connection to the server is lost</source>
        <translation>%1 : la connexion au serveur est perdue</translation>
    </message>
    <message>
        <source>%1: the project is not open</source>
        <translation>%1 : le projet n&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>%1: the server does not answer (%2)</source>
        <translation>%1 : le serveur ne répond pas (%2)</translation>
    </message>
    <message>
        <source>%1: not a WBC Studio project (damaged, or not a project at all)</source>
        <translation>%1 : pas un projet WBC Studio (endommagé, ou pas du tout un projet)</translation>
    </message>
    <message>
        <source>%1: not a WBC Studio project: it holds a %2 &quot;%3&quot; that WBC Studio did not make</source>
        <translation>%1 : pas un projet WBC Studio : il contient un objet %2 « %3 » que WBC Studio n&apos;a pas créé</translation>
    </message>
    <message>
        <source>blind mode needs a shared project</source>
        <translation>le mode aveugle nécessite un projet partagé</translation>
    </message>
    <message>
        <source>%1: not a WBC Studio project (another program&apos;s database)</source>
        <translation>%1 : pas un projet WBC Studio (base de données d&apos;un autre programme)</translation>
    </message>
    <message>
        <source>%1: not a WBC Studio project (the file holds something else)</source>
        <translation>%1 : pas un projet WBC Studio (le fichier contient autre chose)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Detected white cell (confidence %1)</source>
        <translation>Leucocyte détecté (confiance %1)</translation>
    </message>
    <message>
        <source>Annotated white cell</source>
        <translation>Leucocyte annoté</translation>
    </message>
    <message>
        <source>White cell drawn by a person</source>
        <translation>Leucocyte tracé par une personne</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <source>The whole field as one cell</source>
        <translation>Le champ entier comme une seule cellule</translation>
    </message>
    <message>
        <source>Unlabeled</source>
        <translation>Sans étiquette</translation>
    </message>
    <message>
        <source>Cell %1: %2
%3</source>
        <translation>Cellule %1 : %2
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
        <translation>%1 : le modèle n&apos;a donné aucun résultat</translation>
    </message>
    <message>
        <source>What the model looked at for &quot;%1&quot; (%2)</source>
        <translation>Ce que le modèle a regardé pour « %1 » (%2)</translation>
    </message>
    <message>
        <source>%1: the model is not loaded</source>
        <translation>%1 : le modèle n&apos;est pas chargé</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>the data was not completely written (disk full?)</source>
        <translation>les données n&apos;ont pas été entièrement écrites (disque plein ?)</translation>
    </message>
</context>
<context>
    <name>SlideBenchmark</name>
    <message>
        <source>cannot be written</source>
        <translation>écriture impossible</translation>
    </message>
    <message>
        <source>a field cannot be read back</source>
        <translation>un champ ne peut pas être relu</translation>
    </message>
</context>
<context>
    <name>SlideImporter</name>
    <message>
        <source>%1: project is not open for writing</source>
        <translation>%1 : le projet n&apos;est pas ouvert en écriture</translation>
    </message>
    <message>
        <source>the slide is larger than 2^31 pixels on a side</source>
        <translation>la lame dépasse 2^31 pixels de côté</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>%1: write failed: %2</source>
        <translation>%1 : échec de l&apos;écriture : %2</translation>
    </message>
</context>
<context>
    <name>SlideReader</name>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>not a slide format OpenSlide can read (Aperio, Hamamatsu, MIRAX, Leica, Philips, Ventana or tiled pyramidal TIFF)</source>
        <translation>pas un format de lame lisible par OpenSlide (Aperio, Hamamatsu, MIRAX, Leica, Philips, Ventana ou TIFF pyramidal tuilé)</translation>
    </message>
    <message>
        <source>not a slide OpenSlide can read</source>
        <translation>pas une lame lisible par OpenSlide</translation>
    </message>
    <message>
        <source>damaged slide: %1</source>
        <translation>lame endommagée : %1</translation>
    </message>
    <message>
        <source>the slide has no pixels</source>
        <translation>la lame n&apos;a aucun pixel</translation>
    </message>
    <message>
        <source>invalid region requested</source>
        <translation>région demandée invalide</translation>
    </message>
    <message>
        <source>out of memory reading a %1 x %2 region</source>
        <translation>mémoire insuffisante pour lire une région de %1 x %2</translation>
    </message>
    <message>
        <source>the slide has no small pyramid level to make an overview from</source>
        <translation>la lame n&apos;a pas de petit niveau de pyramide à partir duquel créer une vue d&apos;ensemble</translation>
    </message>
</context>
<context>
    <name>SlideScanner</name>
    <message>
        <source>the counting area is outside the slide</source>
        <translation>la zone de comptage est en dehors de la lame</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>set by a person</source>
        <translation>défini par une personne</translation>
    </message>
    <message>
        <source>detection</source>
        <translation>détection</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>annotation</translation>
    </message>
    <message>
        <source>review</source>
        <translation>révision</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>annulation</translation>
    </message>
</context>
<context>
    <name>StoreBenchmark</name>
    <message>
        <source>%1: not empty; the store benchmark needs a new project</source>
        <translation>%1 : pas vide ; le banc d&apos;essai du stockage nécessite un nouveau projet</translation>
    </message>
</context>
<context>
    <name>SyntheticSlide</name>
    <message>
        <source>invalid slide size</source>
        <translation>taille de lame invalide</translation>
    </message>
    <message>
        <source>cannot be written</source>
        <translation>écriture impossible</translation>
    </message>
    <message>
        <source>cannot write tile %1 of level %2</source>
        <translation>impossible d&apos;écrire la tuile %1 du niveau %2</translation>
    </message>
    <message>
        <source>cannot write level %1</source>
        <translation>impossible d&apos;écrire le niveau %1</translation>
    </message>
</context>
<context>
    <name>SyntheticSmear</name>
    <message>
        <source>%1: cannot create folders</source>
        <translation>%1 : impossible de créer les dossiers</translation>
    </message>
</context>
<context>
    <name>ThumbnailCache</name>
    <message>
        <source>cannot open: %1</source>
        <translation>impossible d&apos;ouvrir : %1</translation>
    </message>
    <message>
        <source>cannot decode: %1</source>
        <translation>décodage impossible : %1</translation>
    </message>
    <message>
        <source>out of memory while decoding</source>
        <translation>mémoire insuffisante pendant le décodage</translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <source>no training images</source>
        <translation>aucune image d&apos;entraînement</translation>
    </message>
    <message>
        <source>epochs, batch, samples per class and learning rate must be positive</source>
        <translation>les époques, le lot, les échantillons par classe et le taux d&apos;apprentissage doivent être positifs</translation>
    </message>
    <message>
        <source>training diverged: the loss became %1 in epoch %2, batch %3; lower the learning rate</source>
        <translation>l&apos;entraînement a divergé : la perte est devenue %1 à l&apos;époque %2, lot %3 ; baissez le taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>training failed: %1</source>
        <translation>échec de l&apos;entraînement : %1</translation>
    </message>
    <message>
        <source>the network has no optimizer tensor &quot;%1&quot;</source>
        <translation>le réseau n&apos;a pas de tenseur d&apos;optimiseur « %1 »</translation>
    </message>
    <message>
        <source>optimizer tensor &quot;%1&quot; has another shape than its parameter</source>
        <translation>le tenseur d&apos;optimiseur « %1 » n&apos;a pas la même forme que son paramètre</translation>
    </message>
    <message>
        <source>optimizer tensor &quot;%1&quot; appears twice</source>
        <translation>le tenseur d&apos;optimiseur « %1 » apparaît deux fois</translation>
    </message>
    <message>
        <source>the optimizer state is incomplete</source>
        <translation>l&apos;état de l&apos;optimiseur est incomplet</translation>
    </message>
    <message>
        <source>it was written for the %1 network, not %2</source>
        <translation>il a été écrit pour le réseau %1, pas %2</translation>
    </message>
    <message>
        <source>it belongs to a run with other parameters or data</source>
        <translation>il appartient à un entraînement avec d&apos;autres paramètres ou données</translation>
    </message>
    <message>
        <source>damaged: it holds more epochs than the run has</source>
        <translation>endommagé : il contient plus d&apos;époques que l&apos;entraînement n&apos;en compte</translation>
    </message>
    <message>
        <source>its weights do not fit the %1 network: %2</source>
        <translation>ses poids ne correspondent pas au réseau %1 : %2</translation>
    </message>
    <message>
        <source>its optimizer state does not fit the %1 network: %2</source>
        <translation>son état d&apos;optimiseur ne correspond pas au réseau %1 : %2</translation>
    </message>
    <message>
        <source>the training parameters are incomplete or out of range</source>
        <translation>les paramètres d&apos;entraînement sont incomplets ou hors limites</translation>
    </message>
</context>
<context>
    <name>TrainingJob</name>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Preparing images</source>
        <translation>Préparation des images</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>A training run is already in progress</source>
        <translation>Un entraînement est déjà en cours</translation>
    </message>
    <message>
        <source>Open a writable project first</source>
        <translation>Ouvrez d&apos;abord un projet modifiable</translation>
    </message>
    <message>
        <source>%1: cannot record the run: %2</source>
        <translation>%1 : impossible d&apos;enregistrer l&apos;entraînement : %2</translation>
    </message>
    <message>
        <source>Class %1 has %2 labelled white cells; at least 2 are needed to train and validate</source>
        <translation>La classe %1 a %2 leucocytes étiquetés ; il en faut au moins 2 pour entraîner et valider</translation>
    </message>
    <message>
        <source>Only an interrupted or cancelled run can resume</source>
        <translation>Seul un entraînement interrompu ou annulé peut reprendre</translation>
    </message>
    <message>
        <source>%1: the run has no checkpoint to resume from</source>
        <translation>%1 : l&apos;entraînement n&apos;a pas de point de reprise à partir duquel reprendre</translation>
    </message>
    <message>
        <source>The project has no run %1</source>
        <translation>Le projet n&apos;a pas d&apos;entraînement %1</translation>
    </message>
    <message>
        <source>Run %1 cannot resume: %2</source>
        <translation>L&apos;entraînement %1 ne peut pas reprendre : %2</translation>
    </message>
</context>
<context>
    <name>VocReader</name>
    <message>
        <source>&lt;%1&gt; is not a number: &quot;%2&quot;</source>
        <translation>&lt;%1&gt; n&apos;est pas un nombre : « %2 »</translation>
    </message>
    <message>
        <source>object &quot;%1&quot; has no complete &lt;bndbox&gt;; skipped</source>
        <translation>l&apos;objet « %1 » n&apos;a pas de &lt;bndbox&gt; complet ; ignoré</translation>
    </message>
    <message>
        <source>object &quot;%1&quot; has inverted corners; swapped</source>
        <translation>l&apos;objet « %1 » a des coins inversés ; permutés</translation>
    </message>
    <message>
        <source>object &quot;%1&quot; box (%2,%3)-(%4,%5) lies outside the image; clipped</source>
        <translation>le cadre de l&apos;objet « %1 » (%2,%3)-(%4,%5) sort de l&apos;image ; rogné</translation>
    </message>
    <message>
        <source>object &quot;%1&quot; has an empty box; skipped</source>
        <translation>l&apos;objet « %1 » a un cadre vide ; ignoré</translation>
    </message>
    <message>
        <source>invalid image size; ignored</source>
        <translation>taille d&apos;image invalide ; ignorée</translation>
    </message>
    <message>
        <source>empty XML document; file skipped</source>
        <translation>document XML vide ; fichier ignoré</translation>
    </message>
    <message>
        <source>DOCTYPE declarations are not allowed in annotations; file skipped</source>
        <translation>les déclarations DOCTYPE ne sont pas autorisées dans les annotations ; fichier ignoré</translation>
    </message>
    <message>
        <source>root element is &lt;%1&gt;, expected &lt;annotation&gt;; file skipped</source>
        <translation>l&apos;élément racine est &lt;%1&gt;, &lt;annotation&gt; attendu ; fichier ignoré</translation>
    </message>
    <message>
        <source>malformed XML: %1; file skipped</source>
        <translation>XML mal formé : %1 ; fichier ignoré</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>impossible d&apos;ouvrir : %1</translation>
    </message>
    <message>
        <source>file is larger than %1 MiB; skipped</source>
        <translation>le fichier dépasse %1 Mio ; ignoré</translation>
    </message>
</context>
<context>
    <name>WbcAgreement</name>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>Project %1
</source>
        <translation>Projet %1
</translation>
    </message>
    <message>
        <source>  no white cell is labelled with a class yet
</source>
        <translation>  aucun leucocyte n&apos;est encore étiqueté avec une classe
</translation>
    </message>
    <message>
        <source>Annotators (white cells labelled with a class):
</source>
        <translation>Annotateurs (leucocytes étiquetés avec une classe) :
</translation>
    </message>
    <message>
        <source>Pairs (cells both labelled, observed agreement, Cohen&apos;s kappa):
</source>
        <translation>Paires (cellules étiquetées par les deux, concordance observée, kappa de Cohen) :
</translation>
    </message>
    <message numerus="yes">
        <source>Fleiss&apos; kappa: %1 over %n cell(s) every annotator labelled
</source>
        <translation>
            <numerusform>Kappa de Fleiss : %1 sur %n cellule étiquetée par tous les annotateurs
</numerusform>
            <numerusform>Kappa de Fleiss : %1 sur %n cellules étiquetées par tous les annotateurs
</numerusform>
        </translation>
    </message>
    <message>
        <source>Specific agreement by class (ratings):
</source>
        <translation>Concordance spécifique par classe (cotations) :
</translation>
    </message>
    <message>
        <source>%1: read failed: %2</source>
        <translation>%1 : échec de la lecture : %2</translation>
    </message>
    <message>
        <source>Print inter-annotator agreement (Cohen&apos;s and Fleiss&apos; kappa)</source>
        <translation>Afficher la concordance inter-annotateurs (kappa de Cohen et de Fleiss)</translation>
    </message>
    <message>
        <source>Project file or postgresql:// URL</source>
        <translation>Fichier de projet ou URL postgresql://</translation>
    </message>
    <message>
        <source>Print one JSON object</source>
        <translation>Afficher un objet JSON</translation>
    </message>
</context>
<context>
    <name>WbcAudit</name>
    <message>
        <source>--%1 must be an integer &gt;= %2</source>
        <translation>--%1 doit être un entier &gt;= %2</translation>
    </message>
    <message>
        <source>an audit stores its result in a project: import the dataset (&apos;wbc import DIR --project FILE&apos;) and give --project FILE</source>
        <translation>un audit enregistre son résultat dans un projet : importez le jeu de données (&apos;wbc import DIR --project FILE&apos;) et indiquez --project FILE</translation>
    </message>
    <message>
        <source>unknown task &quot;%1&quot; (binary or four)</source>
        <translation>tâche inconnue « %1 » (binary ou four)</translation>
    </message>
    <message>
        <source>unknown model &quot;%1&quot; (%2)</source>
        <translation>modèle inconnu « %1 » (%2)</translation>
    </message>
    <message>
        <source>--margin must be a number in [0, 2]</source>
        <translation>--margin doit être un nombre dans [0, 2]</translation>
    </message>
    <message>
        <source>unknown ranking &quot;%1&quot; (self_confidence, normalized_margin or confident_learning)</source>
        <translation>classement inconnu « %1 » (self_confidence, normalized_margin ou confident_learning)</translation>
    </message>
    <message>
        <source>Loading cells</source>
        <translation>Chargement des cellules</translation>
    </message>
    <message>
        <source>Training fold %1/%2</source>
        <translation>Entraînement du pli %1/%2</translation>
    </message>
    <message>
        <source>Scoring fold %1/%2</source>
        <translation>Évaluation du pli %1/%2</translation>
    </message>
    <message>
        <source>Storing the audit</source>
        <translation>Enregistrement de l&apos;audit</translation>
    </message>
    <message>
        <source>%1 (%2% of the audit)</source>
        <translation>%1 (%2 % de l&apos;audit)</translation>
    </message>
    <message>
        <source>Audit %1: %2 cells, %3 folds by %4, %5 s</source>
        <translation>Audit %1 : %2 cellules, %3 plis par %4, %5 s</translation>
    </message>
    <message>
        <source>slide</source>
        <translation>lame</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>Estimated label errors: %1 (%2 in all)</source>
        <translation>Erreurs d&apos;étiquetage estimées : %1 (%2 au total)</translation>
    </message>
    <message>
        <source>rank	image	cell	label	suggested	score</source>
        <translation>rang	image	cellule	étiquette	suggérée	score</translation>
    </message>
    <message>
        <source>Find the likely mislabelled cells from cross-validated predictions</source>
        <translation>Trouver les cellules probablement mal étiquetées à partir de prédictions en validation croisée</translation>
    </message>
    <message>
        <source>Not supported: import the dataset into a project first</source>
        <translation>Non pris en charge : importez d&apos;abord le jeu de données dans un projet</translation>
    </message>
    <message>
        <source>binary or four</source>
        <translation>binary ou four</translation>
    </message>
    <message>
        <source>Number of folds (default %1)</source>
        <translation>Nombre de plis (par défaut %1)</translation>
    </message>
    <message>
        <source>Seed of the folds and of their training (default %1)</source>
        <translation>Graine des plis et de leur entraînement (par défaut %1)</translation>
    </message>
    <message>
        <source>List the N worst-ranked cells (default: as many as the estimated label errors)</source>
        <translation>Lister les N cellules les plus suspectes (par défaut : autant que d&apos;erreurs d&apos;étiquetage estimées)</translation>
    </message>
    <message>
        <source>self_confidence, normalized_margin or confident_learning (default %1)</source>
        <translation>self_confidence, normalized_margin ou confident_learning (par défaut %1)</translation>
    </message>
    <message>
        <source>Training epochs of each fold (default %1)</source>
        <translation>Époques d&apos;entraînement de chaque pli (par défaut %1)</translation>
    </message>
    <message>
        <source>Augmented samples per class and epoch (default %1)</source>
        <translation>Échantillons augmentés par classe et par époque (par défaut %1)</translation>
    </message>
    <message>
        <source>Architecture: %1 (default %2)</source>
        <translation>Architecture : %1 (par défaut %2)</translation>
    </message>
    <message>
        <source>Crop margin around the cell (default %1)</source>
        <translation>Marge de recadrage autour de la cellule (par défaut %1)</translation>
    </message>
    <message>
        <source>auto, cpu or cuda (default auto)</source>
        <translation>auto, cpu ou cuda (par défaut auto)</translation>
    </message>
    <message>
        <source>Compute threads (default: all cores)</source>
        <translation>Threads de calcul (par défaut : tous les cœurs)</translation>
    </message>
    <message>
        <source>Audit only the cells of fields with exactly one white cell</source>
        <translation>N&apos;auditer que les cellules des champs qui ont exactement un leucocyte</translation>
    </message>
    <message>
        <source>Print one JSON object: the suspects, worst first, and the estimated label errors per class</source>
        <translation>Afficher un objet JSON : les cellules suspectes, les plus suspectes d&apos;abord, et les erreurs d&apos;étiquetage estimées par classe</translation>
    </message>
    <message>
        <source>%1: no finished %2 audit %3</source>
        <translation>%1 : aucun audit %2 %3 terminé</translation>
    </message>
    <message>
        <source>Train the folds without the suspects of an earlier audit (they are still scored): does cleaning help?</source>
        <translation>Entraîner les plis sans les cellules suspectes d&apos;un audit antérieur (elles sont quand même évaluées) : le nettoyage aide-t-il ?</translation>
    </message>
    <message>
        <source>Project file or postgresql:// URL</source>
        <translation>Fichier de projet ou URL postgresql://</translation>
    </message>
</context>
<context>
    <name>WbcBench</name>
    <message>
        <source>unknown model &quot;%1&quot;</source>
        <translation>modèle inconnu « %1 »</translation>
    </message>
    <message>
        <source>%1 %2, batch %3, %4 images, %5 on %6 threads:
  end to end  %7 images/s
  compute     %8 images/s
  ratio       %9%
</source>
        <translation>%1 %2, lot %3, %4 images, %5 sur %6 threads :
  de bout en bout  %7 images/s
  calcul           %8 images/s
  rapport          %9 %
</translation>
    </message>
    <message>
        <source>Architecture (default lenet)</source>
        <translation>Architecture (par défaut lenet)</translation>
    </message>
    <message>
        <source>Batch size (default 32)</source>
        <translation>Taille de lot (par défaut 32)</translation>
    </message>
    <message>
        <source>Timed training batches (default 40)</source>
        <translation>Lots d&apos;entraînement chronométrés (par défaut 40)</translation>
    </message>
    <message>
        <source>Synthetic smears (default 64)</source>
        <translation>Frottis synthétiques (par défaut 64)</translation>
    </message>
    <message>
        <source>Compute threads (default: all cores)</source>
        <translation>Threads de calcul (par défaut : tous les cœurs)</translation>
    </message>
    <message>
        <source>auto, cpu or cuda</source>
        <translation>auto, cpu ou cuda</translation>
    </message>
    <message>
        <source>Print one JSON object</source>
        <translation>Afficher un objet JSON</translation>
    </message>
    <message>
        <source>--images takes a positive integer</source>
        <translation>--images attend un entier positif</translation>
    </message>
    <message>
        <source>Image pipeline, %1 images (%2), microseconds per image:
</source>
        <translation>Chaîne d’images, %1 images (%2), microsecondes par image :
</translation>
    </message>
    <message>
        <source>Whole per-image pipeline (decode, detect, crop, augment, tensor):
  1 thread   %1 images/s
  2 threads  %2 images/s
</source>
        <translation>Chaîne complète par image (décodage, détection, recadrage, augmentation, tenseur) :
  1 thread   %1 images/s
  2 threads  %2 images/s
</translation>
    </message>
    <message>
        <source>Measure training, inference or image pipeline speed</source>
        <translation>Mesurer la vitesse de l’entraînement, de l’inférence ou de la chaîne d’images</translation>
    </message>
    <message>
        <source>--batch, --batches, --rounds, --images and --threads take a positive integer</source>
        <translation>--batch, --batches, --rounds, --images et --threads attendent un entier positif</translation>
    </message>
    <message>
        <source>Training: alternate end to end and compute N times, report the fastest of each (default 3)</source>
        <translation>Entraînement : alterner N fois le parcours complet et le calcul seul, et rapporter le plus rapide de chacun (par défaut 3)</translation>
    </message>
    <message>
        <source>--%1 takes a positive integer</source>
        <translation>--%1 attend un entier positif</translation>
    </message>
    <message>
        <source>Store %1 (%2):
  label round trip  p50 %3 ms  p99 %4 ms  (%5 labels)
  %6 annotators     %7 labels/s  (%8 labels, %9 failed)
</source>
        <translation>Stockage %1 (%2) :
  aller-retour      p50 %3 ms  p99 %4 ms  (%5 étiquettes)
  %6 annotateurs    %7 étiquettes/s  (%8 étiquettes, %9 en échec)
</translation>
    </message>
    <message>
        <source>  open              %1 ms (connect %2 ms; %3 cells of %4 images)
</source>
        <translation>  ouverture         %1 ms (connexion %2 ms ; %3 cellules de %4 images)
</translation>
    </message>
    <message>
        <source>store: a new project file or the URL of an empty database</source>
        <translation>store : un nouveau fichier de projet ou l&apos;URL d&apos;une base de données vide</translation>
    </message>
    <message>
        <source>store: white cells to create (default 20000)</source>
        <translation>store : leucocytes à créer (par défaut 20000)</translation>
    </message>
    <message>
        <source>store: labels timed one by one (default 1000)</source>
        <translation>store : étiquettes chronométrées une par une (par défaut 1000)</translation>
    </message>
    <message>
        <source>store: concurrent annotators (default 8)</source>
        <translation>store : annotateurs simultanés (par défaut 8)</translation>
    </message>
    <message>
        <source>--threads takes a positive integer</source>
        <translation>--threads attend un entier positif</translation>
    </message>
    <message>
        <source>--side takes a number of pixels from 4096 to 1000000</source>
        <translation>--side attend un nombre de pixels de 4096 à 1000000</translation>
    </message>
    <message>
        <source>--smear takes a fraction from 0 to 1</source>
        <translation>--smear attend une fraction de 0 à 1</translation>
    </message>
    <message>
        <source>Slide %1 x %1 px of smear, %2 threads:
  slide scan        %3 MP/s (%4 s, %5 cells)
  640 x 480 fields  %6 MP/s (%7 s, %8 fields, %9 cells)
</source>
        <translation>Lame de %1 x %1 px de frottis, %2 threads :
  analyse de lame   %3 MP/s (%4 s, %5 cellules)
  champs 640 x 480  %6 MP/s (%7 s, %8 champs, %9 cellules)
</translation>
    </message>
    <message>
        <source>  slide scan, %1 thread(s): %2 MP/s
</source>
        <translation>  analyse de lame, %1 thread(s) : %2 MP/s
</translation>
    </message>
    <message>
        <source>Slide %1 x %1 px (%2% smear): %3 s, %4 of %5 tiles skipped, %6 cells, peak RSS %7 MiB
</source>
        <translation>Lame de %1 x %1 px (%2 % de frottis) : %3 s, %4 tuiles sur %5 ignorées, %6 cellules, RSS maximal %7 Mio
</translation>
    </message>
    <message>
        <source>say what to measure: &apos;wbc bench train&apos;, &apos;wbc bench infer&apos;, &apos;wbc bench pipeline&apos;, &apos;wbc bench store&apos; or &apos;wbc bench slide&apos;</source>
        <translation>indiquez quoi mesurer : &apos;wbc bench train&apos;, &apos;wbc bench infer&apos;, &apos;wbc bench pipeline&apos;, &apos;wbc bench store&apos; ou &apos;wbc bench slide&apos;</translation>
    </message>
    <message>
        <source>train, infer, pipeline, store or slide</source>
        <translation>train, infer, pipeline, store ou slide</translation>
    </message>
    <message>
        <source>pipeline: read images from this dataset folder; slide: write the synthetic slides here</source>
        <translation>pipeline : lire les images de ce dossier de jeu de données ; slide : écrire ici les lames synthétiques</translation>
    </message>
    <message>
        <source>slide: the large slide&apos;s side in pixels (default 100000)</source>
        <translation>slide : le côté de la grande lame en pixels (par défaut 100000)</translation>
    </message>
    <message>
        <source>slide: the fraction of the large slide covered with smear (default 0.01)</source>
        <translation>slide : la fraction de la grande lame couverte de frottis (par défaut 0.01)</translation>
    </message>
    <message>
        <source>  640 x 480 %1 files read and detected  %2 MP/s (%3 s)
</source>
        <translation>  640 x 480 %1 fichiers lus et analysés  %2 MP/s (%3 s)
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
        <translation>Usage : wbc COMMANDE [OPTIONS]

Ligne de commande de WBC Studio : importer, examiner et exporter des jeux de données de leucocytes.

Commandes :
</translation>
    </message>
    <message>
        <source>  help       Show help for a command

Options:
  -h, --help     Show this help
  -v, --version  Show the version

Run &apos;wbc help COMMAND&apos; for a command&apos;s options.
</source>
        <translation>  help       Afficher l&apos;aide d&apos;une commande

Options :
  -h, --help     Afficher cette aide
  -v, --version  Afficher la version

&apos;wbc help COMMANDE&apos; affiche les options d&apos;une commande.
</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>--%1 is required (see &apos;wbc help %2&apos;)</source>
        <translation>--%1 est obligatoire (voir &apos;wbc help %2&apos;)</translation>
    </message>
    <message>
        <source>no command given; try &apos;wbc --help&apos;</source>
        <translation>aucune commande indiquée ; essayez &apos;wbc --help&apos;</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>unknown command; try &apos;wbc --help&apos;</source>
        <translation>commande inconnue ; essayez &apos;wbc --help&apos;</translation>
    </message>
    <message>
        <source>%1; close it there first (reading commands such as &apos;wbc stats&apos; still work)</source>
        <translation>%1 ; fermez-le d&apos;abord là-bas (les commandes de lecture comme &apos;wbc stats&apos; fonctionnent toujours)</translation>
    </message>
    <message>
        <source>no user name to record: give --user NAME or set WBC_USER</source>
        <translation>aucun nom d&apos;utilisateur à enregistrer : indiquez --user NAME ou définissez WBC_USER</translation>
    </message>
    <message>
        <source>Who labels (default: $WBC_USER, else the name in Preferences, else the login name)</source>
        <translation>Qui étiquette (par défaut : $WBC_USER, sinon le nom indiqué dans les Préférences, sinon le nom de connexion)</translation>
    </message>
</context>
<context>
    <name>WbcCopy</name>
    <message>
        <source>%1: exists; copy into a new project file</source>
        <translation>%1 : existe déjà ; copiez dans un nouveau fichier de projet</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows</source>
        <translation>
            <numerusform>%1 : %n ligne</numerusform>
            <numerusform>%1 : %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>copied %1 to %2</source>
        <translation>%1 copié vers %2</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (annotator, reviewer, owner or none)</source>
        <translation>rôle inconnu « %1 » (annotator, reviewer, owner ou none)</translation>
    </message>
    <message>
        <source>roles need a shared project (postgresql://...)</source>
        <translation>les rôles nécessitent un projet partagé (postgresql://...)</translation>
    </message>
    <message>
        <source>%1: %2 has no role any more</source>
        <translation>%1 : %2 n&apos;a plus de rôle</translation>
    </message>
    <message>
        <source>%1: %2 is %3</source>
        <translation>%1 : %2 est %3</translation>
    </message>
    <message>
        <source>Copy a whole project between files and PostgreSQL databases</source>
        <translation>Copier un projet entier entre fichiers et bases de données PostgreSQL</translation>
    </message>
    <message>
        <source>Project file or postgresql:// URL</source>
        <translation>Fichier de projet ou URL postgresql://</translation>
    </message>
    <message>
        <source>New project file, or the URL of an empty database</source>
        <translation>Nouveau fichier de projet, ou l&apos;URL d&apos;une base de données vide</translation>
    </message>
    <message>
        <source>Give a PostgreSQL role its rights in a shared project</source>
        <translation>Attribuer à un rôle PostgreSQL ses droits dans un projet partagé</translation>
    </message>
    <message>
        <source>Shared project (postgresql:// URL)</source>
        <translation>Projet partagé (URL postgresql://)</translation>
    </message>
    <message>
        <source>An existing PostgreSQL role</source>
        <translation>Un rôle PostgreSQL existant</translation>
    </message>
    <message>
        <source>annotator, reviewer, owner or none</source>
        <translation>annotator, reviewer, owner ou none</translation>
    </message>
</context>
<context>
    <name>WbcCv</name>
    <message>
        <source>--folds must be an integer &gt;= 2</source>
        <translation>--folds doit être un entier &gt;= 2</translation>
    </message>
    <message>
        <source>--max-folds must be an integer &gt;= 1</source>
        <translation>--max-folds doit être un entier &gt;= 1</translation>
    </message>
    <message>
        <source>--fold must be an integer in [1, --folds]</source>
        <translation>--fold doit être un entier dans [1, --folds]</translation>
    </message>
    <message>
        <source>fold %1: %2</source>
        <translation>pli %1 : %2</translation>
    </message>
    <message>
        <source>fold %1/%2: accuracy %3  balanced %4  (%5 images, %6 s)</source>
        <translation>pli %1/%2 : exactitude %3  équilibrée %4  (%5 images, %6 s)</translation>
    </message>
    <message>
        <source>%1-fold CV (%2 run): accuracy %3% +- %4, balanced accuracy %5% +- %6, pooled accuracy %7%</source>
        <translation>validation croisée à %1 plis (%2 exécutés) : exactitude %3 % +- %4, exactitude équilibrée %5 % +- %6, exactitude globale %7 %</translation>
    </message>
    <message>
        <source>Cross-validate the training recipe: mean and spread of the metrics</source>
        <translation>Valider par validation croisée la recette d&apos;entraînement : moyenne et dispersion des métriques</translation>
    </message>
    <message>
        <source>Number of folds (default 5)</source>
        <translation>Nombre de plis (par défaut 5)</translation>
    </message>
    <message>
        <source>Run only the first N folds (quick estimates)</source>
        <translation>N&apos;exécuter que les N premiers plis (estimation rapide)</translation>
    </message>
    <message>
        <source>Run only fold K (1-based; to spread folds over processes)</source>
        <translation>N&apos;exécuter que le pli K (à partir de 1 ; pour répartir les plis entre processus)</translation>
    </message>
    <message>
        <source>--split-seed must be a non-negative integer</source>
        <translation>--split-seed doit être un entier positif ou nul</translation>
    </message>
    <message>
        <source>Seed of the folds (default: --seed); the same folds with other training seeds compare or ensemble runs</source>
        <translation>Graine des plis (par défaut : --seed) ; les mêmes plis avec d&apos;autres graines d&apos;entraînement permettent de comparer ou de combiner des exécutions</translation>
    </message>
    <message>
        <source>Write each test image&apos;s class probabilities, without and with test-time flips, to a CSV file</source>
        <translation>Écrire les probabilités de classe de chaque image de test, sans et avec retournements au test, dans un fichier CSV</translation>
    </message>
    <message>
        <source>Cells: %1</source>
        <translation>Cellules : %1</translation>
    </message>
    <message>
        <source>Folds keep each field&apos;s cells together (fewer slides than folds)</source>
        <translation>Les plis gardent ensemble les cellules de chaque champ (moins de lames que de plis)</translation>
    </message>
</context>
<context>
    <name>WbcDetect</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1 : fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>%1: %2 WBC (%3)</source>
        <translation>%1 : %2 leucocytes (%3)</translation>
    </message>
    <message>
        <source>detected %1 of %2 images</source>
        <translation>%1 images sur %2 analysées</translation>
    </message>
    <message>
        <source>%1 images: %2 without a white cell, %3 single, %4 multi-cell; %5 flags changed, %6 unreadable (%7 s)
</source>
        <translation>%1 images : %2 sans leucocyte, %3 avec un seul, %4 avec plusieurs ; %5 marquages modifiés, %6 illisibles (%7 s)
</translation>
    </message>
    <message>
        <source>%1: no images with VOC annotations</source>
        <translation>%1 : aucune image avec des annotations VOC</translation>
    </message>
    <message>
        <source>%1: cannot write the picture</source>
        <translation>%1 : impossible d&apos;écrire l&apos;image</translation>
    </message>
    <message>
        <source>Detection scored on %1 annotated images (%2 WBC boxes, %3 detections, IoU &gt;= 0.5)
  box recall     %4
  box precision  %5
  multi-cell flag: precision %6, recall %7, F1 %8
  %9 s for all images
</source>
        <translation>Détection évaluée sur %1 images annotées (%2 cadres de leucocytes, %3 détections, IoU &gt;= 0.5)
  rappel des cadres     %4
  précision des cadres  %5
  marquage multicellulaire : précision %6, rappel %7, F1 %8
  %9 s pour toutes les images
</translation>
    </message>
    <message>
        <source>Disagreements (%1):
</source>
        <translation>Désaccords (%1) :
</translation>
    </message>
    <message>
        <source>  %1: annotated %2, detected %3, missed %4, extra %5
</source>
        <translation>  %1 : annotés %2, détectés %3, manqués %4, en trop %5
</translation>
    </message>
    <message>
        <source>--evaluate takes no other inputs</source>
        <translation>--evaluate n&apos;accepte pas d&apos;autres entrées</translation>
    </message>
    <message>
        <source>--project detects on the project&apos;s own images; give no other inputs</source>
        <translation>--project détecte sur les images du projet ; n&apos;indiquez pas d&apos;autres entrées</translation>
    </message>
    <message>
        <source>give IMAGE_OR_DIR..., --project FILE or --evaluate DATASET_DIR</source>
        <translation>indiquez IMAGE_OR_DIR..., --project FILE ou --evaluate DATASET_DIR</translation>
    </message>
    <message>
        <source>Find white blood cells; flag images with none, one or several</source>
        <translation>Trouver les leucocytes ; marquer les images qui n&apos;en ont aucun, un ou plusieurs</translation>
    </message>
    <message>
        <source>Images or folders</source>
        <translation>Images ou dossiers</translation>
    </message>
    <message>
        <source>Print JSON</source>
        <translation>Afficher du JSON</translation>
    </message>
    <message>
        <source>Detect on every image of a project and store the results</source>
        <translation>Détecter sur chaque image d&apos;un projet et enregistrer les résultats</translation>
    </message>
    <message>
        <source>Score detection against a dataset&apos;s VOC WBC boxes</source>
        <translation>Évaluer la détection avec les cadres VOC de leucocytes d&apos;un jeu de données</translation>
    </message>
    <message>
        <source>With --evaluate: write a picture of disagreements and examples</source>
        <translation>Avec --evaluate : écrire une image des désaccords et d&apos;exemples</translation>
    </message>
    <message>
        <source>--%1: invalid value &quot;%2&quot;</source>
        <translation>--%1 : valeur invalide « %2 »</translation>
    </message>
    <message>
        <source>Slides: stop after N white cells in the order a technologist meets them (0: all)</source>
        <translation>Lames : s&apos;arrêter après N leucocytes dans l&apos;ordre où un technicien les rencontre (0 : tous)</translation>
    </message>
    <message>
        <source>Slides: scan only this counting area (level-0 pixels)</source>
        <translation>Lames : analyser seulement cette zone de comptage (pixels du niveau 0)</translation>
    </message>
    <message>
        <source>Slides: worker threads (default: all cores)</source>
        <translation>Lames : threads de travail (par défaut : tous les cœurs)</translation>
    </message>
    <message>
        <source>Slides without a pixel size: micrometres per level-0 pixel (default: %1, the detector&apos;s fields)</source>
        <translation>Lames sans taille de pixel : micromètres par pixel du niveau 0 (par défaut : %1, celle des champs du détecteur)</translation>
    </message>
    <message>
        <source>With --project: scan slides again that were scanned completely</source>
        <translation>Avec --project : analyser de nouveau les lames déjà analysées entièrement</translation>
    </message>
    <message>
        <source> assumed</source>
        <translation> supposé</translation>
    </message>
    <message>
        <source>%1: %2 of %3 tiles, %4 s left</source>
        <translation>%1 : %2 tuiles sur %3, %4 s restantes</translation>
    </message>
    <message>
        <source>%1 slides: %2 scanned, %3 already scanned, %4 continued, %5 unreadable; %6 white cells stored%7
</source>
        <translation>%1 lames : %2 analysées, %3 déjà analysées, %4 poursuivies, %5 illisibles ; %6 leucocytes enregistrés%7
</translation>
    </message>
    <message>
        <source> (interrupted: run again to continue)</source>
        <translation> (interrompu : relancez pour poursuivre)</translation>
    </message>
    <message>
        <source>%1: %2 WBC (slide %3 x %4 px, %5 um/px%6; %7 tiles, skipped: background %8, out of focus %9; %10 s)</source>
        <translation>%1 : %2 leucocytes (lame %3 x %4 px, %5 um/px%6 ; %7 tuiles, ignorées : fond %8, hors mise au point %9 ; %10 s)</translation>
    </message>
</context>
<context>
    <name>WbcEvaluate</name>
    <message>
        <source>%1 images, accuracy %2%, balanced accuracy %3%
</source>
        <translation>%1 images, exactitude %2 %, exactitude équilibrée %3 %
</translation>
    </message>
    <message>
        <source>Confusion (rows truth, columns prediction):
</source>
        <translation>Confusion (lignes : vérité, colonnes : prédiction) :
</translation>
    </message>
    <message>
        <source>   precision %1  recall %2  F1 %3
</source>
        <translation>   précision %1  rappel %2  F1 %3
</translation>
    </message>
    <message>
        <source>Score a model on the single-cell images of a dataset</source>
        <translation>Évaluer un modèle sur les images à cellule unique d&apos;un jeu de données</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>Fichier de modèle</translation>
    </message>
    <message>
        <source>Dataset folder</source>
        <translation>Dossier du jeu de données</translation>
    </message>
    <message>
        <source>auto, cpu or cuda</source>
        <translation>auto, cpu ou cuda</translation>
    </message>
    <message>
        <source>Print one JSON object</source>
        <translation>Afficher un objet JSON</translation>
    </message>
    <message>
        <source>Predict without averaging each image&apos;s four flips</source>
        <translation>Prédire sans moyenner les quatre retournements de chaque image</translation>
    </message>
</context>
<context>
    <name>WbcExport</name>
    <message>
        <source>labels of %1 images written to %2
</source>
        <translation>étiquettes de %1 images écrites dans %2
</translation>
    </message>
    <message>
        <source>%1 cells of %2 images in %3 slides written to %4 (%5 files)
</source>
        <translation>%1 cellules de %2 images dans %3 lames écrites dans %4 (%5 fichiers)
</translation>
    </message>
    <message>
        <source>Project file or postgresql:// URL</source>
        <translation>Fichier de projet ou URL postgresql://</translation>
    </message>
    <message>
        <source>%1: no labelled white cells to export</source>
        <translation>%1 : aucun leucocyte étiqueté à exporter</translation>
    </message>
    <message>
        <source>%1: the crop of cell %2 is not %3x%4 RGB</source>
        <translation>%1 : la découpe de la cellule %2 n&apos;est pas en RGB %3x%4</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1 : impossible d&apos;écrire le fichier : %2</translation>
    </message>
    <message>
        <source>--format must be csv, labels, voc, coco or crops, not &quot;%1&quot;</source>
        <translation>--format doit être csv, labels, voc, coco ou crops, et non « %1 »</translation>
    </message>
    <message>
        <source>%1 cell crops of %2 classes written to %3 (%4 labelled cells no task trains on left out)
</source>
        <translation>%1 découpes de cellules de %2 classes écrites dans %3 (%4 cellules étiquetées exclues, car aucune tâche ne s&apos;entraîne sur elles)
</translation>
    </message>
    <message>
        <source>Export cells and labels (CSV, Pascal VOC, COCO, crops) from a project</source>
        <translation>Exporter les cellules et les étiquettes (CSV, Pascal VOC, COCO, découpes) d&apos;un projet</translation>
    </message>
    <message>
        <source>csv: one row per white cell (slide,image,cell,x0,y0,x1,y1,label,author,labelled_at,origin,predicted,probability; the current label and the active model&apos;s prediction). labels: labels.csv of image labels (image,label). voc: a dataset folder that &apos;wbc import&apos; reads back: one folder per slide with images/ and annotations/, each white cell an object named by its label (NEUTROPHIL, ..., UNIDENTIFIED, SMUDGE, ARTEFACT, DAMAGED) or WBC when unlabelled. coco: COCO JSON of the white cells, category ids %1, WBC for unlabelled cells; file_name relative to the JSON file, wbc_cell_id the project&apos;s cell. crops: the crops file wbc-engine trains from (each labelled white cell cropped as training crops it, with its class and split group).</source>
        <translation>csv : une ligne par leucocyte (slide,image,cell,x0,y0,x1,y1,label,author,labelled_at,origin,predicted,probability ; l&apos;étiquette actuelle et la prédiction du modèle actif). labels : labels.csv des étiquettes d&apos;images (image,label). voc : un dossier de jeu de données que &apos;wbc import&apos; relit : un dossier par lame avec images/ et annotations/, chaque leucocyte étant un objet nommé d&apos;après son étiquette (NEUTROPHIL, ..., UNIDENTIFIED, SMUDGE, ARTEFACT, DAMAGED) ou WBC s&apos;il n&apos;est pas étiqueté. coco : JSON COCO des leucocytes, identifiants de catégorie %1, WBC pour les cellules non étiquetées ; file_name relatif au fichier JSON, wbc_cell_id la cellule du projet. crops : le fichier de découpes à partir duquel wbc-engine s&apos;entraîne (chaque leucocyte étiqueté découpé comme l&apos;entraînement le découpe, avec sa classe et son groupe de séparation).</translation>
    </message>
    <message>
        <source>CSV, JSON or crops file, or a new or empty folder for voc</source>
        <translation>Fichier CSV, JSON ou de découpes, ou un dossier nouveau ou vide pour voc</translation>
    </message>
</context>
<context>
    <name>WbcImport</name>
    <message>
        <source>imported %1 of %2 images</source>
        <translation>%1 images sur %2 importées</translation>
    </message>
    <message>
        <source>No progress output</source>
        <translation>Pas d&apos;affichage de la progression</translation>
    </message>
    <message>
        <source>%1 images found: %2 new, %3 already in the project, %4 duplicates, %5 skipped
%6 slides (%7 new)
%8 cell labels set, %9 kept (set by a person), %10 images need per-cell labels
%11 annotation files, %12 WBC boxes, %13 images keep boxes edited by a person
%14 problems
</source>
        <translation>%1 images trouvées : %2 nouvelles, %3 déjà dans le projet, %4 doublons, %5 ignorées
%6 lames (%7 nouvelles)
%8 étiquettes de cellules posées, %9 conservées (posées par une personne), %10 images nécessitent des étiquettes par cellule
%11 fichiers d&apos;annotation, %12 cadres de leucocytes, %13 images conservent des cadres modifiés par une personne
%14 problèmes
</translation>
    </message>
    <message>
        <source>Project file to create or update, or a postgresql:// URL</source>
        <translation>Fichier de projet à créer ou à mettre à jour, ou une URL postgresql://</translation>
    </message>
    <message>
        <source>no images found in %1; nothing was imported</source>
        <translation>aucune image trouvée dans %1 ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>%1 slide files: %2 new, %3 already in the project, %4 unreadable
</source>
        <translation>%1 fichiers de lames : %2 nouveaux, %3 déjà dans le projet, %4 illisibles
</translation>
    </message>
    <message>
        <source>expects exactly one DATASET_DIR or SLIDE_FILE</source>
        <translation>attend exactement un DATASET_DIR ou un SLIDE_FILE</translation>
    </message>
    <message>
        <source>%1: not a folder or slide file</source>
        <translation>%1 : ni un dossier ni un fichier de lame</translation>
    </message>
    <message>
        <source>Import a dataset folder (images, labels.csv, VOC XML) or a whole-slide image into a project</source>
        <translation>Importer dans un projet un dossier de jeu de données (images, labels.csv, XML VOC) ou une image de lame entière</translation>
    </message>
    <message>
        <source>Folder with images (or images/), labels.csv, annotations/; each subfolder with images is a slide named by its path; or one slide file (.svs, .ndpi, .mrxs, tiled TIFF, ...)</source>
        <translation>Dossier avec des images (ou images/), labels.csv, annotations/ ; chaque sous-dossier contenant des images est une lame nommée d&apos;après son chemin ; ou un fichier de lame (.svs, .ndpi, .mrxs, TIFF tuilé, ...)</translation>
    </message>
</context>
<context>
    <name>WbcLabel</name>
    <message>
        <source>%1: no image &quot;%2&quot; in the project</source>
        <translation>%1 : aucune image « %2 » dans le projet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names several images (%2); give its path</source>
        <translation>« %1 » désigne plusieurs images (%2) ; indiquez son chemin</translation>
    </message>
    <message>
        <source>give an image and a class</source>
        <translation>indiquez une image et une classe</translation>
    </message>
    <message>
        <source>unknown class &quot;%1&quot; (one of %2, or 0/none to clear)</source>
        <translation>classe inconnue « %1 » (l&apos;une de %2, ou 0/none pour effacer)</translation>
    </message>
    <message>
        <source>--cell must be a cell id (a positive integer)</source>
        <translation>--cell doit être un identifiant de cellule (un entier positif)</translation>
    </message>
    <message>
        <source>%1 has %2 white cells (%3): choose one with --cell</source>
        <translation>%1 a %2 leucocytes (%3) : choisissez-en un avec --cell</translation>
    </message>
    <message>
        <source>%1: write failed: %2</source>
        <translation>%1 : échec de l&apos;écriture : %2</translation>
    </message>
    <message>
        <source>%1 has no white cell %2</source>
        <translation>%1 n&apos;a pas de leucocyte %2</translation>
    </message>
    <message>
        <source>%1, cell %2: %3</source>
        <translation>%1, cellule %2 : %3</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>effacée</translation>
    </message>
    <message>
        <source>Set the label of a white cell</source>
        <translation>Définir l&apos;étiquette d&apos;un leucocyte</translation>
    </message>
    <message>
        <source>Image: file name or path in the project</source>
        <translation>Image : nom de fichier ou chemin dans le projet</translation>
    </message>
    <message>
        <source>NEUTROPHIL, ..., UNIDENTIFIED, SMUDGE, ARTEFACT, DAMAGED; 0 or none clears</source>
        <translation>NEUTROPHIL, ..., UNIDENTIFIED, SMUDGE, ARTEFACT, DAMAGED ; 0 ou none efface</translation>
    </message>
    <message>
        <source>Cell id (required when the image has several white cells)</source>
        <translation>Identifiant de cellule (obligatoire si l&apos;image a plusieurs leucocytes)</translation>
    </message>
    <message>
        <source>Project file or postgresql:// URL</source>
        <translation>Fichier de projet ou URL postgresql://</translation>
    </message>
</context>
<context>
    <name>WbcPredict</name>
    <message>
        <source>give at most one of --json and --csv</source>
        <translation>indiquez au plus l&apos;une des options --json et --csv</translation>
    </message>
    <message>
        <source>no image or folder given</source>
        <translation>aucune image ni aucun dossier indiqué</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1 : fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>Image files or folders</source>
        <translation>Fichiers image ou dossiers</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>Fichier de modèle</translation>
    </message>
    <message>
        <source>auto, cpu or cuda</source>
        <translation>auto, cpu ou cuda</translation>
    </message>
    <message>
        <source>Print one JSON object</source>
        <translation>Afficher un objet JSON</translation>
    </message>
    <message>
        <source>Print CSV</source>
        <translation>Afficher du CSV</translation>
    </message>
    <message>
        <source>%1: the project has no active model (make one active in the training dashboard)</source>
        <translation>%1 : le projet n&apos;a pas de modèle actif (activez-en un dans le tableau de bord d&apos;entraînement)</translation>
    </message>
    <message>
        <source>predicted %1 of %2 images</source>
        <translation>%1 images sur %2 prédites</translation>
    </message>
    <message>
        <source>--project predicts the project&apos;s own images with its active model; give no model, images or format</source>
        <translation>--project prédit les images du projet avec son modèle actif ; n&apos;indiquez ni modèle, ni images, ni format</translation>
    </message>
    <message>
        <source>Predict every image of a project with its active model and store the predictions</source>
        <translation>Prédire chaque image d&apos;un projet avec son modèle actif et enregistrer les prédictions</translation>
    </message>
    <message>
        <source>Predict without averaging each image&apos;s four flips</source>
        <translation>Prédire sans moyenner les quatre retournements de chaque image</translation>
    </message>
    <message>
        <source>Stored predictions of model %1 for %2 cells in %3 of %4 images (%5 cells found by detection), %6 unreadable (%7 s)</source>
        <translation>Prédictions du modèle %1 enregistrées pour %2 cellules dans %3 images sur %4 (%5 cellules trouvées par la détection), %6 illisibles (%7 s)</translation>
    </message>
    <message>
        <source>no white cell found</source>
        <translation>aucun leucocyte trouvé</translation>
    </message>
    <message>
        <source>Classify every white cell of images</source>
        <translation>Classer chaque leucocyte des images</translation>
    </message>
</context>
<context>
    <name>WbcReport</name>
    <message>
        <source>--out must name a .pdf or .csv file</source>
        <translation>--out doit désigner un fichier .pdf ou .csv</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>%1: no image of the project is stored under folder &quot;%2&quot;</source>
        <translation>%1 : aucune image du projet n&apos;est enregistrée dans le dossier « %2 »</translation>
    </message>
    <message>
        <source>predicted %1 of %2 images</source>
        <translation>%1 images sur %2 prédites</translation>
    </message>
    <message>
        <source>the active model has no stored predictions; counting labels only (run &apos;wbc predict --project %1&apos; first)</source>
        <translation>le modèle actif n&apos;a pas de prédictions enregistrées ; seules les étiquettes sont comptées (lancez d&apos;abord &apos;wbc predict --project %1&apos;)</translation>
    </message>
    <message>
        <source>Report to write (.pdf or .csv)</source>
        <translation>Rapport à écrire (.pdf ou .csv)</translation>
    </message>
    <message>
        <source>Predict with this model file (nothing is stored); default: the active model&apos;s stored predictions</source>
        <translation>Prédire avec ce fichier de modèle (rien n&apos;est enregistré) ; par défaut : les prédictions enregistrées du modèle actif</translation>
    </message>
    <message>
        <source>Report title</source>
        <translation>Titre du rapport</translation>
    </message>
    <message>
        <source>auto, cpu or cuda</source>
        <translation>auto, cpu ou cuda</translation>
    </message>
    <message>
        <source>Print the counts as one JSON object</source>
        <translation>Afficher les décomptes sous forme d&apos;un objet JSON</translation>
    </message>
    <message>
        <source>--slide needs a slide name</source>
        <translation>--slide nécessite un nom de lame</translation>
    </message>
    <message>
        <source>%1: no slide named &quot;%2&quot; (slides: %3)</source>
        <translation>%1 : aucune lame nommée « %2 » (lames : %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n slide(s), %2 white cells; %3 counted as labelled, %4 as predicted; %5 field(s) left out</source>
        <translation>
            <numerusform>%1 écrit : %n lame, %2 leucocytes ; %3 comptés comme étiquetés, %4 comme prédits ; %5 champ(s) exclu(s)</numerusform>
            <numerusform>%1 écrit : %n lames, %2 leucocytes ; %3 comptés comme étiquetés, %4 comme prédits ; %5 champ(s) exclu(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: slide %1: only %2 cells counted by label (fewer than %3)</source>
        <translation>avertissement : lame %1 : seulement %2 cellules comptées par étiquette (moins de %3)</translation>
    </message>
    <message>
        <source>Write a per-slide differential count report (PDF or CSV)</source>
        <translation>Écrire un rapport de formule leucocytaire par lame (PDF ou CSV)</translation>
    </message>
    <message>
        <source>Report this slide only (default: one section per slide)</source>
        <translation>Ne rapporter que cette lame (par défaut : une section par lame)</translation>
    </message>
    <message>
        <source>Count only the images stored under this folder (still one section per slide)</source>
        <translation>Ne compter que les images enregistrées dans ce dossier (toujours une section par lame)</translation>
    </message>
    <message>
        <source>Project file or postgresql:// URL</source>
        <translation>Fichier de projet ou URL postgresql://</translation>
    </message>
</context>
<context>
    <name>WbcSlides</name>
    <message>
        <source>%1: %2 images, %3 white cells, %4 labelled</source>
        <translation>%1 : %2 images, %3 leucocytes, %4 étiquetés</translation>
    </message>
    <message>
        <source>List the slides of a project with their counts</source>
        <translation>Lister les lames d&apos;un projet avec leurs décomptes</translation>
    </message>
    <message>
        <source>Print one JSON object</source>
        <translation>Afficher un objet JSON</translation>
    </message>
    <message>
        <source>Project file or postgresql:// URL</source>
        <translation>Fichier de projet ou URL postgresql://</translation>
    </message>
</context>
<context>
    <name>WbcStats</name>
    <message>
        <source>Project %1
  images: %2
</source>
        <translation>Projet %1
  images : %2
</translation>
    </message>
    <message>
        <source>  multi-cell labels: %1
  unlabeled: %2
  annotated WBC boxes: %3
</source>
        <translation>  étiquettes multicellulaires : %1
  sans étiquette : %2
  cadres de leucocytes annotés : %3
</translation>
    </message>
    <message>
        <source>Print counts of images and labels in a project</source>
        <translation>Afficher le nombre d&apos;images et d&apos;étiquettes d&apos;un projet</translation>
    </message>
    <message>
        <source>Print one JSON object</source>
        <translation>Afficher un objet JSON</translation>
    </message>
    <message>
        <source>  slides: %1
  white cells: %2 (%3 unlabelled)
</source>
        <translation>  lames : %1
  leucocytes : %2 (%3 sans étiquette)
</translation>
    </message>
    <message>
        <source>Project file or postgresql:// URL</source>
        <translation>Fichier de projet ou URL postgresql://</translation>
    </message>
</context>
<context>
    <name>WbcTrain</name>
    <message>
        <source>--val-fraction must be in [0, 1)</source>
        <translation>--val-fraction doit être dans [0, 1)</translation>
    </message>
    <message>
        <source>--patience must be an integer &gt;= 0</source>
        <translation>--patience doit être un entier &gt;= 0</translation>
    </message>
    <message>
        <source>epoch %1/%2  loss %3  acc %4</source>
        <translation>époque %1/%2  perte %3  exact. %4</translation>
    </message>
    <message>
        <source>  val loss %1  val acc %2  balanced %3</source>
        <translation>  perte val. %1  exact. val. %2  équilibrée %3</translation>
    </message>
    <message>
        <source>  %1 img/s  %2 s  eta %3 s%4</source>
        <translation>  %1 img/s  %2 s  reste %3 s%4</translation>
    </message>
    <message>
        <source>Wrote %1 (best epoch %2 of %3, %4 s)</source>
        <translation>%1 écrit (meilleure époque %2 sur %3, %4 s)</translation>
    </message>
    <message>
        <source>Train a cell classifier and write a model file</source>
        <translation>Entraîner un classifieur de cellules et écrire un fichier de modèle</translation>
    </message>
    <message>
        <source>Model file to write</source>
        <translation>Fichier de modèle à écrire</translation>
    </message>
    <message>
        <source>Fraction of each class held out for validation (default 0.2)</source>
        <translation>Part de chaque classe réservée à la validation (par défaut 0.2)</translation>
    </message>
    <message>
        <source>Stop after N epochs without a better validation loss (0 = off)</source>
        <translation>Arrêter après N époques sans meilleure perte de validation (0 = désactivé)</translation>
    </message>
    <message>
        <source>--%1 must be an integer &gt;= %2</source>
        <translation>--%1 doit être un entier &gt;= %2</translation>
    </message>
    <message>
        <source>--%1 must be a number in [%2, %3]</source>
        <translation>--%1 doit être un nombre dans [%2, %3]</translation>
    </message>
    <message>
        <source>Dataset folder</source>
        <translation>Dossier du jeu de données</translation>
    </message>
    <message>
        <source>binary or four</source>
        <translation>binary ou four</translation>
    </message>
    <message>
        <source>Architecture: %1 (default %2)</source>
        <translation>Architecture : %1 (par défaut %2)</translation>
    </message>
    <message>
        <source>Epochs (default %1)</source>
        <translation>Époques (par défaut %1)</translation>
    </message>
    <message>
        <source>Augmented samples per class and epoch (default %1)</source>
        <translation>Échantillons augmentés par classe et par époque (par défaut %1)</translation>
    </message>
    <message>
        <source>Batch size (default %1)</source>
        <translation>Taille de lot (par défaut %1)</translation>
    </message>
    <message>
        <source>Peak learning rate (default %1)</source>
        <translation>Taux d&apos;apprentissage maximal (par défaut %1)</translation>
    </message>
    <message>
        <source>adam, adamw or sgd (default %1)</source>
        <translation>adam, adamw ou sgd (par défaut %1)</translation>
    </message>
    <message>
        <source>constant, onecycle or cosine (default %1)</source>
        <translation>constant, onecycle ou cosine (par défaut %1)</translation>
    </message>
    <message>
        <source>Weight decay (default %1)</source>
        <translation>Décroissance des poids (par défaut %1)</translation>
    </message>
    <message>
        <source>Label smoothing (default %1)</source>
        <translation>Lissage des étiquettes (par défaut %1)</translation>
    </message>
    <message>
        <source>Crop margin around the cell (default %1)</source>
        <translation>Marge de recadrage autour de la cellule (par défaut %1)</translation>
    </message>
    <message>
        <source>Random seed (default %1)</source>
        <translation>Graine aléatoire (par défaut %1)</translation>
    </message>
    <message>
        <source>auto, cpu or cuda (default auto)</source>
        <translation>auto, cpu ou cuda (par défaut auto)</translation>
    </message>
    <message>
        <source>Compute threads (default: all cores)</source>
        <translation>Threads de calcul (par défaut : tous les cœurs)</translation>
    </message>
    <message>
        <source>Print one JSON line per epoch and a summary line</source>
        <translation>Afficher une ligne JSON par époque et une ligne de synthèse</translation>
    </message>
    <message>
        <source>unknown task &quot;%1&quot; (binary or four)</source>
        <translation>tâche inconnue « %1 » (binary ou four)</translation>
    </message>
    <message>
        <source>unknown model &quot;%1&quot; (%2)</source>
        <translation>modèle inconnu « %1 » (%2)</translation>
    </message>
    <message>
        <source>unknown optimizer (adam, adamw or sgd)</source>
        <translation>optimiseur inconnu (adam, adamw ou sgd)</translation>
    </message>
    <message>
        <source>unknown schedule (constant, onecycle or cosine)</source>
        <translation>planification inconnue (constant, onecycle ou cosine)</translation>
    </message>
    <message>
        <source>give exactly one of --data DIR or --project FILE</source>
        <translation>indiquez exactement l&apos;une des options --data DIR ou --project FILE</translation>
    </message>
    <message>
        <source>%1 (crops: %2 detected, %3 annotation, %4 field)</source>
        <translation>%1 (découpes : %2 détectées, %3 annotation, %4 champ)</translation>
    </message>
    <message>
        <source>%1: could not record the model in the project</source>
        <translation>%1 : impossible d&apos;enregistrer le modèle dans le projet</translation>
    </message>
    <message>
        <source>Scale of the brightness, contrast and stain augmentation (default 1; 0 turns it off)</source>
        <translation>Intensité de l&apos;augmentation de luminosité, de contraste et de coloration (par défaut 1 ; 0 la désactive)</translation>
    </message>
    <message>
        <source>Validate without averaging each image&apos;s four flips</source>
        <translation>Valider sans moyenner les quatre retournements de chaque image</translation>
    </message>
    <message>
        <source>Cells: %1</source>
        <translation>Cellules : %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>Train only on the cells of fields with exactly one white cell (the seed recipe&apos;s selection)</source>
        <translation>N&apos;entraîner que sur les cellules des champs qui ont exactement un leucocyte (la sélection de la recette de référence)</translation>
    </message>
    <message>
        <source>Loading cells: %1%</source>
        <translation>Chargement des cellules : %1 %</translation>
    </message>
    <message>
        <source>Checkpoint file, written every epoch and removed when the run finishes; an existing one resumes the run when its size and checksum check out and it belongs to a run of the same parameters and data</source>
        <translation>Fichier de point de reprise, écrit à chaque époque et supprimé à la fin de l&apos;entraînement ; s&apos;il existe déjà, l&apos;entraînement reprend à partir de lui si sa taille et sa somme de contrôle sont correctes et s&apos;il appartient à un entraînement avec les mêmes paramètres et données</translation>
    </message>
    <message>
        <source>Project file or postgresql:// URL</source>
        <translation>Fichier de projet ou URL postgresql://</translation>
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
        <translation>Fichier de projet ou dossier de jeu de données</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE after a few seconds and quit (for documentation)</source>
        <translation>Enregistrer une image de la fenêtre dans FILE après quelques secondes puis quitter (pour la documentation)</translation>
    </message>
    <message>
        <source>Select the image named NAME</source>
        <translation>Sélectionner l&apos;image nommée NAME</translation>
    </message>
    <message>
        <source>Show only: multi, none, unlabeled</source>
        <translation>Afficher seulement : multi, none, unlabeled</translation>
    </message>
    <message>
        <source>Start a training run on the project (with --screenshot)</source>
        <translation>Lancer un entraînement sur le projet (avec --screenshot)</translation>
    </message>
    <message>
        <source>Seconds before the picture</source>
        <translation>Secondes avant l&apos;image</translation>
    </message>
    <message>
        <source>With --screenshot: review (the review panel, predicting first if needed), saliency, report (the differential count dialog is pictured), gallery (the cell gallery), suspects (the label check&apos;s queue), adjudication (the adjudication queue), agreement (the agreement dialog is pictured); comma-separated</source>
        <translation>Avec --screenshot : review (le panneau de revue, après une prédiction si nécessaire), saliency, report (capture de la boîte de dialogue de formule leucocytaire), gallery (la galerie de cellules), suspects (la file du contrôle des étiquettes), adjudication (la file d&apos;arbitrage), agreement (capture de la boîte de dialogue de concordance) ; séparés par des virgules</translation>
    </message>
    <message>
        <source>Open PATH, print how long until the window shows it all (slide browser, cell gallery, slide list) as one JSON line, and quit (docs/BENCHMARKS.md)</source>
        <translation>Ouvrir CHEMIN, afficher sur une ligne JSON le temps qu’il faut à la fenêtre pour tout montrer (navigateur de préparations, galerie de cellules, liste des préparations), puis quitter (docs/BENCHMARKS.md)</translation>
    </message>
</context>
<context>
    <name>wbc::AdjudicationModel</name>
    <message>
        <source>%1, cell %2 of %3</source>
        <translation>%1, cellule %2 sur %3</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Adjudicated as %1 by %2, %3</source>
        <translation>Arbitrée comme %1 par %2, %3</translation>
    </message>
    <message>
        <source>The annotators disagree: a label key or button decides</source>
        <translation>Les annotateurs sont en désaccord : une touche d&apos;étiquette ou un bouton tranche</translation>
    </message>
    <message>
        <source>The annotators&apos; class labels agree now</source>
        <translation>Les étiquettes de classe des annotateurs concordent désormais</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
</context>
<context>
    <name>wbc::AdjudicationQueue</name>
    <message>
        <source>Show adjudicated</source>
        <translation>Afficher les cellules arbitrées</translation>
    </message>
    <message>
        <source>Also list the cells a reviewer has already decided</source>
        <translation>Lister aussi les cellules déjà tranchées par un réviseur</translation>
    </message>
    <message>
        <source>Show &amp;All Disagreements</source>
        <translation>Afficher &amp;tous les désaccords</translation>
    </message>
    <message>
        <source>Cells to adjudicate</source>
        <translation>Cellules à arbitrer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Adjudicate the current cell as %1</source>
        <translation>Arbitrer la cellule courante comme %1</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivante</translation>
    </message>
    <message>
        <source>Go to the next cell still to adjudicate, leaving this one as it is</source>
        <translation>Aller à la prochaine cellule à arbitrer, sans modifier celle-ci</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n cell(s) where %1.</source>
        <translation>
            <numerusform>Affichage de %n cellule où %1.</numerusform>
            <numerusform>Affichage des %n cellules où %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project is open read-only: nothing can be adjudicated</source>
        <translation>Le projet est ouvert en lecture seule : rien ne peut être arbitré</translation>
    </message>
    <message>
        <source>Only a reviewer or the project&apos;s owner adjudicates</source>
        <translation>Seul un réviseur ou le propriétaire du projet peut arbitrer</translation>
    </message>
    <message>
        <source>Select a cell to adjudicate</source>
        <translation>Sélectionnez une cellule à arbitrer</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Aucun projet ouvert</translation>
    </message>
    <message numerus="yes">
        <source>Disagreements need two annotators: %n annotator(s) labelled cells of this project so far</source>
        <translation>
            <numerusform>Les désaccords nécessitent deux annotateurs : jusqu&apos;ici, %n annotateur a étiqueté des cellules de ce projet</numerusform>
            <numerusform>Les désaccords nécessitent deux annotateurs : jusqu&apos;ici, %n annotateurs ont étiqueté des cellules de ce projet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 chosen cells still to adjudicate (%3 annotators)</source>
        <translation>%1 cellules choisies sur %2 restent à arbitrer (%3 annotateurs)</translation>
    </message>
    <message>
        <source>%1 of %2 disagreements still to adjudicate (%3 annotators)</source>
        <translation>%1 désaccords sur %2 restent à arbitrer (%3 annotateurs)</translation>
    </message>
    <message>
        <source>A label key or a button decides the current cell: the choice becomes its label, recorded as an adjudication, and the next cell to do is selected. The clear key withdraws an adjudication. Ctrl+Z undoes.</source>
        <translation>Une touche d&apos;étiquette ou un bouton tranche la cellule courante : le choix devient son étiquette, enregistrée comme arbitrage, et la prochaine cellule à traiter est sélectionnée. La touche d&apos;effacement retire un arbitrage. Ctrl+Z annule.</translation>
    </message>
    <message>
        <source>Only reviewers and the project&apos;s owner adjudicate: here you see each annotator&apos;s label.</source>
        <translation>Seuls les réviseurs et le propriétaire du projet arbitrent : vous voyez ici l&apos;étiquette de chaque annotateur.</translation>
    </message>
</context>
<context>
    <name>wbc::AgreementDialog</name>
    <message>
        <source>Inter-annotator Agreement</source>
        <translation>Concordance inter-annotateurs</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>médiocre</translation>
    </message>
    <message>
        <source>slight</source>
        <translation>très faible</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modérée</translation>
    </message>
    <message>
        <source>substantial</source>
        <translation>importante</translation>
    </message>
    <message>
        <source>almost perfect</source>
        <translation>presque parfaite</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Annotateur</translation>
    </message>
    <message>
        <source>Cells labelled</source>
        <translation>Cellules étiquetées</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>Annotateurs</translation>
    </message>
    <message>
        <source>Annotator A</source>
        <translation>Annotateur A</translation>
    </message>
    <message>
        <source>Annotator B</source>
        <translation>Annotateur B</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Cellules</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>κ de Cohen</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Concordance</translation>
    </message>
    <message>
        <source>Same class</source>
        <translation>Même classe</translation>
    </message>
    <message>
        <source>Annotator pairs</source>
        <translation>Paires d&apos;annotateurs</translation>
    </message>
    <message>
        <source>Cells: labelled with a class by both. Cohen&apos;s κ: 1 when they always agree, 0 when they agree only as often as chance would.</source>
        <translation>Cellules : étiquetées avec une classe par les deux. κ de Cohen : 1 quand ils sont toujours d&apos;accord, 0 quand ils ne sont d&apos;accord que du fait du hasard.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Specific agreement</source>
        <translation>Concordance spécifique</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Cotations</translation>
    </message>
    <message>
        <source>Agreement per class</source>
        <translation>Concordance par classe</translation>
    </message>
    <message>
        <source>Of the pairs of ratings in which one annotator chose the class, the share in which the other chose it too</source>
        <translation>Parmi les paires de cotations où un annotateur a choisi la classe, la part où l&apos;autre l&apos;a choisie aussi</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paires</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>Par classe</translation>
    </message>
    <message>
        <source>Choose a pair of annotators who labelled the same cells.</source>
        <translation>Choisissez une paire d&apos;annotateurs qui ont étiqueté les mêmes cellules.</translation>
    </message>
    <message>
        <source>Confusion matrix of the chosen pair</source>
        <translation>Matrice de confusion de la paire choisie</translation>
    </message>
    <message>
        <source>Only class labels are ratings: a cell an annotator called unidentified or not counted is not rated by them. Kappa in words after Landis and Koch (1977). Click a matrix entry to see its cells.</source>
        <translation>Seules les étiquettes de classe sont des cotations : une cellule qu&apos;un annotateur a déclarée non identifiée ou non comptée n&apos;est pas cotée par lui. Interprétation du kappa selon Landis et Koch (1977). Cliquez sur une case de la matrice pour voir ses cellules.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the labels again</source>
        <translation>Relire les étiquettes</translation>
    </message>
    <message numerus="yes">
        <source>Agreement needs two annotators: %n annotator(s) labelled cells of this project with a class.</source>
        <translation>
            <numerusform>La concordance nécessite deux annotateurs : %n annotateur a étiqueté des cellules de ce projet avec une classe.</numerusform>
            <numerusform>La concordance nécessite deux annotateurs : %n annotateurs ont étiqueté des cellules de ce projet avec une classe.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 annotators. Fleiss&apos; κ: no cell was labelled with a class by every annotator.</source>
        <translation>%1 annotateurs. κ de Fleiss : aucune cellule n&apos;a été étiquetée avec une classe par tous les annotateurs.</translation>
    </message>
    <message numerus="yes">
        <source>%1 annotators. Fleiss&apos; κ %2 (%3) over the %n cell(s) every annotator labelled with a class.</source>
        <translation>
            <numerusform>%1 annotateurs. κ de Fleiss %2 (%3) sur %n cellule étiquetée avec une classe par tous les annotateurs.</numerusform>
            <numerusform>%1 annotateurs. κ de Fleiss %2 (%3) sur les %n cellules étiquetées avec une classe par tous les annotateurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (rows) against %2 (columns)</source>
        <translation>%1 (lignes) contre %2 (colonnes)</translation>
    </message>
    <message>
        <source>%1 said %2 and %3 said %4</source>
        <translation>%1 a indiqué %2 et %3 a indiqué %4</translation>
    </message>
</context>
<context>
    <name>wbc::AuditQueueModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Labelled %1 when audited</source>
        <translation>Étiquetée %1 lors de l&apos;audit</translation>
    </message>
    <message>
        <source>Out-of-fold probabilities (fold %1&apos;s model never saw this cell): %2
Label quality %3: lower is more likely wrong</source>
        <translation>Probabilités hors pli (le modèle du pli %1 n&apos;a jamais vu cette cellule) : %2
Qualité de l&apos;étiquette %3 : plus elle est basse, plus l&apos;étiquette est probablement fausse</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggérée</translation>
    </message>
    <message>
        <source>Out-of-fold probabilities</source>
        <translation>Probabilités hors pli</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
</context>
<context>
    <name>wbc::BusyPrompt</name>
    <message>
        <source>a training run</source>
        <translation>un entraînement</translation>
    </message>
    <message>
        <source>Quit WBC Studio</source>
        <translation>Quitter WBC Studio</translation>
    </message>
    <message>
        <source>Close Project</source>
        <translation>Fermer le projet</translation>
    </message>
    <message>
        <source>Still running: %1.</source>
        <translation>Encore en cours : %1.</translation>
    </message>
    <message>
        <source>Let it finish and WBC Studio quits when it is done, or stop it and quit now.</source>
        <translation>Laissez-le terminer et WBC Studio se fermera ensuite, ou arrêtez-le et quittez maintenant.</translation>
    </message>
    <message>
        <source>Let it finish and the project closes when it is done, or stop it and close the project.</source>
        <translation>Laissez-le terminer et le projet se fermera ensuite, ou arrêtez-le et fermez le projet.</translation>
    </message>
    <message>
        <source>A stopped training run keeps its checkpoint: resume it from the runs list of the Training dashboard.</source>
        <translation>Un entraînement arrêté garde son point de reprise : reprenez-le depuis la liste des entraînements du tableau de bord Entraînement.</translation>
    </message>
    <message>
        <source>Let It Finish</source>
        <translation>Laisser terminer</translation>
    </message>
    <message>
        <source>Stop It</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>WBC Studio quits when the running work is done</source>
        <translation>WBC Studio se fermera une fois le travail en cours terminé</translation>
    </message>
    <message>
        <source>The project closes when the running work is done</source>
        <translation>Le projet se fermera une fois le travail en cours terminé</translation>
    </message>
    <message>
        <source>Stopping; the project closes when it has stopped</source>
        <translation>Arrêt en cours ; le projet se fermera ensuite</translation>
    </message>
</context>
<context>
    <name>wbc::CellGalleryDelegate</name>
    <message>
        <source>Cannot read the image</source>
        <translation>Impossible de lire l&apos;image</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2 %</translation>
    </message>
</context>
<context>
    <name>wbc::CellGalleryModel</name>
    <message>
        <source>No prediction</source>
        <translation>Aucune prédiction</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n prediction(s)</source>
        <translation>
            <numerusform>Accepter %n prédiction</numerusform>
            <numerusform>Accepter %n prédictions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, cell %2</source>
        <translation>%1, cellule %2</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>Étiquette : %1</translation>
    </message>
    <message>
        <source>Predicted: %1 (%2%)</source>
        <translation>Prédit : %1 (%2 %)</translation>
    </message>
    <message>
        <source>Cell %1: %2</source>
        <translation>Cellule %1 : %2</translation>
    </message>
    <message>
        <source>Suspected label error %1 of %2: suggested %3
Out-of-fold probabilities: %4</source>
        <translation>Erreur d&apos;étiquetage suspectée %1 sur %2 : suggérée %3
Probabilités hors pli : %4</translation>
    </message>
    <message numerus="yes">
        <source>Keep %n label(s)</source>
        <translation>
            <numerusform>Conserver %n étiquette</numerusform>
            <numerusform>Conserver %n étiquettes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Correct %n cell(s)</source>
        <translation>
            <numerusform>Corriger %n cellule</numerusform>
            <numerusform>Corriger %n cellules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wbc::CellGalleryView</name>
    <message>
        <source>Cell gallery</source>
        <translation>Galerie de cellules</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>Cells to show</source>
        <translation>Cellules à afficher</translation>
    </message>
    <message>
        <source>All cells</source>
        <translation>Toutes les cellules</translation>
    </message>
    <message>
        <source>Labelled as</source>
        <translation>Étiquetées comme</translation>
    </message>
    <message>
        <source>Predicted as</source>
        <translation>Prédites comme</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>Sans étiquette</translation>
    </message>
    <message>
        <source>Label and prediction disagree</source>
        <translation>Étiquette et prédiction en désaccord</translation>
    </message>
    <message>
        <source>Low confidence (below %1%)</source>
        <translation>Confiance faible (inférieure à %1 %)</translation>
    </message>
    <message>
        <source>Unidentified</source>
        <translation>Non identifiées</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Non comptées</translation>
    </message>
    <message>
        <source>Class to show</source>
        <translation>Classe à afficher</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Grouper par :</translation>
    </message>
    <message>
        <source>Group cells by</source>
        <translation>Grouper les cellules par</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Prédiction</translation>
    </message>
    <message>
        <source>S&amp;lide:</source>
        <translation>&amp;Lame :</translation>
    </message>
    <message>
        <source>Slide to show</source>
        <translation>Lame à afficher</translation>
    </message>
    <message>
        <source>Cells shown</source>
        <translation>Cellules affichées</translation>
    </message>
    <message>
        <source>Cells of group %1</source>
        <translation>Cellules du groupe %1</translation>
    </message>
    <message>
        <source>Open a project to see its cells.</source>
        <translation>Ouvrez un projet pour voir ses cellules.</translation>
    </message>
    <message>
        <source>Reading the cells...</source>
        <translation>Lecture des cellules...</translation>
    </message>
    <message>
        <source>No cell matches the filter.</source>
        <translation>Aucune cellule ne correspond au filtre.</translation>
    </message>
    <message>
        <source>All slides</source>
        <translation>Toutes les lames</translation>
    </message>
    <message>
        <source>Reading cells...</source>
        <translation>Lecture des cellules...</translation>
    </message>
    <message>
        <source>%1 of %2 cells</source>
        <translation>%1 cellules sur %2</translation>
    </message>
    <message>
        <source>The project is open read-only: labels cannot be changed</source>
        <translation>Le projet est ouvert en lecture seule : les étiquettes ne peuvent pas être modifiées</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) labelled %1</source>
        <translation>
            <numerusform>%n cellule étiquetée %1</numerusform>
            <numerusform>%n cellules étiquetées %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No prediction to accept: predict with the active model first</source>
        <translation>Aucune prédiction à accepter : lancez d&apos;abord une prédiction avec le modèle actif</translation>
    </message>
    <message numerus="yes">
        <source>%n prediction(s) accepted</source>
        <translation>
            <numerusform>%n prédiction acceptée</numerusform>
            <numerusform>%n prédictions acceptées</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reclassify As</source>
        <translation>&amp;Reclasser comme</translation>
    </message>
    <message>
        <source>&amp;Accept Prediction</source>
        <translation>&amp;Accepter la prédiction</translation>
    </message>
    <message>
        <source>&amp;Show in Field</source>
        <translation>Afficher dans le &amp;champ</translation>
    </message>
    <message>
        <source>This project has no white cells yet: import annotations or run cell detection (Cells menu).</source>
        <translation>Ce projet n&apos;a pas encore de leucocytes : importez des annotations ou lancez la détection des cellules (menu Cellules).</translation>
    </message>
    <message>
        <source>Suspected label errors</source>
        <translation>Erreurs d&apos;étiquetage suspectées</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) kept</source>
        <translation>
            <numerusform>%n étiquette conservée</numerusform>
            <numerusform>%n étiquettes conservées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wbc::CellGroupHeader</name>
    <message numerus="yes">
        <source>%1: %n cell(s)</source>
        <translation>
            <numerusform>%1 : %n cellule</numerusform>
            <numerusform>%1 : %n cellules</numerusform>
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
        <translation>Visionneuse de cellules</translation>
    </message>
</context>
<context>
    <name>wbc::CheckLabelsDialog</name>
    <message>
        <source>Check Labels</source>
        <translation>Contrôler les étiquettes</translation>
    </message>
    <message>
        <source>Trains the classifier %1 times, each time without one part of the labelled cells, and scores every cell with the model that never saw it. Cells whose label that model finds unlikely come first in the review queue. The project stays usable while it runs.</source>
        <translation>Entraîne le classificateur %1 fois, chaque fois sans une partie des cellules étiquetées, et évalue chaque cellule avec le modèle qui ne l&apos;a jamais vue. Les cellules dont l&apos;étiquette semble improbable à ce modèle viennent en premier dans la file de revue. Le projet reste utilisable pendant le contrôle.</translation>
    </message>
    <message>
        <source>Four classes</source>
        <translation>Quatre classes</translation>
    </message>
    <message>
        <source>Polynuclear or mononuclear</source>
        <translation>Polynucléaire ou mononucléé</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Tâche :</translation>
    </message>
    <message>
        <source>Parts of the labelled cells (kept by field, and by slide when there are enough slides)</source>
        <translation>Parties des cellules étiquetées (regroupées par champ, et par lame s&apos;il y a assez de lames)</translation>
    </message>
    <message>
        <source>&amp;Folds:</source>
        <translation>&amp;Plis :</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Graine :</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Contrôler</translation>
    </message>
    <message>
        <source>Folds</source>
        <translation>Plis</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
</context>
<context>
    <name>wbc::ConfusionMatrixView</name>
    <message>
        <source>Confusion matrix</source>
        <translation>Matrice de confusion</translation>
    </message>
    <message>
        <source>true %1, predicted %2: %3</source>
        <translation>réel %1, prédit %2 : %3</translation>
    </message>
    <message>
        <source>The validation confusion matrix appears after the first epoch.</source>
        <translation>La matrice de confusion de validation apparaît après la première époque.</translation>
    </message>
    <message>
        <source>Validation: rows true class, columns prediction</source>
        <translation>Validation : lignes classe réelle, colonnes prédiction</translation>
    </message>
    <message>
        <source>predicted class →</source>
        <translation>classe prédite →</translation>
    </message>
    <message>
        <source>True %1, predicted %2: %3 images — click to show them</source>
        <translation>Réel %1, prédit %2 : %3 images — cliquez pour les afficher</translation>
    </message>
    <message>
        <source>%1: %2, %3: %4 (%5)</source>
        <translation>%1 : %2, %3 : %4 (%5)</translation>
    </message>
    <message>
        <source>%1 →</source>
        <translation>%1 →</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3: %4 — %n cell(s), click to show them</source>
        <translation>
            <numerusform>%1 : %2, %3 : %4 — %n cellule, cliquez pour l&apos;afficher</numerusform>
            <numerusform>%1 : %2, %3 : %4 — %n cellules, cliquez pour les afficher</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wbc::ImageListModel</name>
    <message>
        <source>Unlabeled</source>
        <translation>Sans étiquette</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>Étiquette : %1</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>par %1, %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>set by a person</source>
        <translation>posé par une personne</translation>
    </message>
    <message>
        <source>from detection</source>
        <translation>issu de la détection</translation>
    </message>
    <message>
        <source>Several white cells (%1)</source>
        <translation>Plusieurs leucocytes (%1)</translation>
    </message>
    <message>
        <source>No white cell found (%1)</source>
        <translation>Aucun leucocyte trouvé (%1)</translation>
    </message>
    <message>
        <source>One white cell (%1)</source>
        <translation>Un seul leucocyte (%1)</translation>
    </message>
    <message>
        <source>Predicted: %1 (%2%)</source>
        <translation>Prédit : %1 (%2 %)</translation>
    </message>
    <message>
        <source>Cannot show the image: %1</source>
        <translation>Impossible d&apos;afficher l&apos;image : %1</translation>
    </message>
    <message>
        <source>unlabeled</source>
        <translation>sans étiquette</translation>
    </message>
    <message numerus="yes">
        <source>%n white cell(s): %1</source>
        <translation>
            <numerusform>%n leucocyte : %1</numerusform>
            <numerusform>%n leucocytes : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs per-cell labels (listed for the image: %1)</source>
        <translation>Étiquettes par cellule nécessaires (indiqué pour l&apos;image : %1)</translation>
    </message>
    <message>
        <source>Outside the project&apos;s folder: %1</source>
        <translation>Hors du dossier du projet : %1</translation>
    </message>
</context>
<context>
    <name>wbc::LabelHistoryPanel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Label history</source>
        <translation>Historique des étiquettes</translation>
    </message>
    <message>
        <source>label cleared</source>
        <translation>étiquette effacée</translation>
    </message>
    <message>
        <source>flag: %1</source>
        <translation>marquage : %1</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <source>Whole field</source>
        <translation>Champ entier</translation>
    </message>
    <message>
        <source>Cell %1</source>
        <translation>Cellule %1</translation>
    </message>
    <message>
        <source>Deleted cell</source>
        <translation>Cellule supprimée</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>flag: %1 withdrawn</source>
        <translation>marquage : %1 retiré</translation>
    </message>
</context>
<context>
    <name>wbc::LabelLegend</name>
    <message>
        <source>Labeling keys</source>
        <translation>Touches d&apos;étiquetage</translation>
    </message>
    <message>
        <source>&lt;b&gt;Current label&lt;/b&gt;</source>
        <translation>&lt;b&gt;Étiquette actuelle&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Current label</source>
        <translation>Étiquette actuelle</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keys&lt;/b&gt;</source>
        <translation>&lt;b&gt;Touches&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Keys label the selected cell (Ctrl+click selects several) and advance to the next unlabeled cell. Tab and Shift+Tab move between the cells of the field.</source>
        <translation>Les touches étiquettent la cellule sélectionnée (Ctrl+clic en sélectionne plusieurs) et passent à la cellule suivante sans étiquette. Tab et Maj+Tab passent d&apos;une cellule à l&apos;autre du champ.</translation>
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
        <translation>Décomptes du projet</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Label History</source>
        <translation>Historique des étiquettes</translation>
    </message>
    <message>
        <source>&lt;opened project&gt;</source>
        <translation>&lt;projet ouvert&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historique d&apos;annulation</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Historique d&apos;annulation</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Project...</source>
        <translation>&amp;Nouveau projet...</translation>
    </message>
    <message>
        <source>&amp;Open Project...</source>
        <translation>&amp;Ouvrir un projet...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Import Folder...</source>
        <translation>&amp;Importer un dossier...</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export Labels</source>
        <translation>&amp;Exporter les étiquettes</translation>
    </message>
    <message>
        <source>As &amp;CSV...</source>
        <translation>En &amp;CSV...</translation>
    </message>
    <message>
        <source>As Pascal &amp;VOC...</source>
        <translation>En Pascal &amp;VOC...</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Préférences...</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>É&amp;tiquette</translation>
    </message>
    <message>
        <source>&amp;Cells</source>
        <translation>&amp;Cellules</translation>
    </message>
    <message>
        <source>&amp;Detect White Cells in Project</source>
        <translation>&amp;Détecter les leucocytes du projet</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Mark as &amp;Single Cell</source>
        <translation>Marquer comme cellule &amp;unique</translation>
    </message>
    <message>
        <source>Mark as &amp;Several Cells</source>
        <translation>Marquer comme &amp;plusieurs cellules</translation>
    </message>
    <message>
        <source>Mark as &amp;No White Cell</source>
        <translation>Marquer comme sans &amp;leucocyte</translation>
    </message>
    <message>
        <source>&amp;Draw Box</source>
        <translation>&amp;Tracer un cadre</translation>
    </message>
    <message>
        <source>De&amp;lete Box</source>
        <translation>&amp;Supprimer le cadre</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>A&amp;juster à la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>E&amp;ntraînement</translation>
    </message>
    <message>
        <source>Training &amp;Dashboard</source>
        <translation>&amp;Tableau de bord d&apos;entraînement</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Start Training</source>
        <translation>&amp;Lancer l&apos;entraînement</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About WBC Studio</source>
        <translation>À &amp;propos de WBC Studio</translation>
    </message>
    <message>
        <source>Label as %1</source>
        <translation>Classer comme %1</translation>
    </message>
    <message>
        <source>Clear Label</source>
        <translation>Effacer l&apos;étiquette</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1 : fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>The folder is read-only: where should the project be saved?</source>
        <translation>Le dossier est en lecture seule : où enregistrer le projet ?</translation>
    </message>
    <message>
        <source>WBC Studio projects (*.wbc)</source>
        <translation>Projets WBC Studio (*.wbc)</translation>
    </message>
    <message>
        <source>Wait for the running job to finish, or cancel it</source>
        <translation>Attendez la fin de la tâche en cours, ou annulez-la</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importation de %1</translation>
    </message>
    <message>
        <source>Imported %1 new images (%2 already there, %3 skipped)%4</source>
        <translation>%1 nouvelles images importées (%2 déjà présentes, %3 ignorées)%4</translation>
    </message>
    <message numerus="yes">
        <source>; %n problem(s), the first: %1</source>
        <translation>
            <numerusform> ; %n problème : %1</numerusform>
            <numerusform> ; %n problèmes, le premier : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Detecting white cells</source>
        <translation>Détection des leucocytes</translation>
    </message>
    <message>
        <source>Detection: %1 single, %2 with several cells, %3 without a white cell%4</source>
        <translation>Détection : %1 à cellule unique, %2 à plusieurs cellules, %3 sans leucocyte%4</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (annulée)</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Aucune image</translation>
    </message>
    <message>
        <source>Cells: %1 (%2)</source>
        <translation>Cellules : %1 (%2)</translation>
    </message>
    <message>
        <source>Unlabeled</source>
        <translation>Sans étiquette</translation>
    </message>
    <message>
        <source>No project open: File &gt; Open Project or Import Folder</source>
        <translation>Aucun projet ouvert : Fichier &gt; Ouvrir un projet ou Importer un dossier</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>%1 already exists; open it with File &gt; Open Project</source>
        <translation>%1 existe déjà ; ouvrez-le avec Fichier &gt; Ouvrir un projet</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <source>Export Labels</source>
        <translation>Exporter les étiquettes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export VOC Annotations</source>
        <translation>Exporter les annotations VOC</translation>
    </message>
    <message>
        <source>Labels exported</source>
        <translation>Étiquettes exportées</translation>
    </message>
    <message>
        <source>About WBC Studio</source>
        <translation>À propos de WBC Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;WBC Studio %1&lt;/h3&gt;&lt;p&gt;Label white blood cells, train a classifier and count differentials.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 &amp;mdash; GNU LGPL version 3&lt;/li&gt;&lt;li&gt;OpenCV %3 &amp;mdash; Apache License 2.0&lt;/li&gt;&lt;li&gt;LibTorch (PyTorch) &amp;mdash; BSD 3-Clause License&lt;/li&gt;&lt;li&gt;QCustomPlot &amp;mdash; GNU GPL version 3&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The BCCD blood cell images used for development and tests are not part of the program; see the BCCD dataset&apos;s own licence before redistributing them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;WBC Studio %1&lt;/h3&gt;&lt;p&gt;Étiqueter les leucocytes, entraîner un classifieur et établir la formule leucocytaire.&lt;/p&gt;&lt;p&gt;Réalisé avec :&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 &amp;mdash; GNU LGPL version 3&lt;/li&gt;&lt;li&gt;OpenCV %3 &amp;mdash; licence Apache 2.0&lt;/li&gt;&lt;li&gt;LibTorch (PyTorch) &amp;mdash; licence BSD à 3 clauses&lt;/li&gt;&lt;li&gt;QCustomPlot &amp;mdash; GNU GPL version 3&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Les images de cellules sanguines BCCD utilisées pour le développement et les tests ne font pas partie du programme ; consultez la licence du jeu de données BCCD avant de les redistribuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1; close it there first</source>
        <translation>%1 ; fermez-le d&apos;abord là-bas</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revue</translation>
    </message>
    <message>
        <source>&amp;Review Predictions</source>
        <translation>&amp;Revoir les prédictions</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Predict with Active Model</source>
        <translation>&amp;Prédire avec le modèle actif</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Show &amp;Saliency</source>
        <translation>Afficher la &amp;saillance</translation>
    </message>
    <message>
        <source>Overlay what the model looked at (Grad-CAM)</source>
        <translation>Superposer ce que le modèle a regardé (Grad-CAM)</translation>
    </message>
    <message>
        <source>Retrain from &amp;Review</source>
        <translation>Ré&amp;entraîner à partir de la revue</translation>
    </message>
    <message>
        <source>&amp;Differential Count...</source>
        <translation>&amp;Formule leucocytaire...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>%1. It is open read-only here: labels cannot be changed.</source>
        <translation>%1. Il est ouvert ici en lecture seule : les étiquettes ne peuvent pas être modifiées.</translation>
    </message>
    <message>
        <source>There is no active model to predict with: train one, or choose one in the training dashboard&apos;s runs list.</source>
        <translation>Aucun modèle actif pour prédire : entraînez-en un ou choisissez-en un dans la liste des entraînements du tableau de bord d&apos;entraînement.</translation>
    </message>
    <message>
        <source>Predicting</source>
        <translation>Prédiction</translation>
    </message>
    <message numerus="yes">
        <source>; %n unreadable, the first: %1</source>
        <translation>
            <numerusform> ; %n image illisible : %1</numerusform>
            <numerusform> ; %n images illisibles, la première : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>run %1, %2, %3 (%4)</source>
        <translation>entraînement %1, %2, %3 (%4)</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Next &amp;Unlabeled Field</source>
        <translation>Champ suivant &amp;non étiqueté</translation>
    </message>
    <message>
        <source>No field with an unlabeled cell after this one</source>
        <translation>Aucun champ avec une cellule sans étiquette après celui-ci</translation>
    </message>
    <message>
        <source>Next &amp;Cell</source>
        <translation>Cellule &amp;suivante</translation>
    </message>
    <message>
        <source>Tab in the viewer or the image grid</source>
        <translation>Tab dans la visionneuse ou la grille d&apos;images</translation>
    </message>
    <message>
        <source>&amp;Previous Cell</source>
        <translation>Cellule &amp;précédente</translation>
    </message>
    <message>
        <source>Shift+Tab in the viewer or the image grid</source>
        <translation>Maj+Tab dans la visionneuse ou la grille d&apos;images</translation>
    </message>
    <message>
        <source>Select &amp;All Cells of the Field</source>
        <translation>Sélectionner &amp;toutes les cellules du champ</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Next &amp;Uncertain Cell</source>
        <translation>Cellule &amp;incertaine suivante</translation>
    </message>
    <message>
        <source>No unlabeled cell with a prediction: predict first</source>
        <translation>Aucune cellule sans étiquette avec une prédiction : lancez d&apos;abord une prédiction</translation>
    </message>
    <message>
        <source>Every cell of this field is labeled, and no field after it needs labels</source>
        <translation>Toutes les cellules de ce champ sont étiquetées, et aucun champ suivant n&apos;a besoin d&apos;étiquettes</translation>
    </message>
    <message>
        <source>No white cell</source>
        <translation>Aucun leucocyte</translation>
    </message>
    <message>
        <source>A key labels the whole field.</source>
        <translation>Une touche attribue l&apos;étiquette à tout le champ.</translation>
    </message>
    <message>
        <source>Cell %1 of %2: %3</source>
        <translation>Cellule %1 sur %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>%n cells selected: a key labels them all</source>
        <translation>
            <numerusform>%n cellule sélectionnée : une touche l&apos;étiquette</numerusform>
            <numerusform>%n cellules sélectionnées : une touche les étiquette toutes</numerusform>
        </translation>
    </message>
    <message>
        <source>by %1, %2 (%3)</source>
        <translation>par %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Needs per-cell labels; listed for the image at import: %1</source>
        <translation>Étiquettes par cellule nécessaires ; indiqué pour l&apos;image à l&apos;importation : %1</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 white cells labeled, %4 images (%5 with several cells, %6 with no label yet)</source>
        <translation>%1 — %2 leucocytes étiquetés sur %3, %4 images (%5 avec plusieurs cellules, %6 encore sans étiquette)</translation>
    </message>
    <message>
        <source>Cell Gallery</source>
        <translation>Galerie de cellules</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>slide %1</source>
        <translation>lame %1</translation>
    </message>
    <message>
        <source>The image browser&apos;s filter hides this image</source>
        <translation>Le filtre du navigateur d&apos;images masque cette image</translation>
    </message>
    <message>
        <source>Prediction: %1 white cells in %2 of %3 images%4%5</source>
        <translation>Prédiction : %1 leucocytes dans %2 images sur %3%4%5</translation>
    </message>
    <message numerus="yes">
        <source>%n unlabeled cell(s) in the uncertainty queue</source>
        <translation>
            <numerusform>%n cellule sans étiquette dans la file d&apos;incertitude</numerusform>
            <numerusform>%n cellules sans étiquette dans la file d&apos;incertitude</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Move Images to Slide...</source>
        <translation>&amp;Déplacer les images vers une lame...</translation>
    </message>
    <message>
        <source>Move to Slide</source>
        <translation>Déplacer vers une lame</translation>
    </message>
    <message numerus="yes">
        <source>Move %n image(s) to the slide (choose one or type a new name):</source>
        <translation>
            <numerusform>Déplacer %n image vers la lame (choisissez-en une ou tapez un nouveau nom) :</numerusform>
            <numerusform>Déplacer %n images vers la lame (choisissez-en une ou tapez un nouveau nom) :</numerusform>
        </translation>
    </message>
    <message>
        <source>Check &amp;Labels...</source>
        <translation>&amp;Contrôler les étiquettes...</translation>
    </message>
    <message>
        <source>%1 is open read-only: a label check stores its result in the project</source>
        <translation>%1 est ouvert en lecture seule : un contrôle des étiquettes enregistre son résultat dans le projet</translation>
    </message>
    <message>
        <source>Checking labels</source>
        <translation>Contrôle des étiquettes</translation>
    </message>
    <message>
        <source>Label check cancelled</source>
        <translation>Contrôle des étiquettes annulé</translation>
    </message>
    <message>
        <source>The label check failed: %1</source>
        <translation>Le contrôle des étiquettes a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <source>Label check: %1 cells in %2 folds, %n suspect(s), %3 s</source>
        <translation>
            <numerusform>Contrôle des étiquettes : %1 cellules en %2 plis, %n suspecte, %3 s</numerusform>
            <numerusform>Contrôle des étiquettes : %1 cellules en %2 plis, %n suspectes, %3 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected user and role</source>
        <translation>Utilisateur connecté et rôle</translation>
    </message>
    <message>
        <source>Open S&amp;hared Project...</source>
        <translation>Ouvrir un projet &amp;partagé...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open a lab&apos;s project on a PostgreSQL server</source>
        <translation>Ouvrir un projet du laboratoire sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>%1 (shared: %2@%3)</source>
        <translation>%1 (partagé : %2@%3)</translation>
    </message>
    <message>
        <source>Adjudication</source>
        <translation>Arbitrage</translation>
    </message>
    <message>
        <source>&amp;Adjudicate Disagreements...</source>
        <translation>&amp;Arbitrer les désaccords...</translation>
    </message>
    <message>
        <source>Decide the cells where annotators disagree: the choice becomes the cell&apos;s label</source>
        <translation>Trancher les cellules sur lesquelles les annotateurs sont en désaccord : le choix devient l&apos;étiquette de la cellule</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Inter-annotator &amp;Agreement...</source>
        <translation>&amp;Concordance inter-annotateurs...</translation>
    </message>
    <message>
        <source>How well the annotators of this project agree: Cohen&apos;s and Fleiss&apos; kappa, per class, confusion matrices</source>
        <translation>Degré de concordance entre les annotateurs de ce projet : kappa de Cohen et de Fleiss, par classe, matrices de confusion</translation>
    </message>
    <message>
        <source>Only a reviewer or the project&apos;s owner adjudicates</source>
        <translation>Seul un réviseur ou le propriétaire du projet peut arbitrer</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <source>&amp;Blind Mode</source>
        <translation>Mode &amp;aveugle</translation>
    </message>
    <message>
        <source>Annotators see only their own labels, so each labels independently of the others; reviewers and the owner see everyone&apos;s. The project&apos;s owner switches it (shared projects).</source>
        <translation>Les annotateurs ne voient que leurs propres étiquettes, et chacun étiquette donc indépendamment des autres ; les réviseurs et le propriétaire voient celles de tous. Le propriétaire du projet l&apos;active ou le désactive (projets partagés).</translation>
    </message>
    <message>
        <source>&amp;Members...</source>
        <translation>&amp;Membres...</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Project Members</source>
        <translation>Membres du projet</translation>
    </message>
    <message>
        <source>&lt;p&gt;Who works on %1:&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;The owner gives roles with &lt;tt&gt;wbc grant --project URL --user NAME --role annotator|reviewer|owner&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qui travaille sur %1 :&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Le propriétaire attribue les rôles avec &lt;tt&gt;wbc grant --project URL --user NAME --role annotator|reviewer|owner&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The server asks %1 for a password.</source>
        <translation>Le serveur demande un mot de passe pour %1.</translation>
    </message>
    <message>
        <source>The server did not accept the password of %1.</source>
        <translation>Le serveur n&apos;a pas accepté le mot de passe de %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connected to %1 as %2; the server records your labels under this name</source>
        <translation>Connecté à %1 en tant que %2 ; le serveur enregistre vos étiquettes sous ce nom</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>The project&apos;s owner does this (you are %1 here)</source>
        <translation>Réservé au propriétaire du projet (votre rôle ici : %1)</translation>
    </message>
    <message>
        <source>Training is the project owner&apos;s (you are %1 here)</source>
        <translation>L&apos;entraînement est réservé au propriétaire du projet (votre rôle ici : %1)</translation>
    </message>
    <message>
        <source>Reviewing predictions is for reviewers and the owner (you are %1 here)</source>
        <translation>La revue des prédictions est réservée aux réviseurs et au propriétaire (votre rôle ici : %1)</translation>
    </message>
    <message>
        <source>The project&apos;s owner switches blind mode (you are %1 here)</source>
        <translation>Le propriétaire du projet active ou désactive le mode aveugle (votre rôle ici : %1)</translation>
    </message>
    <message>
        <source>The server %1 does not answer: labels are not being saved. Reconnecting…</source>
        <translation>Le serveur %1 ne répond pas : les étiquettes ne sont pas enregistrées. Reconnexion…</translation>
    </message>
    <message>
        <source>Connected to %1 again</source>
        <translation>De nouveau connecté à %1</translation>
    </message>
    <message>
        <source>The images of this project are not in %1 on this computer. If they are somewhere else here (a file share mounted under another path), set that folder in Edit &gt; Preferences, &quot;Image folder on this computer&quot;.</source>
        <translation>Les images de ce projet ne se trouvent pas dans %1 sur cet ordinateur. Si elles sont ailleurs sur cet ordinateur (un partage de fichiers monté sous un autre chemin), indiquez ce dossier dans Édition &gt; Préférences, « Dossier d&apos;images sur cet ordinateur ».</translation>
    </message>
    <message>
        <source>The images of this project are not in %1, the image folder set for it in Edit &gt; Preferences.</source>
        <translation>Les images de ce projet ne se trouvent pas dans %1, le dossier d&apos;images indiqué pour ce projet dans Édition &gt; Préférences.</translation>
    </message>
    <message>
        <source>Preferences...</source>
        <translation>Préférences...</translation>
    </message>
    <message>
        <source>Blind mode is on: annotators now see only their own labels</source>
        <translation>Mode aveugle activé : les annotateurs ne voient désormais que leurs propres étiquettes</translation>
    </message>
    <message>
        <source>Blind mode is off: annotators see everyone&apos;s labels</source>
        <translation>Mode aveugle désactivé : les annotateurs voient les étiquettes de tous</translation>
    </message>
    <message>
        <source>%1 as %2 (%3)</source>
        <translation>%1 en tant que %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>%1: not a WBC Studio project</source>
        <translation>%1 : ce n&apos;est pas un projet WBC Studio</translation>
    </message>
    <message>
        <source>%1 is read-only: labels cannot be changed.</source>
        <translation>%1 est en lecture seule : les étiquettes ne peuvent pas être modifiées.</translation>
    </message>
    <message>
        <source>No images found in %1: nothing was imported</source>
        <translation>Aucune image trouvée dans %1 : rien n&apos;a été importé</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n image(s) of the matrix entry; %1 turned off to show them</source>
        <translation>
            <numerusform>Affichage de %n image de la case de la matrice ; pour l&apos;afficher, il a fallu désactiver %1</numerusform>
            <numerusform>Affichage de %n images de la case de la matrice ; pour les afficher, il a fallu désactiver %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw a box: drag over the white cell (Esc cancels)</source>
        <translation>Tracer un cadre : faites glisser sur le leucocyte (Échap annule)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Click a white cell on the slide to label it</source>
        <translation>Cliquez sur un leucocyte de la lame pour l&apos;étiqueter</translation>
    </message>
    <message>
        <source>Every white cell of this slide is labeled</source>
        <translation>Tous les leucocytes de cette lame sont étiquetés</translation>
    </message>
    <message numerus="yes">
        <source>Slide: %n white cell(s)</source>
        <translation>
            <numerusform>Lame : %n leucocyte</numerusform>
            <numerusform>Lame : %n leucocytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a cell to label it; drag to move, the wheel zooms.</source>
        <translation>Cliquez sur une cellule pour l&apos;étiqueter ; faites glisser pour déplacer, la molette zoome.</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>environ %n s restante</numerusform>
            <numerusform>environ %n s restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>environ %n min restante</numerusform>
            <numerusform>environ %n min restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find White Cells on Slide</source>
        <translation>&amp;Trouver les leucocytes sur la lame</translation>
    </message>
    <message>
        <source>Find the white cells of the slide shown in the viewer</source>
        <translation>Trouver les leucocytes de la lame affichée dans la visionneuse</translation>
    </message>
    <message>
        <source>Find White Cells on &amp;All Slides</source>
        <translation>Trouver les leucocytes sur &amp;toutes les lames</translation>
    </message>
    <message>
        <source>Find the white cells of every slide file not scanned completely yet</source>
        <translation>Trouver les leucocytes de chaque fichier de lame pas encore analysé entièrement</translation>
    </message>
    <message>
        <source>Draw &amp;Counting Area</source>
        <translation>Tracer la zone de &amp;comptage</translation>
    </message>
    <message>
        <source>Drag a rectangle over the slide&apos;s monolayer: its scan covers only that</source>
        <translation>Faites glisser un rectangle sur la monocouche de la lame : son analyse ne couvre que cette zone</translation>
    </message>
    <message>
        <source>Show a slide file first: select it in the images</source>
        <translation>Affichez d&apos;abord un fichier de lame : sélectionnez-le dans les images</translation>
    </message>
    <message>
        <source>Drag over the counting area of the slide (Esc cancels)</source>
        <translation>Faites glisser sur la zone de comptage de la lame (Échap annule)</translation>
    </message>
    <message>
        <source>Counting area set: Find White Cells on Slide scans only there</source>
        <translation>Zone de comptage définie : Trouver les leucocytes sur la lame n&apos;analyse que cette zone</translation>
    </message>
    <message>
        <source>Clear Counting A&amp;rea</source>
        <translation>&amp;Effacer la zone de comptage</translation>
    </message>
    <message>
        <source>S&amp;top Finding After</source>
        <translation>&amp;Arrêter la recherche après</translation>
    </message>
    <message>
        <source>&amp;100 White Cells</source>
        <translation>&amp;100 leucocytes</translation>
    </message>
    <message>
        <source>&amp;200 White Cells</source>
        <translation>&amp;200 leucocytes</translation>
    </message>
    <message>
        <source>&amp;All White Cells</source>
        <translation>&amp;Tous les leucocytes</translation>
    </message>
    <message>
        <source>Continue &amp;Finding White Cells on Slide</source>
        <translation>&amp;Poursuivre la recherche des leucocytes sur la lame</translation>
    </message>
    <message>
        <source>&amp;Find White Cells on Slide Again</source>
        <translation>&amp;Trouver de nouveau les leucocytes sur la lame</translation>
    </message>
    <message>
        <source>The project has no slide file: File &gt; Import Folder</source>
        <translation>Le projet n&apos;a aucun fichier de lame : Fichier &gt; Importer un dossier</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Finding white cells</source>
        <translation>Recherche des leucocytes</translation>
    </message>
    <message numerus="yes">
        <source>Found %n white cell(s)</source>
        <translation>
            <numerusform>%n leucocyte trouvé</numerusform>
            <numerusform>%n leucocytes trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; cancelled: Continue Finding White Cells goes on from here</source>
        <translation>%1 ; annulé : Poursuivre la recherche des leucocytes reprend à partir d&apos;ici</translation>
    </message>
    <message numerus="yes">
        <source>%1; stopped after %n white cell(s) a slide</source>
        <translation>
            <numerusform>%1 ; arrêté après %n leucocyte par lame</numerusform>
            <numerusform>%1 ; arrêté après %n leucocytes par lame</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wbc::OpenSharedProjectDialog</name>
    <message>
        <source>Open Shared Project</source>
        <translation>Ouvrir un projet partagé</translation>
    </message>
    <message>
        <source>A project on the lab&apos;s PostgreSQL server. Your labels are recorded under the user you connect as.</source>
        <translation>Un projet sur le serveur PostgreSQL du laboratoire. Vos étiquettes sont enregistrées sous le nom de l&apos;utilisateur avec lequel vous vous connectez.</translation>
    </message>
    <message>
        <source>server name or address</source>
        <translation>nom ou adresse du serveur</translation>
    </message>
    <message>
        <source>the project&apos;s database</source>
        <translation>la base de données du projet</translation>
    </message>
    <message>
        <source>your PostgreSQL user</source>
        <translation>votre utilisateur PostgreSQL</translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation>seulement si le serveur en demande un</translation>
    </message>
    <message>
        <source>Kept in memory while the project is open, never saved. Without one, PGPASSWORD or ~/.pgpass apply.</source>
        <translation>Conservé en mémoire tant que le projet est ouvert, jamais enregistré. Sans mot de passe, PGPASSWORD ou ~/.pgpass s&apos;appliquent.</translation>
    </message>
    <message>
        <source>How the connection is encrypted (libpq&apos;s sslmode): prefer uses SSL when the server offers it</source>
        <translation>Mode de chiffrement de la connexion (sslmode de libpq) : prefer utilise SSL lorsque le serveur le propose</translation>
    </message>
    <message>
        <source>Project URL</source>
        <translation>URL du projet</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>Mode &amp;SSL :</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL :</translation>
    </message>
</context>
<context>
    <name>wbc::PreferencesDialog</name>
    <message>
        <source>After a label key, go to the next unlabeled image</source>
        <translation>Après une touche d&apos;étiquette, passer à l&apos;image suivante sans étiquette</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Your name, recorded with every label</source>
        <translation>Votre nom, enregistré avec chaque étiquette</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language applies when WBC Studio starts again.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de WBC Studio.</translation>
    </message>
    <message>
        <source>Labeling keys</source>
        <translation>Touches d&apos;étiquetage</translation>
    </message>
    <message>
        <source>Key for %1</source>
        <translation>Touche pour %1</translation>
    </message>
    <message>
        <source>Restore default keys</source>
        <translation>Rétablir les touches par défaut</translation>
    </message>
    <message>
        <source>Binary mode: label only polynuclear (P) or mononuclear (M)</source>
        <translation>Mode binaire : seulement polynucléaire (P) ou mononucléé (M)</translation>
    </message>
    <message>
        <source>For the polynuclear vs mononuclear task: two keys instead of five</source>
        <translation>Pour la tâche polynucléaire contre mononucléé : deux touches au lieu de cinq</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>The label history records who set each label. Your name:</source>
        <translation>L&apos;historique des étiquettes enregistre qui a posé chaque étiquette. Votre nom :</translation>
    </message>
    <message>
        <source>Shared project</source>
        <translation>Projet partagé</translation>
    </message>
    <message>
        <source>Image folder on this computer</source>
        <translation>Dossier d&apos;images sur cet ordinateur</translation>
    </message>
    <message>
        <source>Where this computer reads the project&apos;s images (e.g. the file share mounted here). Empty: the folder they were imported from.</source>
        <translation>Où cet ordinateur lit les images du projet (p. ex. le partage de fichiers monté ici). Vide : le dossier d&apos;où elles ont été importées.</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>C&amp;hoisir...</translation>
    </message>
    <message>
        <source>Image Folder on This Computer</source>
        <translation>Dossier d&apos;images sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Image folder on this computer:</source>
        <translation>Dossier d&apos;&amp;images sur cet ordinateur :</translation>
    </message>
    <message>
        <source>Shared project %1</source>
        <translation>Projet partagé %1</translation>
    </message>
    <message>
        <source>The server records your labels in this project as %1, whatever name is set above.</source>
        <translation>Le serveur enregistre vos étiquettes dans ce projet sous le nom %1, quel que soit le nom indiqué ci-dessus.</translation>
    </message>
</context>
<context>
    <name>wbc::ProjectCommands</name>
    <message>
        <source>Could not save the change to %1: %2</source>
        <translation>Impossible d&apos;enregistrer la modification de %1 : %2</translation>
    </message>
    <message>
        <source>A slide needs a name.</source>
        <translation>Une lame doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a slide named &quot;%1&quot;.</source>
        <translation>Il existe déjà une lame nommée « %1 ».</translation>
    </message>
    <message>
        <source>%1: permission denied: only the project&apos;s owner does this (you are %2)</source>
        <translation>%1 : permission refusée : réservé au propriétaire du projet (votre rôle : %2)</translation>
    </message>
    <message>
        <source>%1: permission denied: only a reviewer or the owner reviews and adjudicates (you are %2)</source>
        <translation>%1 : permission refusée : seuls un réviseur ou le propriétaire peuvent réviser et arbitrer (votre rôle : %2)</translation>
    </message>
</context>
<context>
    <name>wbc::ProjectNotifier</name>
    <message>
        <source>%1: the server does not answer (%2)</source>
        <translation>%1 : le serveur ne répond pas (%2)</translation>
    </message>
</context>
<context>
    <name>wbc::ReportDialog</name>
    <message>
        <source>Differential Count</source>
        <translation>Formule leucocytaire</translation>
    </message>
    <message>
        <source>Include the active model&apos;s predictions</source>
        <translation>Inclure les prédictions du modèle actif</translation>
    </message>
    <message>
        <source>Counts per class</source>
        <translation>Décomptes par classe</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>Exporter en &amp;CSV...</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>Exporter en &amp;PDF...</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>Étiquetées</translation>
    </message>
    <message>
        <source>Labelled %</source>
        <translation>% étiquetées</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Prédites</translation>
    </message>
    <message>
        <source>Predicted %</source>
        <translation>% prédites</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Differential Count</source>
        <translation>Exporter la formule leucocytaire</translation>
    </message>
    <message>
        <source>Differential Count — saved %1</source>
        <translation>Formule leucocytaire — %1 enregistré</translation>
    </message>
    <message>
        <source>Slides to report:</source>
        <translation>Lames du rapport :</translation>
    </message>
    <message>
        <source>Slides to report</source>
        <translation>Lames du rapport</translation>
    </message>
    <message>
        <source>%1 (%2 images, %3 cells)</source>
        <translation>%1 (%2 images, %3 cellules)</translation>
    </message>
    <message>
        <source>Specimen %1</source>
        <translation>Prélèvement %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message numerus="yes">
        <source>Only the images selected in the browser (%n)</source>
        <translation>
            <numerusform>Seulement l&apos;image sélectionnée dans le navigateur (%n)</numerusform>
            <numerusform>Seulement les images sélectionnées dans le navigateur (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Section shown</source>
        <translation>Section affichée</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Fields left out of the count:</source>
        <translation>Champs exclus du décompte :</translation>
    </message>
    <message>
        <source>Fields left out</source>
        <translation>Champs exclus</translation>
    </message>
    <message>
        <source>Slide %1</source>
        <translation>Lame %1</translation>
    </message>
    <message>
        <source>Slide %1 (specimen %2)</source>
        <translation>Lame %1 (prélèvement %2)</translation>
    </message>
    <message>
        <source>All reported slides (total)</source>
        <translation>Toutes les lames du rapport (total)</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 field(s) counted, %4 white cells; %5 counted by label%6.</source>
        <translation>%1 — %2 champ(s) sur %3 compté(s), %4 leucocytes ; %5 comptés par étiquette%6.</translation>
    </message>
    <message>
        <source>, %1 by %2</source>
        <translation>, %1 par %2</translation>
    </message>
    <message>
        <source>Labelled by %1; last label %2.</source>
        <translation>Étiqueté par %1 ; dernière étiquette le %2.</translation>
    </message>
    <message>
        <source>Only %1 cells counted by label: fewer than the %2 of a manual differential, so the percentages are imprecise.</source>
        <translation>Seulement %1 cellules comptées par étiquette : moins que les %2 d&apos;une formule manuelle, les pourcentages sont donc imprécis.</translation>
    </message>
    <message>
        <source>Only %1 cells counted by prediction (fewer than %2).</source>
        <translation>Seulement %1 cellules comptées par prédiction (moins de %2).</translation>
    </message>
    <message>
        <source>95 % CI</source>
        <translation>IC 95 %</translation>
    </message>
    <message>
        <source>95 % confidence interval of the labelled percentage (Wilson score interval)</source>
        <translation>Intervalle de confiance à 95 % du pourcentage étiqueté (intervalle de score de Wilson)</translation>
    </message>
    <message>
        <source>%1 (subtotal)</source>
        <translation>%1 (sous-total)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>not labelled yet: %1</source>
        <translation>pas encore étiquetées : %1</translation>
    </message>
    <message>
        <source>Listed, not in the percentages: %1</source>
        <translation>Listées, hors pourcentages : %1</translation>
    </message>
    <message>
        <source>Report title</source>
        <translation>Titre du rapport</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Patient or sample ID</source>
        <translation>Identifiant du patient ou de l&apos;échantillon</translation>
    </message>
    <message>
        <source>printed in the report&apos;s header</source>
        <translation>imprimé dans l&apos;en-tête du rapport</translation>
    </message>
    <message>
        <source>Patient or sample &amp;ID:</source>
        <translation>&amp;Identifiant du patient ou de l&apos;échantillon :</translation>
    </message>
    <message>
        <source>Exported file</source>
        <translation>Fichier exporté</translation>
    </message>
    <message>
        <source>No predictions of %1 for these cells: press Predict (Review &gt; Predict with Active Model), then open the differential count again.</source>
        <translation>Aucune prédiction de %1 pour ces cellules : cliquez sur Prédire (Revue &gt; Prédire avec le modèle actif), puis rouvrez la formule leucocytaire.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Opens the folder %1</source>
        <translation>Ouvre le dossier %1</translation>
    </message>
</context>
<context>
    <name>wbc::ReviewModel</name>
    <message>
        <source>agrees</source>
        <translation>concorde</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>diffère</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Prédiction</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Concordance</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Incertitude</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>A cell&apos;s place in its field: &quot;1 of 2&quot;</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
</context>
<context>
    <name>wbc::ReviewPanel</name>
    <message>
        <source>&amp;Predict</source>
        <translation>&amp;Prédire</translation>
    </message>
    <message>
        <source>Run the active model over every image of the project</source>
        <translation>Appliquer le modèle actif à chaque image du projet</translation>
    </message>
    <message>
        <source>Re&amp;train</source>
        <translation>&amp;Réentraîner</translation>
    </message>
    <message>
        <source>Train a new model on the labels as they are now</source>
        <translation>Entraîner un nouveau modèle sur les étiquettes actuelles</translation>
    </message>
    <message>
        <source>Differential &amp;Count...</source>
        <translation>&amp;Formule leucocytaire...</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Désaccords</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>Non revues</translation>
    </message>
    <message>
        <source>Confidence below</source>
        <translation>Confiance inférieure à</translation>
    </message>
    <message>
        <source>Confidence threshold</source>
        <translation>Seuil de confiance</translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation>Filtre de classe</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Toutes les classes</translation>
    </message>
    <message>
        <source>Most uncertain unlabeled first</source>
        <translation>Images sans étiquette les plus incertaines d&apos;abord</translation>
    </message>
    <message>
        <source>Uncertainty measure</source>
        <translation>Mesure d&apos;incertitude</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation>Entropie</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Aucun projet ouvert</translation>
    </message>
    <message>
        <source>No active model: train one, or choose one in the training dashboard&apos;s runs list.</source>
        <translation>Aucun modèle actif : entraînez-en un ou choisissez-en un dans la liste des entraînements du tableau de bord d&apos;entraînement.</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modèle : %1</translation>
    </message>
    <message>
        <source>No predictions yet: press Predict.</source>
        <translation>Pas encore de prédictions : cliquez sur « Prédire ».</translation>
    </message>
    <message>
        <source>The uncertainty queue: unlabeled cells the model is least sure of, so the next labels teach it the most</source>
        <translation>La file d&apos;incertitude : les cellules sans étiquette dont le modèle est le moins sûr, pour que les prochaines étiquettes lui apprennent le plus</translation>
    </message>
    <message>
        <source>Cell predictions to review</source>
        <translation>Prédictions de cellules à revoir</translation>
    </message>
    <message>
        <source>%1 of %2 cells shown. Enter accepts the row (the cell&apos;s label, or the prediction for a cell without one), a class key corrects it; both go to the next row. Ctrl+Z undoes.</source>
        <translation>%1 cellules affichées sur %2. Entrée accepte la ligne (l&apos;étiquette de la cellule, ou la prédiction pour une cellule qui n&apos;en a pas), une touche de classe la corrige ; dans les deux cas, on passe à la ligne suivante. Ctrl+Z annule.</translation>
    </message>
    <message>
        <source>Select a cell to review</source>
        <translation>Sélectionnez une cellule à revoir</translation>
    </message>
    <message>
        <source>Suspected label errors</source>
        <translation>Erreurs d&apos;étiquetage suspectées</translation>
    </message>
    <message>
        <source>The newest label check&apos;s suspects, worst first (Review &gt; Check Labels...): Enter keeps the label, a class key corrects it</source>
        <translation>Les cellules suspectes du dernier contrôle des étiquettes, les pires d&apos;abord (Revue &gt; Contrôler les étiquettes...) : Entrée conserve l&apos;étiquette, une touche de classe la corrige</translation>
    </message>
    <message>
        <source>No label check yet: Review &gt; Check Labels...</source>
        <translation>Pas encore de contrôle des étiquettes : Revue &gt; Contrôler les étiquettes...</translation>
    </message>
    <message>
        <source>Label check %1 (%2 classes, %3 folds, %4)</source>
        <translation>Contrôle des étiquettes %1 (%2 classes, %3 plis, %4)</translation>
    </message>
    <message>
        <source>two</source>
        <translation>deux</translation>
    </message>
    <message>
        <source>four</source>
        <translation>quatre</translation>
    </message>
    <message>
        <source>%1 of %2 suspects still to decide, the most likely mislabelled first. Enter keeps the label, a class key corrects it; the cell then leaves the queue. Ctrl+Z undoes.</source>
        <translation>%1 cellules suspectes sur %2 restent à trancher, les plus probablement mal étiquetées d&apos;abord. Entrée conserve l&apos;étiquette, une touche de classe la corrige ; la cellule quitte alors la file. Ctrl+Z annule.</translation>
    </message>
    <message>
        <source>%1 is now the active model. It has no predictions yet, so the review table is empty%2: press Predict, or Edit &gt; Undo (%3) to make %4 active again.</source>
        <translation>%1 est maintenant le modèle actif. Il n&apos;a pas encore de prédictions, donc le tableau de revue est vide%2 : cliquez sur Prédire, ou Édition &gt; Annuler (%3) pour réactiver %4.</translation>
    </message>
    <message numerus="yes">
        <source> (%n cell(s) were listed)</source>
        <translation>
            <numerusform> (%n cellule était listée)</numerusform>
            <numerusform> (%n cellules étaient listées)</numerusform>
        </translation>
    </message>
    <message>
        <source>No predictions yet for this model, which just became the active one: press Predict, or Edit &gt; Undo (%1) to make %2 active again.</source>
        <translation>Pas encore de prédictions pour ce modèle, qui vient de devenir le modèle actif : cliquez sur Prédire, ou Édition &gt; Annuler (%1) pour réactiver %2.</translation>
    </message>
</context>
<context>
    <name>wbc::SaliencyLegend</name>
    <message>
        <source>Saliency legend</source>
        <translation>Légende de la saillance</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the model looked at&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ce que le modèle a regardé&lt;/b&gt;</translation>
    </message>
    <message>
        <source>less important</source>
        <translation>moins important</translation>
    </message>
    <message>
        <source>more important</source>
        <translation>plus important</translation>
    </message>
    <message>
        <source>&amp;Opacity</source>
        <translation>&amp;Opacité</translation>
    </message>
    <message>
        <source>Saliency opacity</source>
        <translation>Opacité de la saillance</translation>
    </message>
    <message>
        <source>How strongly the heat map covers the cell</source>
        <translation>Intensité avec laquelle la carte de chaleur recouvre la cellule</translation>
    </message>
</context>
<context>
    <name>wbc::SaliencyService</name>
    <message>
        <source>No active model: train one or choose one in the training dashboard</source>
        <translation>Aucun modèle actif : entraînez-en un ou choisissez-en un dans le tableau de bord d&apos;entraînement</translation>
    </message>
</context>
<context>
    <name>wbc::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
</context>
<context>
    <name>wbc::SlideBrowser</name>
    <message>
        <source>Slide browser</source>
        <translation>Navigateur de lames</translation>
    </message>
    <message>
        <source>Show images</source>
        <translation>Afficher les images</translation>
    </message>
    <message>
        <source>Which images to show</source>
        <translation>Images à afficher</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>Toutes les images</translation>
    </message>
    <message>
        <source>Unlabeled</source>
        <translation>Sans étiquette</translation>
    </message>
    <message>
        <source>Labeled</source>
        <translation>Étiquetées</translation>
    </message>
    <message>
        <source>Several white cells</source>
        <translation>Plusieurs leucocytes</translation>
    </message>
    <message>
        <source>No white cell</source>
        <translation>Aucun leucocyte</translation>
    </message>
    <message>
        <source>Detection disagrees with label</source>
        <translation>La détection contredit l&apos;étiquette</translation>
    </message>
    <message>
        <source>Search file names</source>
        <translation>Rechercher dans les noms de fichiers</translation>
    </message>
    <message>
        <source>Search file names…</source>
        <translation>Rechercher dans les noms de fichiers…</translation>
    </message>
    <message>
        <source>Sort images</source>
        <translation>Trier les images</translation>
    </message>
    <message>
        <source>Order of the images</source>
        <translation>Ordre des images</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Par nom</translation>
    </message>
    <message>
        <source>By label</source>
        <translation>Par étiquette</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Les plus anciennes d&apos;abord</translation>
    </message>
    <message>
        <source>Number of images shown</source>
        <translation>Nombre d&apos;images affichées</translation>
    </message>
    <message>
        <source>Image subset</source>
        <translation>Sous-ensemble d&apos;images</translation>
    </message>
    <message>
        <source>Show all images again</source>
        <translation>Afficher de nouveau toutes les images</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Affichage : %1</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 images</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Images with a white cell that has no label yet</source>
        <translation>Images avec un leucocyte encore sans étiquette</translation>
    </message>
    <message>
        <source>Images whose white cells all have a label</source>
        <translation>Images dont tous les leucocytes ont une étiquette</translation>
    </message>
    <message>
        <source>Needs per-cell labels</source>
        <translation>Étiquettes par cellule nécessaires</translation>
    </message>
    <message>
        <source>Fields labelled with several classes at import: label each of their cells</source>
        <translation>Champs étiquetés avec plusieurs classes à l&apos;importation : étiquetez chacune de leurs cellules</translation>
    </message>
    <message>
        <source>the filter &quot;%1&quot;</source>
        <translation>le filtre « %1 »</translation>
    </message>
    <message>
        <source>the search &quot;%1&quot;</source>
        <translation>la recherche « %1 »</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
</context>
<context>
    <name>wbc::SlideDetailsDialog</name>
    <message>
        <source>Slide Details</source>
        <translation>Détails de la lame</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>patient or specimen id</source>
        <translation>identifiant du patient ou du prélèvement</translation>
    </message>
    <message>
        <source>&amp;Specimen:</source>
        <translation>&amp;Prélèvement :</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>e.g. May-Grünwald-Giemsa</source>
        <translation>p. ex. May-Grünwald-Giemsa</translation>
    </message>
    <message>
        <source>S&amp;tain:</source>
        <translation>&amp;Coloration :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Remarques :</translation>
    </message>
</context>
<context>
    <name>wbc::SlideListDock</name>
    <message>
        <source>Slide List</source>
        <translation>Liste des lames</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Lames</translation>
    </message>
    <message>
        <source>The slide &quot;%1&quot; cannot be renamed: %2</source>
        <translation>La lame « %1 » ne peut pas être renommée : %2</translation>
    </message>
    <message>
        <source>Rename Slide</source>
        <translation>Renommer la lame</translation>
    </message>
    <message>
        <source>&amp;Rename Slide...</source>
        <translation>&amp;Renommer la lame...</translation>
    </message>
    <message>
        <source>a slide needs a name</source>
        <translation>une lame doit avoir un nom</translation>
    </message>
    <message>
        <source>there is already a slide named &quot;%1&quot;</source>
        <translation>il existe déjà une lame nommée « %1 »</translation>
    </message>
    <message>
        <source>Slide &amp;Details...</source>
        <translation>&amp;Détails de la lame...</translation>
    </message>
</context>
<context>
    <name>wbc::SlideListModel</name>
    <message>
        <source>All slides</source>
        <translation>Toutes les lames</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Labelled cells of a slide, e.g. &quot;12 / 40&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n image(s)</source>
        <translation>
            <numerusform>%1 : %n image</numerusform>
            <numerusform>%1 : %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n white cell(s) labelled (%2%)</source>
        <translation>
            <numerusform>Étiquetés : %1 sur %n leucocyte (%2 %)</numerusform>
            <numerusform>Étiquetés : %1 sur %n leucocytes (%2 %)</numerusform>
        </translation>
    </message>
    <message>
        <source>Specimen: %1</source>
        <translation>Prélèvement : %1</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>Lame</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Cellules</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>Étiquetées</translation>
    </message>
</context>
<context>
    <name>wbc::SlideOverview</name>
    <message>
        <source>Slide overview</source>
        <translation>Vue d&apos;ensemble de la lame</translation>
    </message>
    <message>
        <source>Click or drag to move the view</source>
        <translation>Cliquez ou faites glisser pour déplacer la vue</translation>
    </message>
</context>
<context>
    <name>wbc::SlideView</name>
    <message>
        <source>Slide viewer</source>
        <translation>Visionneuse de lame</translation>
    </message>
    <message>
        <source>Opening the slide...</source>
        <translation>Ouverture de la lame...</translation>
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
        <translation>Progression du travail en arrière-plan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel background work</source>
        <translation>Annuler le travail en arrière-plan</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Annulation...</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>wbc::ThumbnailDelegate</name>
    <message>
        <source>MULTI</source>
        <translation>PLUSIEURS</translation>
    </message>
    <message>
        <source>NONE</source>
        <translation>AUCUNE</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2 %</translation>
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
        <translation>erreur inconnue</translation>
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
        <translation>&amp;Lancer l&apos;entraînement</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Training dashboard</source>
        <translation>Tableau de bord d&apos;entraînement</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Progression de l&apos;entraînement</translation>
    </message>
    <message>
        <source>Training state</source>
        <translation>État de l&apos;entraînement</translation>
    </message>
    <message>
        <source>Run summary</source>
        <translation>Résumé de l&apos;entraînement</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>Val. accuracy</source>
        <translation>Exactitude val.</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Équilibrée</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Training runs</source>
        <translation>Entraînements</translation>
    </message>
    <message>
        <source>&amp;Compare Selected</source>
        <translation>&amp;Comparer la sélection</translation>
    </message>
    <message>
        <source>Use for &amp;Review</source>
        <translation>Utiliser pour la &amp;revue</translation>
    </message>
    <message>
        <source>Make the selected run&apos;s model the active model (undoable)</source>
        <translation>Faire du modèle de l&apos;entraînement sélectionné le modèle actif (annulable)</translation>
    </message>
    <message>
        <source>Export &amp;Plots...</source>
        <translation>Exporter les &amp;graphiques...</translation>
    </message>
    <message>
        <source>Export &amp;Metrics...</source>
        <translation>Exporter les &amp;métriques...</translation>
    </message>
    <message>
        <source>Training failed:</source>
        <translation>Échec de l&apos;entraînement :</translation>
    </message>
    <message>
        <source>true %1, predicted %2 (validation, epoch %3)</source>
        <translation>réel %1, prédit %2 (validation, époque %3)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>epoch %1/%2 · %3 images/s%4</source>
        <translation>époque %1/%2 · %3 images/s%4</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · environ %1 restant</translation>
    </message>
    <message>
        <source>Validation, epoch %1: rows true class, columns prediction</source>
        <translation>Validation, époque %1 : lignes classe réelle, colonnes prédiction</translation>
    </message>
    <message>
        <source>Epoch %1: validation accuracy &lt;b&gt;%2&lt;/b&gt;, balanced %3, loss %4</source>
        <translation>Époque %1 : exactitude de validation &lt;b&gt;%2&lt;/b&gt;, équilibrée %3, perte %4</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n epoch(s).</source>
        <translation>
            <numerusform>Annulé après %n époque.</numerusform>
            <numerusform>Annulé après %n époques.</numerusform>
        </translation>
    </message>
    <message>
        <source>validation accuracy &lt;b&gt;%1&lt;/b&gt;, balanced accuracy %2</source>
        <translation>exactitude de validation &lt;b&gt;%1&lt;/b&gt;, exactitude équilibrée %2</translation>
    </message>
    <message>
        <source>run %1 (validation)</source>
        <translation>entraînement %1 (validation)</translation>
    </message>
    <message>
        <source>This run has no model file (it did not finish).</source>
        <translation>Cet entraînement n&apos;a pas de fichier de modèle (il ne s&apos;est pas terminé).</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
    </message>
    <message>
        <source>Export Plots</source>
        <translation>Exporter les graphiques</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Plots saved to %1</source>
        <translation>Graphiques enregistrés dans %1</translation>
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation>%1 : écriture impossible</translation>
    </message>
    <message>
        <source>Export Metrics</source>
        <translation>Exporter les métriques</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Metrics saved to %1</source>
        <translation>Métriques enregistrées dans %1</translation>
    </message>
    <message>
        <source>Polynuclear</source>
        <translation>Polynucléaire</translation>
    </message>
    <message>
        <source>Mononuclear</source>
        <translation>Mononucléé</translation>
    </message>
    <message>
        <source>preparing the cells of %1 of %2 images</source>
        <translation>préparation des cellules de %1 images sur %2</translation>
    </message>
    <message>
        <source>Training: %1</source>
        <translation>Entraînement : %1</translation>
    </message>
    <message>
        <source>Res&amp;ume Run</source>
        <translation>Reprendre l&apos;&amp;entraînement</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Resuming run %1 from its checkpoint.</source>
        <translation>Reprise de l&apos;entraînement %1 à partir de son point de reprise.</translation>
    </message>
    <message>
        <source>Continue the selected interrupted or cancelled run from its checkpoint</source>
        <translation>Poursuivre l&apos;entraînement interrompu ou annulé sélectionné à partir de son point de reprise</translation>
    </message>
    <message>
        <source>Can resume from its checkpoint</source>
        <translation>Peut reprendre à partir de son point de reprise</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Polynuclear vs mononuclear</source>
        <translation>Polynucléaires contre mononucléés</translation>
    </message>
    <message>
        <source>Four classes</source>
        <translation>Quatre classes</translation>
    </message>
    <message>
        <source>the CPU</source>
        <translation>le CPU</translation>
    </message>
    <message>
        <source>the GPU</source>
        <translation>le GPU</translation>
    </message>
    <message>
        <source>&lt;b&gt;Finished&lt;/b&gt;: %1 of training on %2, %3 in all with loading the cells; best epoch %4 of %5, %6. Its model is now the active model (undo with Ctrl+Z).</source>
        <translation>&lt;b&gt;Terminé&lt;/b&gt; : %1 d&apos;entraînement sur %2, %3 au total avec le chargement des cellules ; meilleure époque %4 sur %5, %6. Son modèle est maintenant le modèle actif (annuler avec Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>wbc::TrainingForm</name>
    <message>
        <source>Flips</source>
        <translation>Retournements</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Polynuclear vs mononuclear</source>
        <translation>Polynucléaires contre mononucléés</translation>
    </message>
    <message>
        <source>Four classes</source>
        <translation>Quatre classes</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Tâche :</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>lenet: the reference recipe; wbcnet: our residual network</source>
        <translation>lenet : la recette de référence ; wbcnet : notre réseau résiduel</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>&amp;Époques :</translation>
    </message>
    <message>
        <source>Augmented samples per class and epoch</source>
        <translation>Échantillons augmentés par classe et par époque</translation>
    </message>
    <message>
        <source>Samples per &amp;class:</source>
        <translation>Échantillons par &amp;classe :</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Lot :</translation>
    </message>
    <message>
        <source>Peak learning rate</source>
        <translation>Taux d&apos;apprentissage maximal</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>Taux d&apos;a&amp;pprentissage :</translation>
    </message>
    <message>
        <source>Validation fraction</source>
        <translation>Part de validation</translation>
    </message>
    <message>
        <source>&amp;Validation:</source>
        <translation>&amp;Validation :</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Graine aléatoire</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Graine :</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
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
        <translation>Périphérique de calcul</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Périphérique :</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Augmentation</translation>
    </message>
    <message>
        <source>Maximum rotation</source>
        <translation>Rotation maximale</translation>
    </message>
    <message>
        <source>&amp;Rotation:</source>
        <translation>&amp;Rotation :</translation>
    </message>
    <message>
        <source>Maximum shear</source>
        <translation>Cisaillement maximal</translation>
    </message>
    <message>
        <source>S&amp;hear:</source>
        <translation>Cisaill&amp;ement :</translation>
    </message>
    <message>
        <source>Colour jitter</source>
        <translation>Variation de couleur</translation>
    </message>
    <message>
        <source>C&amp;olour jitter:</source>
        <translation>Variation de c&amp;ouleur :</translation>
    </message>
    <message numerus="yes">
        <source>Training runs on the CPU (%n thread(s)).</source>
        <translation>
            <numerusform>L&apos;entraînement s&apos;exécute sur le CPU (%n thread).</numerusform>
            <numerusform>L&apos;entraînement s&apos;exécute sur le CPU (%n threads).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No CUDA GPU is available to this LibTorch: training runs on the CPU (%n thread(s)).</source>
        <translation>
            <numerusform>Aucun GPU CUDA n&apos;est disponible pour cette LibTorch : l&apos;entraînement s&apos;exécute sur le CPU (%n thread).</numerusform>
            <numerusform>Aucun GPU CUDA n&apos;est disponible pour cette LibTorch : l&apos;entraînement s&apos;exécute sur le CPU (%n threads).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only fields with a single white cell</source>
        <translation>Seulement les champs à un seul leucocyte</translation>
    </message>
    <message>
        <source>Labelled cells</source>
        <translation>Cellules étiquetées</translation>
    </message>
    <message>
        <source>Train as the seed recipe did: leave out the cells of fields that show several white cells</source>
        <translation>Entraîner comme la recette de référence : exclure les cellules des champs qui montrent plusieurs leucocytes</translation>
    </message>
    <message>
        <source>Usable cells per class</source>
        <translation>Cellules utilisables par classe</translation>
    </message>
    <message>
        <source>%1 has only %2 labelled cells; label at least %3 to train.</source>
        <translation>%1 n&apos;a que %2 cellules étiquetées ; étiquetez-en au moins %3 pour entraîner.</translation>
    </message>
    <message>
        <source>Labelled white cells of fields with one white cell; basophils, unidentified and not-counted cells are left out.</source>
        <translation>Leucocytes étiquetés des champs à un seul leucocyte ; les basophiles et les cellules non identifiées ou non comptées sont exclus.</translation>
    </message>
    <message>
        <source>Labelled white cells, those of multi-cell fields included; basophils, unidentified and not-counted cells are left out.</source>
        <translation>Leucocytes étiquetés, y compris ceux des champs multicellulaires ; les basophiles et les cellules non identifiées ou non comptées sont exclus.</translation>
    </message>
    <message>
        <source>Go back to the recipe&apos;s settings</source>
        <translation>Revenir aux réglages de la recette</translation>
    </message>
    <message>
        <source>Restore De&amp;faults</source>
        <translation>Rétablir les valeurs par &amp;défaut</translation>
    </message>
    <message>
        <source>Training runs on the GPU: %1.</source>
        <translation>L&apos;entraînement s&apos;exécute sur le GPU : %1.</translation>
    </message>
</context>
<context>
    <name>wbc::TrainingPlots</name>
    <message>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <source>Loss curves</source>
        <translation>Courbes de perte</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>exactitude (%)</translation>
    </message>
    <message>
        <source>Accuracy curves</source>
        <translation>Courbes d&apos;exactitude</translation>
    </message>
    <message>
        <source>training, per batch (smoothed)</source>
        <translation>entraînement, par lot (lissé)</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>training, running</source>
        <translation>entraînement, en cours</translation>
    </message>
    <message>
        <source>%1: %2 (epoch %3)
</source>
        <translation>%1 : %2 (époque %3)
</translation>
    </message>
    <message>
        <source>WBC Studio training curves</source>
        <translation>WBC Studio — courbes d&apos;entraînement</translation>
    </message>
</context>
<context>
    <name>wbc::UserGuideDialog</name>
    <message>
        <source>WBC Studio User Guide</source>
        <translation>Guide de l&apos;utilisateur de WBC Studio</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
</context>
</TS>
