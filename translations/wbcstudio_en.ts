<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CellSampleLoader</name>
    <message numerus="yes">
        <source>the cells come from %n slide(s), fewer than %1: the validation split keeps each field&apos;s cells together but not each slide&apos;s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all slides (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectCommands</name>
    <message numerus="yes">
        <source>%n cell(s) in %1 images</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) of %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n image(s) to slide %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WbcReport</name>
    <message numerus="yes">
        <source>Wrote %1: %n slide(s), %2 white cells; %3 counted as labelled, %4 as predicted; %5 field(s) left out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wbc::CellGalleryModel</name>
    <message numerus="yes">
        <source>Accept %n prediction(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wbc::CellGalleryView</name>
    <message numerus="yes">
        <source>%n cell(s) labelled %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prediction(s) accepted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wbc::CellGroupHeader</name>
    <message numerus="yes">
        <source>%1: %n cell(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wbc::ImageListModel</name>
    <message numerus="yes">
        <source>%n white cell(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unlabeled cell(s) in the uncertainty queue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wbc::ReportDialog</name>
    <message numerus="yes">
        <source>Only the images selected in the browser (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wbc::SlideListModel</name>
    <message numerus="yes">
        <source>%1: %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n white cell(s) labelled (%2%)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
