#include "DatabaseSession.h"

qint64 DatabaseSession::rowCount(QStringView table) const
{
    const ProbedTable *probed = schema.table(table);
    return probed && probed->present ? probed->rows : -1;
}
