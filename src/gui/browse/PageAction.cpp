#include "PageAction.h"

#include <QAction>
#include <QWidget>

namespace PageAction {

QAction *create(QWidget *page, const QString &text, const QString &objectName,
                const QString &toolTip, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, page);
    action->setObjectName(objectName);
    if (shortcut.isEmpty()) {
        action->setToolTip(toolTip);
    } else {
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(toolTip, shortcut.toString(QKeySequence::NativeText)));
    }
    page->addAction(action);
    return action;
}

} // namespace PageAction
