#include "CommandLine.h"

#include <QCoreApplication>

CommandLine::CommandLine(const Command &command, CommandContext &context)
    : m_command(command)
    , m_context(context)
{
    m_parser.setApplicationDescription(command.summary());
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
}

void CommandLine::addDatabaseOption()
{
    m_database = true;
    m_parser.addOption({{QStringLiteral("d"), QStringLiteral("database")},
                        QCoreApplication::translate(
                            "CommandLine", "Database URL or SQLite file (default: $DATABASE_URL)."),
                        QStringLiteral("url")});
}

void CommandLine::addJsonOption()
{
    m_json = true;
    m_parser.addOption({QCoreApplication::translate("CommandLine", "json"),
                        QCoreApplication::translate("CommandLine", "Print JSON instead of text.")});
}

void CommandLine::addPositional(const QString &name, const QString &description,
                                const QString &syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
}

std::optional<int> CommandLine::parse(const QStringList &arguments, int minPositionals,
                                      int maxPositionals)
{
    const QStringList argv =
        QStringList{QStringLiteral("trade-inspector ") + m_command.name()} + arguments;
    if (!m_parser.parse(argv))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_context.out << m_parser.helpText();
        m_context.out.flush();
        return ExitCode::Success;
    }
    const qsizetype count = m_parser.positionalArguments().size();
    if (count < minPositionals)
        return usageError(
            QCoreApplication::translate("CommandLine", "missing argument (see --help)"));
    if (count > maxPositionals)
        return usageError(QCoreApplication::translate("CommandLine", "unexpected argument \"%1\"")
                              .arg(m_parser.positionalArguments().value(maxPositionals)));
    return std::nullopt;
}

std::optional<ConnectionSpec> CommandLine::connection(int *exitCode)
{
    const QString url = m_parser.isSet(QStringLiteral("database"))
                            ? m_parser.value(QStringLiteral("database"))
                            : m_context.databaseUrlFromEnvironment;
    QString error;
    auto spec = ConnectionSpec::fromUrl(url, &error);
    if (!spec) {
        *exitCode = usageError(
            QCoreApplication::translate("CommandLine", "bad database URL: %1").arg(error));
        return std::nullopt;
    }
    return spec;
}

std::unique_ptr<DatabaseConnection> CommandLine::open(AccessMode mode, int *exitCode,
                                                      int failureCode)
{
    const auto spec = connection(exitCode);
    if (!spec)
        return nullptr;
    QString error;
    auto opened = DatabaseConnection::open(*spec, mode, &error, m_command.name());
    if (!opened)
        *exitCode = fail(error, failureCode);
    return opened;
}

int CommandLine::fail(const QString &message, int code)
{
    m_context.err << "trade-inspector " << m_command.name() << ": " << message << Qt::endl;
    return code;
}
