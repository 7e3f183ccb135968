<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CellSampleLoader</name>
    <message numerus="yes">
        <source>the cells come from %n slide(s), fewer than %1: the validation split keeps each field&apos;s cells together but not each slide&apos;s</source>
        <translation>
            <numerusform>the cells come from %n slide, fewer than %1: the validation split keeps each field&apos;s cells together but not each slide&apos;s</numerusform>
            <numerusform>the cells come from %n slides, fewer than %1: the validation split keeps each field&apos;s cells together but not each slide&apos;s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DifferentialReport</name>
    <message numerus="yes">
        <source>%n selected image(s)</source>
        <translation>
            <numerusform>%n selected image</numerusform>
            <numerusform>%n selected images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s)</source>
        <translation>
            <numerusform>%n slide</numerusform>
            <numerusform>%n slides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all slides (%n)</source>
        <translation>
            <numerusform>all slides (%n)</numerusform>
            <numerusform>all slides (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Networks</name>
    <message numerus="yes">
        <source>CPU, %n thread(s)</source>
        <translation>
            <numerusform>CPU, %n thread</numerusform>
            <numerusform>CPU, %n threads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectCommands</name>
    <message numerus="yes">
        <source>%n cell(s) in %1 images</source>
        <translation>
            <numerusform>%n cell in %1 images</numerusform>
            <numerusform>%n cells in %1 images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) of %1</source>
        <translation>
            <numerusform>%n cell of %1</numerusform>
            <numerusform>%n cells of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n image(s) to slide %1</source>
        <translation>
            <numerusform>Move %n image to slide %1</numerusform>
            <numerusform>Move %n images to slide %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WbcAgreement</name>
    <message numerus="yes">
        <source>Fleiss&apos; kappa: %1 over %n cell(s) every annotator labelled
</source>
        <translation>
            <numerusform>Fleiss&apos; kappa: %1 over %n cell every annotator labelled
</numerusform>
            <numerusform>Fleiss&apos; kappa: %1 over %n cells every annotator labelled
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WbcCopy</name>
    <message numerus="yes">
        <source>%1: %n rows</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WbcReport</name>
    <message numerus="yes">
        <source>Wrote %1: %n slide(s), %2 white cells; %3 counted as labelled, %4 as predicted; %5 field(s) left out</source>
        <translation>
            <numerusform>Wrote %1: %n slide, %2 white cells; %3 counted as labelled, %4 as predicted; %5 field(s) left out</numerusform>
            <numerusform>Wrote %1: %n slides, %2 white cells; %3 counted as labelled, %4 as predicted; %5 field(s) left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wbc::AdjudicationQueue</name>
    <message numerus="yes">
        <source>Showing the %n cell(s) where %1.</source>
        <translation>
            <numerusform>Showing the %n cell where %1.</numerusform>
            <numerusform>Showing the %n cells where %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disagreements need two annotators: %n annotator(s) labelled cells of this project so far</source>
        <translation>
            <numerusform>Disagreements need two annotators: %n annotator labelled cells of this project so far</numerusform>
            <numerusform>Disagreements need two annotators: %n annotators labelled cells of this project so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wbc::AgreementDialog</name>
    <message numerus="yes">
        <source>Agreement needs two annotators: %n annotator(s) labelled cells of this project with a class.</source>
        <translation>
            <numerusform>Agreement needs two annotators: %n annotator labelled cells of this project with a class.</numerusform>
            <numerusform>Agreement needs two annotators: %n annotators labelled cells of this project with a class.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 annotators. Fleiss&apos; κ %2 (%3) over the %n cell(s) every annotator labelled with a class.</source>
        <translation>
            <numerusform>%1 annotators. Fleiss&apos; κ %2 (%3) over the %n cell every annotator labelled with a class.</numerusform>
            <numerusform>%1 annotators. Fleiss&apos; κ %2 (%3) over the %n cells every annotator labelled with a class.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wbc::CellGalleryModel</name>
    <message numerus="yes">
        <source>Accept %n prediction(s)</source>
        <translation>
            <numerusform>Accept %n prediction</numerusform>
            <numerusform>Accept %n predictions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep %n label(s)</source>
        <translation>
            <numerusform>Keep %n label</numerusform>
            <numerusform>Keep %n labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Correct %n cell(s)</source>
        <translation>
            <numerusform>Correct %n cell</numerusform>
            <numerusform>Correct %n cells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wbc::CellGalleryView</name>
    <message numerus="yes">
        <source>%n cell(s) labelled %1</source>
        <translation>
            <numerusform>%n cell labelled %1</numerusform>
            <numerusform>%n cells labelled %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prediction(s) accepted</source>
        <translation>
            <numerusform>%n prediction accepted</numerusform>
            <numerusform>%n predictions accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) kept</source>
        <translation>
            <numerusform>%n label kept</numerusform>
            <numerusform>%n labels kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wbc::CellGroupHeader</name>
    <message numerus="yes">
        <source>%1: %n cell(s)</source>
        <translation>
            <numerusform>%1: %n cell</numerusform>
            <numerusform>%1: %n cells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wbc::ConfusionMatrixView</name>
    <message numerus="yes">
        <source>%1: %2, %3: %4 — %n cell(s), click to show them</source>
        <translation>
            <numerusform>%1: %2, %3: %4 — %n cell, click to show it</numerusform>
            <numerusform>%1: %2, %3: %4 — %n cells, click to show them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wbc::ImageListModel</name>
    <message numerus="yes">
        <source>%n white cell(s): %1</source>
        <translation>
            <numerusform>%n white cell: %1</numerusform>
            <numerusform>%n white cells: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wbc::MainWindow</name>
    <message numerus="yes">
        <source>; %n problem(s), the first: %1</source>
        <translation>
            <numerusform>; %n problem: %1</numerusform>
            <numerusform>; %n problems, the first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n unreadable, the first: %1</source>
        <translation>
            <numerusform>; %n unreadable: %1</numerusform>
            <numerusform>; %n unreadable, the first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cells selected: a key labels them all</source>
        <translation>
            <numerusform>%n cell selected: a key labels it</numerusform>
            <numerusform>%n cells selected: a key labels them all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unlabeled cell(s) in the uncertainty queue</source>
        <translation>
            <numerusform>%n unlabeled cell in the uncertainty queue</numerusform>
            <numerusform>%n unlabeled cells in the uncertainty queue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n image(s) to the slide (choose one or type a new name):</source>
        <translation>
            <numerusform>Move %n image to the slide (choose one or type a new name):</numerusform>
            <numerusform>Move %n images to the slide (choose one or type a new name):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label check: %1 cells in %2 folds, %n suspect(s), %3 s</source>
        <translation>
            <numerusform>Label check: %1 cells in %2 folds, %n suspect, %3 s</numerusform>
            <numerusform>Label check: %1 cells in %2 folds, %n suspects, %3 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n image(s) of the matrix entry; %1 turned off to show them</source>
        <translation>
            <numerusform>Showing %n image of the matrix entry; %1 turned off to show it</numerusform>
            <numerusform>Showing %n images of the matrix entry; %1 turned off to show them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slide: %n white cell(s)</source>
        <translation>
            <numerusform>Slide: %n white cell</numerusform>
            <numerusform>Slide: %n white cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>about %n s left</numerusform>
            <numerusform>about %n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>about %n min left</numerusform>
            <numerusform>about %n min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n white cell(s)</source>
        <translation>
            <numerusform>Found %n white cell</numerusform>
            <numerusform>Found %n white cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; stopped after %n white cell(s) a slide</source>
        <translation>
            <numerusform>%1; stopped after %n white cell a slide</numerusform>
            <numerusform>%1; stopped after %n white cells a slide</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wbc::ReportDialog</name>
    <message numerus="yes">
        <source>Only the images selected in the browser (%n)</source>
        <translation>
            <numerusform>Only the image selected in the browser (%n)</numerusform>
            <numerusform>Only the images selected in the browser (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wbc::ReviewPanel</name>
    <message numerus="yes">
        <source> (%n cell(s) were listed)</source>
        <translation>
            <numerusform> (%n cell was listed)</numerusform>
            <numerusform> (%n cells were listed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wbc::SlideListModel</name>
    <message numerus="yes">
        <source>%1: %n image(s)</source>
        <translation>
            <numerusform>%1: %n image</numerusform>
            <numerusform>%1: %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n white cell(s) labelled (%2%)</source>
        <translation>
            <numerusform>%1 of %n white cell labelled (%2%)</numerusform>
            <numerusform>%1 of %n white cells labelled (%2%)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wbc::TrainingDashboard</name>
    <message numerus="yes">
        <source>Cancelled after %n epoch(s).</source>
        <translation>
            <numerusform>Cancelled after %n epoch.</numerusform>
            <numerusform>Cancelled after %n epochs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wbc::TrainingForm</name>
    <message numerus="yes">
        <source>Training runs on the CPU (%n thread(s)).</source>
        <translation>
            <numerusform>Training runs on the CPU (%n thread).</numerusform>
            <numerusform>Training runs on the CPU (%n threads).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No CUDA GPU is available to this LibTorch: training runs on the CPU (%n thread(s)).</source>
        <translation>
            <numerusform>No CUDA GPU is available to this LibTorch: training runs on the CPU (%n thread).</numerusform>
            <numerusform>No CUDA GPU is available to this LibTorch: training runs on the CPU (%n threads).</numerusform>
        </translation>
    </message>
</context>
</TS>
