<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ca_ES">
<context>
    <name>ComparisonCharts</name>
    <message>
        <source>%1 – no results yet</source>
        <translation>%1 – encara no hi ha resultats</translation>
    </message>
    <message>
        <source>Typical time per image, median (lower is better)</source>
        <translation>Temps típic per imatge, mediana (com més baix, millor)</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>mil·lisegons</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>Model file size (lower is better)</source>
        <translation>Mida del fitxer del model (com més baixa, millor)</translation>
    </message>
    <message>
        <source>megabytes</source>
        <translation>megabytes</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fitxer</translation>
    </message>
    <message>
        <source>ROC AUC (higher is better, 0.5 is chance)</source>
        <translation>ROC AUC (com més alta, millor; 0,5 és l&apos;atzar)</translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <source>Accuracy against speed (best: top left)</source>
        <translation>Exactitud respecte a velocitat (millor: a dalt a l&apos;esquerra)</translation>
    </message>
    <message>
        <source>latency p50 (ms)</source>
        <translation>latència p50 (ms)</translation>
    </message>
    <message>
        <source>%1 – needs a benchmark and an evaluation</source>
        <translation>%1 – cal una prova de rendiment i una avaluació</translation>
    </message>
    <message>
        <source>Pareto front</source>
        <translation>Front de Pareto</translation>
    </message>
    <message>
        <source>ROC curves</source>
        <translation>Corbes ROC</translation>
    </message>
    <message>
        <source>1 − specificity</source>
        <translation>1 − especificitat</translation>
    </message>
    <message>
        <source>sensitivity</source>
        <translation>sensibilitat</translation>
    </message>
    <message>
        <source>chance</source>
        <translation>atzar</translation>
    </message>
    <message>
        <source>%1 – needs an evaluation with both classes</source>
        <translation>%1 – cal una avaluació amb totes dues classes</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Reading the charts&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Time and size are measured on this computer; accuracy on the evaluated images.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Accuracy against speed:&lt;/b&gt; rings mark the variants that no other variant beats on both speed and ROC AUC (the Pareto front), joined by a dashed line when there are several. Any other variant is slower, less accurate, or both, than one of them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;ROC curves:&lt;/b&gt; the dot on each curve is the variant&apos;s decision threshold; higher and further left means more melanomas found for fewer benign lesions flagged.&lt;/p&gt;&lt;p&gt;With a few hundred images the ROC AUC is uncertain by about ±0.01 to ±0.03 (the AUC cell&apos;s tooltip gives its standard error), so differences of a few thousandths do not show that one variant is more accurate.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Com llegir els gràfics&lt;/b&gt;&lt;/p&gt;&lt;p&gt;El temps i la mida es mesuren en aquest ordinador; l&apos;exactitud, en les imatges avaluades.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Exactitud respecte a velocitat:&lt;/b&gt; els anells marquen les variants que cap altra variant supera alhora en velocitat i en ROC AUC (el front de Pareto), unides per una línia discontínua quan n&apos;hi ha diverses. Qualsevol altra variant és més lenta, menys exacta o totes dues coses que una d&apos;elles.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Corbes ROC:&lt;/b&gt; el punt de cada corba és el llindar de decisió de la variant; com més amunt i més a l&apos;esquerra, més melanomes detectats amb menys lesions benignes marcades.&lt;/p&gt;&lt;p&gt;Amb uns quants centenars d&apos;imatges, la ROC AUC té una incertesa d&apos;uns ±0,01 a ±0,03 (el text d&apos;ajuda de la cel·la de l&apos;AUC en dona l&apos;error estàndard), de manera que diferències de poques mil·lèsimes no demostren que una variant sigui més exacta.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ComparisonExport</name>
    <message>
        <source>DermaEdge variant comparison</source>
        <translation>Comparació de variants de DermaEdge</translation>
    </message>
    <message>
        <source>DermaEdge: comparison of model variants</source>
        <translation>DermaEdge: comparació de variants del model</translation>
    </message>
    <message>
        <source>Decision support only, not a diagnosis. Amber cells were measured under other conditions (see their status); red speed cells mark a variant slower than the baseline.</source>
        <translation>Només és suport a la decisió, no un diagnòstic. Les cel·les ambre es van mesurar en altres condicions (vegeu-ne l&apos;estat); les cel·les de velocitat vermelles marquen una variant més lenta que el model de referència.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Decision support, not a diagnosis.</source>
        <translation>Suport a la decisió, no un diagnòstic.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>DermaEdge %1</source>
        <translation>DermaEdge %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Creat el %1</translation>
    </message>
    <message>
        <source>De-identified</source>
        <translation>Desidentificat</translation>
    </message>
    <message>
        <source>Melanoma risk screening report</source>
        <translation>Informe de cribratge del risc de melanoma</translation>
    </message>
    <message>
        <source>The result below is computed by a machine-learning model from one image. It must be interpreted by a qualified clinician together with the clinical examination and the patient&apos;s history. A lesion that changes, bleeds or worries the patient needs assessment whatever the result.</source>
        <translation>El resultat següent l&apos;ha calculat un model d&apos;aprenentatge automàtic a partir d&apos;una imatge. L&apos;ha d&apos;interpretar un professional clínic qualificat juntament amb l&apos;exploració clínica i la història del pacient. Una lesió que canvia, sagna o preocupa el pacient s&apos;ha de valorar sigui quin sigui el resultat.</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pacient</translation>
    </message>
    <message>
        <source>Body site</source>
        <translation>Localització anatòmica</translation>
    </message>
    <message>
        <source>Lesion</source>
        <translation>Lesió</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Data de la visita</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>Fitxer d&apos;imatge</translation>
    </message>
    <message>
        <source>Patient comment</source>
        <translation>Comentari del pacient</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Above the threshold: assessment by a dermatologist is advised.</source>
        <translation>Per sobre del llindar: es recomana la valoració per un dermatòleg.</translation>
    </message>
    <message>
        <source>Below the threshold: the model gives no reason for referral.</source>
        <translation>Per sota del llindar: el model no dona cap motiu de derivació.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Melanoma probability</source>
        <translation>Probabilitat de melanoma</translation>
    </message>
    <message>
        <source>Scale from 0 to 100%. The black line marks the decision threshold of %1.</source>
        <translation>Escala de 0 a 100 %. La línia negra marca el llindar de decisió de %1.</translation>
    </message>
    <message>
        <source>Screened image</source>
        <translation>Imatge analitzada</translation>
    </message>
    <message>
        <source>Heat map of the regions that weighed most in the output of model %1. It shows where the model looked, not which regions are malignant.</source>
        <translation>Mapa de calor de les regions que més han pesat en la sortida del model %1. Mostra on ha mirat el model, no quines regions són malignes.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imatge</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>AUC %1</source>
        <translation>AUC %1</translation>
    </message>
    <message>
        <source>sensitivity %1</source>
        <translation>sensibilitat %1</translation>
    </message>
    <message>
        <source>specificity %1</source>
        <translation>especificitat %1</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>no mesurat</translation>
    </message>
    <message numerus="yes">
        <source>on %n validation images</source>
        <translation>
            <numerusform>en %n imatge de validació</numerusform>
            <numerusform>en %n imatges de validació</numerusform>
        </translation>
    </message>
    <message>
        <source>on the validation images</source>
        <translation>en les imatges de validació</translation>
    </message>
    <message>
        <source>%1 ms on this computer</source>
        <translation>%1 ms en aquest ordinador</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>Made from</source>
        <translation>Creada a partir de</translation>
    </message>
    <message>
        <source>Measured accuracy</source>
        <translation>Exactitud mesurada</translation>
    </message>
    <message>
        <source>Screening time</source>
        <translation>Temps d&apos;anàlisi</translation>
    </message>
    <message>
        <source>Sensitivity and specificity are those of the model at this threshold on its validation images. They do not describe this image.</source>
        <translation>La sensibilitat i l&apos;especificitat són les del model amb aquest llindar en les seves imatges de validació. No descriuen aquesta imatge.</translation>
    </message>
    <message>
        <source>De-identified report: the pseudonym, free text and file name are removed and dates are reduced to the year.</source>
        <translation>Informe desidentificat: s&apos;han suprimit el pseudònim, el text lliure i el nom del fitxer, i les dates es redueixen a l&apos;any.</translation>
    </message>
    <message>
        <source>DermaEdge %1. Decision support, not a diagnosis.</source>
        <translation>DermaEdge %1. Suport a la decisió, no un diagnòstic.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pàgina %1 de %2</translation>
    </message>
    <message>
        <source>The risk is below the threshold, so the map is drawn fainter.</source>
        <translation>El risc és per sota del llindar, per això el mapa es dibuixa més tènue.</translation>
    </message>
</context>
<context>
    <name>dermaedge::BatchResultModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>No analitzada</translation>
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
        <source>Threshold %1</source>
        <translation>Llindar %1</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imatge</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fitxer</translation>
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
        <source>Model variant</source>
        <translation>Variant del model</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalls</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No es pot escriure %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>No s&apos;ha pogut desar %1: %2</translation>
    </message>
</context>
<context>
    <name>dermaedge::BatchScreenRunner</name>
    <message>
        <source>Batch screening failed with an unexpected error: %1</source>
        <translation>L&apos;anàlisi per lots ha fallat amb un error inesperat: %1</translation>
    </message>
</context>
<context>
    <name>dermaedge::BatchScreenWindow</name>
    <message>
        <source>Screen Folder – DermaEdge</source>
        <translation>Analitza una carpeta – DermaEdge</translation>
    </message>
    <message>
        <source>Decision support only, not a diagnosis. The final judgement rests with the clinician.</source>
        <translation>Només és suport a la decisió, no un diagnòstic. El judici final correspon al professional clínic.</translation>
    </message>
    <message>
        <source>No model variants found, so nothing can be screened.</source>
        <translation>No s&apos;ha trobat cap variant del model, de manera que no es pot analitzar res.</translation>
    </message>
    <message>
        <source>Choose a folder, or drop one onto this window.</source>
        <translation>Trieu una carpeta o deixeu-ne anar una en aquesta finestra.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Folder with dermoscopic images</source>
        <translation>Carpeta amb imatges dermatoscòpiques</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Navega…</translation>
    </message>
    <message>
        <source>Include &amp;subfolders</source>
        <translation>Inclou les &amp;subcarpetes</translation>
    </message>
    <message>
        <source>Model &amp;variant:</source>
        <translation>&amp;Variant del model:</translation>
    </message>
    <message>
        <source>S&amp;creen</source>
        <translation>&amp;Analitza</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;iltre:</translation>
    </message>
    <message>
        <source>Part of a file path or error message</source>
        <translation>Part d&apos;un camí de fitxer o d&apos;un missatge d&apos;error</translation>
    </message>
    <message>
        <source>&amp;Above threshold only</source>
        <translation>Només per s&amp;obre del llindar</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporta CSV…</translation>
    </message>
    <message>
        <source>Save the rows the table shows, in its order, as a CSV file</source>
        <translation>Desa com a fitxer CSV les files que mostra la taula, en el seu ordre</translation>
    </message>
    <message>
        <source>Double-click a row to open its image in the main window</source>
        <translation>Feu doble clic en una fila per obrir-ne la imatge a la finestra principal</translation>
    </message>
    <message>
        <source>No model variant is selected.</source>
        <translation>No hi ha cap variant del model seleccionada.</translation>
    </message>
    <message>
        <source>Choose a folder to screen first.</source>
        <translation>Primer trieu una carpeta per analitzar.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>S&apos;està carregant %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>S&apos;està cancel·lant…</translation>
    </message>
    <message>
        <source>Choose Folder to Screen</source>
        <translation>Selecciona la carpeta per analitzar</translation>
    </message>
    <message>
        <source>Screened %1 of %2 files…</source>
        <translation>S&apos;han analitzat %1 de %2 fitxers…</translation>
    </message>
    <message numerus="yes">
        <source>Screened %n file(s) in %1 s: %2 above threshold, %3 could not be screened.</source>
        <translation>
            <numerusform>S&apos;ha analitzat %n fitxer en %1 s: %2 per sobre del llindar, %3 no s&apos;han pogut analitzar.</numerusform>
            <numerusform>S&apos;han analitzat %n fitxers en %1 s: %2 per sobre del llindar, %3 no s&apos;han pogut analitzar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n file(s); the table lists them.</source>
        <translation>
            <numerusform>S&apos;ha cancel·lat després de %n fitxer; la taula el mostra.</numerusform>
            <numerusform>S&apos;ha cancel·lat després de %n fitxers; la taula els mostra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Screening failed: %1</source>
        <translation>L&apos;anàlisi ha fallat: %1</translation>
    </message>
    <message>
        <source>screening-results.csv</source>
        <translation>resultats-analisi.csv</translation>
    </message>
    <message>
        <source>Export Results as CSV</source>
        <translation>Exporta els resultats com a CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fitxers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>L&apos;exportació ha fallat</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>S&apos;ha desat %n fila a %1.</numerusform>
            <numerusform>S&apos;han desat %n files a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Es mostren: %1 de %2</translation>
    </message>
</context>
<context>
    <name>dermaedge::CameraCapture</name>
    <message>
        <source>Capture from &amp;Camera…</source>
        <translation>Captura amb la &amp;càmera…</translation>
    </message>
    <message>
        <source>Capture from &amp;Camera (No Camera Found)</source>
        <translation>Captura amb la &amp;càmera (no s&apos;ha trobat cap càmera)</translation>
    </message>
    <message>
        <source>Take a still with a camera and screen it</source>
        <translation>Fa una fotografia amb una càmera i l&apos;analitza</translation>
    </message>
    <message>
        <source>No camera is connected. Connect a camera or a dermatoscope adapter to capture images.</source>
        <translation>No hi ha cap càmera connectada. Connecteu una càmera o un adaptador de dermatoscopi per capturar imatges.</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1: no es pot crear la carpeta</translation>
    </message>
    <message>
        <source>%1: the still cannot be written (%2)</source>
        <translation>%1: no es pot escriure la fotografia (%2)</translation>
    </message>
    <message>
        <source>Capture from Camera</source>
        <translation>Captura amb la càmera</translation>
    </message>
</context>
<context>
    <name>dermaedge::CameraDialog</name>
    <message>
        <source>Capture from Camera</source>
        <translation>Captura amb la càmera</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Càmera:</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Previsualització de la càmera</translation>
    </message>
    <message>
        <source>Ca&amp;pture</source>
        <translation>Ca&amp;ptura</translation>
    </message>
    <message>
        <source>The still could not be taken: %1</source>
        <translation>No s&apos;ha pogut fer la fotografia: %1</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>No s&apos;ha trobat cap càmera</translation>
    </message>
    <message>
        <source>No camera found. Connect a camera, or open an image file instead.</source>
        <translation>No s&apos;ha trobat cap càmera. Connecteu-ne una o obriu un fitxer d&apos;imatge.</translation>
    </message>
    <message>
        <source>The camera failed: %1</source>
        <translation>La càmera ha fallat: %1</translation>
    </message>
    <message>
        <source>Place the dermatoscope on the lesion and press Capture. The still is saved to the captures folder and screened.</source>
        <translation>Col·loqueu el dermatoscopi sobre la lesió i premeu Captura. La fotografia es desa a la carpeta de captures i s&apos;analitza.</translation>
    </message>
    <message>
        <source>The camera is not ready yet; wait for the preview and try again.</source>
        <translation>La càmera encara no està a punt; espereu la previsualització i torneu-ho a provar.</translation>
    </message>
    <message>
        <source>Taking the still…</source>
        <translation>S&apos;està fent la fotografia…</translation>
    </message>
    <message>
        <source>The camera returned an empty still; try again.</source>
        <translation>La càmera ha retornat una fotografia buida; torneu-ho a provar.</translation>
    </message>
</context>
<context>
    <name>dermaedge::CaseWorkflow</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Save to Case…</source>
        <translation>&amp;Desa al cas…</translation>
    </message>
    <message>
        <source>Save the image and its result as a visit of a patient&apos;s lesion</source>
        <translation>Desa la imatge i el seu resultat com a visita d&apos;una lesió d&apos;un pacient</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>E&amp;xporta l&apos;informe…</translation>
    </message>
    <message>
        <source>Write the result on screen as a PDF, HTML or CSV report</source>
        <translation>Escriu el resultat de la pantalla com a informe PDF, HTML o CSV</translation>
    </message>
    <message>
        <source>&amp;Cases…</source>
        <translation>C&amp;asos…</translation>
    </message>
    <message>
        <source>Show the saved patients and the follow-up of their lesions</source>
        <translation>Mostra els pacients desats i el seguiment de les seves lesions</translation>
    </message>
    <message>
        <source>Nothing to save: wait until the screening of an image has finished.</source>
        <translation>No hi ha res per desar: espereu que acabi l&apos;anàlisi d&apos;una imatge.</translation>
    </message>
    <message>
        <source>Save to Case</source>
        <translation>Desa al cas</translation>
    </message>
    <message>
        <source>This result is already saved as the visit of %1. Save it again as another visit?</source>
        <translation>Aquest resultat ja està desat com a visita de %1. Voleu desar-lo de nou com una altra visita?</translation>
    </message>
    <message>
        <source>The case database cannot be opened.

%1</source>
        <translation>No es pot obrir la base de dades de casos.

%1</translation>
    </message>
    <message>
        <source>%1: melanoma probability %2 (threshold %3) with %4.</source>
        <translation>%1: probabilitat de melanoma %2 (llindar %3) amb %4.</translation>
    </message>
    <message>
        <source>Saved as the visit of %1.</source>
        <translation>S&apos;ha desat com a visita de %1.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>The report includes the heatmap shown on screen.</source>
        <translation>L&apos;informe inclou el mapa de calor que es mostra a la pantalla.</translation>
    </message>
    <message>
        <source>The heatmap is still being computed, so the report will not include it.</source>
        <translation>El mapa de calor encara s&apos;està calculant, de manera que l&apos;informe no l&apos;inclourà.</translation>
    </message>
    <message>
        <source>The heatmap is hidden (View &gt; Show Heatmap), so the report will not include it.</source>
        <translation>El mapa de calor està ocult (Visualitza &gt; Mostra el mapa de calor), de manera que l&apos;informe no l&apos;inclourà.</translation>
    </message>
    <message>
        <source>There is no heatmap for this result, so the report will not include it.</source>
        <translation>Aquest resultat no té mapa de calor, de manera que l&apos;informe no l&apos;inclourà.</translation>
    </message>
    <message>
        <source>It includes the case data of the visit of %1.</source>
        <translation>Inclou les dades del cas de la visita de %1.</translation>
    </message>
    <message>
        <source>The result is not saved to a case, so the report has no case data.</source>
        <translation>El resultat no està desat en cap cas, de manera que l&apos;informe no té dades del cas.</translation>
    </message>
    <message>
        <source>No result is shown, so there is nothing to report.</source>
        <translation>No es mostra cap resultat, de manera que no hi ha res per informar.</translation>
    </message>
    <message>
        <source>%1: the report was not written (%2)</source>
        <translation>%1: no s&apos;ha escrit l&apos;informe (%2)</translation>
    </message>
    <message>
        <source>Nothing to export: open and screen an image first.</source>
        <translation>No hi ha res per exportar: primer obriu i analitzeu una imatge.</translation>
    </message>
    <message>
        <source>dermaedge-report-%1.pdf</source>
        <translation>informe-dermaedge-%1.pdf</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporta l&apos;informe</translation>
    </message>
    <message>
        <source>The report was not written.

%1</source>
        <translation>No s&apos;ha escrit l&apos;informe.

%1</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>S&apos;ha escrit l&apos;informe a %1.</translation>
    </message>
</context>
<context>
    <name>dermaedge::CasesWindow</name>
    <message>
        <source>Cases – DermaEdge</source>
        <translation>Casos – DermaEdge</translation>
    </message>
    <message>
        <source>Filter by pseudonym</source>
        <translation>Filtra per pseudònim</translation>
    </message>
    <message>
        <source>Patient / lesion</source>
        <translation>Pacient / lesió</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Afegit</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualitza</translation>
    </message>
    <message>
        <source>Decision support only, not a diagnosis. The final judgement rests with the clinician.</source>
        <translation>Només és suport a la decisió, no un diagnòstic. El judici final correspon al professional clínic.</translation>
    </message>
    <message>
        <source>Select a lesion to see its visits.</source>
        <translation>Seleccioneu una lesió per veure&apos;n les visites.</translation>
    </message>
    <message>
        <source>The cases cannot be read: %1</source>
        <translation>No es poden llegir els casos: %1</translation>
    </message>
    <message>
        <source>The lesions cannot be read: %1</source>
        <translation>No es poden llegir les lesions: %1</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>No cases yet. Screen an image and use File &gt; Save to Case.</source>
        <translation>Encara no hi ha casos. Analitzeu una imatge i feu servir Fitxer &gt; Desa al cas.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n pacient</numerusform>
            <numerusform>%n pacients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesion(s)</source>
        <translation>
            <numerusform>%n lesió</numerusform>
            <numerusform>%n lesions</numerusform>
        </translation>
    </message>
    <message>
        <source>This patient has no lesions yet.</source>
        <translation>Aquest pacient encara no té lesions.</translation>
    </message>
    <message>
        <source>Select one of the patient&apos;s lesions to see its visits.</source>
        <translation>Seleccioneu una de les lesions del pacient per veure&apos;n les visites.</translation>
    </message>
</context>
<context>
    <name>dermaedge::ComparisonDashboard</name>
    <message>
        <source>Compare Model Variants – DermaEdge</source>
        <translation>Compara les variants del model – DermaEdge</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decision support only, not a diagnosis.&lt;/b&gt; Speed is measured on this computer; accuracy on the labelled images you choose. Amber cells were measured under other conditions than the current ones (their status column says which); a red speed cell marks a variant slower than the baseline.</source>
        <translation>&lt;b&gt;Només és suport a la decisió, no un diagnòstic.&lt;/b&gt; La velocitat es mesura en aquest ordinador; l&apos;exactitud, en les imatges etiquetades que trieu. Les cel·les ambre es van mesurar en condicions diferents de les actuals (la columna d&apos;estat indica quines); una cel·la de velocitat vermella marca una variant més lenta que el model de referència.</translation>
    </message>
    <message>
        <source>Results are saved in %1.</source>
        <translation>Els resultats es desen a %1.</translation>
    </message>
    <message>
        <source>Results cannot be saved: %1</source>
        <translation>No es poden desar els resultats: %1</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Taula</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Gràfics</translation>
    </message>
    <message>
        <source>A run is in progress; wait for it or cancel it first.</source>
        <translation>Hi ha una execució en curs; espereu que acabi o cancel·leu-la primer.</translation>
    </message>
    <message>
        <source>No model variants to benchmark.</source>
        <translation>No hi ha variants del model per a la prova de rendiment.</translation>
    </message>
    <message numerus="yes">
        <source>Benchmarking %n variant(s), one after another. Screening images meanwhile would slow the benchmark down.</source>
        <translation>
            <numerusform>S&apos;està fent la prova de rendiment de %n variant. Si mentrestant analitzeu imatges, la prova serà més lenta.</numerusform>
            <numerusform>S&apos;està fent la prova de rendiment de %n variants, una rere l&apos;altra. Si mentrestant analitzeu imatges, la prova serà més lenta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a folder of labelled images (benign/ and malignant/ subfolders) first.</source>
        <translation>Primer trieu una carpeta d&apos;imatges etiquetades (amb les subcarpetes benign/ i malignant/).</translation>
    </message>
    <message>
        <source>No model variants to evaluate.</source>
        <translation>No hi ha variants del model per avaluar.</translation>
    </message>
    <message numerus="yes">
        <source>Evaluating %n variant(s) on %1.</source>
        <translation>
            <numerusform>S&apos;està avaluant %n variant en %1.</numerusform>
            <numerusform>S&apos;estan avaluant %n variants en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling after the current step…</source>
        <translation>Es cancel·larà després del pas actual…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Benchmark cancelled.</source>
        <translation>S&apos;ha cancel·lat la prova de rendiment.</translation>
    </message>
    <message>
        <source>Evaluation cancelled.</source>
        <translation>S&apos;ha cancel·lat l&apos;avaluació.</translation>
    </message>
    <message>
        <source>Benchmark finished.</source>
        <translation>Ha acabat la prova de rendiment.</translation>
    </message>
    <message>
        <source>Evaluation finished.</source>
        <translation>Ha acabat l&apos;avaluació.</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s); the log lists them)</source>
        <translation>
            <numerusform>(i %n problema més; el registre els mostra tots)</numerusform>
            <numerusform>(i %n problemes més; el registre els mostra tots)</numerusform>
        </translation>
    </message>
    <message>
        <source>Other programs kept up to %1 core(s) busy meanwhile, so the latencies are slower and noisier than on an idle computer.</source>
        <translation>Mentrestant, altres programes han mantingut ocupats fins a %1 nuclis, de manera que les latències són més lentes i més variables que en un ordinador inactiu.</translation>
    </message>
    <message>
        <source>Choose Labelled Images</source>
        <translation>Selecciona les imatges etiquetades</translation>
    </message>
    <message numerus="yes">
        <source>Computer: %1, %n core(s), %2. Benchmark: %3 runs, %4.</source>
        <translation>
            <numerusform>Ordinador: %1, %n nucli, %2. Prova de rendiment: %3 execucions, %4.</numerusform>
            <numerusform>Ordinador: %1, %n nuclis, %2. Prova de rendiment: %3 execucions, %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evaluated on %n image(s) (melanomas: %1) of %2.</source>
        <translation>
            <numerusform>Avaluat en %n imatge (melanomes: %1) de %2.</numerusform>
            <numerusform>Avaluat en %n imatges (melanomes: %1) de %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>S&apos;ha exportat %1.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fitxers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fitxers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporta a PDF</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporta a CSV</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>S&apos;ha desat %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n fil</numerusform>
            <numerusform>%n fils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n core(s)</source>
        <translation>
            <numerusform>%n nucli</numerusform>
            <numerusform>tots els %n nuclis</numerusform>
        </translation>
    </message>
    <message>
        <source>Speed on this computer</source>
        <translation>Velocitat en aquest ordinador</translation>
    </message>
    <message>
        <source>Timed runs per series, after %1 untimed warm-up runs.</source>
        <translation>Execucions cronometrades per sèrie, després de %1 execucions d&apos;escalfament no cronometrades.</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>&amp;Execucions:</translation>
    </message>
    <message>
        <source>Run &amp;Benchmark</source>
        <translation>Executa la prova de &amp;rendiment</translation>
    </message>
    <message>
        <source>Accuracy on labelled images</source>
        <translation>Exactitud en imatges etiquetades</translation>
    </message>
    <message>
        <source>Folder with benign/ and malignant/ subfolders</source>
        <translation>Carpeta amb les subcarpetes benign/ i malignant/</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;Navega…</translation>
    </message>
    <message>
        <source>Only held-out &amp;validation images</source>
        <translation>Només les imatges de &amp;validació reservades</translation>
    </message>
    <message>
        <source>Use only the images each model was not trained on, as listed by the split file beside it. Without a split file every image is used.</source>
        <translation>Usa només les imatges amb què no s&apos;ha entrenat cada model, segons el fitxer de partició que té al costat. Sense fitxer de partició s&apos;usen totes les imatges.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>totes</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>&amp;Imatges:</translation>
    </message>
    <message>
        <source>Run &amp;Evaluation</source>
        <translation>Executa l&apos;avalua&amp;ció</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>Cance&amp;l·la l&apos;execució</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporta C&amp;SV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporta &amp;PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tanca</translation>
    </message>
</context>
<context>
    <name>dermaedge::ComparisonTableModel</name>
    <message>
        <source>undefined</source>
        <translation>indefinit</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (referència)</translation>
    </message>
    <message>
        <source>%1x (slower)</source>
        <translation>%1x (més lenta)</translation>
    </message>
    <message>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>no mesurat</translation>
    </message>
    <message>
        <source>stale: %1</source>
        <translation>desactualitzat: %1</translation>
    </message>
    <message>
        <source>%1; computer was busy</source>
        <translation>%1; l&apos;ordinador estava ocupat</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n image(s), melanomas: %2</source>
        <translation>
            <numerusform>%1; %n imatge, melanomes: %2</numerusform>
            <numerusform>%1; %n imatges, melanomes: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referència</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 de %2 (%3 %)</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n more melanoma(s) missed</source>
        <translation>
            <numerusform>%1; %n melanoma més no detectat</numerusform>
            <numerusform>%1; %n melanomes més no detectats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n fewer melanoma(s) missed</source>
        <translation>
            <numerusform>%1; %n melanoma menys no detectat</numerusform>
            <numerusform>%1; %n melanomes menys no detectats</numerusform>
        </translation>
    </message>
    <message>
        <source>melanoma missed by this variant</source>
        <translation>melanoma no detectat per aquesta variant</translation>
    </message>
    <message>
        <source>melanoma found only by this variant</source>
        <translation>melanoma detectat només per aquesta variant</translation>
    </message>
    <message>
        <source>benign lesion flagged only by this variant</source>
        <translation>lesió benigna marcada només per aquesta variant</translation>
    </message>
    <message>
        <source>benign lesion flagged only by the baseline</source>
        <translation>lesió benigna marcada només pel model de referència</translation>
    </message>
    <message>
        <source>%1: baseline %2, this variant %3 (%4)</source>
        <translation>%1: referència %2, aquesta variant %3 (%4)</translation>
    </message>
    <message>
        <source>At this variant&apos;s threshold %1, compared with the baseline: melanomas missed %2, melanomas newly found %3, benign lesions newly flagged %4, no longer flagged %5.</source>
        <translation>Amb el llindar %1 d&apos;aquesta variant, en comparació amb el model de referència: melanomes no detectats %2, melanomes detectats de nou %3, lesions benignes marcades de nou %4, que ja no es marquen %5.</translation>
    </message>
    <message>
        <source>model file changed</source>
        <translation>ha canviat el fitxer del model</translation>
    </message>
    <message>
        <source>images changed</source>
        <translation>han canviat les imatges</translation>
    </message>
    <message>
        <source>other computer</source>
        <translation>un altre ordinador</translation>
    </message>
    <message>
        <source>other settings (%1)</source>
        <translation>una altra configuració (%1)</translation>
    </message>
    <message>
        <source>id: %1</source>
        <translation>id: %1</translation>
    </message>
    <message>
        <source>This variant is slower than the baseline on this computer.</source>
        <translation>Aquesta variant és més lenta que el model de referència en aquest ordinador.</translation>
    </message>
    <message numerus="yes">
        <source>Other programs kept %1 of %n core(s) busy during this benchmark, so its latencies are slower and more spread out than on an idle computer.</source>
        <translation>
            <numerusform>Altres programes han mantingut ocupats %1 de %n nucli durant aquesta prova de rendiment, de manera que les latències són més lentes i més disperses que en un ordinador inactiu.</numerusform>
            <numerusform>Altres programes han mantingut ocupats %1 de %n nuclis durant aquesta prova de rendiment, de manera que les latències són més lentes i més disperses que en un ordinador inactiu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Standard error about ±%1 (Hanley and McNeil) on these %n image(s).</source>
        <translation>
            <numerusform>Error estàndard d&apos;uns ±%1 (Hanley i McNeil) en aquesta %n imatge.</numerusform>
            <numerusform>Error estàndard d&apos;uns ±%1 (Hanley i McNeil) en aquestes %n imatges.</numerusform>
        </translation>
    </message>
    <message>
        <source>Images: %1 (%2)</source>
        <translation>Imatges: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be read and were left out:</source>
        <translation>
            <numerusform>No s&apos;ha pogut llegir %n imatge i s&apos;ha exclòs:</numerusform>
            <numerusform>No s&apos;han pogut llegir %n imatges i s&apos;han exclòs:</numerusform>
        </translation>
    </message>
    <message>
        <source>Stale benchmark: %1. Run the benchmark again to update it.</source>
        <translation>Prova de rendiment desactualitzada: %1. Torneu a executar la prova de rendiment per actualitzar-la.</translation>
    </message>
    <message>
        <source>Stale evaluation: %1. Run the evaluation again to update it.</source>
        <translation>Avaluació desactualitzada: %1. Torneu a executar l&apos;avaluació per actualitzar-la.</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <source>Speed vs
baseline</source>
        <translation>Velocitat respecte
a la referència</translation>
    </message>
    <message>
        <source>Latency
p50 (ms)</source>
        <translation>Latència
p50 (ms)</translation>
    </message>
    <message>
        <source>Latency
p90 (ms)</source>
        <translation>Latència
p90 (ms)</translation>
    </message>
    <message>
        <source>Latency
p99 (ms)</source>
        <translation>Latència
p99 (ms)</translation>
    </message>
    <message>
        <source>Images/s</source>
        <translation>Imatges/s</translation>
    </message>
    <message>
        <source>Size
(MB)</source>
        <translation>Mida
(MB)</translation>
    </message>
    <message>
        <source>Compressed
(MB)</source>
        <translation>Comprimit
(MB)</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paràmetres</translation>
    </message>
    <message>
        <source>Non-zero
parameters</source>
        <translation>Paràmetres
no nuls</translation>
    </message>
    <message>
        <source>MMACs</source>
        <translation>MMAC</translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <source>Balanced
accuracy</source>
        <translation>Exactitud
equilibrada</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilitat</translation>
    </message>
    <message>
        <source>Specificity</source>
        <translation>Especificitat</translation>
    </message>
    <message>
        <source>PPV</source>
        <translation>VPP</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>ECE</source>
        <translation>ECE</translation>
    </message>
    <message>
        <source>Decisions differing
from baseline</source>
        <translation>Decisions diferents
de la referència</translation>
    </message>
    <message>
        <source>Benchmarked</source>
        <translation>Prova de rendiment</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Avaluació</translation>
    </message>
    <message>
        <source>Baseline latency p50 divided by this variant&apos;s: above 1x is faster, below 1x slower.</source>
        <translation>Latència p50 del model de referència dividida per la d&apos;aquesta variant: per sobre d&apos;1x és més ràpida; per sota d&apos;1x, més lenta.</translation>
    </message>
    <message>
        <source>Time of one network forward pass (batch 1), in milliseconds: half, 90% and 99% of the runs were at least this fast.</source>
        <translation>Temps d&apos;una passada endavant de la xarxa (lot d&apos;1), en mil·lisegons: la meitat, el 90 % i el 99 % de les execucions han estat com a mínim així de ràpides.</translation>
    </message>
    <message>
        <source>Images per second, one at a time, network only.</source>
        <translation>Imatges per segon, d&apos;una en una, només la xarxa.</translation>
    </message>
    <message>
        <source>Size of the model file in megabytes (10^6 bytes).</source>
        <translation>Mida del fitxer del model en megabytes (10^6 bytes).</translation>
    </message>
    <message>
        <source>Size of the model file after zlib compression, in megabytes.</source>
        <translation>Mida del fitxer del model després de la compressió zlib, en megabytes.</translation>
    </message>
    <message>
        <source>Millions of multiply-accumulate operations per image, counted from the model.</source>
        <translation>Milions d&apos;operacions de multiplicació i acumulació per imatge, comptades a partir del model.</translation>
    </message>
    <message>
        <source>Area under the ROC curve on the labelled images: 1 is perfect ranking, 0.5 chance.</source>
        <translation>Àrea sota la corba ROC en les imatges etiquetades: 1 és una ordenació perfecta; 0,5, l&apos;atzar.</translation>
    </message>
    <message>
        <source>Share of melanomas decided malignant at the variant&apos;s threshold.</source>
        <translation>Proporció de melanomes classificats com a malignes amb el llindar de la variant.</translation>
    </message>
    <message>
        <source>Share of benign lesions decided benign at the variant&apos;s threshold.</source>
        <translation>Proporció de lesions benignes classificades com a benignes amb el llindar de la variant.</translation>
    </message>
    <message>
        <source>Positive predictive value: share of malignant decisions that are melanomas. It depends on the share of melanomas among the evaluated images, which may differ from your practice&apos;s.</source>
        <translation>Valor predictiu positiu: proporció de decisions de malignitat que són melanomes. Depèn de la proporció de melanomes entre les imatges avaluades, que pot ser diferent de la de la vostra consulta.</translation>
    </message>
    <message>
        <source>Negative predictive value: share of benign decisions that are benign lesions. It depends on the share of melanomas among the evaluated images, which may differ from your practice&apos;s.</source>
        <translation>Valor predictiu negatiu: proporció de decisions de benignitat que són lesions benignes. Depèn de la proporció de melanomes entre les imatges avaluades, que pot ser diferent de la de la vostra consulta.</translation>
    </message>
    <message>
        <source>Mean of sensitivity and specificity at the variant&apos;s threshold.</source>
        <translation>Mitjana de la sensibilitat i l&apos;especificitat amb el llindar de la variant.</translation>
    </message>
    <message>
        <source>Expected calibration error: mean gap between probability and observed frequency.</source>
        <translation>Error de calibratge esperat: diferència mitjana entre la probabilitat i la freqüència observada.</translation>
    </message>
    <message>
        <source>Images whose decision differs from the baseline&apos;s; the tooltip lists them.</source>
        <translation>Imatges amb una decisió diferent de la del model de referència; el text d&apos;ajuda les mostra.</translation>
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
    <message>
        <source>Distillation into a narrower network</source>
        <translation>Destil·lació en una xarxa més estreta</translation>
    </message>
    <message>
        <source>0 (labels only)</source>
        <translation>0 (només etiquetes)</translation>
    </message>
    <message>
        <source>Share of the training loss taken from the baseline&apos;s probabilities</source>
        <translation>Part de la pèrdua d&apos;entrenament presa de les probabilitats del model de referència</translation>
    </message>
    <message>
        <source>&amp;Distillation weight:</source>
        <translation>Pes de la &amp;destil·lació:</translation>
    </message>
    <message>
        <source>&lt;p&gt;Threshold: %1 %, chosen on the validation images: sensitivity %2 %, specificity %3 %&lt;/p&gt;</source>
        <translation>&lt;p&gt;Llindar: %1 %, triat amb les imatges de validació: sensibilitat %2 %, especificitat %3 %&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>dermaedge::ExplanationController</name>
    <message>
        <source>Show &amp;Heatmap</source>
        <translation>Mostra el &amp;mapa de calor</translation>
    </message>
    <message>
        <source>Show the regions that raised the melanoma score over the image</source>
        <translation>Mostra sobre la imatge les regions que han augmentat la puntuació de melanoma</translation>
    </message>
    <message>
        <source>A heatmap appears after screening.</source>
        <translation>Després de l&apos;anàlisi apareix un mapa de calor.</translation>
    </message>
    <message>
        <source>No heatmap: %1</source>
        <translation>Sense mapa de calor: %1</translation>
    </message>
    <message>
        <source>Computing the heatmap with %1…</source>
        <translation>S&apos;està calculant el mapa de calor amb %1…</translation>
    </message>
    <message>
        <source>Explained with %1 (%2).</source>
        <translation>Explicat amb %1 (%2).</translation>
    </message>
    <message>
        <source>The screened variant %1 is quantized and has no gradients, so its FP32 baseline computed the heatmap.</source>
        <translation>La variant analitzada %1 està quantitzada i no té gradients, de manera que el mapa de calor l&apos;ha calculat el seu model de referència FP32.</translation>
    </message>
    <message>
        <source>The screened variant %1 was made from this FP32 baseline, which computed the heatmap. The variant may weigh regions differently.</source>
        <translation>La variant analitzada %1 es va crear a partir d&apos;aquest model de referència FP32, que ha calculat el mapa de calor. La variant pot ponderar les regions de manera diferent.</translation>
    </message>
    <message>
        <source>The baseline&apos;s own melanoma probability for this image is %1 %.</source>
        <translation>La probabilitat de melanoma que dona el model de referència per a aquesta imatge és del %1 %.</translation>
    </message>
    <message>
        <source>Note: %1.</source>
        <translation>Nota: %1.</translation>
    </message>
    <message>
        <source>No region raised the melanoma score, so the heatmap is empty.</source>
        <translation>Cap regió no ha augmentat la puntuació de melanoma, de manera que el mapa de calor és buit.</translation>
    </message>
    <message>
        <source>The risk is below the threshold, so the heatmap is drawn fainter: its regions raised a low score.</source>
        <translation>El risc és per sota del llindar, per això el mapa de calor es dibuixa més tènue: les seves regions han fet pujar una puntuació baixa.</translation>
    </message>
</context>
<context>
    <name>dermaedge::FollowUpView</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Open in Main Window</source>
        <translation>&amp;Obre a la finestra principal</translation>
    </message>
    <message>
        <source>Double-click an image to open it in the main window.</source>
        <translation>Feu doble clic en una imatge per obrir-la a la finestra principal.</translation>
    </message>
    <message>
        <source>Screen the selected image again in the main window</source>
        <translation>Torna a analitzar la imatge seleccionada a la finestra principal</translation>
    </message>
    <message>
        <source>Select a lesion to see its visits.</source>
        <translation>Seleccioneu una lesió per veure&apos;n les visites.</translation>
    </message>
    <message>
        <source>The visits cannot be read: %1</source>
        <translation>No es poden llegir les visites: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visita</numerusform>
            <numerusform>%n visites</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fitxer: %1</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Sense resultat</translation>
    </message>
    <message>
        <source>%1 (threshold %2)</source>
        <translation>%1 (llindar %2)</translation>
    </message>
    <message>
        <source>Model: %1 (%2)</source>
        <translation>Model: %1 (%2)</translation>
    </message>
    <message>
        <source>Above threshold</source>
        <translation>Per sobre del llindar</translation>
    </message>
    <message>
        <source>Below threshold</source>
        <translation>Per sota del llindar</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
</context>
<context>
    <name>dermaedge::HeatmapControls</name>
    <message>
        <source>Explanation</source>
        <translation>Explicació</translation>
    </message>
    <message>
        <source>Show heatmap (%1)</source>
        <translation>Mostra el mapa de calor (%1)</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>Opacitat:</translation>
    </message>
    <message>
        <source>Heatmap opacity</source>
        <translation>Opacitat del mapa de calor</translation>
    </message>
    <message>
        <source>Explanation status</source>
        <translation>Estat de l&apos;explicació</translation>
    </message>
    <message>
        <source>Red marks the regions that raised the melanoma score most, through yellow and cyan to faint blue. Regions that did not raise it keep their colours. A heatmap shows where the model looked, not why, and is no proof of a finding.</source>
        <translation>El vermell marca les regions que més han augmentat la puntuació de melanoma, passant pel groc i el cian fins al blau pàl·lid. Les regions que no l&apos;han augmentat conserven els colors. Un mapa de calor mostra on ha mirat el model, no per què, i no és cap prova d&apos;una troballa.</translation>
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
        <translation>Analitza una carpe&amp;ta…</translation>
    </message>
    <message>
        <source>Screen every image in a folder and list the results</source>
        <translation>Analitza totes les imatges d&apos;una carpeta i en mostra els resultats</translation>
    </message>
    <message>
        <source>C&amp;ompare Variants…</source>
        <translation>C&amp;ompara les variants…</translation>
    </message>
</context>
<context>
    <name>dermaedge::OperatingPointMenu</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Manifest default</source>
        <translation>Valor predeterminat del manifest</translation>
    </message>
    <message>
        <source>Sensitivity 0.95</source>
        <translation>Sensibilitat 0,95</translation>
    </message>
    <message>
        <source>Balanced (Youden)</source>
        <translation>Equilibrat (Youden)</translation>
    </message>
    <message>
        <source>Specificity 0.90</source>
        <translation>Especificitat 0,90</translation>
    </message>
    <message>
        <source>threshold %1, validation rates not measured</source>
        <translation>llindar %1, taxes de validació no mesurades</translation>
    </message>
    <message>
        <source>threshold %1, sensitivity %2, specificity %3</source>
        <translation>llindar %1, sensibilitat %2, especificitat %3</translation>
    </message>
    <message>
        <source>Operating &amp;Point</source>
        <translation>&amp;Punt operatiu</translation>
    </message>
    <message>
        <source>No model variant selected</source>
        <translation>No hi ha cap variant del model seleccionada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not available: the manifest of %1 has no validation ROC points. Measure them with &apos;dermaedge-cli evaluate --write-operating-points&apos;.</source>
        <translation>No disponible: el manifest de %1 no té punts ROC de validació. Mesureu-los amb &apos;dermaedge-cli evaluate --write-operating-points&apos;.</translation>
    </message>
    <message>
        <source>No validation ROC recorded for this variant</source>
        <translation>No hi ha cap ROC de validació registrada per a aquesta variant</translation>
    </message>
    <message numerus="yes">
        <source>Rates from %n validation image(s) of %1</source>
        <translation>
            <numerusform>Taxes a partir de %n imatge de validació de %1</numerusform>
            <numerusform>Taxes a partir de %n imatges de validació de %1</numerusform>
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
        <translation>Exporta l&apos;informe</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML page (*.html *.htm)</source>
        <translation>Pàgina HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Taula CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Remove identifying data</source>
        <translation>&amp;Elimina les dades identificatives</translation>
    </message>
    <message>
        <source>Leave out the pseudonym, comments, lesion label, notes and file name, and print dates as years only.</source>
        <translation>Omet el pseudònim, els comentaris, l&apos;etiqueta de la lesió, les notes i el nom del fitxer, i imprimeix les dates només amb l&apos;any.</translation>
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
        <translation>Categoria de risc:</translation>
    </message>
    <message>
        <source>High: at or above the threshold. Intermediate: from half the threshold up to it. Low: below half the threshold.</source>
        <translation>Alt: igual o per sobre del llindar. Intermedi: des de la meitat del llindar fins al llindar. Baix: per sota de la meitat del llindar.</translation>
    </message>
    <message>
        <source>Operating point:</source>
        <translation>Punt operatiu:</translation>
    </message>
    <message>
        <source>Low (below half the threshold)</source>
        <translation>Baix (per sota de la meitat del llindar)</translation>
    </message>
    <message>
        <source>Intermediate (from half the threshold up to it)</source>
        <translation>Intermedi (des de la meitat del llindar fins al llindar)</translation>
    </message>
    <message>
        <source>High (at or above the threshold)</source>
        <translation>Alt (igual o per sobre del llindar)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>dermaedge::RiskTrendChart</name>
    <message>
        <source>Melanoma probability by visit</source>
        <translation>Probabilitat de melanoma per visita</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilitat</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Llindar</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Data de la visita</translation>
    </message>
</context>
<context>
    <name>dermaedge::SaveToCaseDialog</name>
    <message>
        <source>Save to Case</source>
        <translation>Desa al cas</translation>
    </message>
    <message>
        <source>Optional, for example the history or the reason for the visit</source>
        <translation>Opcional, per exemple la història o el motiu de la visita</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>for example P-7KQ3XM</source>
        <translation>per exemple P-7KQ3XM</translation>
    </message>
    <message>
        <source>S&amp;uggest</source>
        <translation>&amp;Suggereix</translation>
    </message>
    <message>
        <source>Fill in a random unused pseudonym</source>
        <translation>Omple amb un pseudònim aleatori que no s&apos;hagi fet servir</translation>
    </message>
    <message>
        <source>Use a code that only your own records link to the patient. Never enter the patient&apos;s name or initials.</source>
        <translation>Feu servir un codi que només els vostres registres vinculin al pacient. No introduïu mai el nom ni les inicials del pacient.</translation>
    </message>
    <message>
        <source>Ps&amp;eudonym:</source>
        <translation>Ps&amp;eudònim:</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pacient</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Pacient:</translation>
    </message>
    <message>
        <source>Anatomical site, as the ISIC archive groups them</source>
        <translation>Localització anatòmica, agrupada com a l&apos;arxiu ISIC</translation>
    </message>
    <message>
        <source>optional, for example L2 or left of the scar</source>
        <translation>opcional, per exemple L2 o a l&apos;esquerra de la cicatriu</translation>
    </message>
    <message>
        <source>Lesion</source>
        <translation>Lesió</translation>
    </message>
    <message>
        <source>&amp;Lesion:</source>
        <translation>&amp;Lesió:</translation>
    </message>
    <message>
        <source>&amp;Body site:</source>
        <translation>Locali&amp;tzació anatòmica:</translation>
    </message>
    <message>
        <source>L&amp;abel:</source>
        <translation>Eti&amp;queta:</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Pacient nou</translation>
    </message>
    <message>
        <source>New lesion</source>
        <translation>Lesió nova</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source> (added %1)</source>
        <translation> (afegit el %1)</translation>
    </message>
    <message>
        <source>Enter a pseudonym for the new patient, press Suggest, or choose an existing patient.</source>
        <translation>Introduïu un pseudònim per al pacient nou, premeu Suggereix o trieu un pacient existent.</translation>
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
