#pragma once

#include "sound/SoundSettings.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace toward {

// The lines between the voice plugin and the speaker process, one message a line in UTF-8, its
// fields apart by tabs: "say", "say-sentences", "stop" and "configure" to the speaker; "voices"
// (once, at the start, when it can speak), "problem", and "spoken" or "failed" back.
namespace SpeakerProtocol {

inline QByteArray line(const QStringList &fields)
{
    QStringList flat;
    for (QString field : fields)
        flat.append(field.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' '));
    return flat.join(u'\t').toUtf8() + '\n';
}

inline QStringList fields(const QByteArray &line)
{
    return QString::fromUtf8(line.trimmed()).split(u'\t');
}

inline QByteArray configure(const SoundSettings &settings)
{
    return line({QStringLiteral("configure"), QString::number(settings.volume),
        QString::number(settings.rate), settings.voice});
}

inline SoundSettings configured(const QStringList &fields)
{
    SoundSettings settings;
    settings.volume = fields.value(1).toDouble();
    settings.rate = fields.value(2).toDouble();
    settings.voice = fields.value(3);
    return settings;
}

} // namespace SpeakerProtocol

} // namespace toward
