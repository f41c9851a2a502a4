<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ca_ES">
<context>
    <name>ComparisonCharts</name>
    <message>
        <source>%1 – no results yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical time per image, median (lower is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model file size (lower is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>megabytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROC AUC (higher is better, 0.5 is chance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy against speed (best: top left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latency p50 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – needs a benchmark and an evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pareto front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROC curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 − specificity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – needs an evaluation with both classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Reading the charts&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Time and size are measured on this computer; accuracy on the evaluated images.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Accuracy against speed:&lt;/b&gt; rings mark the variants that no other variant beats on both speed and ROC AUC (the Pareto front), joined by a dashed line when there are several. Any other variant is slower, less accurate, or both, than one of them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;ROC curves:&lt;/b&gt; the dot on each curve is the variant&apos;s decision threshold; higher and further left means more melanomas found for fewer benign lesions flagged.&lt;/p&gt;&lt;p&gt;With a few hundred images the ROC AUC is uncertain by about ±0.01 to ±0.03 (the AUC cell&apos;s tooltip gives its standard error), so differences of a few thousandths do not show that one variant is more accurate.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonExport</name>
    <message>
        <source>DermaEdge variant comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DermaEdge: comparison of model variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision support only, not a diagnosis. Amber cells were measured under other conditions (see their status); red speed cells mark a variant slower than the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Decision support, not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DermaEdge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De-identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melanoma risk screening report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result below is computed by a machine-learning model from one image. It must be interpreted by a qualified clinician together with the clinical examination and the patient&apos;s history. A lesion that changes, bleeds or worries the patient needs assessment whatever the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above the threshold: assessment by a dermatologist is advised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the threshold: the model gives no reason for referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished">Resultat</translation>
    </message>
    <message>
        <source>Melanoma probability</source>
        <translation type="unfinished">Probabilitat de melanoma</translation>
    </message>
    <message>
        <source>Scale from 0 to 100%. The black line marks the decision threshold of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screened image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat map of the regions that weighed most in the output of model %1. It shows where the model looked, not which regions are malignant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished">Imatge</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sensitivity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>specificity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>on %n validation images</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>on the validation images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity and specificity are those of the model at this threshold on its validation images. They do not describe this image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De-identified report: the pseudonym, free text and file name are removed and dates are reduced to the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DermaEdge %1. Decision support, not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dermaedge::BatchResultModel</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished">%1 %</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above threshold: refer for assessment</source>
        <translation type="unfinished">Per sobre del llindar: cal derivar per a valoració</translation>
    </message>
    <message>
        <source>Below threshold</source>
        <translation type="unfinished">Per sota del llindar</translation>
    </message>
    <message>
        <source>Threshold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished">Imatge</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melanoma probability</source>
        <translation type="unfinished">Probabilitat de melanoma</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished">Decisió</translation>
    </message>
    <message>
        <source>Model variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dermaedge::BatchScreenRunner</name>
    <message>
        <source>Batch screening failed with an unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dermaedge::BatchScreenWindow</name>
    <message>
        <source>Screen Folder – DermaEdge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision support only, not a diagnosis. The final judgement rests with the clinician.</source>
        <translation type="unfinished">Només és suport a la decisió, no un diagnòstic. El judici final correspon al professional clínic.</translation>
    </message>
    <message>
        <source>No model variants found, so nothing can be screened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder, or drop one onto this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder with dermoscopic images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">&amp;Navega…</translation>
    </message>
    <message>
        <source>Include &amp;subfolders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model &amp;variant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;creen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of a file path or error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Above threshold only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows the table shows, in its order, as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a row to open its image in the main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model variant is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder to screen first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Folder to Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screened %1 of %2 files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Screened %n file(s) in %1 s: %2 above threshold, %3 could not be screened.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n file(s); the table lists them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Screening failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screening-results.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Results as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dermaedge::CameraCapture</name>
    <message>
        <source>Capture from &amp;Camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture from &amp;Camera (No Camera Found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a still with a camera and screen it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera is connected. Connect a camera or a dermatoscope adapter to capture images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the still cannot be written (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture from Camera</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dermaedge::CameraDialog</name>
    <message>
        <source>Capture from Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;pture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The still could not be taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera found. Connect a camera, or open an image file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the dermatoscope on the lesion and press Capture. The still is saved to the captures folder and screened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera is not ready yet; wait for the preview and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the still…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera returned an empty still; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dermaedge::CaseWorkflow</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished">%1 %</translation>
    </message>
    <message>
        <source>&amp;Save to Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the image and its result as a visit of a patient&apos;s lesion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the result on screen as a PDF, HTML or CSV report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the saved patients and the follow-up of their lesions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: wait until the screening of an image has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This result is already saved as the visit of %1. Save it again as another visit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case database cannot be opened.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: melanoma probability %2 (threshold %3) with %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as the visit of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report includes the heatmap shown on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The heatmap is still being computed, so the report will not include it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The heatmap is hidden (View &gt; Show Heatmap), so the report will not include it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no heatmap for this result, so the report will not include it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It includes the case data of the visit of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result is not saved to a case, so the report has no case data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result is shown, so there is nothing to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the report was not written (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export: open and screen an image first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dermaedge-report-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not written.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dermaedge::CasesWindow</name>
    <message>
        <source>Cases – DermaEdge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient / lesion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision support only, not a diagnosis. The final judgement rests with the clinician.</source>
        <translation type="unfinished">Només és suport a la decisió, no un diagnòstic. El judici final correspon al professional clínic.</translation>
    </message>
    <message>
        <source>Select a lesion to see its visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesions cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases yet. Screen an image and use File &gt; Save to Case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesion(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This patient has no lesions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one of the patient&apos;s lesions to see its visits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dermaedge::ComparisonDashboard</name>
    <message>
        <source>Compare Model Variants – DermaEdge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Decision support only, not a diagnosis.&lt;/b&gt; Speed is measured on this computer; accuracy on the labelled images you choose. Amber cells were measured under other conditions than the current ones (their status column says which); a red speed cell marks a variant slower than the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results are saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is in progress; wait for it or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model variants to benchmark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Benchmarking %n variant(s), one after another. Screening images meanwhile would slow the benchmark down.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a folder of labelled images (benign/ and malignant/ subfolders) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model variants to evaluate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Evaluating %n variant(s) on %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling after the current step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s); the log lists them)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Other programs kept up to %1 core(s) busy meanwhile, so the latencies are slower and noisier than on an idle computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Labelled Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Computer: %1, %n core(s), %2. Benchmark: %3 runs, %4.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evaluated on %n image(s) (melanomas: %1) of %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n core(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Speed on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed runs per series, after %1 untimed warm-up runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy on labelled images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder with benign/ and malignant/ subfolders</source>
        <translation type="unfinished">Carpeta amb les subcarpetes benign/ i malignant/</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only held-out &amp;validation images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only the images each model was not trained on, as listed by the split file beside it. Without a split file every image is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dermaedge::ComparisonTableModel</name>
    <message>
        <source>undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1x (slower)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; computer was busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1; %n image(s), melanomas: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1; %n more melanoma(s) missed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n fewer melanoma(s) missed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>melanoma missed by this variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>melanoma found only by this variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benign lesion flagged only by this variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benign lesion flagged only by the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: baseline %2, this variant %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this variant&apos;s threshold %1, compared with the baseline: melanomas missed %2, melanomas newly found %3, benign lesions newly flagged %4, no longer flagged %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model file changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other settings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This variant is slower than the baseline on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Other programs kept %1 of %n core(s) busy during this benchmark, so its latencies are slower and more spread out than on an idle computer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Standard error about ±%1 (Hanley and McNeil) on these %n image(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Images: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be read and were left out:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stale benchmark: %1. Run the benchmark again to update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale evaluation: %1. Run the evaluation again to update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed vs
baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency
p50 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency
p90 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency
p99 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size
(MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressed
(MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-zero
parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMACs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced
accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specificity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions differing
from baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline latency p50 divided by this variant&apos;s: above 1x is faster, below 1x slower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of one network forward pass (batch 1), in milliseconds: half, 90% and 99% of the runs were at least this fast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images per second, one at a time, network only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the model file in megabytes (10^6 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the model file after zlib compression, in megabytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Millions of multiply-accumulate operations per image, counted from the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area under the ROC curve on the labelled images: 1 is perfect ranking, 0.5 chance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of melanomas decided malignant at the variant&apos;s threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of benign lesions decided benign at the variant&apos;s threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive predictive value: share of malignant decisions that are melanomas. It depends on the share of melanomas among the evaluated images, which may differ from your practice&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative predictive value: share of benign decisions that are benign lesions. It depends on the share of melanomas among the evaluated images, which may differ from your practice&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean of sensitivity and specificity at the variant&apos;s threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected calibration error: mean gap between probability and observed frequency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images whose decision differs from the baseline&apos;s; the tooltip lists them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dermaedge::CreateVariantDialog</name>
    <message>
        <source>Create Model Variant</source>
        <translation>Crea una variant del model</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Inicia</translation>
    </message>
    <message>
        <source>Cancel O&amp;ptimization</source>
        <translation>Cancel·la l&apos;o&amp;ptimització</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Model de referència</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>Carpeta de sortida:</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mètode</translation>
    </message>
    <message>
        <source>INT8, static quantization (calibrated)</source>
        <translation>INT8, quantització estàtica (calibrada)</translation>
    </message>
    <message>
        <source>INT8, dynamic quantization</source>
        <translation>INT8, quantització dinàmica</translation>
    </message>
    <message>
        <source>Unstructured pruning (zeroed weights)</source>
        <translation>Poda no estructurada (pesos a zero)</translation>
    </message>
    <message>
        <source>Structured pruning (fewer channels)</source>
        <translation>Poda estructurada (menys canals)</translation>
    </message>
    <message>
        <source>Structured pruning, then static INT8</source>
        <translation>Poda estructurada i després INT8 estàtica</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Mètode:</translation>
    </message>
    <message>
        <source>Fraction of convolution and linear weights set to zero</source>
        <translation>Fracció dels pesos de les capes convolucionals i lineals que es posen a zero</translation>
    </message>
    <message>
        <source>Sparsit&amp;y:</source>
        <translation>&amp;Dispersió:</translation>
    </message>
    <message>
        <source>Fraction of channels removed from each pruned layer</source>
        <translation>Fracció de canals que s&apos;eliminen de cada capa podada</translation>
    </message>
    <message>
        <source>C&amp;hannel fraction:</source>
        <translation>Fracció de &amp;canals:</translation>
    </message>
    <message>
        <source>0 (no fine-tuning)</source>
        <translation>0 (sense ajust fi)</translation>
    </message>
    <message>
        <source>Epochs of training on the data folder after pruning</source>
        <translation>Èpoques d&apos;entrenament amb la carpeta de dades després de la poda</translation>
    </message>
    <message>
        <source>&amp;Fine-tune epochs:</source>
        <translation>Èpoques d&apos;&amp;ajust fi:</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dades</translation>
    </message>
    <message>
        <source>Folder with benign/ and malignant/ subfolders</source>
        <translation>Carpeta amb les subcarpetes benign/ i malignant/</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Navega…</translation>
    </message>
    <message>
        <source>Choose Labelled Data Folder</source>
        <translation>Selecciona la carpeta de dades etiquetades</translation>
    </message>
    <message>
        <source>&amp;Labelled data:</source>
        <translation>Dades &amp;etiquetades:</translation>
    </message>
    <message>
        <source>Optional. Empty uses the training split</source>
        <translation>Opcional. Si és buit, s&apos;usa el conjunt d&apos;entrenament</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Na&amp;vega…</translation>
    </message>
    <message>
        <source>Choose Calibration Folder</source>
        <translation>Selecciona la carpeta de calibratge</translation>
    </message>
    <message>
        <source>C&amp;alibration folder:</source>
        <translation>Carpeta de ca&amp;libratge:</translation>
    </message>
    <message>
        <source>Maximum number of images used to calibrate INT8 activations</source>
        <translation>Nombre màxim d&apos;imatges que s&apos;usen per a calibrar les activacions INT8</translation>
    </message>
    <message>
        <source>Calibration &amp;images:</source>
        <translation>Imat&amp;ges de calibratge:</translation>
    </message>
    <message>
        <source>Percentile (ignores outliers)</source>
        <translation>Percentil (ignora els valors atípics)</translation>
    </message>
    <message>
        <source>Min/max</source>
        <translation>Mín./màx.</translation>
    </message>
    <message>
        <source>Activation &amp;observer:</source>
        <translation>&amp;Observador d&apos;activacions:</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Acceptació</translation>
    </message>
    <message>
        <source>Largest accepted drop of the validation AUC against the baseline</source>
        <translation>Caiguda màxima acceptada de l&apos;AUC de validació respecte al model de referència</translation>
    </message>
    <message>
        <source>AUC &amp;tolerance:</source>
        <translation>&amp;Tolerància de l&apos;AUC:</translation>
    </message>
    <message>
        <source>&amp;Keep the variant even when it misses the tolerance</source>
        <translation>Con&amp;serva la variant encara que la caiguda superi la tolerància</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progrés</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>No s&apos;ha iniciat.</translation>
    </message>
    <message>
        <source>The report appears here when the optimization ends.</source>
        <translation>L&apos;informe apareixerà aquí quan acabi l&apos;optimització.</translation>
    </message>
    <message>
        <source>Choose a labelled data folder with benign/ and malignant/ subfolders.</source>
        <translation>Trieu una carpeta de dades etiquetades amb les subcarpetes benign/ i malignant/.</translation>
    </message>
    <message>
        <source>Data folder %1 does not exist.</source>
        <translation>La carpeta de dades %1 no existeix.</translation>
    </message>
    <message>
        <source>Data folder %1 has no %2/ subfolder. It needs benign/ and malignant/ subfolders.</source>
        <translation>La carpeta de dades %1 no té la subcarpeta %2/. Necessita les subcarpetes benign/ i malignant/.</translation>
    </message>
    <message>
        <source>Calibration folder %1 does not exist. Clear the field to calibrate on the training split.</source>
        <translation>La carpeta de calibratge %1 no existeix. Buideu el camp per a calibrar amb el conjunt d&apos;entrenament.</translation>
    </message>
    <message>
        <source>Starting %1 of %2…</source>
        <translation>S&apos;està iniciant %1 sobre %2…</translation>
    </message>
    <message>
        <source>Cancelling. The optimization stops after its current step…</source>
        <translation>S&apos;està cancel·lant. L&apos;optimització s&apos;aturarà quan acabi el pas actual…</translation>
    </message>
    <message>
        <source>Optimization Running</source>
        <translation>Optimització en curs</translation>
    </message>
    <message>
        <source>An optimization is running. Cancel it and close the dialog when it has stopped?</source>
        <translation>Hi ha una optimització en curs. Voleu cancel·lar-la i tancar el diàleg quan s&apos;hagi aturat?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Error:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Error:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Finished. Variant %1 was registered.</source>
        <translation>Acabat. S&apos;ha registrat la variant %1.</translation>
    </message>
    <message>
        <source>Finished. Variant %1 was not registered.</source>
        <translation>Acabat. No s&apos;ha registrat la variant %1.</translation>
    </message>
    <message>
        <source>Optimization cancelled. Nothing was written.</source>
        <translation>S&apos;ha cancel·lat l&apos;optimització. No s&apos;ha desat res.</translation>
    </message>
    <message>
        <source>Optimization failed: %1</source>
        <translation>L&apos;optimització ha fallat: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Registered&lt;/b&gt; as %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Registrada&lt;/b&gt; com a %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Not registered.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No registrada.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Outcome: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Resultat: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Validation AUC: baseline %1, variant %2 (drop %3)&lt;br&gt;Decision agreement: %4 %&lt;br&gt;Size: baseline %5, variant %6 (%7 compressed)&lt;br&gt;Weight sparsity: %8 %&lt;br&gt;Time: %9 s&lt;/p&gt;</source>
        <translation>&lt;p&gt;AUC de validació: referència %1, variant %2 (caiguda %3)&lt;br&gt;Concordança de decisions: %4 %&lt;br&gt;Mida: referència %5, variant %6 (%7 comprimida)&lt;br&gt;Dispersió dels pesos: %8 %&lt;br&gt;Temps: %9 s&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Warnings:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Avisos:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Report file: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Fitxer de l&apos;informe: %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>dermaedge::ExplanationController</name>
    <message>
        <source>Show &amp;Heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the regions that raised the melanoma score over the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A heatmap appears after screening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No heatmap: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the heatmap with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explained with %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screened variant %1 is quantized and has no gradients, so its FP32 baseline computed the heatmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screened variant %1 was made from this FP32 baseline, which computed the heatmap. The variant may weigh regions differently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline&apos;s own melanoma probability for this image is %1 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No region raised the melanoma score, so the heatmap is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dermaedge::FollowUpView</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished">%1 %</translation>
    </message>
    <message>
        <source>&amp;Open in Main Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an image to open it in the main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen the selected image again in the main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a lesion to see its visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visits cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (threshold %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below threshold</source>
        <translation type="unfinished">Per sota del llindar</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dermaedge::HeatmapControls</name>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show heatmap (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmap opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red marks the regions that raised the melanoma score most, through yellow and cyan to faint blue. Regions that did not raise it keep their colours. A heatmap shows where the model looked, not why, and is no proof of a finding.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dermaedge::ImageIo</name>
    <message>
        <source>%1: file not found</source>
        <translation>%1: no s&apos;ha trobat el fitxer</translation>
    </message>
    <message>
        <source>%1: is a folder, not an image file</source>
        <translation>%1: és una carpeta, no un fitxer d&apos;imatge</translation>
    </message>
    <message>
        <source>%1: file is empty</source>
        <translation>%1: el fitxer és buit</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: no es pot llegir (%2)</translation>
    </message>
</context>
<context>
    <name>dermaedge::ImageView</name>
    <message>
        <source>Image</source>
        <translation>Imatge</translation>
    </message>
    <message>
        <source>Open a dermoscopic image (File &gt; Open) or drop it here.</source>
        <translation>Obriu una imatge dermatoscòpica (Fitxer &gt; Obre) o arrossegueu-la aquí.</translation>
    </message>
</context>
<context>
    <name>dermaedge::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Llengua</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Predeterminada del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Llengua</translation>
    </message>
    <message>
        <source>DermaEdge will use the new language the next time it starts.</source>
        <translation>El DermaEdge farà servir la llengua nova la propera vegada que s&apos;iniciï.</translation>
    </message>
</context>
<context>
    <name>dermaedge::MainWindow</name>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Obre…</translation>
    </message>
    <message>
        <source>Open a dermoscopic image and screen it</source>
        <translation>Obre una imatge dermatoscòpica i l&apos;analitza</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Surt</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Amplia</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Redueix</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>Ajusta a la &amp;finestra</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>Mida r&amp;eal (100 %)</translation>
    </message>
    <message>
        <source>&amp;About DermaEdge</source>
        <translation>Quant a &amp;DermaEdge</translation>
    </message>
    <message>
        <source>&amp;Create Variant…</source>
        <translation>&amp;Crea una variant…</translation>
    </message>
    <message>
        <source>Build a quantized or pruned variant of the selected model and check it on labelled images</source>
        <translation>Genera una variant quantitzada o podada del model seleccionat i la comprova amb imatges etiquetades</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fitxer</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Obre un &amp;recent</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualitza</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Models</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ajuda</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Quant a &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Model variant:</source>
        <translation>Variant del model:</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n model variant(s) available.</source>
        <translation>
            <numerusform>Hi ha %n variant del model disponible.</numerusform>
            <numerusform>Hi ha %n variants del model disponibles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model manifest(s) could not be read and were skipped; the log lists them.</source>
        <translation>
            <numerusform>No s&apos;ha pogut llegir %n manifest de model i s&apos;ha omès. El registre el detalla.</numerusform>
            <numerusform>No s&apos;han pogut llegir %n manifests de model i s&apos;han omès. El registre els detalla.</numerusform>
        </translation>
    </message>
    <message>
        <source>id: %1, kind: %2</source>
        <translation>id: %1, tipus: %2</translation>
    </message>
    <message>
        <source>No model variants found</source>
        <translation>No s&apos;ha trobat cap variant del model</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Imatges (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tots els fitxers (*)</translation>
    </message>
    <message>
        <source>Open Image</source>
        <translation>Obre una imatge</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hi ha fitxers recents</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>&amp;Neteja els fitxers recents</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DermaEdge %1&lt;/h3&gt;&lt;p&gt;Melanoma screening decision support for dermoscopic images.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Decision support only, not a diagnosis. The final judgement rests with the clinician.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Runtime: %2&lt;/p&gt;&lt;p&gt;Model folders:&lt;br&gt;%3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DermaEdge %1&lt;/h3&gt;&lt;p&gt;Suport a la decisió per al cribratge de melanoma en imatges dermatoscòpiques.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Només és suport a la decisió, no un diagnòstic. El judici final correspon al professional clínic.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Entorn d&apos;execució: %2&lt;/p&gt;&lt;p&gt;Carpetes de models:&lt;br&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About DermaEdge</source>
        <translation>Quant a DermaEdge</translation>
    </message>
    <message>
        <source>Create Variant</source>
        <translation>Crea una variant</translation>
    </message>
    <message>
        <source>Variant Hidden</source>
        <translation>Variant oculta</translation>
    </message>
    <message>
        <source>Variant %1 was written to %2, but the manifest %3 has the same id and takes precedence, so the model picker shows that one. Remove or rename one of them to use the new variant.</source>
        <translation>La variant %1 s&apos;ha desat a %2, però el manifest %3 té el mateix id i té prioritat, de manera que el selector de models mostra aquell. Elimineu-ne un o canvieu-ne el nom per a fer servir la variant nova.</translation>
    </message>
    <message>
        <source>Variant %1 is now in the model picker.</source>
        <translation>La variant %1 ja és al selector de models.</translation>
    </message>
    <message>
        <source>No model variants found. Searched: %1. Put a model manifest (.json) and its archive into one of these folders, or set DERMAEDGE_MODELS_DIR to a folder that contains them.</source>
        <translation>No s&apos;ha trobat cap variant del model. Carpetes cercades: %1. Poseu un manifest de model (.json) i el seu arxiu en una d&apos;aquestes carpetes, o definiu DERMAEDGE_MODELS_DIR amb una carpeta que els contingui.</translation>
    </message>
    <message>
        <source>no folders</source>
        <translation>cap carpeta</translation>
    </message>
    <message>
        <source>Selected model variant %1.</source>
        <translation>S&apos;ha seleccionat la variant del model %1.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>S&apos;està obrint %1…</translation>
    </message>
    <message>
        <source>Screening %1 with %2…</source>
        <translation>S&apos;està analitzant %1 amb %2…</translation>
    </message>
    <message>
        <source>%1 will be screened when the current screening finishes.</source>
        <translation>%1 s&apos;analitzarà quan acabi l&apos;anàlisi en curs.</translation>
    </message>
    <message>
        <source>It replaces %1, which will not be screened.</source>
        <translation>Substitueix %1, que no s&apos;analitzarà.</translation>
    </message>
    <message>
        <source>Screened %1 in %2 ms.</source>
        <translation>S&apos;ha analitzat %1 en %2 ms.</translation>
    </message>
    <message>
        <source>Screening %1 failed; the result panel shows why.</source>
        <translation>L&apos;anàlisi de %1 ha fallat. El plafó Resultat en mostra el motiu.</translation>
    </message>
    <message>
        <source>DermaEdge</source>
        <translation>DermaEdge</translation>
    </message>
    <message>
        <source>%1 – DermaEdge</source>
        <translation>%1 – DermaEdge</translation>
    </message>
    <message>
        <source>Screen &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen every image in a folder and list the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompare Variants…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dermaedge::OperatingPointMenu</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished">%1 %</translation>
    </message>
    <message>
        <source>Manifest default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity 0.95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced (Youden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specificity 0.90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold %1, validation rates not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold %1, sensitivity %2, specificity %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating &amp;Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model variant selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: the manifest of %1 has no validation ROC points. Measure them with &apos;dermaedge-cli evaluate --write-operating-points&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No validation ROC recorded for this variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rates from %n validation image(s) of %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dermaedge::ProbabilityBar</name>
    <message>
        <source>Melanoma probability</source>
        <translation>Probabilitat de melanoma</translation>
    </message>
    <message>
        <source>Probability %1 %, threshold %2 %</source>
        <translation>Probabilitat %1 %, llindar %2 %</translation>
    </message>
</context>
<context>
    <name>dermaedge::ReportExportDialog</name>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove identifying data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the pseudonym, comments, lesion label, notes and file name, and print dates as years only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dermaedge::ResultPanel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Screening result</source>
        <translation>Resultat de l&apos;anàlisi</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Decision support only, not a diagnosis. The final judgement rests with the clinician.</source>
        <translation>Només és suport a la decisió, no un diagnòstic. El judici final correspon al professional clínic.</translation>
    </message>
    <message>
        <source>Melanoma probability</source>
        <translation>Probabilitat de melanoma</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisió</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Llindar:</translation>
    </message>
    <message>
        <source>Model variant:</source>
        <translation>Variant del model:</translation>
    </message>
    <message>
        <source>Inference time:</source>
        <translation>Temps d&apos;inferència:</translation>
    </message>
    <message>
        <source>No image open. Open an image to screen it.</source>
        <translation>No hi ha cap imatge oberta. Obriu una imatge per a analitzar-la.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>S&apos;està obrint %1…</translation>
    </message>
    <message>
        <source>Screening %1 with %2…</source>
        <translation>S&apos;està analitzant %1 amb %2…</translation>
    </message>
    <message>
        <source>Above threshold: refer for assessment</source>
        <translation>Per sobre del llindar: cal derivar per a valoració</translation>
    </message>
    <message>
        <source>Below threshold</source>
        <translation>Per sota del llindar</translation>
    </message>
    <message>
        <source>%1
id: %2, kind: %3</source>
        <translation>%1
id: %2, tipus: %3</translation>
    </message>
    <message>
        <source>%1 (network %2)</source>
        <translation>%1 (xarxa neuronal %2)</translation>
    </message>
    <message>
        <source>Risk category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High: at or above the threshold. Intermediate: from half the threshold up to it. Low: below half the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low (below half the threshold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate (from half the threshold up to it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High (at or above the threshold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dermaedge::RiskTrendChart</name>
    <message>
        <source>Melanoma probability by visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dermaedge::SaveToCaseDialog</name>
    <message>
        <source>Save to Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, for example the history or the reason for the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example P-7KQ3XM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;uggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in a random unused pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a code that only your own records link to the patient. Never enter the patient&apos;s name or initials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ps&amp;eudonym:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anatomical site, as the ISIC archive groups them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, for example L2 or left of the scar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lesion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;abel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lesion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (added %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a pseudonym for the new patient, press Suggest, or choose an existing patient.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dermaedge::ScreeningRunner</name>
    <message>
        <source>Model variant &quot;%1&quot; (%2) failed to load, so %3 was not screened: %4</source>
        <translation>No s&apos;ha pogut carregar la variant del model «%1» (%2), per això no s&apos;ha analitzat %3: %4</translation>
    </message>
    <message>
        <source>Screening %1 failed: %2</source>
        <translation>L&apos;anàlisi de %1 ha fallat: %2</translation>
    </message>
    <message>
        <source>Screening %1 failed with an unexpected error: %2</source>
        <translation>L&apos;anàlisi de %1 ha fallat amb un error inesperat: %2</translation>
    </message>
    <message>
        <source>Screening %1 failed with an unknown error.</source>
        <translation>L&apos;anàlisi de %1 ha fallat amb un error desconegut.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Melanoma screening decision support for dermoscopic images. Decision support only, not a diagnosis.</source>
        <translation>Suport a la decisió per al cribratge de melanoma en imatges dermatoscòpiques. Només és suport a la decisió, no un diagnòstic.</translation>
    </message>
    <message>
        <source>Image files; the first one is opened and screened.</source>
        <translation>Fitxers d&apos;imatge. S&apos;obre i s&apos;analitza el primer.</translation>
    </message>
</context>
</TS>
