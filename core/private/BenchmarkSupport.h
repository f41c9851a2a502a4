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

/// CPU time counters of the whole computer and of this process, for telling
/// how busy other programs kept the CPU. All fields are -1 when /proc is unreadable.
struct CpuUsage
{
    qint64 systemBusyTicks = -1; ///< /proc/stat: user, nice, system, irq, softirq and steal time of all CPUs
    qint64 processTicks = -1;    ///< /proc/self/stat: user and system time of this process
    qint64 wallNs = -1;          ///< steady clock when read
};

CpuUsage readCpuUsage();

/// Mean number of cores that other processes (and the hypervisor, through
/// steal time) kept busy between two readings, or -1 when either is unknown.
double otherProcessesCores(const CpuUsage& before, const CpuUsage& after);

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
