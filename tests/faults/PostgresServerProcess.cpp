#include "PostgresServerProcess.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QVersionNumber>

#include <pwd.h>
#include <unistd.h>

namespace {

constexpr int kToolTimeoutMs = 60000;

bool isRoot()
{
    return ::geteuid() == 0;
}

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

PostgresServerProcess::PostgresServerProcess()
{
    m_dataDir = m_dir.path();
    m_password = QStringLiteral("own-%1").arg(QRandomGenerator::global()->generate());
}

PostgresServerProcess::~PostgresServerProcess()
{
    if (m_running)
        run(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"), QStringLiteral("immediate"),
             QStringLiteral("-w"), QStringLiteral("stop")});
}

QString PostgresServerProcess::binDir()
{
    const QString fromEnvironment = qEnvironmentVariable("PGBIN");
    if (!fromEnvironment.isEmpty())
        return QFileInfo::exists(fromEnvironment + QStringLiteral("/pg_ctl")) ? fromEnvironment
                                                                              : QString();
    QString best;
    QVersionNumber bestVersion;
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    for (const QString &version : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString bin = root.filePath(version + QStringLiteral("/bin"));
        const QVersionNumber number = QVersionNumber::fromString(version);
        if (QFileInfo::exists(bin + QStringLiteral("/pg_ctl")) && number > bestVersion) {
            best = bin;
            bestVersion = number;
        }
    }
    return best;
}

bool PostgresServerProcess::run(const QString &tool, const QStringList &arguments,
                                const QByteArray &input)
{
    QProcess process;
    // The postgres user may not enter our working directory (/root).
    process.setWorkingDirectory(QStringLiteral("/"));
    process.setProcessChannelMode(QProcess::MergedChannels);
    const QString program = binDir() + u'/' + tool;
    if (isRoot())
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--"), program} +
                          arguments);
    else
        process.start(program, arguments);
    if (!process.waitForStarted(kToolTimeoutMs)) {
        m_error = tool + QStringLiteral(": ") + process.errorString();
        return false;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(kToolTimeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        m_error = tool + QStringLiteral(" failed: ") +
                  QString::fromLocal8Bit(process.readAll()).trimmed();
        return false;
    }
    return true;
}

bool PostgresServerProcess::initialise()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    if (isRoot()) {
        const passwd *postgres = ::getpwnam("postgres");
        if (!postgres || ::chown(QFile::encodeName(m_dataDir).constData(), postgres->pw_uid,
                                 postgres->pw_gid) != 0) {
            m_error = QStringLiteral("cannot hand %1 to the postgres user").arg(m_dataDir);
            return false;
        }
    }
    m_port = freePort();
    if (!run(QStringLiteral("initdb"),
             {QStringLiteral("-D"), m_dataDir, QStringLiteral("-U"), QStringLiteral("postgres"),
              QStringLiteral("-A"), QStringLiteral("trust"),
              QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("-E"),
              QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
              QStringLiteral("--no-sync")}))
        return false;
    m_initialised = true;
    return true;
}

bool PostgresServerProcess::start()
{
    if (!m_initialised && !initialise())
        return false;
    const QString options = QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 "
                                           "-c unix_socket_directories=%2 -c fsync=off")
                                .arg(m_port)
                                .arg(m_dataDir);
    if (!run(QStringLiteral("pg_ctl"),
             {QStringLiteral("-D"), m_dataDir, QStringLiteral("-l"),
              m_dataDir + QStringLiteral("/server.log"), QStringLiteral("-w"), QStringLiteral("-t"),
              QStringLiteral("60"), QStringLiteral("-o"), options, QStringLiteral("start")}))
        return false;
    m_running = true;
    if (m_roleCreated)
        return true;
    // The password goes through psql's standard input, never its command line.
    const QByteArray sql = QStringLiteral("CREATE ROLE robot LOGIN PASSWORD '%1';\n"
                                          "CREATE DATABASE robot OWNER robot;\n")
                               .arg(m_password)
                               .toUtf8();
    if (!run(QStringLiteral("psql"),
             {QStringLiteral("-h"), m_dataDir, QStringLiteral("-p"), QString::number(m_port),
              QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-v"),
              QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-q"), QStringLiteral("-d"),
              QStringLiteral("postgres")},
             sql))
        return false;
    m_roleCreated = true;
    return true;
}

bool PostgresServerProcess::stop(StopMode mode)
{
    const QString modeName =
        mode == StopMode::Fast ? QStringLiteral("fast") : QStringLiteral("immediate");
    if (!run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"),
                                        modeName, QStringLiteral("-w"), QStringLiteral("stop")}))
        return false;
    m_running = false;
    return true;
}

ConnectionSpec PostgresServerProcess::spec() const
{
    ConnectionSpec spec;
    spec.driver = DatabaseDriver::Postgres;
    spec.host = QStringLiteral("127.0.0.1");
    spec.port = m_port;
    spec.database = QStringLiteral("robot");
    spec.user = QStringLiteral("robot");
    spec.password = m_password;
    return spec;
}
