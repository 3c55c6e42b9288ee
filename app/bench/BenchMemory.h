// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Peak resident memory for the bench programs (Linux /proc; elsewhere -1 and no reset).

#include <QByteArray>
#include <QFile>
#include <QString>

namespace marginalia::bench {

// Peak resident memory of this process (VmHWM) since it started or since resetPeakResident(), in MB.
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

// Starts the peak over (clear_refs 5), so a figure covers one phase and not what came before.
inline void resetPeakResident()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

} // namespace marginalia::bench
