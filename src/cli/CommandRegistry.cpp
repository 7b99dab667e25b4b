#include "CommandRegistry.h"

#include "ExportCommand.h"
#include "DemoCommand.h"
#include "InfoCommand.h"
#include "InitCommand.h"

namespace CommandRegistry {

const std::vector<std::unique_ptr<Command>> &all()
{
    static const std::vector<std::unique_ptr<Command>> commands = [] {
        std::vector<std::unique_ptr<Command>> list;
        // In the order `trade-inspector --help` lists them.
        list.push_back(std::make_unique<InfoCommand>());
        list.push_back(std::make_unique<InitCommand>());
        list.push_back(std::make_unique<DemoCommand>());
        list.push_back(std::make_unique<ExportCommand>());
        return list;
    }();
    return commands;
}

Command *find(QStringView name)
{
    for (const auto &command : all()) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

} // namespace CommandRegistry
