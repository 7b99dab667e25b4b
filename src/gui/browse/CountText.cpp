#include "CountText.h"

#include "query/LazyTableModel.h"
#include "schema/Decimal.h"

#include <QCoreApplication>

namespace CountText {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CountText", text);
}

} // namespace

QString grouped(qint64 value)
{
    return Decimal::fromInteger(value).toGroupedString(0);
}

QString forModel(const LazyTableModel &model)
{
    const TableDef &table = RobotSchema::table(model.table());
    const QString noun = table.label.toLower();
    if (!model.lastError().isEmpty())
        return tr("Could not read %1: %2").arg(noun, model.lastError());
    if (!model.isReady())
        return tr("Opening %1…").arg(noun);
    if (!model.isTablePresent())
        return tr("No %1 table").arg(noun);
    switch (model.countState()) {
    case LazyTableModel::CountState::Unknown:
        return tr("Counting %1…").arg(noun);
    case LazyTableModel::CountState::Estimate:
        return tr("about %1 %2 (estimate, counting…)").arg(grouped(model.count()), noun);
    case LazyTableModel::CountState::Exact:
        break;
    }
    const bool filtered = !model.filters().isEmpty();
    if (filtered && model.tableRowsEstimate() >= 0)
        return tr("%1 of %2 %3")
            .arg(grouped(model.count()), grouped(model.tableRowsEstimate()), noun);
    return tr("%1 %2").arg(grouped(model.count()), noun);
}

} // namespace CountText
