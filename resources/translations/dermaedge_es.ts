<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
        <source>%1: file is too large (%2 MB; the limit is %3 MB)</source>
        <translation>%1: el archivo es demasiado grande (%2 MB, y el límite es de %3 MB)</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: no se puede leer (%2)</translation>
    </message>
    <message>
        <source>%1: image is too large (%2 x %3 pixels; the limit is %4 megapixels)</source>
        <translation>%1: la imagen es demasiado grande (%2 x %3 píxeles, y el límite es de %4 megapíxeles)</translation>
    </message>
    <message>
        <source>%1: JPEG data is truncated (no end-of-image marker)</source>
        <translation>%1: los datos JPEG están truncados (falta el marcador de fin de imagen)</translation>
    </message>
    <message>
        <source>%1: cannot be decoded (%2)</source>
        <translation>%1: no se puede decodificar (%2)</translation>
    </message>
    <message>
        <source>%1: not a readable image (unknown format or corrupt data)</source>
        <translation>%1: no es una imagen legible (formato desconocido o datos dañados)</translation>
    </message>
    <message>
        <source>%1: image is too large (%2 x %3 pixels)</source>
        <translation>%1: la imagen es demasiado grande (%2 x %3 píxeles)</translation>
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
