#pragma once

#include "FigureRow.h"

#include <QWidget>

class QGridLayout;
class QLabel;

// The review's key figures as a row of cards: a caption, the value in a
// larger font (P&L coloured by sign), and a short note. Each value label is
// named "headline_<key>" so tests and screen readers find it.
class HeadlineFigures : public QWidget
{
    Q_OBJECT
public:
    explicit HeadlineFigures(QWidget *parent = nullptr);

    void setFigures(const QList<FigureRow> &figures);
    void clear();
    QString valueText(const QString &key) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QList<FigureRow> m_figures;
    QGridLayout *m_grid;
    QList<QWidget *> m_cards;
};
