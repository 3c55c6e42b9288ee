#pragma once

#include <QByteArray>
#include <QFile>

namespace marginalia::bench {

// Peak resident memory of this process so far (VmHWM), in MB; -1 where /proc is missing.
inline double peakResidentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

} // namespace marginalia::bench
