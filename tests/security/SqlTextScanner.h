#pragma once

#include <QList>
#include <QString>

// Finds SQL text built from something other than SQL the code itself wrote:
// every operand joined to an SQL-looking string literal (by .arg() or +) or
// appended to a variable holding SQL (sql += ...), which is not a literal, a
// number, a dialect or quoting call, a placeholder list or schema metadata. A
// filter or search value spliced in that way would be an injection; values
// must go through bound parameters instead. Comments are ignored.
class SqlTextScanner
{
public:
    struct Finding
    {
        QString file;
        int line = 0;
        QString operand;

        QString toString() const
        {
            return QStringLiteral("%1:%2: SQL text built from `%3`")
                .arg(file)
                .arg(line)
                .arg(operand);
        }
    };

    // An operand the rules cannot prove safe but a reader has: in `file`
    // (a path suffix), exactly `operand`, for the reason given.
    struct Allowed
    {
        QString file;
        QString operand;
        QString why;
    };

    explicit SqlTextScanner(QList<Allowed> allowed = {});

    QList<Finding> scan(const QString &file, const QString &source);
    // SQL-looking literals seen so far: a scan that sees none proves nothing.
    int sqlLiterals() const { return m_sqlLiterals; }
    // Allow-list entries no scanned file used: stale ones must go.
    QList<Allowed> unusedAllowances() const;

    static bool looksLikeSql(const QString &literalText);
    static QString stripComments(const QString &source);

private:
    bool isSafe(const QString &file, const QString &operand, int depth);
    bool isSafeVariable(const QString &file, const QString &operand, int depth);
    bool isSafeCall(const QString &file, const QString &operand, int depth);

    QList<Allowed> m_allowed;
    QList<bool> m_used;
    QString m_code; // the file being scanned, without comments
    int m_sqlLiterals = 0;
};
