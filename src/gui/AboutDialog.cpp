#include "AboutDialog.h"
#include "ui_AboutDialog.h"

#include "session/DatabaseOpener.h"
#include "session/DatabaseSession.h"

#include <QApplication>
#include <QPushButton>

AboutDialog::AboutDialog(const DatabaseSession *session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("aboutDialog"));
    m_ui->iconLabel->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->titleLabel->setText(tr("Trade Inspector"));

    m_ui->appVersionLabel->setText(QStringLiteral(TRADE_INSPECTOR_VERSION));
    // The runtime's version, which may differ from the one we were built with.
    m_ui->qtVersionLabel->setText(
        tr("%1 (built with %2)")
            .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    m_ui->sqliteVersionLabel->setText(DatabaseOpener::sqliteLibraryVersion());
    if (!session)
        m_ui->serverVersionLabel->setText(tr("no database open"));
    else if (session->spec.isSqlite())
        m_ui->serverVersionLabel->setText(tr("SQLite %1 (file)").arg(session->serverVersion));
    else
        m_ui->serverVersionLabel->setText(tr("PostgreSQL %1").arg(session->serverVersion));
    m_ui->serverVersionLabel->setObjectName(QStringLiteral("serverVersionLabel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
}

AboutDialog::~AboutDialog() = default;
