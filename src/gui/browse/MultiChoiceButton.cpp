#include "MultiChoiceButton.h"

#include <QAction>
#include <QMenu>
#include <QStylePainter>

MultiChoiceButton::MultiChoiceButton(const QString &caption, const QStringList &values,
                                     const QStringList &labels, QWidget *parent)
    : QToolButton(parent)
    , m_caption(caption)
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("choiceMenu"));
    for (qsizetype i = 0; i < values.size(); ++i) {
        QAction *action = menu->addAction(labels.value(i, values[i]));
        action->setObjectName(values[i]);
        action->setData(values[i]);
        action->setCheckable(true);
        connect(action, &QAction::toggled, this, [this] {
            updateText();
            emit selectionChanged();
        });
        m_actions << action;
    }
    menu->addSeparator();
    QAction *any = menu->addAction(tr("Any"));
    connect(any, &QAction::triggered, this, [this] { setSelectedValues({}); });
    setMenu(menu);
    updateText();
}

QStringList MultiChoiceButton::selectedValues() const
{
    QStringList values;
    for (const QAction *action : m_actions) {
        if (action->isChecked())
            values << action->data().toString();
    }
    return values;
}

void MultiChoiceButton::setSelectedValues(const QStringList &values)
{
    if (values == selectedValues())
        return;
    for (QAction *action : m_actions) {
        const QSignalBlocker blocker(action);
        action->setChecked(values.contains(action->data().toString()));
    }
    updateText();
    emit selectionChanged();
}

QAction *MultiChoiceButton::actionFor(const QString &value) const
{
    for (QAction *action : m_actions) {
        if (action->data().toString() == value)
            return action;
    }
    return nullptr;
}

void MultiChoiceButton::updateText()
{
    QStringList labels;
    for (const QAction *action : m_actions) {
        if (action->isChecked())
            labels << action->text();
    }
    QString summary;
    if (labels.isEmpty())
        summary = tr("Any");
    else if (labels.size() <= 2)
        summary = labels.join(QStringLiteral(", "));
    else
        summary = tr("%n selected", nullptr, int(labels.size()));
    setText(QStringLiteral("%1: %2").arg(m_caption, summary));
    setToolTip(labels.isEmpty() ? tr("%1: any (click to choose several)").arg(m_caption)
                                : tr("%1: %2").arg(m_caption, labels.join(QStringLiteral(", "))));
}

QStyleOptionComboBox MultiChoiceButton::comboOption() const
{
    QStyleOptionComboBox option;
    option.initFrom(this);
    option.editable = false;
    option.frame = true;
    option.currentText = text();
    if (isDown() || (menu() && menu()->isVisible()))
        option.state |= QStyle::State_On | QStyle::State_Sunken;
    return option;
}

QSize MultiChoiceButton::sizeHint() const
{
    const QStyleOptionComboBox option = comboOption();
    const QSize textSize = fontMetrics().size(Qt::TextSingleLine, text());
    return style()->sizeFromContents(QStyle::CT_ComboBox, &option, textSize, this);
}

QSize MultiChoiceButton::minimumSizeHint() const
{
    return sizeHint();
}

void MultiChoiceButton::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    const QStyleOptionComboBox option = comboOption();
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}
