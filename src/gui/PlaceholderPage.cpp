#include "PlaceholderPage.h"
#include "ui_PlaceholderPage.h"

#include "session/DatabaseSession.h"

#include <QLocale>

PlaceholderPage::PlaceholderPage(const QString &name, const QString &title,
                                 const QString &description, const QString &table, QWidget *parent)
    : Page(name, parent)
    , m_ui(std::make_unique<Ui::PlaceholderPage>())
    , m_title(title)
    , m_table(table)
{
    m_ui->setupUi(this);
    setObjectName(name + QStringLiteral("Page")); // setupUi overwrote it
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->titleLabel->setText(title);
    m_ui->descriptionLabel->setText(description);
    if (m_table.isEmpty()) {
        m_ui->stateCaption->setText(tr("Database:"));
        m_ui->rowsCaption->setText(tr("Server:"));
    }
    clearDatabase();
}

PlaceholderPage::~PlaceholderPage() = default;

void PlaceholderPage::setDatabase(const DatabaseSession &session)
{
    if (m_table.isEmpty())
        showDatabaseState(session);
    else
        showTableState(session);
}

void PlaceholderPage::clearDatabase()
{
    m_ui->stateLabel->setText(tr("No database is open. Use File \u203a Connect\u2026 (Ctrl+O)."));
    m_ui->rowsLabel->setText(QStringLiteral("\u2013"));
    setDetailRowsVisible(false);
}

void PlaceholderPage::showTableState(const DatabaseSession &session)
{
    const ProbedTable *table = session.schema.table(m_table);
    if (!table || !table->present) {
        m_ui->stateLabel->setText(
            tr("<b>%1</b> is absent from this database.").arg(m_table.toHtmlEscaped()));
        m_ui->rowsLabel->setText(QStringLiteral("\u2013"));
        setDetailRowsVisible(false);
        return;
    }
    m_ui->stateLabel->setText(tr("<b>%1</b> is present.").arg(m_table.toHtmlEscaped()));
    m_ui->rowsLabel->setText(table->rows < 0 ? tr("not counted") : QLocale().toString(table->rows));
    const QString none = tr("none");
    const QString separator = QStringLiteral(", ");
    m_ui->missingLabel->setText(
        table->missingColumns.isEmpty()
            ? none
            : tr("%1 (shown as empty)").arg(table->missingColumns.join(separator)));
    m_ui->extraLabel->setText(table->extraColumns.isEmpty() ? none
                                                            : table->extraColumns.join(separator));
    setDetailRowsVisible(true);
}

void PlaceholderPage::showDatabaseState(const DatabaseSession &session)
{
    m_ui->stateLabel->setText(session.spec.displayName().toHtmlEscaped());
    m_ui->rowsLabel->setText(session.spec.isSqlite()
                                 ? tr("SQLite %1").arg(session.serverVersion)
                                 : tr("PostgreSQL %1").arg(session.serverVersion));
    setDetailRowsVisible(false);
}

void PlaceholderPage::setDetailRowsVisible(bool visible)
{
    m_ui->missingCaption->setVisible(visible);
    m_ui->missingLabel->setVisible(visible);
    m_ui->extraCaption->setVisible(visible);
    m_ui->extraLabel->setVisible(visible);
}
