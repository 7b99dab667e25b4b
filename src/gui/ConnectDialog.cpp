#include "ConnectDialog.h"
#include "ui_ConnectDialog.h"

#include "session/DatabaseOpener.h"

#include <QFileDialog>
#include <QLocale>
#include <QPushButton>
#include <QtConcurrent>

namespace {

constexpr int kDefaultPostgresPort = 5432;

// libpq's sslmode values; the empty one means "libpq's default (prefer)".
const QStringList &sslModes()
{
    static const QStringList modes{QString(),
                                   QStringLiteral("disable"),
                                   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),
                                   QStringLiteral("require"),
                                   QStringLiteral("verify-ca"),
                                   QStringLiteral("verify-full")};
    return modes;
}

} // namespace

ConnectDialog::ConnectDialog(const QList<ConnectionSpec> &recent, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectDialog>())
    , m_recent(recent)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("connectDialog"));
    for (const QString &mode : sslModes())
        m_ui->sslModeCombo->addItem(mode.isEmpty() ? tr("Default (prefer)") : mode, mode);
    m_ui->buttonBox->button(QDialogButtonBox::Open)->setObjectName(QStringLiteral("openButton"));

    for (const ConnectionSpec &spec : std::as_const(m_recent)) {
        auto *item = new QListWidgetItem(spec.displayName(), m_ui->recentList);
        item->setToolTip(spec.toUrl(false));
    }
    m_ui->recentGroup->setVisible(!m_recent.isEmpty());

    connect(m_ui->sqliteRadio, &QRadioButton::toggled, this, &ConnectDialog::updateDriverPage);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ConnectDialog::browseForFile);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectDialog::testConnection);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_ui->pathEdit, m_ui->databaseEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateOpenButton);
    connect(m_ui->recentList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_recent.size())
            setSpec(m_recent.at(row));
    });
    connect(m_ui->recentList, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(&m_testWatcher, &QFutureWatcherBase::finished, this, &ConnectDialog::showTestResult);

    updateDriverPage();
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::setSpec(const ConnectionSpec &spec)
{
    if (spec.isSqlite()) {
        m_ui->sqliteRadio->setChecked(true);
        m_ui->pathEdit->setText(spec.sqlitePath.isEmpty() ? QString() : spec.absolutePath());
    } else {
        m_ui->postgresRadio->setChecked(true);
        m_ui->hostEdit->setText(spec.host);
        m_ui->portSpin->setValue(spec.port == 0 ? kDefaultPostgresPort : spec.port);
        m_ui->databaseEdit->setText(spec.database);
        m_ui->userEdit->setText(spec.user);
        m_ui->passwordEdit->setText(spec.password);
        const int ssl = m_ui->sslModeCombo->findData(spec.sslMode);
        m_ui->sslModeCombo->setCurrentIndex(qMax(0, ssl));
    }
    m_ui->testResultLabel->clear();
    updateDriverPage();
}

ConnectionSpec ConnectDialog::spec() const
{
    ConnectionSpec spec;
    if (m_ui->sqliteRadio->isChecked()) {
        spec.driver = DatabaseDriver::Sqlite;
        spec.sqlitePath = m_ui->pathEdit->text().trimmed();
        return spec;
    }
    spec.driver = DatabaseDriver::Postgres;
    spec.host = m_ui->hostEdit->text().trimmed();
    spec.port = m_ui->portSpin->value();
    spec.database = m_ui->databaseEdit->text().trimmed();
    spec.user = m_ui->userEdit->text().trimmed();
    spec.password = m_ui->passwordEdit->text();
    spec.sslMode = m_ui->sslModeCombo->currentData().toString();
    return spec;
}

void ConnectDialog::testConnection()
{
    if (m_testWatcher.isRunning())
        return;
    const ConnectionSpec tested = spec();
    m_ui->testButton->setEnabled(false);
    setTestMessage(tr("Connecting to %1\u2026").arg(tested.displayName()), true);
    // The same open-and-probe the window does, so "works here" means "opens".
    m_testWatcher.setFuture(QtConcurrent::run([tested]() -> std::pair<bool, QString> {
        const DatabaseOpener::Result result = DatabaseOpener::open(tested);
        if (!result.session)
            return {false, result.error};
        int present = 0;
        for (const ProbedTable &table : result.session->schema.robotTables)
            present += table.present ? 1 : 0;
        return {true, QCoreApplication::translate("ConnectDialog",
                                                  "Connection works: %1 %2, %3 of %4 robot tables.")
                          .arg(tested.isSqlite() ? QStringLiteral("SQLite")
                                                 : QStringLiteral("PostgreSQL"),
                               result.session->serverVersion)
                          .arg(present)
                          .arg(result.session->schema.robotTables.size())};
    }));
}

void ConnectDialog::showTestResult()
{
    const auto [ok, message] = m_testWatcher.result();
    m_ui->testButton->setEnabled(true);
    setTestMessage(message, ok);
    emit testFinished(ok, message);
}

void ConnectDialog::setTestMessage(const QString &text, bool ok)
{
    QPalette pal = m_ui->testResultLabel->palette();
    pal.setColor(QPalette::WindowText,
                 ok ? palette().color(QPalette::WindowText) : QColor(0xc0, 0x30, 0x30));
    m_ui->testResultLabel->setPalette(pal);
    m_ui->testResultLabel->setText(text);
}

void ConnectDialog::updateDriverPage()
{
    const bool sqlite = m_ui->sqliteRadio->isChecked();
    m_ui->driverStack->setCurrentWidget(sqlite ? m_ui->sqlitePage : m_ui->postgresPage);
    // A stack is as tall as its tallest page; let the hidden one not count.
    m_ui->sqlitePage->setSizePolicy(QSizePolicy::Preferred,
                                    sqlite ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_ui->postgresPage->setSizePolicy(QSizePolicy::Preferred,
                                      sqlite ? QSizePolicy::Ignored : QSizePolicy::Preferred);
    adjustSize();
    updateOpenButton();
}

void ConnectDialog::updateOpenButton()
{
    const bool sqlite = m_ui->sqliteRadio->isChecked();
    const bool complete = sqlite ? !m_ui->pathEdit->text().trimmed().isEmpty()
                                 : !m_ui->databaseEdit->text().trimmed().isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Open)->setEnabled(complete);
    m_ui->testButton->setEnabled(complete && !m_testWatcher.isRunning());
}

void ConnectDialog::browseForFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open the Robot's SQLite Database"), m_ui->pathEdit->text(),
        tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"));
    if (!path.isEmpty())
        m_ui->pathEdit->setText(path);
}
