#include "SqlTextScanner.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

// Index just past the string or char literal starting at `i` (a quote).
qsizetype skipLiteral(const QString &s, qsizetype i)
{
    const QChar quote = s[i];
    for (++i; i < s.size(); ++i) {
        if (s[i] == u'\\')
            ++i;
        else if (s[i] == quote)
            return i + 1;
    }
    return s.size();
}

// The statement around `at`: from the previous ; { or } outside the
// parentheses `at` is in, to the next ; or brace outside them.
QString statementAround(const QString &code, qsizetype at, qsizetype *start)
{
    qsizetype begin = at;
    int depth = 0;
    while (begin > 0) {
        const QChar c = code[begin - 1];
        if (c == u')' || c == u']')
            ++depth;
        else if (c == u'(' || c == u'[')
            --depth;
        else if (depth <= 0 && (c == u';' || c == u'{' || c == u'}'))
            break;
        --begin;
    }
    qsizetype end = at;
    depth = 0;
    while (end < code.size()) {
        const QChar c = code[end];
        if (c == u'"' || c == u'\'') {
            end = skipLiteral(code, end);
            continue;
        }
        if (c == u'(' || c == u'[')
            ++depth;
        else if (c == u')' || c == u']')
            --depth;
        else if (c == u'{' && depth <= 0)
            break;
        else if ((c == u';' || c == u'}') && depth <= 0)
            break;
        ++end;
    }
    *start = begin;
    return code.mid(begin, end - begin);
}

// Splits `text` at top-level occurrences of any of `separators` (single
// characters; "::" never splits at ':').
QStringList splitTopLevel(const QString &text, const QString &separators)
{
    QStringList parts;
    int depth = 0;
    qsizetype from = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'"' || c == u'\'') {
            i = skipLiteral(text, i) - 1;
            continue;
        }
        if (c == u'(' || c == u'[' || c == u'{')
            ++depth;
        else if (c == u')' || c == u']' || c == u'}')
            --depth;
        else if (depth == 0 && separators.contains(c)) {
            if (c == u':' &&
                ((i + 1 < text.size() && text[i + 1] == u':') || (i > 0 && text[i - 1] == u':')))
                continue;
            if (c == u'+' && i + 1 < text.size() && text[i + 1] == u'+') {
                ++i; // ++ is not a join
                continue;
            }
            parts << text.mid(from, i - from).trimmed();
            from = i + 1;
        }
    }
    parts << text.mid(from).trimmed();
    return parts;
}

// Index of the parenthesis closing the one at `open`.
qsizetype matchingParen(const QString &s, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < s.size(); ++i) {
        if (s[i] == u'"' || s[i] == u'\'') {
            i = skipLiteral(s, i) - 1;
            continue;
        }
        if (s[i] == u'(')
            ++depth;
        else if (s[i] == u')' && --depth == 0)
            return i;
    }
    return s.size();
}

const QRegularExpression &literalOnly()
{
    // A string, char or number literal, or a literal wrapped the usual ways.
    static const QRegularExpression re(QStringLiteral(
        R"(^(?:(?:QStringLiteral|QLatin1String|QLatin1StringView|QByteArrayLiteral|QLatin1Char|)"
        R"(QChar|QString|QByteArray|QStringView)\s*\(\s*)?(?:u8|u|U|L)?(?:"(?:[^"\\]|\\.)*"\s*)+\)?)"
        R"((?:_s|_L1)?$|^(?:u|U|L)?'(?:[^'\\]|\\.)+'$|^\d+$|^(?:QString|QByteArray)\(\)$)"));
    return re;
}

// Calls and names whose text is SQL the code wrote or an identifier it quoted.
const QRegularExpression &safeExpression()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(?:(?:QString|QByteArray)::number\(|quoted\w*\(|\w*[qQ]uote\w*\()"
                       R"(|(?:m_)?dialect(?:\(\))?(?:\.|->)|SqlDialect::|RobotSchema::)"
                       R"(|(?:\w+::)?(?:placeholders?|parameters?)\w*\()"
                       R"(|\w+\.qualified\(|\w+\.sql\b))"));
    return re;
}

// The index of a top-level assignment (= or +=, not ==, <=, >=, !=) or -1.
qsizetype assignmentAt(const QString &text)
{
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'"' || c == u'\'') {
            i = skipLiteral(text, i) - 1;
            continue;
        }
        if (c == u'(' || c == u'[' || c == u'{')
            ++depth;
        else if (c == u')' || c == u']' || c == u'}')
            --depth;
        else if (depth == 0 && c == u'=') {
            const QChar before = i > 0 ? text[i - 1] : QChar();
            const QChar after = i + 1 < text.size() ? text[i + 1] : QChar();
            if (after == u'=' || QStringLiteral("=<>!").contains(before))
                continue;
            return i;
        } else if (depth == 0 && c == u'<' && i + 1 < text.size() && text[i + 1] == u'<') {
            return i + 1; // list << item: the item is what is given
        }
    }
    return -1;
}

bool containsSqlLiteral(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\'' && i > 0 && text[i - 1].isDigit())
            continue;
        if (text[i] != u'"' && text[i] != u'\'')
            continue;
        const qsizetype end = skipLiteral(text, i);
        if (text[i] == u'"' && SqlTextScanner::looksLikeSql(text.mid(i + 1, end - i - 2)))
            return true;
        i = end - 1;
    }
    return false;
}

const QRegularExpression &accumulatorName()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?:^|\W)(?:sql|\w*Sql|where|clause)\s*\+$)"));
    return re;
}

// The terms joined by + in every sum of `text` that builds SQL text (one with
// an SQL literal in it, or appended to a variable that holds SQL).
void collectSums(const QString &text, QStringList *operands)
{
    for (const QString &piece : splitTopLevel(text, QStringLiteral(",;"))) {
        QString rhs = piece;
        bool appending = false;
        const qsizetype assign = assignmentAt(piece);
        if (assign >= 0) {
            const QString lhs = piece.left(assign).trimmed();
            appending = (lhs.endsWith(u'+') || lhs.endsWith(u'<')) &&
                        (accumulatorName().match(lhs).hasMatch() || containsSqlLiteral(piece));
            rhs = piece.mid(assign + 1);
        }
        rhs = rhs.trimmed();
        static const QRegularExpression condition(QStringLiteral(R"(^(?:else\s+)?if\s*\()"));
        if (const auto m = condition.match(rhs); m.hasMatch())
            rhs = rhs.mid(matchingParen(rhs, m.capturedEnd() - 1) + 1).trimmed();
        static const QRegularExpression lead(QStringLiteral(R"(^(?:else\b|return\b)\s*)"));
        rhs.remove(lead);
        // c ? a : b + d is c ? a : (b + d): each branch is a sum of its own.
        QStringList branches = splitTopLevel(rhs, QStringLiteral("?:"));
        if (branches.size() == 3)
            branches.removeFirst();
        else
            branches = QStringList{rhs};
        for (const QString &branch : branches) {
            const QStringList terms = splitTopLevel(branch, QStringLiteral("+"));
            if ((terms.size() > 1 && containsSqlLiteral(branch)) || appending)
                *operands << terms;
        }
        for (qsizetype i = 0; i < rhs.size(); ++i) {
            if (rhs[i] == u'"' || rhs[i] == u'\'') {
                i = skipLiteral(rhs, i) - 1;
                continue;
            }
            if (rhs[i] == u'(' || rhs[i] == u'{') {
                const QChar close = rhs[i] == u'(' ? u')' : u'}';
                int depth = 0;
                qsizetype j = i;
                for (; j < rhs.size(); ++j) {
                    if (rhs[j] == u'"' || rhs[j] == u'\'') {
                        j = skipLiteral(rhs, j) - 1;
                        continue;
                    }
                    if (rhs[j] == rhs[i])
                        ++depth;
                    else if (rhs[j] == close && --depth == 0)
                        break;
                }
                collectSums(rhs.mid(i + 1, j - i - 1), operands);
                i = j;
            }
        }
    }
}

// The arguments of .arg() calls chained right after the literal ending at `end`.
QStringList chainedArgs(const QString &code, qsizetype end)
{
    QStringList args;
    qsizetype at = end;
    static const QRegularExpression suffixAndClose(QStringLiteral(R"(\G(?:_s|_L1)?\s*\)?)"));
    static const QRegularExpression arg(QStringLiteral(R"(\G\s*\.arg\s*\()"));
    const auto close = suffixAndClose.match(code, at, QRegularExpression::NormalMatch,
                                            QRegularExpression::AnchorAtOffsetMatchOption);
    if (close.hasMatch())
        at = close.capturedEnd();
    for (;;) {
        const auto m = arg.match(code, at, QRegularExpression::NormalMatch,
                                 QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            break;
        const qsizetype open = m.capturedEnd() - 1;
        const qsizetype closeParen = matchingParen(code, open);
        const QStringList parts =
            splitTopLevel(code.mid(open + 1, closeParen - open - 1), QStringLiteral(","));
        // .arg(n, width, base, fill) pads a number: only the first is text.
        const bool padded = parts.size() == 4 && parts[3].contains(u'\'');
        args << (padded ? parts.mid(0, 1) : parts);
        at = closeParen + 1;
    }
    return args;
}

} // namespace

SqlTextScanner::SqlTextScanner(QList<Allowed> allowed)
    : m_allowed(std::move(allowed))
    , m_used(m_allowed.size(), false)
{
}

bool SqlTextScanner::looksLikeSql(const QString &literalText)
{
    static const QRegularExpression sql(QStringLiteral(
        R"(\b(?:SELECT|INSERT INTO|UPDATE|DELETE FROM|WHERE|FROM|JOIN|ORDER BY|GROUP BY|LIMIT)"
        R"(|VALUES|CREATE|DROP|ALTER|PRAGMA|FETCH|DECLARE|LIKE|ILIKE|AND|OR|IN|IS NULL|SET)"
        R"(|SHOW|BEGIN|COMMIT|ESCAPE|CASE WHEN|COALESCE)\b)"
        // A fragment comparing a column with a spliced value: "symbol = '%1'".
        R"(|'%\d+'|\b[a-z_]+ (?:=|<>|!=|<=|>=|<|>) '?%\d+)"));
    return sql.match(literalText).hasMatch();
}

QString SqlTextScanner::stripComments(const QString &source)
{
    QString out = source;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out[i];
        if (c == u'"' || c == u'\'') {
            // A digit separator (1'000) is not a char literal.
            if (c == u'\'' && i > 0 && out[i - 1].isDigit())
                continue;
            i = skipLiteral(out, i) - 1;
        } else if (c == u'/' && i + 1 < out.size() && out[i + 1] == u'/') {
            while (i < out.size() && out[i] != u'\n')
                out[i++] = u' ';
        } else if (c == u'/' && i + 1 < out.size() && out[i + 1] == u'*') {
            while (i < out.size() &&
                   !(out[i] == u'*' && i + 1 < out.size() && out[i + 1] == u'/')) {
                if (out[i] != u'\n')
                    out[i] = u' ';
                ++i;
            }
            if (i + 1 < out.size())
                out[i] = out[i + 1] = u' ';
        }
    }
    return out;
}

bool SqlTextScanner::isSafe(const QString &file, const QString &operandText, int depth)
{
    QString operand = operandText.trimmed();
    // Parentheses around an operand: look at what they hold.
    while (operand.startsWith(u'(') && matchingParen(operand, 0) == operand.size() - 1)
        operand = operand.mid(1, operand.size() - 2).trimmed();
    if (operand.isEmpty() || literalOnly().match(operand).hasMatch() ||
        safeExpression().match(operand).hasMatch())
        return true;
    // "... %1".arg(x): x is checked where the literal is.
    static const QRegularExpression argChain(QStringLiteral(R"(^(.*?)\s*\.arg\s*\()"),
                                             QRegularExpression::DotMatchesEverythingOption);
    if (const auto m = argChain.match(operand);
        m.hasMatch() && literalOnly().match(m.captured(1)).hasMatch() &&
        matchingParen(operand, m.capturedEnd() - 1) < operand.size()) {
        qsizetype at = m.capturedEnd() - 1;
        static const QRegularExpression more(QStringLiteral(R"(\G\s*\.arg\s*\()"));
        for (;;) {
            at = matchingParen(operand, at) + 1;
            const auto next = more.match(operand, at, QRegularExpression::NormalMatch,
                                         QRegularExpression::AnchorAtOffsetMatchOption);
            if (!next.hasMatch())
                break;
            at = next.capturedEnd() - 1;
        }
        if (at >= operand.size())
            return true;
    }
    // cond ? a : b is safe when both branches are; a + b when both terms are.
    const QStringList branches = splitTopLevel(operand, QStringLiteral("?:"));
    if (branches.size() == 3)
        return isSafe(file, branches[1], depth) && isSafe(file, branches[2], depth);
    const QStringList terms = splitTopLevel(operand, QStringLiteral("+"));
    if (terms.size() > 1) {
        return std::all_of(terms.begin(), terms.end(),
                           [&](const QString &t) { return isSafe(file, t, depth); });
    }
    for (qsizetype i = 0; i < m_allowed.size(); ++i) {
        if (file.endsWith(m_allowed[i].file) && operand.simplified() == m_allowed[i].operand) {
            m_used[i] = true;
            return true;
        }
    }
    return depth < 6 &&
           (isSafeVariable(file, operand, depth + 1) || isSafeCall(file, operand, depth + 1));
}

// A call to a function of this file whose every return is safe SQL text.
bool SqlTextScanner::isSafeCall(const QString &file, const QString &operand, int depth)
{
    static const QRegularExpression call(QStringLiteral(R"(^(?:\w+::)?([A-Za-z_]\w*)\s*\()"));
    const auto m = call.match(operand);
    if (!m.hasMatch() || matchingParen(operand, m.capturedEnd() - 1) != operand.size() - 1)
        return false;
    const QRegularExpression definition(QStringLiteral(R"((?:\bQString|\bQByteArray|::)\s*%1\s*\()")
                                            .arg(QRegularExpression::escape(m.captured(1))));
    bool any = false;
    for (auto it = definition.globalMatch(m_code); it.hasNext();) {
        const auto d = it.next();
        const qsizetype close = matchingParen(m_code, d.capturedEnd() - 1);
        static const QRegularExpression body(QStringLiteral(R"(\G\s*(?:const\s*)?\{)"));
        const auto b = body.match(m_code, close + 1, QRegularExpression::NormalMatch,
                                  QRegularExpression::AnchorAtOffsetMatchOption);
        if (!b.hasMatch())
            continue;
        int nesting = 0;
        qsizetype end = b.capturedEnd() - 1;
        for (; end < m_code.size(); ++end) {
            if (m_code[end] == u'"' || m_code[end] == u'\'') {
                end = skipLiteral(m_code, end) - 1;
                continue;
            }
            if (m_code[end] == u'{')
                ++nesting;
            else if (m_code[end] == u'}' && --nesting == 0)
                break;
        }
        const QString text = m_code.mid(b.capturedEnd(), end - b.capturedEnd());
        static const QRegularExpression returns(QStringLiteral(R"(\breturn\b([^;]*);)"));
        for (auto r = returns.globalMatch(text); r.hasNext();) {
            any = true;
            if (!isSafe(file, r.next().captured(1), depth))
                return false;
        }
    }
    return any;
}

// A variable of this file (a local, a member, a constant, a list) is safe when
// every value the file gives it is: `x = ...`, `x += ...`, `x << ...`,
// `x.append(...)`, `T x(...)` or `T x{...}`. A parameter has none and is not.
bool SqlTextScanner::isSafeVariable(const QString &file, const QString &operand, int depth)
{
    // x, list.join(...), or a member: w.conditions, this->m_sql.
    static const QRegularExpression plain(
        QStringLiteral(R"(^((?:\w+(?:\.|->))*)([A-Za-z_]\w*)(?:\.join\(.*\))?$)"),
        QRegularExpression::DotMatchesEverythingOption);
    const auto name = plain.match(operand);
    if (!name.hasMatch() || m_code.isEmpty())
        return false;
    const QString id = QRegularExpression::escape(name.captured(2));
    // A member is given values through any object of the file (w.sql = ...);
    // a local only under its own name, not as some other object's member.
    const QString before = name.captured(1).isEmpty() ? QStringLiteral(R"((?<![\w.>]))")
                                                      : QStringLiteral(R"((?<!\w))");
    const QRegularExpression given(
        before +
        QStringLiteral(
            R"(%1\s*(?:\[\s*\])?\s*(?:(=(?!=)|\+=|<<)|(?:\.|->)append\s*\(|[({](?=[^;]*[)}]\s*;)))")
            .arg(id));
    bool any = false;
    for (auto it = given.globalMatch(m_code); it.hasNext();) {
        const auto m = it.next();
        qsizetype begin = m.capturedEnd();
        qsizetype end = begin;
        QString value;
        if (m.captured(0).endsWith(u'(') || m.captured(0).endsWith(u'{')) {
            const qsizetype open = m.capturedEnd() - 1;
            if (m_code[open] == u'(') {
                end = matchingParen(m_code, open);
            } else {
                end = m_code.indexOf(u'}', open);
            }
            value = m_code.mid(open + 1, end - open - 1);
        } else {
            int nesting = 0;
            for (end = begin; end < m_code.size(); ++end) {
                const QChar c = m_code[end];
                if (c == u'"' || c == u'\'') {
                    end = skipLiteral(m_code, end) - 1;
                    continue;
                }
                if (c == u'(' || c == u'[' || c == u'{')
                    ++nesting;
                else if (c == u')' || c == u']' || c == u'}') {
                    if (--nesting < 0)
                        break;
                } else if (c == u';' && nesting == 0)
                    break;
            }
            value = m_code.mid(begin, end - begin);
        }
        // A function call or declaration with this name is not a value given.
        if (value.trimmed().isEmpty())
            continue;
        any = true;
        for (const QString &part : splitTopLevel(value, QStringLiteral(","))) {
            if (!isSafe(file, part, depth))
                return false;
        }
    }
    return any;
}

QList<SqlTextScanner::Finding> SqlTextScanner::scan(const QString &file, const QString &source)
{
    m_code = stripComments(source);
    const QString &code = m_code;
    QList<Finding> findings;
    QSet<qsizetype> statementsSeen;
    const auto report = [&](qsizetype at, const QString &operand) {
        if (isSafe(file, operand, 0))
            return;
        const int line = int(code.left(at).count(u'\n')) + 1;
        findings << Finding{file, line, operand.simplified()};
    };
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if ((c == u'\'' && i > 0 && code[i - 1].isDigit()) || (c != u'"' && c != u'\''))
            continue;
        const qsizetype end = skipLiteral(code, i);
        if (c == u'"' && looksLikeSql(code.mid(i + 1, end - i - 2))) {
            ++m_sqlLiterals;
            for (const QString &operand : chainedArgs(code, end))
                report(i, operand);
            qsizetype start = 0;
            const QString statement = statementAround(code, i, &start);
            if (!statementsSeen.contains(start)) {
                statementsSeen.insert(start);
                QStringList operands;
                collectSums(statement, &operands);
                for (const QString &operand : operands)
                    report(start + qMax<qsizetype>(0, statement.indexOf(operand)), operand);
            }
        }
        i = end - 1;
    }
    // Appends to a variable holding SQL, with no SQL literal in the statement.
    static const QRegularExpression accumulator(
        QStringLiteral(R"(\b(?:sql|\w*Sql|where|clause)\s*\+=)"));
    for (auto it = accumulator.globalMatch(code); it.hasNext();) {
        qsizetype start = 0;
        const QString statement = statementAround(code, it.next().capturedStart(), &start);
        if (statementsSeen.contains(start))
            continue;
        statementsSeen.insert(start);
        QStringList operands;
        collectSums(statement, &operands);
        for (const QString &operand : operands)
            report(start + qMax<qsizetype>(0, statement.indexOf(operand)), operand);
    }
    m_code.clear();
    return findings;
}

QList<SqlTextScanner::Allowed> SqlTextScanner::unusedAllowances() const
{
    QList<Allowed> unused;
    for (qsizetype i = 0; i < m_allowed.size(); ++i) {
        if (!m_used[i])
            unused << m_allowed[i];
    }
    return unused;
}
