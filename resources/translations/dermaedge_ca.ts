<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ca_ES">
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
        <source>%1: file is too large (%2 MB; the limit is %3 MB)</source>
        <translation>%1: el fitxer és massa gran (%2 MB, i el límit és de %3 MB)</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: no es pot llegir (%2)</translation>
    </message>
    <message>
        <source>%1: image is too large (%2 x %3 pixels; the limit is %4 megapixels)</source>
        <translation>%1: la imatge és massa gran (%2 x %3 píxels, i el límit és de %4 megapíxels)</translation>
    </message>
    <message>
        <source>%1: JPEG data is truncated (no end-of-image marker)</source>
        <translation>%1: les dades JPEG estan truncades (falta el marcador de final d&apos;imatge)</translation>
    </message>
    <message>
        <source>%1: cannot be decoded (%2)</source>
        <translation>%1: no es pot descodificar (%2)</translation>
    </message>
    <message>
        <source>%1: not a readable image (unknown format or corrupt data)</source>
        <translation>%1: no és una imatge llegible (format desconegut o dades malmeses)</translation>
    </message>
    <message>
        <source>%1: image is too large (%2 x %3 pixels)</source>
        <translation>%1: la imatge és massa gran (%2 x %3 píxels)</translation>
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
