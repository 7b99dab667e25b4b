#include "MainWindow.h"

#include "db/DatabaseConnection.h"
#include "schema/SchemaProbe.h"

#include <QLabel>
#include <QStatusBar>
#include <QTabWidget>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_pages(new QTabWidget(this))
    , m_databaseLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Trade Inspector"));
    setCentralWidget(m_pages);
    statusBar()->addWidget(m_databaseLabel, 1);
    resize(1200, 760);
}

void MainWindow::openDatabaseUrl(const QString &url)
{
    QString error;
    const auto spec = ConnectionSpec::fromUrl(url, &error);
    if (!spec) {
        m_databaseLabel->setText(tr("No database: %1").arg(error));
        return;
    }
    const auto connection = DatabaseConnection::open(*spec, AccessMode::ReadOnly, &error);
    if (!connection) {
        m_databaseLabel->setText(error);
        return;
    }
    m_databaseLabel->setText(
        tr("%1 — %2, read-only").arg(spec->displayName(), spec->qtDriverName()));
}
