#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

// The committed translations/trade-inspector.ts lists every message: lupdate,
// run now over src/ and ui/ with the update_translations target's options into
// a new file, finds nothing the committed file lacks and nothing it no longer
// needs. When this fails, build the update_translations target and commit the
// .ts file.
class TestTranslationSourceCurrent : public QObject
{
    Q_OBJECT
private slots:
    void committedTsFileListsEveryMessage();
};

namespace {

// "context | source" of every message, plural forms marked.
QStringList messagesIn(const QString &path, QString *error)
{
    QStringList messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    bool numerus = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            messages << QStringLiteral("%1 | %2%3")
                            .arg(context, xml.readElementText(),
                                 numerus ? QStringLiteral(" (plural)") : QString());
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    messages.sort();
    return messages;
}

QStringList minus(const QStringList &a, const QStringList &b)
{
    const QSet<QString> other(b.cbegin(), b.cend());
    QStringList out;
    for (const QString &m : a) {
        if (!other.contains(m))
            out << m;
    }
    return out;
}

} // namespace

void TestTranslationSourceCurrent::committedTsFileListsEveryMessage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("trade-inspector.ts"));
    QStringList arguments{QStringLiteral(TI_SOURCE_DIR "/src"), QStringLiteral(TI_SOURCE_DIR "/ui"),
                          QStringLiteral("-extensions"), QStringLiteral("cpp,h,ui")};
    arguments << QStringLiteral(TI_LUPDATE_OPTIONS).split(u' ', Qt::SkipEmptyParts);
    arguments << QStringLiteral("-ts") << fresh;
    QProcess lupdate;
    lupdate.start(QStringLiteral(TI_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(60000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAllStandardError().constData());

    QString error;
    const QStringList now = messagesIn(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList committed = messagesIn(QStringLiteral(TI_SOURCE_TS), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(now.size() > 300, qPrintable(QString::number(now.size())));

    const QStringList missing = minus(now, committed);
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("messages missing from translations/trade-inspector.ts "
                                       "(build the update_translations target):\n") +
                        missing.join(u'\n')));
    const QStringList stale = minus(committed, now);
    QVERIFY2(stale.isEmpty(),
             qPrintable(QStringLiteral("messages no longer in the code, still in "
                                       "translations/trade-inspector.ts (build the "
                                       "update_translations target):\n") +
                        stale.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslationSourceCurrent)
#include "TestTranslationSourceCurrent.moc"
