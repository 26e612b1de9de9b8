#pragma once

#include <QDateTime>
#include <QVariant>

// How the journal keeps a moment: milliseconds since the epoch and the UTC offset the person had
// then, in two columns that are both NULL for no moment.

namespace toward {

inline QDateTime momentFrom(const QVariant &msSinceEpoch, const QVariant &offsetSeconds)
{
    if (msSinceEpoch.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(
        msSinceEpoch.toLongLong(), Qt::OffsetFromUTC, offsetSeconds.toInt());
}

inline QVariant msOrNull(const QDateTime &moment)
{
    return moment.isValid() ? QVariant(moment.toMSecsSinceEpoch())
                            : QVariant(QMetaType::fromType<qint64>());
}

inline QVariant offsetOrNull(const QDateTime &moment)
{
    return moment.isValid() ? QVariant(moment.offsetFromUtc())
                            : QVariant(QMetaType::fromType<int>());
}

} // namespace toward
