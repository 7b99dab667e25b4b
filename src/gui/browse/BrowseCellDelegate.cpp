#include "BrowseCellDelegate.h"

#include "CellPalette.h"
#include "query/LazyTableModel.h"
#include "schema/Decimal.h"

#include <QApplication>
#include <QPainter>

#include <cmath>

namespace {

bool isEnum(const QModelIndex &index)
{
    return index.data(LazyTableModel::ColumnTypeRole).toInt() == int(ColumnType::Enum);
}

bool isProfitAndLoss(const QModelIndex &index)
{
    return index.data(LazyTableModel::ColumnNameRole).toString().contains(QLatin1String("pnl"));
}

} // namespace

void BrowseCellDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // Grids are one line per row; elide, never wrap.
    option->features &= ~QStyleOptionViewItem::WrapText;
    option->textElideMode = Qt::ElideRight;
    if (index.data(LazyTableModel::IsNullRole).toBool()) {
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, CellPalette::quietText(option->palette));
        return;
    }
    if (isProfitAndLoss(index)) {
        const QVariant value = index.data(LazyTableModel::TypedValueRole);
        const int sign =
            value.metaType() == QMetaType::fromType<Decimal>() ? value.value<Decimal>().sign() : 0;
        if (sign != 0) {
            const QColor color =
                sign > 0 ? CellPalette::gain(option->palette) : CellPalette::loss(option->palette);
            option->palette.setColor(QPalette::Text, color);
        }
    }
}

void BrowseCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    // A row still loading: background and selection only, no text.
    if (!index.data(LazyTableModel::IsLoadedRole).toBool()) {
        QStyleOptionViewItem blank = option;
        initStyleOption(&blank, index);
        blank.text.clear();
        QStyle *style = blank.widget ? blank.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &blank, painter, blank.widget);
        return;
    }
    if (isEnum(index) && !index.data(LazyTableModel::IsNullRole).toBool()) {
        paintLabel(painter, option, index);
        return;
    }
    QStyledItemDelegate::paint(painter, option, index);
}

void BrowseCellDelegate::paintLabel(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QString value = index.data(LazyTableModel::EnumValueRole).toString().toLower();
    const QColor accent = CellPalette::enumAccent(opt.palette, value);
    // Measured on the device painted on: a grab or a HiDPI screen may differ
    // from the default device, and a pill one pixel short elides its label.
    const QFontMetricsF metrics(opt.font, painter->device());
    const int padding = int(metrics.height() / 3);
    const QRect cell = opt.rect.adjusted(3, 2, -3, -2);
    const int width =
        qMin(cell.width(), int(std::ceil(metrics.horizontalAdvance(text))) + 2 * padding + 2);
    const QRect pill(cell.left(), cell.top(), width, cell.height());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (accent.isValid()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(CellPalette::labelFill(opt.palette, accent));
        painter->drawRoundedRect(pill, pill.height() / 2.5, pill.height() / 2.5);
    }
    // The label text keeps the normal text colour: readable on any tint.
    painter->setPen(opt.palette.color(QPalette::Text));
    painter->setFont(opt.font);
    const QString shown = metrics.elidedText(text, Qt::ElideRight, pill.width() - 2 * padding + 1);
    painter->drawText(pill.adjusted(padding, 0, -padding, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      shown);
    painter->restore();
}
