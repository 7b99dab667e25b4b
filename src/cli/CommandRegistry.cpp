#include "CommandRegistry.h"

#include "BackupCommand.h"
#include "BackupsCommand.h"
#include "CheckCommand.h"
#include "DemoCommand.h"
#include "ExportCommand.h"
#include "InfoCommand.h"
#include "InitCommand.h"
#include "RestoreCommand.h"
#include "StatsCommand.h"
#include "VerifyCommand.h"

namespace CommandRegistry {

const std::vector<std::unique_ptr<Command>> &all()
{
    static const std::vector<std::unique_ptr<Command>> commands = [] {
        std::vector<std::unique_ptr<Command>> list;
        // In the order `trade-inspector --help` lists them.
        list.push_back(std::make_unique<InfoCommand>());
        list.push_back(std::make_unique<ExportCommand>());
        list.push_back(std::make_unique<StatsCommand>());
        list.push_back(std::make_unique<CheckCommand>());
        list.push_back(std::make_unique<InitCommand>());
        list.push_back(std::make_unique<DemoCommand>());
        list.push_back(std::make_unique<BackupCommand>());
        list.push_back(std::make_unique<BackupsCommand>());
        list.push_back(std::make_unique<VerifyCommand>());
        list.push_back(std::make_unique<RestoreCommand>());
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
