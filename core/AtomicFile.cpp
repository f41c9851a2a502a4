#include "AtomicFile.h"

#include <QFile>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace dermaedge {

Status writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    // Unbuffered, so that a failed write reports its own cause instead of a
    // later flush failing without one.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Status::failure(QStringLiteral("%1: cannot be written (%2)").arg(path, file.errorString()));
    // A short write reports no error, but the next write fails with the
    // cause, e.g. "No space left on device".
    for (qint64 written = 0; written < bytes.size();) {
        const qint64 count = file.write(bytes.constData() + written, bytes.size() - written);
        if (count <= 0) {
            const QString cause = file.errorString();
            file.cancelWriting();
            return Status::failure(QStringLiteral("%1: cannot be written (%2)").arg(path, cause));
        }
        written += count;
    }
    if (!file.commit())
        return Status::failure(QStringLiteral("%1: cannot be written (%2)").arg(path, file.errorString()));
    return Status::success();
}

Status replaceFile(const QString& from, const QString& to)
{
    // QFile::rename() refuses to replace an existing file, and removing the old
    // file first would leave a moment with neither.
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return Status::failure(QStringLiteral("%1: cannot be replaced (%2)")
                                   .arg(to, QString::fromLocal8Bit(std::strerror(errno))));
    return Status::success();
}

} // namespace dermaedge
