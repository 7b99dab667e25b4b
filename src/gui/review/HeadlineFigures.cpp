#include "HeadlineFigures.h"

#include "ReviewFormat.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {

constexpr int kColumns = 6; // one row on a laptop screen; wraps below that

} // namespace

HeadlineFigures::HeadlineFigures(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(8);
}

void HeadlineFigures::setFigures(const QList<FigureRow> &figures)
{
    m_figures = figures;
    rebuild();
}

void HeadlineFigures::clear()
{
    m_figures.clear();
    rebuild();
}

QString HeadlineFigures::valueText(const QString &key) const
{
    const auto *label = findChild<QLabel *>(QStringLiteral("headline_") + key);
    return label ? label->text() : QString();
}

void HeadlineFigures::changeEvent(QEvent *event)
{
    // Gain/loss colours are picked for the palette: follow a theme switch.
    if (event->type() == QEvent::PaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}

void HeadlineFigures::rebuild()
{
    qDeleteAll(m_cards);
    m_cards.clear();
    for (qsizetype i = 0; i < m_figures.size(); ++i) {
        const FigureRow &figure = m_figures.at(i);
        auto *card = new QFrame(this);
        card->setFrameShape(QFrame::StyledPanel);
        card->setToolTip(figure.definition);
        auto *layout = new QVBoxLayout(card);
        layout->setContentsMargins(10, 6, 10, 6);
        layout->setSpacing(2);
        // "Fills (fills)" would say nothing twice.
        const bool basisSaid =
            figure.basis.isEmpty() || figure.label.compare(figure.basis, Qt::CaseInsensitive) == 0;
        auto *caption = new QLabel(
            basisSaid ? figure.label : tr("%1 (%2)").arg(figure.label, figure.basis), card);
        caption->setForegroundRole(QPalette::PlaceholderText);
        auto *value = new QLabel(figure.value, card);
        value->setObjectName(QStringLiteral("headline_") + figure.key);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.5);
        big.setBold(true);
        value->setFont(big);
        if (figure.pnl) {
            const QColor colour = ReviewFormat::pnlColor(palette(), *figure.pnl);
            if (colour.isValid()) {
                QPalette p = value->palette();
                p.setColor(QPalette::WindowText, colour);
                value->setPalette(p);
            }
        }
        auto *note = new QLabel(figure.note, card);
        note->setForegroundRole(QPalette::PlaceholderText);
        note->setWordWrap(true);
        layout->addWidget(caption);
        layout->addWidget(value);
        layout->addWidget(note);
        layout->addStretch();
        m_grid->addWidget(card, int(i / kColumns), int(i % kColumns));
        m_cards << card;
    }
}
