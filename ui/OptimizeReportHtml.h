#pragma once

#include "Optimizer.h"

#include <QString>

namespace dermaedge {

/// Formats an optimization report as HTML for a text browser: outcome, AUC,
/// agreement, sizes, warnings and the report file, in the user's locale.
QString optimizeReportHtml(const OptimizeReport& report);

} // namespace dermaedge
