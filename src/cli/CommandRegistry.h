#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace CommandRegistry {

const std::vector<std::unique_ptr<Command>> &all();
Command *find(QStringView name);

} // namespace CommandRegistry
