#include "BenchmarkSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSysInfo>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <vector>

#if __has_include(<unistd.h>)
#include <unistd.h>
#define DERMAEDGE_HAS_SYSCONF 1
#endif

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace dermaedge::detail {

namespace {

// Reads a "Key:   1234 kB" line of /proc/self/status as bytes.
qint64 statusKilobytes(const QByteArray& status, const char* key)
{
    const QRegularExpression line(QStringLiteral("^%1:\\s*(\\d+)\\s*kB").arg(QLatin1String(key)),
                                  QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(QString::fromLatin1(status));
    return match.hasMatch() ? match.captured(1).toLongLong() * 1024 : -1;
}

} // namespace

ResidentMemory readResidentMemory()
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray status = file.readAll();
    return {statusKilobytes(status, "VmRSS"), statusKilobytes(status, "VmHWM")};
}

void releaseFreedMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

bool resetPeakResidentMemory()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return file.write("5") == 1;
}

CpuUsage readCpuUsage()
{
    CpuUsage usage;
    QFile system(QStringLiteral("/proc/stat"));
    QFile process(QStringLiteral("/proc/self/stat"));
    if (!system.open(QIODevice::ReadOnly) || !process.open(QIODevice::ReadOnly))
        return usage;
    // "cpu  user nice system idle iowait irq softirq steal ..."
    const QList<QByteArray> cpu = system.readLine().simplified().split(' ');
    // The command name in brackets may contain spaces; utime and stime are
    // the 12th and 13th fields after it.
    const QByteArray stat = process.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (cpu.size() < 9 || cpu.front() != "cpu" || fields.size() < 13)
        return usage;
    usage.systemBusyTicks = 0;
    for (int index : {1, 2, 3, 6, 7, 8})
        usage.systemBusyTicks += cpu.at(index).toLongLong();
    usage.processTicks = fields.at(11).toLongLong() + fields.at(12).toLongLong();
    usage.wallNs = std::chrono::duration_cast<std::chrono::nanoseconds>(
                       std::chrono::steady_clock::now().time_since_epoch()).count();
    return usage;
}

double otherProcessesCores(const CpuUsage& before, const CpuUsage& after)
{
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    if (before.systemBusyTicks < 0 || after.systemBusyTicks < 0 || ticksPerSecond <= 0
        || after.wallNs <= before.wallNs)
        return -1.0;
    const double otherTicks = double((after.systemBusyTicks - before.systemBusyTicks)
                                     - (after.processTicks - before.processTicks));
    const double seconds = double(after.wallNs - before.wallNs) / 1e9;
    return std::max(0.0, otherTicks / double(ticksPerSecond) / seconds);
}

CpuTimes readCpuTimes()
{
    CpuTimes times;
    times.processSeconds = double(std::clock()) / CLOCKS_PER_SEC;
#ifdef DERMAEDGE_HAS_SYSCONF
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
#else
    const long ticksPerSecond = 0;
#endif
    QFile file(QStringLiteral("/proc/stat"));
    if (ticksPerSecond <= 0 || !file.open(QIODevice::ReadOnly))
        return times;
    // First line: "cpu  user nice system idle iowait irq softirq steal guest guest_nice",
    // summed over all CPUs in clock ticks. Guest time is already part of user time.
    const QList<QByteArray> fields = file.readLine().simplified().split(' ');
    if (fields.size() < 9 || fields.at(0) != "cpu")
        return times;
    qint64 busyTicks = 0;
    for (int i = 1; i <= 8; ++i) {
        if (i != 4 && i != 5) // idle, iowait
            busyTicks += fields.at(i).toLongLong();
    }
    times.machineBusySeconds = double(busyTicks) / double(ticksPerSecond);
    return times;
}

QString cpuModelName()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (file.open(QIODevice::ReadOnly)) {
        const QRegularExpression line(QStringLiteral("^model name\\s*:\\s*(.+)$"),
                                      QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = line.match(QString::fromLatin1(file.readAll()));
        if (match.hasMatch())
            return match.captured(1).trimmed();
    }
    return QSysInfo::currentCpuArchitecture();
}

Result<qint64> compressedFileSize(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<qint64>::failure(
            QStringLiteral("%1: cannot be read (%2)").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    // qCompress prepends the uncompressed length as 4 bytes, which are not part of the zlib stream.
    return qint64(qCompress(bytes, 9).size()) - 4;
}

Status writeSyntheticImage(const QString& path)
{
    cv::Mat image(kSyntheticImageHeight, kSyntheticImageWidth, CV_8UC3, cv::Scalar(160, 180, 225)); // BGR skin
    const cv::Point centre(kSyntheticImageWidth / 2, kSyntheticImageHeight / 2);
    cv::ellipse(image, centre, cv::Size(kSyntheticImageWidth / 5, kSyntheticImageHeight / 4), 20.0, 0.0,
                360.0, cv::Scalar(40, 50, 90), cv::FILLED, cv::LINE_AA);
    cv::Mat noise(image.size(), CV_16SC3);
    cv::RNG random(12345);
    random.fill(noise, cv::RNG::NORMAL, cv::Scalar::all(0), cv::Scalar::all(12));
    cv::Mat noisy;
    image.convertTo(noisy, CV_16SC3);
    noisy += noise;
    noisy.convertTo(image, CV_8UC3); // saturates to 0..255

    std::vector<uchar> encoded;
    if (!cv::imencode(".jpg", image, encoded, {cv::IMWRITE_JPEG_QUALITY, 90}))
        return Status::failure(QStringLiteral("%1: the synthetic JPEG could not be encoded").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QStringLiteral("%1: cannot be written (%2)").arg(path, file.errorString()));
    const qint64 size = qint64(encoded.size());
    if (file.write(reinterpret_cast<const char*>(encoded.data()), size) != size)
        return Status::failure(QStringLiteral("%1: cannot be written (%2)").arg(path, file.errorString()));
    return Status::success();
}

} // namespace dermaedge::detail
