#pragma once

#include <QKeySequence>
#include <QString>

class QAction;
class QWidget;

// An action of a browse page: named for tests, its shortcut live only while
// the page has focus (three pages share the same keys), and the shortcut
// shown in its tooltip.
namespace PageAction {

QAction *create(QWidget *page, const QString &text, const QString &objectName,
                const QString &toolTip, const QKeySequence &shortcut = {});

} // namespace PageAction
