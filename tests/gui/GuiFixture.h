#pragma once

#include "db/ConnectionSpec.h"

#include <QString>

// A small robot database made once per test program by the real demo
// generator; each test works on a fresh copy of it.
namespace GuiFixture {

constexpr int kOrders = 300;

// Generates the template into `directory`; returns an error or empty.
QString makeTemplate(const QString &directory);
// A fresh copy of the template under `name` in the same directory.
ConnectionSpec freshCopy(const QString &directory, const QString &name);

} // namespace GuiFixture
