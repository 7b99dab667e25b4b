#pragma once

#include <QList>
#include <QString>

// Finds string literals that read as words for a person (two or more words:
// "cannot open %1: %2", "Backup failed") but are not passed to tr(),
// QCoreApplication::translate() or a QT_TRANSLATE_NOOP family macro, so a
// translator would never see them. Not findings: SQL (a literal starting with
// an upper-case SQL keyword), text given to a logging call (log text is for
// developers and stays English), style sheets, date formats and regular
// expressions, #include lines and comments.
class UserTextScanner
{
public:
    struct Finding
    {
        QString file;
        int line = 0;
        QString text;

        QString toString() const
        {
            return QStringLiteral("%1:%2: not translated: \"%3\"").arg(file).arg(line).arg(text);
        }
    };

    // A literal the rules cannot tell apart from a message but a reader can:
    // in `file` (a path suffix), a literal starting with `text` ("*": every
    // literal of the file), for the reason given.
    struct Allowed
    {
        QString file;
        QString text;
        QString why;
    };

    explicit UserTextScanner(QList<Allowed> allowed = {});

    QList<Finding> scan(const QString &file, const QString &source);
    // Literals judged as words for a person, translated or not: a scan that saw
    // none proves nothing.
    int sentencesSeen() const { return m_sentences; }
    QList<Allowed> unusedAllowances() const;

    static bool readsAsWords(const QString &literalText);

private:
    bool allowed(const QString &file, const QString &text);

    QList<Allowed> m_allowed;
    QList<bool> m_used;
    int m_sentences = 0;
};
