#include "UserTextScanner.h"

#include <QRegularExpression>
#include <QSet>

namespace {

// Calls whose string arguments are translated, or are not for a person.
const QSet<QString> &translatingCalls()
{
    static const QSet<QString> calls{
        QStringLiteral("tr"),
        QStringLiteral("translate"),
        QStringLiteral("QT_TR_NOOP"),
        QStringLiteral("QT_TR_N_NOOP"),
        QStringLiteral("QT_TRANSLATE_NOOP"),
        QStringLiteral("QT_TRANSLATE_N_NOOP"),
        QStringLiteral("QT_TRANSLATE_NOOP3"),
    };
    return calls;
}

const QSet<QString> &nonUserCalls()
{
    static const QSet<QString> calls{
        // Log text: for developers, and searched for in logs in English.
        QStringLiteral("qDebug"), QStringLiteral("qInfo"), QStringLiteral("qWarning"),
        QStringLiteral("qCritical"), QStringLiteral("qFatal"), QStringLiteral("qCDebug"),
        QStringLiteral("qCInfo"), QStringLiteral("qCWarning"), QStringLiteral("qCCritical"),
        QStringLiteral("Q_ASSERT_X"), QStringLiteral("Q_LOGGING_CATEGORY"),
        // Qt style sheets and date/time formats are code, not words.
        QStringLiteral("setStyleSheet"), QStringLiteral("toString"), QStringLiteral("fromString"),
        QStringLiteral("QRegularExpression"), QStringLiteral("QRegularExpressionValidator")};
    return calls;
}

// Comments become spaces (line breaks kept), literals stay as they are.
QString stripComments(const QString &source)
{
    QString out = source;
    const qsizetype n = source.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = source[i];
        if (c == u'/' && i + 1 < n && source[i + 1] == u'/') {
            while (i < n && source[i] != u'\n')
                out[i++] = u' ';
        } else if (c == u'/' && i + 1 < n && source[i + 1] == u'*') {
            while (i < n && !(source[i] == u'*' && i + 1 < n && source[i + 1] == u'/')) {
                if (source[i] != u'\n')
                    out[i] = u' ';
                ++i;
            }
            if (i < n) {
                out[i] = out[i + 1] = u' ';
                i += 2;
            }
        } else if (c == u'"' || c == u'\'') {
            ++i;
            while (i < n && source[i] != c && source[i] != u'\n')
                i += source[i] == u'\\' ? 2 : 1;
            ++i;
        } else {
            ++i;
        }
    }
    return out;
}

// The names of the calls around `pos`, innermost first, up to the statement.
QStringList enclosingCalls(const QString &code, qsizetype pos)
{
    static const QRegularExpression name(QStringLiteral(R"(([A-Za-z_][A-Za-z_0-9]*)\s*$)"));
    QStringList names;
    int depth = 0;
    for (qsizetype i = pos - 1; i >= 0; --i) {
        const QChar c = code[i];
        if (c == u'"') { // skip back over a literal
            --i;
            while (i > 0 && !(code[i] == u'"' && code[i - 1] != u'\\'))
                --i;
        } else if (c == u')') {
            ++depth;
        } else if (c == u'(') {
            if (depth == 0) {
                const auto m = name.match(code.left(i).right(80));
                names << (m.hasMatch() ? m.captured(1) : QString());
            } else {
                --depth;
            }
        } else if ((c == u';' || c == u'{' || c == u'}') && depth == 0) {
            // The statement's first name: qCWarning(lc) << "text" streams
            // into a logging call without being inside its parentheses.
            static const QRegularExpression head(QStringLiteral(R"(^\s*([A-Za-z_][A-Za-z_0-9]*))"));
            if (const auto m = head.match(code.mid(i + 1, 80)); m.hasMatch())
                names << m.captured(1);
            break;
        }
    }
    return names;
}

bool isSunkWord(const QString &text, const QStringList &calls)
{
    static const QSet<QString> sinks{QStringLiteral("report"), QStringLiteral("fail"),
                                     QStringLiteral("failed"), QStringLiteral("refused"),
                                     QStringLiteral("usageError")};
    static const QRegularExpression word(QStringLiteral(R"(^[A-Za-z][a-z]{2,})"));
    return calls.size() >= 2 && calls[0].startsWith(u'Q') && sinks.contains(calls[1]) &&
           word.match(text).hasMatch();
}

} // namespace

UserTextScanner::UserTextScanner(QList<Allowed> allowed)
    : m_allowed(std::move(allowed))
    , m_used(m_allowed.size(), false)
{
}

bool UserTextScanner::readsAsWords(const QString &literalText)
{
    static const QRegularExpression sql(QStringLiteral(
        R"(^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|PRAGMA|WITH|ALTER|DROP|BEGIN|COMMIT|ROLLBACK|)"
        R"(SET|FROM|WHERE|ORDER|AND|OR|LIMIT|JOIN|LEFT|GROUP|VALUES|ON|AS|CASE|WHEN|DECLARE|)"
        R"(FETCH|CLOSE|SAVEPOINT|RELEASE|SHOW|NOT|IS|IN|LIKE|BETWEEN|USING|END|ELSE|THEN|DESC|)"
        R"(ASC|OFFSET|HAVING|DISTINCT|UNION|EXISTS|CAST|COALESCE|SUM|COUNT|MAX|MIN)\b)"));
    static const QRegularExpression word(QStringLiteral(R"([A-Za-z][a-z']+)"));
    if (sql.match(literalText).hasMatch())
        return false;
    if (!literalText.contains(u' '))
        return false;
    int words = 0;
    for (auto it = word.globalMatch(literalText); it.hasNext() && words < 2; it.next())
        ++words;
    return words >= 2;
}

bool UserTextScanner::allowed(const QString &file, const QString &text)
{
    for (qsizetype i = 0; i < m_allowed.size(); ++i) {
        const Allowed &entry = m_allowed[i];
        if (file.endsWith(entry.file) &&
            (entry.text == QLatin1String("*") || text.startsWith(entry.text))) {
            m_used[i] = true;
            return true;
        }
    }
    return false;
}

QList<UserTextScanner::Finding> UserTextScanner::scan(const QString &file, const QString &source)
{
    static const QRegularExpression literal(
        QStringLiteral(R"re((?<![A-Za-z0-9_'])(?:u8|u|L|U)?"((?:[^"\\\n]|\\.)*)")re"));
    const QString code = stripComments(source);
    QList<Finding> findings;
    // Adjacent literals ("a " "b") are one text, judged and reported once.
    struct Text
    {
        qsizetype start = 0;
        qsizetype end = 0;
        QString text;
    };
    QList<Text> texts;
    for (auto it = literal.globalMatch(code); it.hasNext();) {
        const auto m = it.next();
        if (!texts.isEmpty() &&
            code.mid(texts.last().end, m.capturedStart() - texts.last().end).trimmed().isEmpty()) {
            texts.last().end = m.capturedEnd();
            texts.last().text += m.captured(1);
        } else {
            texts.append({m.capturedStart(), m.capturedEnd(), m.captured(1)});
        }
    }
    for (const Text &literalText : texts) {
        const QString &text = literalText.text;
        // One word is a message too when it goes straight to a message sink:
        // report(50, QStringLiteral("Verified")), fail(error, ... "cancelled").
        if (!readsAsWords(text) && !isSunkWord(text, enclosingCalls(code, literalText.start)))
            continue;
        const qsizetype lineStart = code.lastIndexOf(u'\n', literalText.start) + 1;
        if (code.mid(lineStart, literalText.start - lineStart).trimmed().startsWith(u'#'))
            continue;
        ++m_sentences;
        const QStringList calls = enclosingCalls(code, literalText.start);
        bool fine = false;
        for (const QString &call : calls)
            fine = fine || translatingCalls().contains(call) || nonUserCalls().contains(call);
        if (fine || allowed(file, text))
            continue;
        findings.append({file, int(code.left(literalText.start).count(u'\n')) + 1, text});
    }
    return findings;
}

QList<UserTextScanner::Allowed> UserTextScanner::unusedAllowances() const
{
    QList<Allowed> unused;
    for (qsizetype i = 0; i < m_allowed.size(); ++i) {
        if (!m_used[i])
            unused << m_allowed[i];
    }
    return unused;
}
