<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DifferentialReport</name>
    <message numerus="yes">
        <source>%n selected image(s)</source>
        <translation>
            <numerusform>%n selected image</numerusform>
            <numerusform>%n selected images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectCommands</name>
    <message numerus="yes">
        <source>Label %n image(s) as %1</source>
        <translation>
            <numerusform>Label %n image as %1</numerusform>
            <numerusform>Label %n images as %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review %n image(s) as %1</source>
        <translation>
            <numerusform>Review %n image as %1</numerusform>
            <numerusform>Review %n images as %1</numerusform>
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
        <source>%n unlabeled image(s) in the uncertainty queue</source>
        <translation>
            <numerusform>%n unlabeled image in the uncertainty queue</numerusform>
            <numerusform>%n unlabeled images in the uncertainty queue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wbc::ReportDialog</name>
    <message numerus="yes">
        <source>Selected images (%n)</source>
        <translation>
            <numerusform>Selected image (%n)</numerusform>
            <numerusform>Selected images (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected image(s)</source>
        <translation>
            <numerusform>%n selected image</numerusform>
            <numerusform>%n selected images</numerusform>
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
