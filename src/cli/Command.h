#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

// Exit codes shared by every subcommand; operators script against them.
namespace ExitCode {
constexpr int Success = 0;
constexpr int Failure = 1;     // it ran and the answer is "no" / it failed
constexpr int Usage = 2;       // the command line is wrong
constexpr int CouldNotRun = 3; // `check` only: the audit itself could not run
} // namespace ExitCode

// What a command may touch besides the database: its streams and the terminal.
// Tests pass string-backed streams and a scripted confirm().
struct CommandContext
{
    QTextStream &out;
    QTextStream &err;
    // The value of DATABASE_URL (or empty); injected so tests need no setenv.
    QString databaseUrlFromEnvironment;
    // Asks a yes/no question on the terminal; nullptr when there is none.
    std::function<bool(const QString &question)> confirm;
};

// One `trade-inspector <name> ...` subcommand. The GUI calls the same core
// functions, so testing a command tests what the button does.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // `arguments` excludes the program and the subcommand name.
    virtual int run(const QStringList &arguments, CommandContext &context) = 0;
};
