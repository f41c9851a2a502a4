<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ca_ES">
<context>
    <name>dermaedge::CreateVariantDialog</name>
    <message>
        <source>Create Model Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel O&amp;ptimization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INT8, static quantization (calibrated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INT8, dynamic quantization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstructured pruning (zeroed weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structured pruning (fewer channels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structured pruning, then static INT8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction of convolution and linear weights set to zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparsit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction of channels removed from each pruned layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel fraction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (no fine-tuning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs of training on the data folder after pruning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fine-tune epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder with benign/ and malignant/ subfolders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Labelled Data Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labelled data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Empty uses the training split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Calibration Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;alibration folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum number of images used to calibrate INT8 activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration &amp;images:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentile (ignores outliers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min/max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation &amp;observer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest accepted drop of the validation AUC against the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUC &amp;tolerance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the variant even when it misses the tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report appears here when the optimization ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a labelled data folder with benign/ and malignant/ subfolders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder %1 has no %2/ subfolder. It needs benign/ and malignant/ subfolders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration folder %1 does not exist. Clear the field to calibrate on the training split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling. The optimization stops after its current step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimization Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An optimization is running. Cancel it and close the dialog when it has stopped?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Error:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished. Variant %1 was registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished. Variant %1 was not registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimization cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimization failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Registered&lt;/b&gt; as %1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Not registered.&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Outcome: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Validation AUC: baseline %1, variant %2 (drop %3)&lt;br&gt;Decision agreement: %4 %&lt;br&gt;Size: baseline %5, variant %6 (%7 compressed)&lt;br&gt;Weight sparsity: %8 %&lt;br&gt;Time: %9 s&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Warnings:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Report file: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dermaedge::ImageView</name>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a dermoscopic image (File &gt; Open) or drop it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dermaedge::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DermaEdge will use the new language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dermaedge::MainWindow</name>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a dermoscopic image and screen it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About DermaEdge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Variant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a quantized or pruned variant of the selected model and check it on labelled images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model variant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n model variant(s) available.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model manifest(s) could not be read and were skipped; the log lists them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>id: %1, kind: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model variants found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;DermaEdge %1&lt;/h3&gt;&lt;p&gt;Melanoma screening decision support for dermoscopic images.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Decision support only, not a diagnosis. The final judgement rests with the clinician.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Runtime: %2&lt;/p&gt;&lt;p&gt;Model folders:&lt;br&gt;%3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About DermaEdge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant %1 was written to %2, but the manifest %3 has the same id and takes precedence, so the model picker shows that one. Remove or rename one of them to use the new variant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant %1 is now in the model picker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model variants found. Searched: %1. Put a model manifest (.json) and its archive into one of these folders, or set DERMAEDGE_MODELS_DIR to a folder that contains them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected model variant %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening %1 with %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be screened when the current screening finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It replaces %1, which will not be screened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screened %1 in %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening %1 failed; the result panel shows why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DermaEdge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – DermaEdge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dermaedge::ProbabilityBar</name>
    <message>
        <source>Melanoma probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability %1 %, threshold %2 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dermaedge::ResultPanel</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision support only, not a diagnosis. The final judgement rests with the clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melanoma probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model variant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inference time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image open. Open an image to screen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening %1 with %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above threshold: refer for assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
id: %2, kind: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (network %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dermaedge::ScreeningRunner</name>
    <message>
        <source>Model variant &quot;%1&quot; (%2) failed to load, so %3 was not screened: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening %1 failed with an unexpected error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening %1 failed with an unknown error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Melanoma screening decision support for dermoscopic images. Decision support only, not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image files; the first one is opened and screened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
