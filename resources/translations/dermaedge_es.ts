<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ComparisonCharts</name>
    <message>
        <source>%1 – no results yet</source>
        <translation>%1 – aún no hay resultados</translation>
    </message>
    <message>
        <source>Typical time per image, median (lower is better)</source>
        <translation>Tiempo típico por imagen, mediana (cuanto menor, mejor)</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>milisegundos</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>Model file size (lower is better)</source>
        <translation>Tamaño del archivo del modelo (cuanto menor, mejor)</translation>
    </message>
    <message>
        <source>megabytes</source>
        <translation>megabytes</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>ROC AUC (higher is better, 0.5 is chance)</source>
        <translation>ROC AUC (cuanto mayor, mejor; 0,5 es el azar)</translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <source>Accuracy against speed (best: top left)</source>
        <translation>Exactitud frente a velocidad (mejor: arriba a la izquierda)</translation>
    </message>
    <message>
        <source>latency p50 (ms)</source>
        <translation>latencia p50 (ms)</translation>
    </message>
    <message>
        <source>%1 – needs a benchmark and an evaluation</source>
        <translation>%1 – necesita una prueba de rendimiento y una evaluación</translation>
    </message>
    <message>
        <source>Pareto front</source>
        <translation>Frente de Pareto</translation>
    </message>
    <message>
        <source>ROC curves</source>
        <translation>Curvas ROC</translation>
    </message>
    <message>
        <source>1 − specificity</source>
        <translation>1 − especificidad</translation>
    </message>
    <message>
        <source>sensitivity</source>
        <translation>sensibilidad</translation>
    </message>
    <message>
        <source>chance</source>
        <translation>azar</translation>
    </message>
    <message>
        <source>%1 – needs an evaluation with both classes</source>
        <translation>%1 – necesita una evaluación con ambas clases</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Reading the charts&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Time and size are measured on this computer; accuracy on the evaluated images.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Accuracy against speed:&lt;/b&gt; rings mark the variants that no other variant beats on both speed and ROC AUC (the Pareto front), joined by a dashed line when there are several. Any other variant is slower, less accurate, or both, than one of them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;ROC curves:&lt;/b&gt; the dot on each curve is the variant&apos;s decision threshold; higher and further left means more melanomas found for fewer benign lesions flagged.&lt;/p&gt;&lt;p&gt;With a few hundred images the ROC AUC is uncertain by about ±0.01 to ±0.03 (the AUC cell&apos;s tooltip gives its standard error), so differences of a few thousandths do not show that one variant is more accurate.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Cómo leer los gráficos&lt;/b&gt;&lt;/p&gt;&lt;p&gt;El tiempo y el tamaño se miden en este ordenador; la exactitud, en las imágenes evaluadas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Exactitud frente a velocidad:&lt;/b&gt; los anillos marcan las variantes que ninguna otra variante supera a la vez en velocidad y en ROC AUC (el frente de Pareto), unidas por una línea discontinua cuando hay varias. Cualquier otra variante es más lenta, menos exacta o ambas cosas que una de ellas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Curvas ROC:&lt;/b&gt; el punto de cada curva es el umbral de decisión de la variante; cuanto más arriba y más a la izquierda, más melanomas detectados con menos lesiones benignas marcadas.&lt;/p&gt;&lt;p&gt;Con unos cientos de imágenes, la ROC AUC tiene una incertidumbre de unos ±0,01 a ±0,03 (la información sobre herramientas de la celda del AUC da su error estándar), así que diferencias de pocas milésimas no demuestran que una variante sea más exacta.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ComparisonExport</name>
    <message>
        <source>DermaEdge variant comparison</source>
        <translation>Comparación de variantes de DermaEdge</translation>
    </message>
    <message>
        <source>DermaEdge: comparison of model variants</source>
        <translation>DermaEdge: comparación de variantes del modelo</translation>
    </message>
    <message>
        <source>Decision support only, not a diagnosis. Amber cells were measured under other conditions (see their status); red speed cells mark a variant slower than the baseline.</source>
        <translation>Solo es apoyo a la decisión, no un diagnóstico. Las celdas ámbar se midieron en otras condiciones (véase su estado); las celdas de velocidad rojas marcan una variante más lenta que el modelo de referencia.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Decision support, not a diagnosis.</source>
        <translation>Apoyo a la decisión, no un diagnóstico.</translation>
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
        <translation>Creado el %1</translation>
    </message>
    <message>
        <source>De-identified</source>
        <translation>Desidentificado</translation>
    </message>
    <message>
        <source>Melanoma risk screening report</source>
        <translation>Informe de cribado del riesgo de melanoma</translation>
    </message>
    <message>
        <source>The result below is computed by a machine-learning model from one image. It must be interpreted by a qualified clinician together with the clinical examination and the patient&apos;s history. A lesion that changes, bleeds or worries the patient needs assessment whatever the result.</source>
        <translation>El resultado siguiente lo ha calculado un modelo de aprendizaje automático a partir de una imagen. Debe interpretarlo un profesional clínico cualificado junto con la exploración clínica y la historia del paciente. Una lesión que cambia, sangra o preocupa al paciente debe valorarse sea cual sea el resultado.</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Body site</source>
        <translation>Localización anatómica</translation>
    </message>
    <message>
        <source>Lesion</source>
        <translation>Lesión</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Fecha de la visita</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>Archivo de imagen</translation>
    </message>
    <message>
        <source>Patient comment</source>
        <translation>Comentario del paciente</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Above the threshold: assessment by a dermatologist is advised.</source>
        <translation>Por encima del umbral: se recomienda la valoración por un dermatólogo.</translation>
    </message>
    <message>
        <source>Below the threshold: the model gives no reason for referral.</source>
        <translation>Por debajo del umbral: el modelo no da ningún motivo de derivación.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Melanoma probability</source>
        <translation>Probabilidad de melanoma</translation>
    </message>
    <message>
        <source>Scale from 0 to 100%. The black line marks the decision threshold of %1.</source>
        <translation>Escala de 0 a 100 %. La línea negra marca el umbral de decisión de %1.</translation>
    </message>
    <message>
        <source>Screened image</source>
        <translation>Imagen analizada</translation>
    </message>
    <message>
        <source>Heat map of the regions that weighed most in the output of model %1. It shows where the model looked, not which regions are malignant.</source>
        <translation>Mapa de calor de las regiones que más han pesado en la salida del modelo %1. Muestra dónde ha mirado el modelo, no qué regiones son malignas.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>AUC %1</source>
        <translation>AUC %1</translation>
    </message>
    <message>
        <source>sensitivity %1</source>
        <translation>sensibilidad %1</translation>
    </message>
    <message>
        <source>specificity %1</source>
        <translation>especificidad %1</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>no medido</translation>
    </message>
    <message numerus="yes">
        <source>on %n validation images</source>
        <translation>
            <numerusform>en %n imagen de validación</numerusform>
            <numerusform>en %n imágenes de validación</numerusform>
        </translation>
    </message>
    <message>
        <source>on the validation images</source>
        <translation>en las imágenes de validación</translation>
    </message>
    <message>
        <source>%1 ms on this computer</source>
        <translation>%1 ms en este ordenador</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Made from</source>
        <translation>Creada a partir de</translation>
    </message>
    <message>
        <source>Measured accuracy</source>
        <translation>Exactitud medida</translation>
    </message>
    <message>
        <source>Screening time</source>
        <translation>Tiempo de análisis</translation>
    </message>
    <message>
        <source>Sensitivity and specificity are those of the model at this threshold on its validation images. They do not describe this image.</source>
        <translation>La sensibilidad y la especificidad son las del modelo con este umbral en sus imágenes de validación. No describen esta imagen.</translation>
    </message>
    <message>
        <source>De-identified report: the pseudonym, free text and file name are removed and dates are reduced to the year.</source>
        <translation>Informe desidentificado: se han suprimido el seudónimo, el texto libre y el nombre del archivo, y las fechas se reducen al año.</translation>
    </message>
    <message>
        <source>DermaEdge %1. Decision support, not a diagnosis.</source>
        <translation>DermaEdge %1. Apoyo a la decisión, no un diagnóstico.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>The risk is below the threshold, so the map is drawn fainter.</source>
        <translation>El riesgo está por debajo del umbral, por eso el mapa se dibuja más tenue.</translation>
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
        <translation>No analizada</translation>
    </message>
    <message>
        <source>Above threshold: refer for assessment</source>
        <translation>Por encima del umbral: derivar para valoración</translation>
    </message>
    <message>
        <source>Below threshold</source>
        <translation>Por debajo del umbral</translation>
    </message>
    <message>
        <source>Threshold %1</source>
        <translation>Umbral %1</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Melanoma probability</source>
        <translation>Probabilidad de melanoma</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Model variant</source>
        <translation>Variante del modelo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>No se ha podido guardar %1: %2</translation>
    </message>
</context>
<context>
    <name>dermaedge::BatchScreenRunner</name>
    <message>
        <source>Batch screening failed with an unexpected error: %1</source>
        <translation>El análisis por lotes ha fallado con un error inesperado: %1</translation>
    </message>
</context>
<context>
    <name>dermaedge::BatchScreenWindow</name>
    <message>
        <source>Screen Folder – DermaEdge</source>
        <translation>Analizar una carpeta – DermaEdge</translation>
    </message>
    <message>
        <source>Decision support only, not a diagnosis. The final judgement rests with the clinician.</source>
        <translation>Solo es apoyo a la decisión, no un diagnóstico. El juicio final corresponde al profesional clínico.</translation>
    </message>
    <message>
        <source>No model variants found, so nothing can be screened.</source>
        <translation>No se ha encontrado ninguna variante del modelo, así que no se puede analizar nada.</translation>
    </message>
    <message>
        <source>Choose a folder, or drop one onto this window.</source>
        <translation>Elija una carpeta o suelte una en esta ventana.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Folder with dermoscopic images</source>
        <translation>Carpeta con imágenes dermatoscópicas</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Include &amp;subfolders</source>
        <translation>Incluir &amp;subcarpetas</translation>
    </message>
    <message>
        <source>Model &amp;variant:</source>
        <translation>&amp;Variante del modelo:</translation>
    </message>
    <message>
        <source>S&amp;creen</source>
        <translation>&amp;Analizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;iltro:</translation>
    </message>
    <message>
        <source>Part of a file path or error message</source>
        <translation>Parte de una ruta de archivo o de un mensaje de error</translation>
    </message>
    <message>
        <source>&amp;Above threshold only</source>
        <translation>Solo por &amp;encima del umbral</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Ex&amp;portar CSV…</translation>
    </message>
    <message>
        <source>Save the rows the table shows, in its order, as a CSV file</source>
        <translation>Guarda como archivo CSV las filas que muestra la tabla, en su orden</translation>
    </message>
    <message>
        <source>Double-click a row to open its image in the main window</source>
        <translation>Haga doble clic en una fila para abrir su imagen en la ventana principal</translation>
    </message>
    <message>
        <source>No model variant is selected.</source>
        <translation>No hay ninguna variante del modelo seleccionada.</translation>
    </message>
    <message>
        <source>Choose a folder to screen first.</source>
        <translation>Primero elija una carpeta para analizar.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Choose Folder to Screen</source>
        <translation>Seleccionar la carpeta para analizar</translation>
    </message>
    <message>
        <source>Screened %1 of %2 files…</source>
        <translation>Se han analizado %1 de %2 archivos…</translation>
    </message>
    <message numerus="yes">
        <source>Screened %n file(s) in %1 s: %2 above threshold, %3 could not be screened.</source>
        <translation>
            <numerusform>Se ha analizado %n archivo en %1 s: %2 por encima del umbral, %3 no se han podido analizar.</numerusform>
            <numerusform>Se han analizado %n archivos en %1 s: %2 por encima del umbral, %3 no se han podido analizar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n file(s); the table lists them.</source>
        <translation>
            <numerusform>Se ha cancelado después de %n archivo; la tabla lo muestra.</numerusform>
            <numerusform>Se ha cancelado después de %n archivos; la tabla los muestra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Screening failed: %1</source>
        <translation>El análisis ha fallado: %1</translation>
    </message>
    <message>
        <source>screening-results.csv</source>
        <translation>resultados-analisis.csv</translation>
    </message>
    <message>
        <source>Export Results as CSV</source>
        <translation>Exportar los resultados como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>La exportación ha fallado</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>Se ha guardado %n fila en %1.</numerusform>
            <numerusform>Se han guardado %n filas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Se muestran: %1 de %2</translation>
    </message>
</context>
<context>
    <name>dermaedge::CameraCapture</name>
    <message>
        <source>Capture from &amp;Camera…</source>
        <translation>Capturar con la &amp;cámara…</translation>
    </message>
    <message>
        <source>Capture from &amp;Camera (No Camera Found)</source>
        <translation>Capturar con la &amp;cámara (no se ha encontrado ninguna cámara)</translation>
    </message>
    <message>
        <source>Take a still with a camera and screen it</source>
        <translation>Toma una fotografía con una cámara y la analiza</translation>
    </message>
    <message>
        <source>No camera is connected. Connect a camera or a dermatoscope adapter to capture images.</source>
        <translation>No hay ninguna cámara conectada. Conecte una cámara o un adaptador de dermatoscopio para capturar imágenes.</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1: no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>%1: the still cannot be written (%2)</source>
        <translation>%1: no se puede escribir la fotografía (%2)</translation>
    </message>
    <message>
        <source>Capture from Camera</source>
        <translation>Capturar con la cámara</translation>
    </message>
</context>
<context>
    <name>dermaedge::CameraDialog</name>
    <message>
        <source>Capture from Camera</source>
        <translation>Capturar con la cámara</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Cámara:</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Vista previa de la cámara</translation>
    </message>
    <message>
        <source>Ca&amp;pture</source>
        <translation>Ca&amp;pturar</translation>
    </message>
    <message>
        <source>The still could not be taken: %1</source>
        <translation>No se ha podido tomar la fotografía: %1</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>No se ha encontrado ninguna cámara</translation>
    </message>
    <message>
        <source>No camera found. Connect a camera, or open an image file instead.</source>
        <translation>No se ha encontrado ninguna cámara. Conecte una o abra un archivo de imagen.</translation>
    </message>
    <message>
        <source>The camera failed: %1</source>
        <translation>La cámara ha fallado: %1</translation>
    </message>
    <message>
        <source>Place the dermatoscope on the lesion and press Capture. The still is saved to the captures folder and screened.</source>
        <translation>Coloque el dermatoscopio sobre la lesión y pulse Capturar. La fotografía se guarda en la carpeta de capturas y se analiza.</translation>
    </message>
    <message>
        <source>The camera is not ready yet; wait for the preview and try again.</source>
        <translation>La cámara aún no está lista; espere a la vista previa y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Taking the still…</source>
        <translation>Tomando la fotografía…</translation>
    </message>
    <message>
        <source>The camera returned an empty still; try again.</source>
        <translation>La cámara ha devuelto una fotografía vacía; vuelva a intentarlo.</translation>
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
        <translation>&amp;Guardar en un caso…</translation>
    </message>
    <message>
        <source>Save the image and its result as a visit of a patient&apos;s lesion</source>
        <translation>Guarda la imagen y su resultado como visita de una lesión de un paciente</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exportar informe…</translation>
    </message>
    <message>
        <source>Write the result on screen as a PDF, HTML or CSV report</source>
        <translation>Escribe el resultado de la pantalla como informe PDF, HTML o CSV</translation>
    </message>
    <message>
        <source>&amp;Cases…</source>
        <translation>Cas&amp;os…</translation>
    </message>
    <message>
        <source>Show the saved patients and the follow-up of their lesions</source>
        <translation>Muestra los pacientes guardados y el seguimiento de sus lesiones</translation>
    </message>
    <message>
        <source>Nothing to save: wait until the screening of an image has finished.</source>
        <translation>No hay nada que guardar: espere a que termine el análisis de una imagen.</translation>
    </message>
    <message>
        <source>Save to Case</source>
        <translation>Guardar en un caso</translation>
    </message>
    <message>
        <source>This result is already saved as the visit of %1. Save it again as another visit?</source>
        <translation>Este resultado ya está guardado como visita de %1. ¿Desea guardarlo de nuevo como otra visita?</translation>
    </message>
    <message>
        <source>The case database cannot be opened.

%1</source>
        <translation>No se puede abrir la base de datos de casos.

%1</translation>
    </message>
    <message>
        <source>%1: melanoma probability %2 (threshold %3) with %4.</source>
        <translation>%1: probabilidad de melanoma %2 (umbral %3) con %4.</translation>
    </message>
    <message>
        <source>Saved as the visit of %1.</source>
        <translation>Se ha guardado como visita de %1.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>The report includes the heatmap shown on screen.</source>
        <translation>El informe incluye el mapa de calor que se muestra en la pantalla.</translation>
    </message>
    <message>
        <source>The heatmap is still being computed, so the report will not include it.</source>
        <translation>El mapa de calor aún se está calculando, así que el informe no lo incluirá.</translation>
    </message>
    <message>
        <source>The heatmap is hidden (View &gt; Show Heatmap), so the report will not include it.</source>
        <translation>El mapa de calor está oculto (Ver &gt; Mostrar el mapa de calor), así que el informe no lo incluirá.</translation>
    </message>
    <message>
        <source>There is no heatmap for this result, so the report will not include it.</source>
        <translation>Este resultado no tiene mapa de calor, así que el informe no lo incluirá.</translation>
    </message>
    <message>
        <source>It includes the case data of the visit of %1.</source>
        <translation>Incluye los datos del caso de la visita de %1.</translation>
    </message>
    <message>
        <source>The result is not saved to a case, so the report has no case data.</source>
        <translation>El resultado no está guardado en ningún caso, así que el informe no tiene datos del caso.</translation>
    </message>
    <message>
        <source>No result is shown, so there is nothing to report.</source>
        <translation>No se muestra ningún resultado, así que no hay nada que informar.</translation>
    </message>
    <message>
        <source>%1: the report was not written (%2)</source>
        <translation>%1: no se ha escrito el informe (%2)</translation>
    </message>
    <message>
        <source>Nothing to export: open and screen an image first.</source>
        <translation>No hay nada que exportar: primero abra y analice una imagen.</translation>
    </message>
    <message>
        <source>dermaedge-report-%1.pdf</source>
        <translation>informe-dermaedge-%1.pdf</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>The report was not written.

%1</source>
        <translation>No se ha escrito el informe.

%1</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Se ha escrito el informe en %1.</translation>
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
        <translation>Filtrar por seudónimo</translation>
    </message>
    <message>
        <source>Patient / lesion</source>
        <translation>Paciente / lesión</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Decision support only, not a diagnosis. The final judgement rests with the clinician.</source>
        <translation>Solo es apoyo a la decisión, no un diagnóstico. El juicio final corresponde al profesional clínico.</translation>
    </message>
    <message>
        <source>Select a lesion to see its visits.</source>
        <translation>Seleccione una lesión para ver sus visitas.</translation>
    </message>
    <message>
        <source>The cases cannot be read: %1</source>
        <translation>No se pueden leer los casos: %1</translation>
    </message>
    <message>
        <source>The lesions cannot be read: %1</source>
        <translation>No se pueden leer las lesiones: %1</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>No cases yet. Screen an image and use File &gt; Save to Case.</source>
        <translation>Aún no hay casos. Analice una imagen y use Archivo &gt; Guardar en un caso.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n paciente</numerusform>
            <numerusform>%n pacientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesion(s)</source>
        <translation>
            <numerusform>%n lesión</numerusform>
            <numerusform>%n lesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>This patient has no lesions yet.</source>
        <translation>Este paciente aún no tiene lesiones.</translation>
    </message>
    <message>
        <source>Select one of the patient&apos;s lesions to see its visits.</source>
        <translation>Seleccione una de las lesiones del paciente para ver sus visitas.</translation>
    </message>
</context>
<context>
    <name>dermaedge::ComparisonDashboard</name>
    <message>
        <source>Compare Model Variants – DermaEdge</source>
        <translation>Comparar variantes del modelo – DermaEdge</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decision support only, not a diagnosis.&lt;/b&gt; Speed is measured on this computer; accuracy on the labelled images you choose. Amber cells were measured under other conditions than the current ones (their status column says which); a red speed cell marks a variant slower than the baseline.</source>
        <translation>&lt;b&gt;Solo es apoyo a la decisión, no un diagnóstico.&lt;/b&gt; La velocidad se mide en este ordenador; la exactitud, en las imágenes etiquetadas que elija. Las celdas ámbar se midieron en condiciones distintas de las actuales (la columna de estado indica cuáles); una celda de velocidad roja marca una variante más lenta que el modelo de referencia.</translation>
    </message>
    <message>
        <source>Results are saved in %1.</source>
        <translation>Los resultados se guardan en %1.</translation>
    </message>
    <message>
        <source>Results cannot be saved: %1</source>
        <translation>No se pueden guardar los resultados: %1</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabla</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <source>A run is in progress; wait for it or cancel it first.</source>
        <translation>Hay una ejecución en curso; espere a que termine o cancélela primero.</translation>
    </message>
    <message>
        <source>No model variants to benchmark.</source>
        <translation>No hay variantes del modelo para la prueba de rendimiento.</translation>
    </message>
    <message numerus="yes">
        <source>Benchmarking %n variant(s), one after another. Screening images meanwhile would slow the benchmark down.</source>
        <translation>
            <numerusform>Ejecutando la prueba de rendimiento de %n variante. Analizar imágenes mientras tanto ralentizaría la prueba.</numerusform>
            <numerusform>Ejecutando la prueba de rendimiento de %n variantes, una tras otra. Analizar imágenes mientras tanto ralentizaría la prueba.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a folder of labelled images (benign/ and malignant/ subfolders) first.</source>
        <translation>Primero elija una carpeta de imágenes etiquetadas (con las subcarpetas benign/ y malignant/).</translation>
    </message>
    <message>
        <source>No model variants to evaluate.</source>
        <translation>No hay variantes del modelo para evaluar.</translation>
    </message>
    <message numerus="yes">
        <source>Evaluating %n variant(s) on %1.</source>
        <translation>
            <numerusform>Evaluando %n variante en %1.</numerusform>
            <numerusform>Evaluando %n variantes en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling after the current step…</source>
        <translation>Se cancelará después del paso actual…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Benchmark cancelled.</source>
        <translation>Se ha cancelado la prueba de rendimiento.</translation>
    </message>
    <message>
        <source>Evaluation cancelled.</source>
        <translation>Se ha cancelado la evaluación.</translation>
    </message>
    <message>
        <source>Benchmark finished.</source>
        <translation>Ha terminado la prueba de rendimiento.</translation>
    </message>
    <message>
        <source>Evaluation finished.</source>
        <translation>Ha terminado la evaluación.</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s); the log lists them)</source>
        <translation>
            <numerusform>(y %n problema más; el registro los muestra todos)</numerusform>
            <numerusform>(y %n problemas más; el registro los muestra todos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Other programs kept up to %1 core(s) busy meanwhile, so the latencies are slower and noisier than on an idle computer.</source>
        <translation>Mientras tanto, otros programas han mantenido ocupados hasta %1 núcleos, así que las latencias son más lentas y más variables que en un ordenador inactivo.</translation>
    </message>
    <message>
        <source>Choose Labelled Images</source>
        <translation>Seleccionar las imágenes etiquetadas</translation>
    </message>
    <message numerus="yes">
        <source>Computer: %1, %n core(s), %2. Benchmark: %3 runs, %4.</source>
        <translation>
            <numerusform>Ordenador: %1, %n núcleo, %2. Prueba de rendimiento: %3 ejecuciones, %4.</numerusform>
            <numerusform>Ordenador: %1, %n núcleos, %2. Prueba de rendimiento: %3 ejecuciones, %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evaluated on %n image(s) (melanomas: %1) of %2.</source>
        <translation>
            <numerusform>Evaluado en %n imagen (melanomas: %1) de %2.</numerusform>
            <numerusform>Evaluado en %n imágenes (melanomas: %1) de %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>Se ha exportado %1.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar a PDF</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar a CSV</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se ha guardado %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n hilo</numerusform>
            <numerusform>%n hilos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n core(s)</source>
        <translation>
            <numerusform>%n núcleo</numerusform>
            <numerusform>los %n núcleos</numerusform>
        </translation>
    </message>
    <message>
        <source>Speed on this computer</source>
        <translation>Velocidad en este ordenador</translation>
    </message>
    <message>
        <source>Timed runs per series, after %1 untimed warm-up runs.</source>
        <translation>Ejecuciones cronometradas por serie, después de %1 ejecuciones de calentamiento no cronometradas.</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>&amp;Ejecuciones:</translation>
    </message>
    <message>
        <source>Run &amp;Benchmark</source>
        <translation>Ejecutar la prueba de &amp;rendimiento</translation>
    </message>
    <message>
        <source>Accuracy on labelled images</source>
        <translation>Exactitud en imágenes etiquetadas</translation>
    </message>
    <message>
        <source>Folder with benign/ and malignant/ subfolders</source>
        <translation>Carpeta con las subcarpetas benign/ y malignant/</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Only held-out &amp;validation images</source>
        <translation>Solo las imágenes de &amp;validación reservadas</translation>
    </message>
    <message>
        <source>Use only the images each model was not trained on, as listed by the split file beside it. Without a split file every image is used.</source>
        <translation>Usa solo las imágenes con las que no se entrenó cada modelo, según el archivo de partición que tiene al lado. Sin archivo de partición se usan todas las imágenes.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>&amp;Imágenes:</translation>
    </message>
    <message>
        <source>Run &amp;Evaluation</source>
        <translation>Ejecutar la evaluació&amp;n</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Cancelar la ejecución</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar C&amp;SV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>dermaedge::ComparisonTableModel</name>
    <message>
        <source>undefined</source>
        <translation>indefinido</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (referencia)</translation>
    </message>
    <message>
        <source>%1x (slower)</source>
        <translation>%1x (más lenta)</translation>
    </message>
    <message>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>no medido</translation>
    </message>
    <message>
        <source>stale: %1</source>
        <translation>desactualizado: %1</translation>
    </message>
    <message>
        <source>%1; computer was busy</source>
        <translation>%1; el ordenador estaba ocupado</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n image(s), melanomas: %2</source>
        <translation>
            <numerusform>%1; %n imagen, melanomas: %2</numerusform>
            <numerusform>%1; %n imágenes, melanomas: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 de %2 (%3 %)</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n more melanoma(s) missed</source>
        <translation>
            <numerusform>%1; %n melanoma más no detectado</numerusform>
            <numerusform>%1; %n melanomas más no detectados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n fewer melanoma(s) missed</source>
        <translation>
            <numerusform>%1; %n melanoma menos no detectado</numerusform>
            <numerusform>%1; %n melanomas menos no detectados</numerusform>
        </translation>
    </message>
    <message>
        <source>melanoma missed by this variant</source>
        <translation>melanoma no detectado por esta variante</translation>
    </message>
    <message>
        <source>melanoma found only by this variant</source>
        <translation>melanoma detectado solo por esta variante</translation>
    </message>
    <message>
        <source>benign lesion flagged only by this variant</source>
        <translation>lesión benigna marcada solo por esta variante</translation>
    </message>
    <message>
        <source>benign lesion flagged only by the baseline</source>
        <translation>lesión benigna marcada solo por el modelo de referencia</translation>
    </message>
    <message>
        <source>%1: baseline %2, this variant %3 (%4)</source>
        <translation>%1: referencia %2, esta variante %3 (%4)</translation>
    </message>
    <message>
        <source>At this variant&apos;s threshold %1, compared with the baseline: melanomas missed %2, melanomas newly found %3, benign lesions newly flagged %4, no longer flagged %5.</source>
        <translation>Con el umbral %1 de esta variante, en comparación con el modelo de referencia: melanomas no detectados %2, melanomas detectados de nuevo %3, lesiones benignas marcadas de nuevo %4, que ya no se marcan %5.</translation>
    </message>
    <message>
        <source>model file changed</source>
        <translation>ha cambiado el archivo del modelo</translation>
    </message>
    <message>
        <source>images changed</source>
        <translation>han cambiado las imágenes</translation>
    </message>
    <message>
        <source>other computer</source>
        <translation>otro ordenador</translation>
    </message>
    <message>
        <source>other settings (%1)</source>
        <translation>otra configuración (%1)</translation>
    </message>
    <message>
        <source>id: %1</source>
        <translation>id: %1</translation>
    </message>
    <message>
        <source>This variant is slower than the baseline on this computer.</source>
        <translation>Esta variante es más lenta que el modelo de referencia en este ordenador.</translation>
    </message>
    <message numerus="yes">
        <source>Other programs kept %1 of %n core(s) busy during this benchmark, so its latencies are slower and more spread out than on an idle computer.</source>
        <translation>
            <numerusform>Otros programas han mantenido ocupados %1 de %n núcleo durante esta prueba de rendimiento, así que las latencias son más lentas y más dispersas que en un ordenador inactivo.</numerusform>
            <numerusform>Otros programas han mantenido ocupados %1 de %n núcleos durante esta prueba de rendimiento, así que las latencias son más lentas y más dispersas que en un ordenador inactivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Standard error about ±%1 (Hanley and McNeil) on these %n image(s).</source>
        <translation>
            <numerusform>Error estándar de unos ±%1 (Hanley y McNeil) en esta %n imagen.</numerusform>
            <numerusform>Error estándar de unos ±%1 (Hanley y McNeil) en estas %n imágenes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Images: %1 (%2)</source>
        <translation>Imágenes: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be read and were left out:</source>
        <translation>
            <numerusform>No se ha podido leer %n imagen y se ha excluido:</numerusform>
            <numerusform>No se han podido leer %n imágenes y se han excluido:</numerusform>
        </translation>
    </message>
    <message>
        <source>Stale benchmark: %1. Run the benchmark again to update it.</source>
        <translation>Prueba de rendimiento desactualizada: %1. Vuelva a ejecutar la prueba de rendimiento para actualizarla.</translation>
    </message>
    <message>
        <source>Stale evaluation: %1. Run the evaluation again to update it.</source>
        <translation>Evaluación desactualizada: %1. Vuelva a ejecutar la evaluación para actualizarla.</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Speed vs
baseline</source>
        <translation>Velocidad respecto
a la referencia</translation>
    </message>
    <message>
        <source>Latency
p50 (ms)</source>
        <translation>Latencia
p50 (ms)</translation>
    </message>
    <message>
        <source>Latency
p90 (ms)</source>
        <translation>Latencia
p90 (ms)</translation>
    </message>
    <message>
        <source>Latency
p99 (ms)</source>
        <translation>Latencia
p99 (ms)</translation>
    </message>
    <message>
        <source>Images/s</source>
        <translation>Imágenes/s</translation>
    </message>
    <message>
        <source>Size
(MB)</source>
        <translation>Tamaño
(MB)</translation>
    </message>
    <message>
        <source>Compressed
(MB)</source>
        <translation>Comprimido
(MB)</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Non-zero
parameters</source>
        <translation>Parámetros
no nulos</translation>
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
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <source>Specificity</source>
        <translation>Especificidad</translation>
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
        <translation>Decisiones distintas
de la referencia</translation>
    </message>
    <message>
        <source>Benchmarked</source>
        <translation>Prueba de rendimiento</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Baseline latency p50 divided by this variant&apos;s: above 1x is faster, below 1x slower.</source>
        <translation>Latencia p50 del modelo de referencia dividida por la de esta variante: por encima de 1x es más rápida; por debajo de 1x, más lenta.</translation>
    </message>
    <message>
        <source>Time of one network forward pass (batch 1), in milliseconds: half, 90% and 99% of the runs were at least this fast.</source>
        <translation>Tiempo de una pasada hacia delante de la red (lote de 1), en milisegundos: la mitad, el 90 % y el 99 % de las ejecuciones fueron al menos así de rápidas.</translation>
    </message>
    <message>
        <source>Images per second, one at a time, network only.</source>
        <translation>Imágenes por segundo, de una en una, solo la red.</translation>
    </message>
    <message>
        <source>Size of the model file in megabytes (10^6 bytes).</source>
        <translation>Tamaño del archivo del modelo en megabytes (10^6 bytes).</translation>
    </message>
    <message>
        <source>Size of the model file after zlib compression, in megabytes.</source>
        <translation>Tamaño del archivo del modelo tras la compresión zlib, en megabytes.</translation>
    </message>
    <message>
        <source>Millions of multiply-accumulate operations per image, counted from the model.</source>
        <translation>Millones de operaciones de multiplicación y acumulación por imagen, contadas a partir del modelo.</translation>
    </message>
    <message>
        <source>Area under the ROC curve on the labelled images: 1 is perfect ranking, 0.5 chance.</source>
        <translation>Área bajo la curva ROC en las imágenes etiquetadas: 1 es una ordenación perfecta; 0,5, el azar.</translation>
    </message>
    <message>
        <source>Share of melanomas decided malignant at the variant&apos;s threshold.</source>
        <translation>Proporción de melanomas clasificados como malignos con el umbral de la variante.</translation>
    </message>
    <message>
        <source>Share of benign lesions decided benign at the variant&apos;s threshold.</source>
        <translation>Proporción de lesiones benignas clasificadas como benignas con el umbral de la variante.</translation>
    </message>
    <message>
        <source>Positive predictive value: share of malignant decisions that are melanomas. It depends on the share of melanomas among the evaluated images, which may differ from your practice&apos;s.</source>
        <translation>Valor predictivo positivo: proporción de decisiones de malignidad que son melanomas. Depende de la proporción de melanomas entre las imágenes evaluadas, que puede diferir de la de su consulta.</translation>
    </message>
    <message>
        <source>Negative predictive value: share of benign decisions that are benign lesions. It depends on the share of melanomas among the evaluated images, which may differ from your practice&apos;s.</source>
        <translation>Valor predictivo negativo: proporción de decisiones de benignidad que son lesiones benignas. Depende de la proporción de melanomas entre las imágenes evaluadas, que puede diferir de la de su consulta.</translation>
    </message>
    <message>
        <source>Mean of sensitivity and specificity at the variant&apos;s threshold.</source>
        <translation>Media de la sensibilidad y la especificidad con el umbral de la variante.</translation>
    </message>
    <message>
        <source>Expected calibration error: mean gap between probability and observed frequency.</source>
        <translation>Error de calibración esperado: diferencia media entre la probabilidad y la frecuencia observada.</translation>
    </message>
    <message>
        <source>Images whose decision differs from the baseline&apos;s; the tooltip lists them.</source>
        <translation>Imágenes con una decisión distinta de la del modelo de referencia; la información sobre herramientas las muestra.</translation>
    </message>
</context>
<context>
    <name>dermaedge::CreateVariantDialog</name>
    <message>
        <source>Create Model Variant</source>
        <translation>Crear variante del modelo</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Cancel O&amp;ptimization</source>
        <translation>Cancelar la o&amp;ptimización</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Modelo de referencia</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>Carpeta de salida:</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>INT8, static quantization (calibrated)</source>
        <translation>INT8, cuantización estática (calibrada)</translation>
    </message>
    <message>
        <source>INT8, dynamic quantization</source>
        <translation>INT8, cuantización dinámica</translation>
    </message>
    <message>
        <source>Unstructured pruning (zeroed weights)</source>
        <translation>Poda no estructurada (pesos a cero)</translation>
    </message>
    <message>
        <source>Structured pruning (fewer channels)</source>
        <translation>Poda estructurada (menos canales)</translation>
    </message>
    <message>
        <source>Structured pruning, then static INT8</source>
        <translation>Poda estructurada y después INT8 estática</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>Fraction of convolution and linear weights set to zero</source>
        <translation>Fracción de los pesos de las capas convolucionales y lineales que se ponen a cero</translation>
    </message>
    <message>
        <source>Sparsit&amp;y:</source>
        <translation>&amp;Dispersión:</translation>
    </message>
    <message>
        <source>Fraction of channels removed from each pruned layer</source>
        <translation>Fracción de canales que se eliminan de cada capa podada</translation>
    </message>
    <message>
        <source>C&amp;hannel fraction:</source>
        <translation>Fracción de ca&amp;nales:</translation>
    </message>
    <message>
        <source>0 (no fine-tuning)</source>
        <translation>0 (sin ajuste fino)</translation>
    </message>
    <message>
        <source>Epochs of training on the data folder after pruning</source>
        <translation>Épocas de entrenamiento con la carpeta de datos después de la poda</translation>
    </message>
    <message>
        <source>&amp;Fine-tune epochs:</source>
        <translation>Épocas de &amp;ajuste fino:</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Folder with benign/ and malignant/ subfolders</source>
        <translation>Carpeta con las subcarpetas benign/ y malignant/</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose Labelled Data Folder</source>
        <translation>Seleccionar carpeta de datos etiquetados</translation>
    </message>
    <message>
        <source>&amp;Labelled data:</source>
        <translation>Datos &amp;etiquetados:</translation>
    </message>
    <message>
        <source>Optional. Empty uses the training split</source>
        <translation>Opcional. Por defecto, el conjunto de entrenamiento</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Examina&amp;r…</translation>
    </message>
    <message>
        <source>Choose Calibration Folder</source>
        <translation>Seleccionar carpeta de calibración</translation>
    </message>
    <message>
        <source>C&amp;alibration folder:</source>
        <translation>Carpeta de ca&amp;libración:</translation>
    </message>
    <message>
        <source>Maximum number of images used to calibrate INT8 activations</source>
        <translation>Número máximo de imágenes que se usan para calibrar las activaciones INT8</translation>
    </message>
    <message>
        <source>Calibration &amp;images:</source>
        <translation>Imá&amp;genes de calibración:</translation>
    </message>
    <message>
        <source>Percentile (ignores outliers)</source>
        <translation>Percentil (ignora los valores atípicos)</translation>
    </message>
    <message>
        <source>Min/max</source>
        <translation>Mín./máx.</translation>
    </message>
    <message>
        <source>Activation &amp;observer:</source>
        <translation>&amp;Observador de activaciones:</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Aceptación</translation>
    </message>
    <message>
        <source>Largest accepted drop of the validation AUC against the baseline</source>
        <translation>Caída máxima aceptada del AUC de validación respecto al modelo de referencia</translation>
    </message>
    <message>
        <source>AUC &amp;tolerance:</source>
        <translation>&amp;Tolerancia del AUC:</translation>
    </message>
    <message>
        <source>&amp;Keep the variant even when it misses the tolerance</source>
        <translation>Con&amp;servar la variante aunque la caída supere la tolerancia</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Sin iniciar.</translation>
    </message>
    <message>
        <source>The report appears here when the optimization ends.</source>
        <translation>El informe aparecerá aquí cuando termine la optimización.</translation>
    </message>
    <message>
        <source>Choose a labelled data folder with benign/ and malignant/ subfolders.</source>
        <translation>Elija una carpeta de datos etiquetados con las subcarpetas benign/ y malignant/.</translation>
    </message>
    <message>
        <source>Data folder %1 does not exist.</source>
        <translation>La carpeta de datos %1 no existe.</translation>
    </message>
    <message>
        <source>Data folder %1 has no %2/ subfolder. It needs benign/ and malignant/ subfolders.</source>
        <translation>La carpeta de datos %1 no tiene la subcarpeta %2/. Necesita las subcarpetas benign/ y malignant/.</translation>
    </message>
    <message>
        <source>Calibration folder %1 does not exist. Clear the field to calibrate on the training split.</source>
        <translation>La carpeta de calibración %1 no existe. Vacíe el campo para calibrar con el conjunto de entrenamiento.</translation>
    </message>
    <message>
        <source>Starting %1 of %2…</source>
        <translation>Iniciando %1 sobre %2…</translation>
    </message>
    <message>
        <source>Cancelling. The optimization stops after its current step…</source>
        <translation>Cancelando. La optimización se detendrá al terminar el paso actual…</translation>
    </message>
    <message>
        <source>Optimization Running</source>
        <translation>Optimización en curso</translation>
    </message>
    <message>
        <source>An optimization is running. Cancel it and close the dialog when it has stopped?</source>
        <translation>Hay una optimización en curso. ¿Desea cancelarla y cerrar el diálogo cuando se haya detenido?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Error:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Error:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Finished. Variant %1 was registered.</source>
        <translation>Terminado. Se ha registrado la variante %1.</translation>
    </message>
    <message>
        <source>Finished. Variant %1 was not registered.</source>
        <translation>Terminado. No se ha registrado la variante %1.</translation>
    </message>
    <message>
        <source>Optimization cancelled. Nothing was written.</source>
        <translation>Optimización cancelada. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>Optimization failed: %1</source>
        <translation>La optimización ha fallado: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Registered&lt;/b&gt; as %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Registrada&lt;/b&gt; como %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Not registered.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No registrada.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Outcome: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Resultado: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Validation AUC: baseline %1, variant %2 (drop %3)&lt;br&gt;Decision agreement: %4 %&lt;br&gt;Size: baseline %5, variant %6 (%7 compressed)&lt;br&gt;Weight sparsity: %8 %&lt;br&gt;Time: %9 s&lt;/p&gt;</source>
        <translation>&lt;p&gt;AUC de validación: referencia %1, variante %2 (caída %3)&lt;br&gt;Concordancia de decisiones: %4 %&lt;br&gt;Tamaño: referencia %5, variante %6 (%7 comprimida)&lt;br&gt;Dispersión de los pesos: %8 %&lt;br&gt;Tiempo: %9 s&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Warnings:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Advertencias:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Report file: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Archivo del informe: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Distillation into a narrower network</source>
        <translation>Destilación en una red más estrecha</translation>
    </message>
    <message>
        <source>0 (labels only)</source>
        <translation>0 (solo etiquetas)</translation>
    </message>
    <message>
        <source>Share of the training loss taken from the baseline&apos;s probabilities</source>
        <translation>Parte de la pérdida de entrenamiento tomada de las probabilidades del modelo de referencia</translation>
    </message>
    <message>
        <source>&amp;Distillation weight:</source>
        <translation>Peso de la &amp;destilación:</translation>
    </message>
    <message>
        <source>&lt;p&gt;Threshold: %1 %, chosen on the validation images: sensitivity %2 %, specificity %3 %&lt;/p&gt;</source>
        <translation>&lt;p&gt;Umbral: %1 %, elegido con las imágenes de validación: sensibilidad %2 %, especificidad %3 %&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>dermaedge::ExplanationController</name>
    <message>
        <source>Show &amp;Heatmap</source>
        <translation>Mostrar el &amp;mapa de calor</translation>
    </message>
    <message>
        <source>Show the regions that raised the melanoma score over the image</source>
        <translation>Muestra sobre la imagen las regiones que han aumentado la puntuación de melanoma</translation>
    </message>
    <message>
        <source>A heatmap appears after screening.</source>
        <translation>Tras el análisis aparece un mapa de calor.</translation>
    </message>
    <message>
        <source>No heatmap: %1</source>
        <translation>Sin mapa de calor: %1</translation>
    </message>
    <message>
        <source>Computing the heatmap with %1…</source>
        <translation>Calculando el mapa de calor con %1…</translation>
    </message>
    <message>
        <source>Explained with %1 (%2).</source>
        <translation>Explicado con %1 (%2).</translation>
    </message>
    <message>
        <source>The screened variant %1 is quantized and has no gradients, so its FP32 baseline computed the heatmap.</source>
        <translation>La variante analizada %1 está cuantizada y no tiene gradientes, así que el mapa de calor lo ha calculado su modelo de referencia FP32.</translation>
    </message>
    <message>
        <source>The screened variant %1 was made from this FP32 baseline, which computed the heatmap. The variant may weigh regions differently.</source>
        <translation>La variante analizada %1 se creó a partir de este modelo de referencia FP32, que ha calculado el mapa de calor. La variante puede ponderar las regiones de otra manera.</translation>
    </message>
    <message>
        <source>The baseline&apos;s own melanoma probability for this image is %1 %.</source>
        <translation>La probabilidad de melanoma que da el modelo de referencia para esta imagen es del %1 %.</translation>
    </message>
    <message>
        <source>Note: %1.</source>
        <translation>Nota: %1.</translation>
    </message>
    <message>
        <source>No region raised the melanoma score, so the heatmap is empty.</source>
        <translation>Ninguna región ha aumentado la puntuación de melanoma, así que el mapa de calor está vacío.</translation>
    </message>
    <message>
        <source>The risk is below the threshold, so the heatmap is drawn fainter: its regions raised a low score.</source>
        <translation>El riesgo está por debajo del umbral, por eso el mapa de calor se dibuja más tenue: sus regiones han hecho subir una puntuación baja.</translation>
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
        <translation>&amp;Abrir en la ventana principal</translation>
    </message>
    <message>
        <source>Double-click an image to open it in the main window.</source>
        <translation>Haga doble clic en una imagen para abrirla en la ventana principal.</translation>
    </message>
    <message>
        <source>Screen the selected image again in the main window</source>
        <translation>Vuelve a analizar la imagen seleccionada en la ventana principal</translation>
    </message>
    <message>
        <source>Select a lesion to see its visits.</source>
        <translation>Seleccione una lesión para ver sus visitas.</translation>
    </message>
    <message>
        <source>The visits cannot be read: %1</source>
        <translation>No se pueden leer las visitas: %1</translation>
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
            <numerusform>%n visitas</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Sin resultado</translation>
    </message>
    <message>
        <source>%1 (threshold %2)</source>
        <translation>%1 (umbral %2)</translation>
    </message>
    <message>
        <source>Model: %1 (%2)</source>
        <translation>Modelo: %1 (%2)</translation>
    </message>
    <message>
        <source>Above threshold</source>
        <translation>Por encima del umbral</translation>
    </message>
    <message>
        <source>Below threshold</source>
        <translation>Por debajo del umbral</translation>
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
        <translation>Explicación</translation>
    </message>
    <message>
        <source>Show heatmap (%1)</source>
        <translation>Mostrar el mapa de calor (%1)</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>Opacidad:</translation>
    </message>
    <message>
        <source>Heatmap opacity</source>
        <translation>Opacidad del mapa de calor</translation>
    </message>
    <message>
        <source>Explanation status</source>
        <translation>Estado de la explicación</translation>
    </message>
    <message>
        <source>Red marks the regions that raised the melanoma score most, through yellow and cyan to faint blue. Regions that did not raise it keep their colours. A heatmap shows where the model looked, not why, and is no proof of a finding.</source>
        <translation>El rojo marca las regiones que más han aumentado la puntuación de melanoma, pasando por el amarillo y el cian hasta el azul pálido. Las regiones que no la han aumentado conservan sus colores. Un mapa de calor muestra dónde ha mirado el modelo, no por qué, y no es prueba de ningún hallazgo.</translation>
    </message>
</context>
<context>
    <name>dermaedge::ImageIo</name>
    <message>
        <source>%1: file not found</source>
        <translation>%1: no se ha encontrado el archivo</translation>
    </message>
    <message>
        <source>%1: is a folder, not an image file</source>
        <translation>%1: es una carpeta, no un archivo de imagen</translation>
    </message>
    <message>
        <source>%1: file is empty</source>
        <translation>%1: el archivo está vacío</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: no se puede leer (%2)</translation>
    </message>
</context>
<context>
    <name>dermaedge::ImageView</name>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Open a dermoscopic image (File &gt; Open) or drop it here.</source>
        <translation>Abra una imagen dermatoscópica (Archivo &gt; Abrir) o arrástrela aquí.</translation>
    </message>
</context>
<context>
    <name>dermaedge::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>DermaEdge will use the new language the next time it starts.</source>
        <translation>DermaEdge usará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
</context>
<context>
    <name>dermaedge::MainWindow</name>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a dermoscopic image and screen it</source>
        <translation>Abre una imagen dermatoscópica y la analiza</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>Ajustar a la &amp;ventana</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>Tamaño r&amp;eal (100 %)</translation>
    </message>
    <message>
        <source>&amp;About DermaEdge</source>
        <translation>&amp;Acerca de DermaEdge</translation>
    </message>
    <message>
        <source>&amp;Create Variant…</source>
        <translation>&amp;Crear variante…</translation>
    </message>
    <message>
        <source>Build a quantized or pruned variant of the selected model and check it on labelled images</source>
        <translation>Genera una variante cuantizada o podada del modelo seleccionado y la comprueba con imágenes etiquetadas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modelos</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Model variant:</source>
        <translation>Variante del modelo:</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n model variant(s) available.</source>
        <translation>
            <numerusform>Hay %n variante del modelo disponible.</numerusform>
            <numerusform>Hay %n variantes del modelo disponibles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model manifest(s) could not be read and were skipped; the log lists them.</source>
        <translation>
            <numerusform>No se ha podido leer %n manifiesto de modelo y se ha omitido. El registro lo detalla.</numerusform>
            <numerusform>No se han podido leer %n manifiestos de modelo y se han omitido. El registro los detalla.</numerusform>
        </translation>
    </message>
    <message>
        <source>id: %1, kind: %2</source>
        <translation>id: %1, tipo: %2</translation>
    </message>
    <message>
        <source>No model variants found</source>
        <translation>No se ha encontrado ninguna variante del modelo</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Imágenes (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open Image</source>
        <translation>Abrir imagen</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>&amp;Limpiar archivos recientes</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DermaEdge %1&lt;/h3&gt;&lt;p&gt;Melanoma screening decision support for dermoscopic images.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Decision support only, not a diagnosis. The final judgement rests with the clinician.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Runtime: %2&lt;/p&gt;&lt;p&gt;Model folders:&lt;br&gt;%3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DermaEdge %1&lt;/h3&gt;&lt;p&gt;Apoyo a la decisión para el cribado de melanoma en imágenes dermatoscópicas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Solo es apoyo a la decisión, no un diagnóstico. El juicio final corresponde al profesional clínico.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Entorno de ejecución: %2&lt;/p&gt;&lt;p&gt;Carpetas de modelos:&lt;br&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About DermaEdge</source>
        <translation>Acerca de DermaEdge</translation>
    </message>
    <message>
        <source>Create Variant</source>
        <translation>Crear variante</translation>
    </message>
    <message>
        <source>Variant Hidden</source>
        <translation>Variante oculta</translation>
    </message>
    <message>
        <source>Variant %1 was written to %2, but the manifest %3 has the same id and takes precedence, so the model picker shows that one. Remove or rename one of them to use the new variant.</source>
        <translation>La variante %1 se ha guardado en %2, pero el manifiesto %3 tiene el mismo id y tiene prioridad, así que el selector de modelos muestra ese. Elimine uno de los dos o cámbiele el nombre para usar la variante nueva.</translation>
    </message>
    <message>
        <source>Variant %1 is now in the model picker.</source>
        <translation>La variante %1 ya está en el selector de modelos.</translation>
    </message>
    <message>
        <source>No model variants found. Searched: %1. Put a model manifest (.json) and its archive into one of these folders, or set DERMAEDGE_MODELS_DIR to a folder that contains them.</source>
        <translation>No se ha encontrado ninguna variante del modelo. Carpetas buscadas: %1. Coloque un manifiesto de modelo (.json) y su archivo de modelo en una de estas carpetas, o defina DERMAEDGE_MODELS_DIR con una carpeta que los contenga.</translation>
    </message>
    <message>
        <source>no folders</source>
        <translation>ninguna carpeta</translation>
    </message>
    <message>
        <source>Selected model variant %1.</source>
        <translation>Se ha seleccionado la variante del modelo %1.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Screening %1 with %2…</source>
        <translation>Analizando %1 con %2…</translation>
    </message>
    <message>
        <source>%1 will be screened when the current screening finishes.</source>
        <translation>%1 se analizará cuando termine el análisis en curso.</translation>
    </message>
    <message>
        <source>It replaces %1, which will not be screened.</source>
        <translation>Sustituye a %1, que no se analizará.</translation>
    </message>
    <message>
        <source>Screened %1 in %2 ms.</source>
        <translation>Se ha analizado %1 en %2 ms.</translation>
    </message>
    <message>
        <source>Screening %1 failed; the result panel shows why.</source>
        <translation>El análisis de %1 ha fallado. El panel Resultado muestra el motivo.</translation>
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
        <translation>Anali&amp;zar una carpeta…</translation>
    </message>
    <message>
        <source>Screen every image in a folder and list the results</source>
        <translation>Analiza todas las imágenes de una carpeta y muestra los resultados</translation>
    </message>
    <message>
        <source>C&amp;ompare Variants…</source>
        <translation>C&amp;omparar variantes…</translation>
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
        <translation>Valor predeterminado del manifiesto</translation>
    </message>
    <message>
        <source>Sensitivity 0.95</source>
        <translation>Sensibilidad 0,95</translation>
    </message>
    <message>
        <source>Balanced (Youden)</source>
        <translation>Equilibrado (Youden)</translation>
    </message>
    <message>
        <source>Specificity 0.90</source>
        <translation>Especificidad 0,90</translation>
    </message>
    <message>
        <source>threshold %1, validation rates not measured</source>
        <translation>umbral %1, tasas de validación no medidas</translation>
    </message>
    <message>
        <source>threshold %1, sensitivity %2, specificity %3</source>
        <translation>umbral %1, sensibilidad %2, especificidad %3</translation>
    </message>
    <message>
        <source>Operating &amp;Point</source>
        <translation>&amp;Punto operativo</translation>
    </message>
    <message>
        <source>No model variant selected</source>
        <translation>No hay ninguna variante del modelo seleccionada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not available: the manifest of %1 has no validation ROC points. Measure them with &apos;dermaedge-cli evaluate --write-operating-points&apos;.</source>
        <translation>No disponible: el manifiesto de %1 no tiene puntos ROC de validación. Mídalos con &apos;dermaedge-cli evaluate --write-operating-points&apos;.</translation>
    </message>
    <message>
        <source>No validation ROC recorded for this variant</source>
        <translation>No hay ninguna ROC de validación registrada para esta variante</translation>
    </message>
    <message numerus="yes">
        <source>Rates from %n validation image(s) of %1</source>
        <translation>
            <numerusform>Tasas a partir de %n imagen de validación de %1</numerusform>
            <numerusform>Tasas a partir de %n imágenes de validación de %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dermaedge::ProbabilityBar</name>
    <message>
        <source>Melanoma probability</source>
        <translation>Probabilidad de melanoma</translation>
    </message>
    <message>
        <source>Probability %1 %, threshold %2 %</source>
        <translation>Probabilidad %1 %, umbral %2 %</translation>
    </message>
</context>
<context>
    <name>dermaedge::ReportExportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML page (*.html *.htm)</source>
        <translation>Página HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Remove identifying data</source>
        <translation>&amp;Eliminar los datos identificativos</translation>
    </message>
    <message>
        <source>Leave out the pseudonym, comments, lesion label, notes and file name, and print dates as years only.</source>
        <translation>Omite el seudónimo, los comentarios, la etiqueta de la lesión, las notas y el nombre del archivo, e imprime las fechas solo con el año.</translation>
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
        <translation>Resultado del análisis</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Decision support only, not a diagnosis. The final judgement rests with the clinician.</source>
        <translation>Solo es apoyo a la decisión, no un diagnóstico. El juicio final corresponde al profesional clínico.</translation>
    </message>
    <message>
        <source>Melanoma probability</source>
        <translation>Probabilidad de melanoma</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Umbral:</translation>
    </message>
    <message>
        <source>Model variant:</source>
        <translation>Variante del modelo:</translation>
    </message>
    <message>
        <source>Inference time:</source>
        <translation>Tiempo de inferencia:</translation>
    </message>
    <message>
        <source>No image open. Open an image to screen it.</source>
        <translation>No hay ninguna imagen abierta. Abra una imagen para analizarla.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Screening %1 with %2…</source>
        <translation>Analizando %1 con %2…</translation>
    </message>
    <message>
        <source>Above threshold: refer for assessment</source>
        <translation>Por encima del umbral: derivar para valoración</translation>
    </message>
    <message>
        <source>Below threshold</source>
        <translation>Por debajo del umbral</translation>
    </message>
    <message>
        <source>%1
id: %2, kind: %3</source>
        <translation>%1
id: %2, tipo: %3</translation>
    </message>
    <message>
        <source>%1 (network %2)</source>
        <translation>%1 (red neuronal %2)</translation>
    </message>
    <message>
        <source>Risk category:</source>
        <translation>Categoría de riesgo:</translation>
    </message>
    <message>
        <source>High: at or above the threshold. Intermediate: from half the threshold up to it. Low: below half the threshold.</source>
        <translation>Alto: igual o por encima del umbral. Intermedio: desde la mitad del umbral hasta el umbral. Bajo: por debajo de la mitad del umbral.</translation>
    </message>
    <message>
        <source>Operating point:</source>
        <translation>Punto operativo:</translation>
    </message>
    <message>
        <source>Low (below half the threshold)</source>
        <translation>Bajo (por debajo de la mitad del umbral)</translation>
    </message>
    <message>
        <source>Intermediate (from half the threshold up to it)</source>
        <translation>Intermedio (desde la mitad del umbral hasta el umbral)</translation>
    </message>
    <message>
        <source>High (at or above the threshold)</source>
        <translation>Alto (igual o por encima del umbral)</translation>
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
        <translation>Probabilidad de melanoma por visita</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Fecha de la visita</translation>
    </message>
</context>
<context>
    <name>dermaedge::SaveToCaseDialog</name>
    <message>
        <source>Save to Case</source>
        <translation>Guardar en un caso</translation>
    </message>
    <message>
        <source>Optional, for example the history or the reason for the visit</source>
        <translation>Opcional, por ejemplo la historia o el motivo de la visita</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>for example P-7KQ3XM</source>
        <translation>por ejemplo P-7KQ3XM</translation>
    </message>
    <message>
        <source>S&amp;uggest</source>
        <translation>&amp;Sugerir</translation>
    </message>
    <message>
        <source>Fill in a random unused pseudonym</source>
        <translation>Rellena con un seudónimo aleatorio no usado</translation>
    </message>
    <message>
        <source>Use a code that only your own records link to the patient. Never enter the patient&apos;s name or initials.</source>
        <translation>Use un código que solo sus propios registros vinculen al paciente. No introduzca nunca el nombre ni las iniciales del paciente.</translation>
    </message>
    <message>
        <source>Ps&amp;eudonym:</source>
        <translation>S&amp;eudónimo:</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Paciente:</translation>
    </message>
    <message>
        <source>Anatomical site, as the ISIC archive groups them</source>
        <translation>Localización anatómica, agrupada como en el archivo ISIC</translation>
    </message>
    <message>
        <source>optional, for example L2 or left of the scar</source>
        <translation>opcional, por ejemplo L2 o a la izquierda de la cicatriz</translation>
    </message>
    <message>
        <source>Lesion</source>
        <translation>Lesión</translation>
    </message>
    <message>
        <source>&amp;Lesion:</source>
        <translation>&amp;Lesión:</translation>
    </message>
    <message>
        <source>&amp;Body site:</source>
        <translation>Locali&amp;zación anatómica:</translation>
    </message>
    <message>
        <source>L&amp;abel:</source>
        <translation>Eti&amp;queta:</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Paciente nuevo</translation>
    </message>
    <message>
        <source>New lesion</source>
        <translation>Lesión nueva</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source> (added %1)</source>
        <translation> (añadido el %1)</translation>
    </message>
    <message>
        <source>Enter a pseudonym for the new patient, press Suggest, or choose an existing patient.</source>
        <translation>Introduzca un seudónimo para el paciente nuevo, pulse Sugerir o elija un paciente existente.</translation>
    </message>
</context>
<context>
    <name>dermaedge::ScreeningRunner</name>
    <message>
        <source>Model variant &quot;%1&quot; (%2) failed to load, so %3 was not screened: %4</source>
        <translation>No se ha podido cargar la variante del modelo «%1» (%2), por eso no se ha analizado %3: %4</translation>
    </message>
    <message>
        <source>Screening %1 failed: %2</source>
        <translation>El análisis de %1 ha fallado: %2</translation>
    </message>
    <message>
        <source>Screening %1 failed with an unexpected error: %2</source>
        <translation>El análisis de %1 ha fallado con un error inesperado: %2</translation>
    </message>
    <message>
        <source>Screening %1 failed with an unknown error.</source>
        <translation>El análisis de %1 ha fallado con un error desconocido.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Melanoma screening decision support for dermoscopic images. Decision support only, not a diagnosis.</source>
        <translation>Apoyo a la decisión para el cribado de melanoma en imágenes dermatoscópicas. Solo es apoyo a la decisión, no un diagnóstico.</translation>
    </message>
    <message>
        <source>Image files; the first one is opened and screened.</source>
        <translation>Archivos de imagen. Se abre y se analiza el primero.</translation>
    </message>
</context>
</TS>
