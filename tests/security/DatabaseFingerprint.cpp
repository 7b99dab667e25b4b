#include "DatabaseFingerprint.h"

#include "RobotFixture.h"
#include "schema/RobotSchema.h"

#include <QCryptographicHash>
#include <QFile>

QString DatabaseFingerprint::of(const ConnectionSpec &spec)
{
    QStringList parts;
    for (RobotTable table : {RobotTable::Orders, RobotTable::Trades, RobotTable::Positions,
                             RobotTable::TradingSessions}) {
        const QString name = RobotSchema::table(table).name;
        const QVariant count =
            RobotFixture::scalar(spec, QStringLiteral("SELECT count(*) FROM %1").arg(name));
        parts << name + u'=' + (count.isValid() ? count.toString() : QStringLiteral("missing"));
    }
    if (!spec.isPostgres()) {
        QFile file(spec.absolutePath());
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (file.open(QIODevice::ReadOnly) && hash.addData(&file))
            parts << QString::fromLatin1(hash.result().toHex());
        else
            parts << QStringLiteral("unreadable");
    }
    return parts.join(u' ');
}
