#include "Logging.h"

Q_LOGGING_CATEGORY(lcImage, "dermaedge.core.image", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModels, "dermaedge.core.models", QtInfoMsg)
Q_LOGGING_CATEGORY(lcInference, "dermaedge.core.inference", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTraining, "dermaedge.core.training", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBenchmark, "dermaedge.core.benchmark", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCases, "dermaedge.core.cases", QtInfoMsg)
Q_LOGGING_CATEGORY(lcReport, "dermaedge.core.report", QtInfoMsg)
Q_LOGGING_CATEGORY(lcResults, "dermaedge.core.results", QtInfoMsg)
