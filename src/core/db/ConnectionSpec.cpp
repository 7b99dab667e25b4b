#include "ConnectionSpec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace {

const QStringList kSslModes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                               QStringLiteral("prefer"),    QStringLiteral("require"),
                               QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString decoded(QStringView part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

QString encoded(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

// A file path as the path of an sqlite:/// URL: readable (slashes, letters in
// any script stay), but '%', '?', '#', spaces and control characters are
// encoded, or parsing the URL back would decode, cut or trim them.
QString encodedPath(const QString &path)
{
    QString url;
    for (const QChar c : path) {
        if (c == u'%' || c == u'?' || c == u'#' || c.isSpace() ||
            c.category() == QChar::Other_Control)
            url += encoded(QString(c));
        else
            url += c;
    }
    return url;
}

// scheme "postgresql", "postgres" or "postgresql+<dbapi>" (SQLAlchemy's form).
bool isPostgresScheme(QStringView scheme)
{
    return scheme == u"postgresql" || scheme == u"postgres" || scheme.startsWith(u"postgresql+") ||
           scheme.startsWith(u"postgres+");
}

bool parseSqlite(QStringView rest, ConnectionSpec &spec, QString *error)
{
    // After "sqlite:": "///relative.db", "////abs.db", "///:memory:" (no file).
    if (!rest.startsWith(u"//"))
        return fail(error,
                    QCoreApplication::translate(
                        "ConnectionSpec", "an SQLite URL starts with sqlite:/// (three slashes)"));
    rest = rest.mid(2);
    if (!rest.startsWith(u'/'))
        return fail(error,
                    QCoreApplication::translate(
                        "ConnectionSpec",
                        "an SQLite URL has no host: write sqlite:///file.db (three slashes)"));
    rest = rest.mid(1);
    const qsizetype query = rest.indexOf(u'?');
    if (query >= 0) {
        const QUrlQuery params(rest.mid(query + 1).toString());
        for (const auto &item : params.queryItems())
            spec.ignoredParameters << item.first;
        rest = rest.left(query);
    }
    if (rest.isEmpty())
        return fail(error, QCoreApplication::translate("ConnectionSpec",
                                                       "the SQLite URL names no database file"));
    spec.sqlitePath = decoded(rest);
    return true;
}

bool parsePostgres(QStringView rest, ConnectionSpec &spec, QString *error)
{
    if (!rest.startsWith(u"//"))
        return fail(error,
                    QCoreApplication::translate(
                        "ConnectionSpec", "a PostgreSQL URL looks like postgresql://user@host/db"));
    rest = rest.mid(2);
    QStringView query;
    if (const qsizetype q = rest.indexOf(u'?'); q >= 0) {
        query = rest.mid(q + 1);
        rest = rest.left(q);
    }
    QStringView authority = rest;
    QStringView path;
    if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
        authority = rest.left(slash);
        path = rest.mid(slash + 1);
    }
    // The password may itself contain '@' if the operator did not encode it:
    // the host part starts after the last one.
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QStringView userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(u':');
        spec.user = decoded(colon >= 0 ? userInfo.left(colon) : userInfo);
        if (colon >= 0)
            spec.password = decoded(userInfo.mid(colon + 1));
    }
    QStringView hostPart = authority;
    QStringView portPart;
    if (authority.startsWith(u'[')) { // IPv6 literal
        const qsizetype close = authority.indexOf(u']');
        if (close < 0)
            return fail(error, QCoreApplication::translate("ConnectionSpec",
                                                           "unclosed '[' in the host of the URL"));
        hostPart = authority.mid(1, close - 1);
        const QStringView after = authority.mid(close + 1);
        if (after.startsWith(u':'))
            portPart = after.mid(1);
        else if (!after.isEmpty())
            return fail(error, QCoreApplication::translate(
                                   "ConnectionSpec", "unexpected text after the host in the URL"));
    } else if (const qsizetype colon = authority.lastIndexOf(u':'); colon >= 0) {
        hostPart = authority.left(colon);
        portPart = authority.mid(colon + 1);
    }
    spec.host = decoded(hostPart);
    if (!portPart.isEmpty()) {
        bool ok = false;
        const int port = portPart.toInt(&ok);
        if (!ok || port <= 0 || port > 65535)
            return fail(error,
                        QCoreApplication::translate(
                            "ConnectionSpec", "the port \"%1\" is not a number from 1 to 65535")
                            .arg(portPart.toString()));
        spec.port = port;
    }
    if (path.contains(u'/'))
        return fail(error, QCoreApplication::translate("ConnectionSpec",
                                                       "the database name may not contain '/'"));
    spec.database = decoded(path);
    const QUrlQuery params(query.toString());
    for (const auto &[key, value] : params.queryItems(QUrl::FullyDecoded)) {
        if (key == u"sslmode") {
            if (!kSslModes.contains(value))
                return fail(error,
                            QCoreApplication::translate(
                                "ConnectionSpec", "unknown sslmode \"%1\" (expected one of %2)")
                                .arg(value, kSslModes.join(QStringLiteral(", "))));
            spec.sslMode = value;
        } else if (key == u"host" && spec.host.isEmpty()) {
            spec.host = value; // libpq style: ?host=/var/run/postgresql
        } else if (key == u"port" && spec.port == 0) {
            bool ok = false;
            spec.port = value.toInt(&ok);
            if (!ok || spec.port <= 0 || spec.port > 65535)
                return fail(error,
                            QCoreApplication::translate(
                                "ConnectionSpec", "the port \"%1\" is not a number from 1 to 65535")
                                .arg(value));
        } else {
            spec.ignoredParameters << key;
        }
    }
    if (spec.database.isEmpty())
        return fail(error, QCoreApplication::translate("ConnectionSpec",
                                                       "the PostgreSQL URL names no database "
                                                       "(postgresql://user@host:5432/DATABASE)"));
    return true;
}

} // namespace

std::optional<ConnectionSpec> ConnectionSpec::fromUrl(const QString &url, QString *error)
{
    const QString text = url.trimmed();
    if (text.isEmpty()) {
        fail(error,
             QCoreApplication::translate("ConnectionSpec",
                                         "no database given: pass --database or set DATABASE_URL"));
        return std::nullopt;
    }
    if (text.contains(QChar(0)) || text.contains(u'\n')) {
        fail(error, QCoreApplication::translate("ConnectionSpec",
                                                "the database URL contains control characters"));
        return std::nullopt;
    }
    ConnectionSpec spec;
    const qsizetype colon = text.indexOf(u':');
    const QStringView scheme = colon > 1 ? QStringView(text).left(colon) : QStringView();
    const bool looksLikeScheme =
        !scheme.isEmpty() && text.mid(colon + 1).startsWith(u"//") &&
        std::all_of(scheme.begin(), scheme.end(), [](QChar c) {
            return c.isLetterOrNumber() || c == u'+' || c == u'-' || c == u'.';
        });
    if (!looksLikeScheme) {
        spec.driver = DatabaseDriver::Sqlite; // a plain file path
        spec.sqlitePath = text;
        return spec;
    }
    const QString lowerScheme = scheme.toString().toLower();
    const QStringView rest = QStringView(text).mid(colon + 1);
    bool ok = false;
    if (lowerScheme == u"sqlite" || lowerScheme.startsWith(u"sqlite+")) {
        spec.driver = DatabaseDriver::Sqlite;
        ok = parseSqlite(rest, spec, error);
    } else if (isPostgresScheme(lowerScheme)) {
        spec.driver = DatabaseDriver::Postgres;
        ok = parsePostgres(rest, spec, error);
    } else {
        fail(error, QCoreApplication::translate(
                        "ConnectionSpec", "unsupported database type \"%1\": use sqlite:/// or "
                                          "postgresql://")
                        .arg(scheme.toString()));
    }
    if (!ok)
        return std::nullopt;
    return spec;
}

ConnectionSpec ConnectionSpec::sqliteFile(const QString &path)
{
    ConnectionSpec spec;
    spec.driver = DatabaseDriver::Sqlite;
    spec.sqlitePath = path;
    return spec;
}

QString ConnectionSpec::qtDriverName() const
{
    return isSqlite() ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

QString ConnectionSpec::absolutePath() const
{
    if (!isSqlite())
        return {};
    // QFileInfo takes a leading ':' for a Qt resource; for SQLite ":robot.db"
    // is a file in the current directory.
    const QString path =
        sqlitePath.startsWith(u':') ? QStringLiteral("./") + sqlitePath : sqlitePath;
    return QFileInfo(QDir::current(), path).absoluteFilePath();
}

QString ConnectionSpec::displayName() const
{
    if (isSqlite())
        return QDir::toNativeSeparators(absolutePath());
    QString text;
    if (!user.isEmpty())
        text += user + u'@';
    text += host.isEmpty() ? QStringLiteral("localhost") : host;
    if (port != 0)
        text += u':' + QString::number(port);
    return text + u'/' + database;
}

QString ConnectionSpec::toUrl(bool includePassword) const
{
    if (isSqlite()) {
        const QString path = absolutePath();
        return QStringLiteral("sqlite:///") +
               encodedPath(path.startsWith(u'/') ? path : u'/' + path);
    }
    QString url = QStringLiteral("postgresql://");
    // A password without a user name is still a password: "postgresql://:pw@host/db".
    const bool withPassword = includePassword && !password.isEmpty();
    if (!user.isEmpty() || withPassword) {
        url += encoded(user);
        if (withPassword)
            url += u':' + encoded(password);
        url += u'@';
    }
    const bool ipv6 = host.contains(u':');
    url += ipv6 ? u'[' + QString::fromLatin1(QUrl::toPercentEncoding(host, ":")) + u']'
                : encoded(host);
    if (port != 0)
        url += u':' + QString::number(port);
    url += u'/' + encoded(database);
    if (!sslMode.isEmpty())
        url += QStringLiteral("?sslmode=") + sslMode;
    return url;
}
