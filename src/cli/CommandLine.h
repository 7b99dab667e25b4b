#pragma once

#include "Command.h"
#include "db/ConnectionSpec.h"
#include "db/DatabaseConnection.h"

#include <QCommandLineParser>

#include <memory>
#include <optional>

// QCommandLineParser with the conventions every subcommand shares: --help,
// --database URL (falling back to DATABASE_URL), --json, usage errors -> exit 2
// with a one-line reason, failures -> exit 1 with a one-line reason.
class CommandLine
{
public:
    CommandLine(const Command &command, CommandContext &context);

    QCommandLineParser &parser() { return m_parser; }
    void addDatabaseOption();
    void addJsonOption();
    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }
    void addPositional(const QString &name, const QString &description, const QString &syntax = {});

    // nullopt: go on. A value: stop and return it (help shown, or a usage error).
    std::optional<int> parse(const QStringList &arguments, int minPositionals = 0,
                             int maxPositionals = 0);

    bool json() const { return m_json && m_parser.isSet(QStringLiteral("json")); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QStringList values(const QString &name) const { return m_parser.values(name); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QStringList positionals() const { return m_parser.positionalArguments(); }

    // The --database value or DATABASE_URL, parsed. On failure prints the reason
    // and sets *exitCode to Usage.
    std::optional<ConnectionSpec> connection(int *exitCode);
    // connection(), then opens it. On failure prints the reason and sets
    // *exitCode (Usage for a bad URL, else `failureCode`).
    std::unique_ptr<DatabaseConnection> open(AccessMode mode, int *exitCode,
                                             int failureCode = ExitCode::Failure);

    // Prints "trade-inspector <command>: <message>" on stderr and returns the code.
    int fail(const QString &message, int code = ExitCode::Failure);
    int usageError(const QString &message) { return fail(message, ExitCode::Usage); }

private:
    const Command &m_command;
    CommandContext &m_context;
    QCommandLineParser m_parser;
    bool m_json = false;
    bool m_database = false;
};
