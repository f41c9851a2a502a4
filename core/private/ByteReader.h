#pragma once

#include <QByteArray>

#include <optional>

namespace dermaedge::detail {

enum class Endian
{
    Little,
    Big,
};

/// Bounds-checked reads of unsigned integers from a byte buffer that is not
/// trusted. Each read returns nothing when its bytes lie outside the buffer.
/// The reader refers to the buffer without copying it, so the buffer must
/// outlive the reader.
class ByteReader
{
public:
    ByteReader(const QByteArray& bytes, Endian endian)
        : m_data(reinterpret_cast<const uchar*>(bytes.constData())), m_size(bytes.size()),
          m_endian(endian)
    {
    }

    bool contains(qint64 offset, qint64 count) const
    {
        return offset >= 0 && count >= 0 && offset <= m_size && count <= m_size - offset;
    }

    std::optional<quint64> u8(qint64 offset) const { return read(offset, 1); }
    std::optional<quint64> u16(qint64 offset) const { return read(offset, 2); }
    std::optional<quint64> u24(qint64 offset) const { return read(offset, 3); }
    std::optional<quint64> u32(qint64 offset) const { return read(offset, 4); }
    std::optional<quint64> u64(qint64 offset) const { return read(offset, 8); }

    /// Reads a two's complement 32-bit integer.
    std::optional<qint64> s32(qint64 offset) const
    {
        const auto value = read(offset, 4);
        if (!value)
            return std::nullopt;
        return qint64(qint32(quint32(*value)));
    }

private:
    std::optional<quint64> read(qint64 offset, int count) const
    {
        if (!contains(offset, count))
            return std::nullopt;
        quint64 value = 0;
        for (int i = 0; i < count; ++i) {
            const int index = m_endian == Endian::Big ? i : count - 1 - i;
            value = (value << 8) | m_data[offset + index];
        }
        return value;
    }

    const uchar* m_data;
    qint64 m_size;
    Endian m_endian;
};

} // namespace dermaedge::detail
