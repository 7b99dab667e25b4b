#include "Page.h"

Page::Page(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_name(name)
{
    setObjectName(name + QStringLiteral("Page"));
}
