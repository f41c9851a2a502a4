#pragma once

#include "Result.h"

#include <QString>

namespace dermaedge::detail {

/// Resident memory of this process from /proc/self/status, in bytes.
/// Both values are -1 when the file is missing or unreadable (not Linux).
struct ResidentMemory
{
    qint64 currentBytes = -1; ///< VmRSS
    qint64 peakBytes = -1;    ///< VmHWM, the high-water mark since start or the last reset
};

ResidentMemory readResidentMemory();

/// Returns freed heap memory to the operating system (glibc's malloc_trim),
/// so that a model cannot reuse pages an earlier model freed without them
/// showing in its resident size. Does nothing with other C libraries.
void releaseFreedMemory();

/// Resets VmHWM to the current resident size by writing 5 to
/// /proc/self/clear_refs (Linux 4.0 and later). Returns false when the write fails.
bool resetPeakResidentMemory();

/// Cumulative CPU time, in seconds, of the whole machine and of this process.
struct CpuTimes
{
    /// Time all CPUs spent in any state but idle and I/O wait, from /proc/stat,
    /// so it includes time a hypervisor gave to other guests (steal). -1 when
    /// /proc/stat is unreadable (not Linux).
    double machineBusySeconds = -1.0;
    double processSeconds = 0.0; ///< every thread of this process (std::clock)
};

CpuTimes readCpuTimes();

/// The first "model name" of /proc/cpuinfo, else the CPU architecture Qt reports.
QString cpuModelName();

/// Size of the file's bytes compressed with zlib at level 9, in bytes.
Result<qint64> compressedFileSize(const QString& path);

/// Side lengths of the synthetic end-to-end image: 600 x 450 pixels, the size
/// of the ISIC 2018 (HAM10000) dermoscopic images.
inline constexpr int kSyntheticImageWidth = 600;
inline constexpr int kSyntheticImageHeight = 450;

/// Writes a synthetic dermoscopic-looking JPEG (quality 90): a dark ellipse on
/// skin tones with fixed-seed pixel noise, so its file size and decode cost
/// resemble a photograph's rather than a flat image's.
Status writeSyntheticImage(const QString& path);

} // namespace dermaedge::detail
