#include "ConnectDialog.h"
#include "ui_ConnectDialog.h"

#include "session/DatabaseOpener.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
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
    , m_keyring(new PasswordKeyring(this))
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
    updatePasswordNote();
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::setSpec(const ConnectionSpec &spec)
{
    if (spec.isSqlite()) {
        m_ui->sqliteRadio->setChecked(true);
        m_ui->pathEdit->setText(spec.sqlitePath.isEmpty() ? QString() : spec.absolutePath());
    } else {
        // Fields first: checking the radio asks the keyring for what they show.
        m_ui->hostEdit->setText(spec.host);
        m_ui->portSpin->setValue(spec.port == 0 ? kDefaultPostgresPort : spec.port);
        m_ui->databaseEdit->setText(spec.database);
        m_ui->userEdit->setText(spec.user);
        m_ui->passwordEdit->setText(spec.password);
        const int ssl = m_ui->sslModeCombo->findData(spec.sslMode);
        m_ui->sslModeCombo->setCurrentIndex(qMax(0, ssl));
        m_ui->rememberCheck->setChecked(false);
        m_ui->postgresRadio->setChecked(true);
    }
    m_ui->testResultLabel->clear();
    updateDriverPage();
}

// Asks for the shown PostgreSQL connection's remembered password, once per
// connection (not for SQLite: a locked keyring would prompt for nothing). The
// first answer also tells whether there is a keyring at all: one that does not
// answer turns the option off, with the reason in its tooltip.
void ConnectDialog::askKeyring()
{
    const ConnectionSpec asked = spec();
    const QString key = PasswordKeyring::keyFor(asked);
    if (m_keyringState == KeyringState::Unavailable || key == m_askedKey)
        return;
    m_askedKey = key;
    m_keyring->read(asked, [this, key](const PasswordKeyring::Result &result) {
        keyringAnswered(key, result);
    });
}

void ConnectDialog::keyringAnswered(const QString &key, const PasswordKeyring::Result &result)
{
    using Outcome = PasswordKeyring::Outcome;
    const KeyringState before = m_keyringState;
    if (result.outcome == Outcome::Unavailable) {
        m_keyringState = KeyringState::Unavailable;
        m_keyringError = result.error;
        m_ui->rememberCheck->setChecked(false);
    } else {
        m_keyringState = KeyringState::Available;
        m_keyringError = result.outcome == Outcome::Failed ? result.error : QString();
    }
    if (result.outcome == Outcome::Found) {
        m_rememberedKeys.insert(key);
        // Only into the fields it belongs to, and never over what was typed.
        if (key == PasswordKeyring::keyFor(spec()) && m_ui->passwordEdit->text().isEmpty()) {
            m_ui->passwordEdit->setText(result.password);
            m_ui->rememberCheck->setChecked(true);
        }
    }
    updatePasswordNote();
    if (before == KeyringState::Checking)
        emit keyringChecked(m_keyringState == KeyringState::Available);
}

void ConnectDialog::updatePasswordNote()
{
    QCheckBox *remember = m_ui->rememberCheck;
    remember->setEnabled(m_keyringState == KeyringState::Available);
    switch (m_keyringState) {
    case KeyringState::Checking:
        remember->setToolTip(tr("Looking for the system keyring\u2026"));
        m_ui->passwordNote->setText(tr("Leave the password empty to use PGPASSWORD or ~/.pgpass."));
        break;
    case KeyringState::Available:
        remember->setToolTip(
            m_keyringError.isEmpty()
                ? tr("Stores the password in the system keyring, never in a file of Trade "
                     "Inspector's. Untick to forget it.")
                : tr("The system keyring refused: %1").arg(m_keyringError));
        m_ui->passwordNote->setText(
            tr("A typed password is kept in memory for this session unless you tick "
               "Remember. Leave it empty to use PGPASSWORD or ~/.pgpass."));
        break;
    case KeyringState::Unavailable:
        remember->setToolTip(
            tr("No system keyring (Secret Service or KWallet) is available, so passwords "
               "cannot be remembered: %1")
                .arg(m_keyringError.isEmpty() ? tr("no answer") : m_keyringError));
        m_ui->passwordNote->setText(
            tr("No system keyring is available: the password is asked for each time. "
               "To avoid typing it, leave it empty and put it in ~/.pgpass (or "
               "PGPASSWORD)."));
        break;
    }
}

void ConnectDialog::accept()
{
    const ConnectionSpec chosen = spec();
    if (chosen.isPostgres() && m_keyringState == KeyringState::Available) {
        const QString key = PasswordKeyring::keyFor(chosen);
        // The write outlives this dialog; a failure only means it is asked again.
        if (m_ui->rememberCheck->isChecked() && !chosen.password.isEmpty())
            m_keyring->write(chosen, chosen.password);
        else if (m_rememberedKeys.contains(key))
            m_keyring->remove(chosen);
    }
    QDialog::accept();
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
    // Hidden, not stacked: a stack keeps room for its taller page (word-wrapped
    // labels report their height for any width), leaving a gap under SQLite.
    m_ui->sqlitePage->setVisible(sqlite);
    m_ui->postgresPage->setVisible(!sqlite);
    // Fit once the hidden page's layout request has reached the dialog's layout;
    // fitting now would keep the old minimum height.
    QTimer::singleShot(0, this, [this] {
        layout()->activate();
        adjustSize();
    });
    updateOpenButton();
    if (!sqlite)
        askKeyring();
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
