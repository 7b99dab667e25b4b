#include "backup/BackupVerifier.h"
#include "settings/AppTranslator.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// Dropping a .qm into the data directory translates the program: a German
// trade-inspector_de.qm, compiled by lrelease now, is loaded for a German locale
// and left alone for a French one, in this process and in the real binary.
class TestAppTranslator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void loadsTheLocalesTranslationFromTheDataDirectory();
    void otherLocalesStayEnglish();
    void theProgramSpeaksTheSystemLocale();

private:
    QString emptyFile() const { return m_dir.filePath(QStringLiteral("empty.db")); }
    QTemporaryDir m_dir;
};

void TestAppTranslator::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("TradeInspector"));
    QCoreApplication::setApplicationName(QStringLiteral("trade-inspector"));
    // Where an install would put it: <XDG_DATA_HOME>/TradeInspector/trade-inspector/translations.
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
    const QString translations =
        m_dir.filePath(QStringLiteral("data/TradeInspector/trade-inspector/translations"));
    QVERIFY(QDir().mkpath(translations));
    QProcess lrelease;
    lrelease.start(QStringLiteral(TI_LRELEASE),
                   {QStringLiteral(TI_I18N_DATA "/trade-inspector_de.ts"), QStringLiteral("-qm"),
                    translations + QStringLiteral("/trade-inspector_de.qm")});
    QVERIFY(lrelease.waitForFinished(30000));
    QVERIFY2(lrelease.exitCode() == 0, lrelease.readAllStandardError().constData());
    QFile empty(emptyFile());
    QVERIFY(empty.open(QIODevice::WriteOnly));
}

void TestAppTranslator::loadsTheLocalesTranslationFromTheDataDirectory()
{
    QCOMPARE(BackupVerifier::verify(emptyFile()).message, QStringLiteral("the file is empty"));
    const QString loaded = AppTranslator::install(*QCoreApplication::instance(),
                                                  QLocale(QLocale::German, QLocale::Germany));
    QVERIFY2(loaded.endsWith(QStringLiteral("/trade-inspector_de.qm")), qPrintable(loaded));
    QCOMPARE(BackupVerifier::verify(emptyFile()).message, QStringLiteral("die Datei ist leer"));
    for (QTranslator *translator :
         QCoreApplication::instance()->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QCOMPARE(BackupVerifier::verify(emptyFile()).message, QStringLiteral("the file is empty"));
}

void TestAppTranslator::otherLocalesStayEnglish()
{
    QVERIFY(
        AppTranslator::install(*QCoreApplication::instance(), QLocale(QLocale::French)).isEmpty());
    QCOMPARE(BackupVerifier::verify(emptyFile()).message, QStringLiteral("the file is empty"));
}

void TestAppTranslator::theProgramSpeaksTheSystemLocale()
{
    auto run = [this](const QString &lang) {
        QProcess program;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("LANGUAGE"));
        environment.remove(QStringLiteral("LC_MESSAGES"));
        environment.insert(QStringLiteral("LC_ALL"), lang);
        environment.insert(QStringLiteral("LANG"), lang);
        program.setProcessEnvironment(environment);
        program.start(QStringLiteral(TI_BINARY), {QStringLiteral("verify"), emptyFile()});
        program.waitForFinished(30000);
        return QString::fromUtf8(program.readAllStandardError());
    };
    const QString german = run(QStringLiteral("de_DE.UTF-8"));
    QVERIFY2(german.contains(QStringLiteral("die Datei ist leer")), qPrintable(german));
    const QString english = run(QStringLiteral("C.UTF-8"));
    QVERIFY2(english.contains(QStringLiteral("the file is empty")), qPrintable(english));
}

QTEST_GUILESS_MAIN(TestAppTranslator)
#include "TestAppTranslator.moc"
