#pragma once

#include <QFile>
#include <QString>

#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace dermaedge::test {

/// While alive, makes the kernel check file permissions for the calling thread
/// even when the test runs as root: it drops CAP_DAC_OVERRIDE,
/// CAP_DAC_READ_SEARCH and CAP_FOWNER from the thread's effective set and
/// restores them on destruction. Use works() to learn whether a file without
/// read permission really cannot be opened now.
class EnforcedPermissions
{
public:
    EnforcedPermissions()
    {
        m_header.version = _LINUX_CAPABILITY_VERSION_3;
        m_header.pid = 0;
        if (syscall(SYS_capget, &m_header, m_saved) != 0)
            return;
        __user_cap_data_struct lowered[2] = {m_saved[0], m_saved[1]};
        for (int capability : {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER})
            lowered[capability / 32].effective &= ~(1u << (capability % 32));
        m_changed = syscall(SYS_capset, &m_header, lowered) == 0;
    }

    ~EnforcedPermissions()
    {
        if (m_changed)
            syscall(SYS_capset, &m_header, m_saved);
    }

    EnforcedPermissions(const EnforcedPermissions&) = delete;
    EnforcedPermissions& operator=(const EnforcedPermissions&) = delete;

    /// Returns true when a file in `folder` with no permissions cannot be opened.
    static bool works(const QString& folder)
    {
        const QString probe = folder + QStringLiteral("/permission-probe");
        QFile file(probe);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.close();
        QFile::setPermissions(probe, QFileDevice::Permissions());
        const bool enforced = !file.open(QIODevice::ReadOnly);
        QFile::setPermissions(probe, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile::remove(probe);
        return enforced;
    }

private:
    __user_cap_header_struct m_header{};
    __user_cap_data_struct m_saved[2]{};
    bool m_changed = false;
};

} // namespace dermaedge::test
