#include "AuditPage.h"
#include "ui_AuditPage.h"

#include "AuditFindingsModel.h"
#include "JobRunner.h"

#include "review/IntegrityAudit.h"
#include "session/DatabaseSession.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

struct PendingAudit
{
    IntegrityAudit::Result result;
};

AuditPage::AuditPage(QWidget *parent)
    : Page(QStringLiteral("audit"), parent)
    , m_ui(std::make_unique<Ui::AuditPage>())
    , m_findings(new AuditFindingsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_runner(new JobRunner(this))
{
    m_ui->setupUi(this);
    setObjectName(name() + QStringLiteral("Page")); // setupUi overwrote it
    m_proxy->setSourceModel(m_findings);
    m_proxy->setSortRole(AuditFindingsModel::SortRole);
    m_ui->findingsView->setModel(m_proxy);
    m_ui->findingsView->verticalHeader()->hide();
    m_ui->findingsView->verticalHeader()->setDefaultSectionSize(
        m_ui->findingsView->fontMetrics().height() + 6);
    m_ui->findingsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->findingsView->sortByColumn(AuditFindingsModel::Severity, Qt::AscendingOrder);

    connect(m_ui->runButton, &QPushButton::clicked, this, &AuditPage::runAudit);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &AuditPage::cancelAudit);
    connect(m_ui->findingsView, &QAbstractItemView::activated, this, &AuditPage::onActivated);
    connect(m_runner, &JobRunner::progressChanged, this,
            [this](int permille, qint64) { m_ui->progressBar->setValue(permille); });
    connect(m_runner, &JobRunner::finished, this, &AuditPage::onFinished);
    connect(m_runner, &JobRunner::cancelled, this, [this] {
        setRunning(false);
        m_pending.reset();
        m_ui->summaryLabel->setText(tr("The audit was cancelled."));
    });
    clearDatabase();
}

AuditPage::~AuditPage() = default;

QString AuditPage::title() const
{
    return tr("Audit");
}

void AuditPage::setDatabase(const DatabaseSession &session)
{
    if (m_spec && *m_spec == session.spec)
        return; // a refresh with new row counts: keep the findings
    m_runner->cancel();
    m_spec = session.spec;
    m_hasRun = false;
    m_findings->setFindings({});
    m_ui->runButton->setEnabled(true);
    m_ui->summaryLabel->setText(tr("Press \u201cRun audit\u201d to check this database."));
}

void AuditPage::clearDatabase()
{
    m_runner->cancel();
    m_spec.reset();
    m_hasRun = false;
    m_findings->setFindings({});
    m_ui->runButton->setEnabled(false);
    m_ui->summaryLabel->setText(tr("No database is open."));
    setRunning(false);
}

void AuditPage::refresh()
{
    if (m_spec && m_hasRun && !isRunning())
        runAudit();
}

bool AuditPage::isRunning() const
{
    return m_runner->isRunning();
}

void AuditPage::runAudit()
{
    if (!m_spec)
        return;
    auto pending = std::make_shared<PendingAudit>();
    m_pending = pending;
    setRunning(true);
    m_ui->summaryLabel->setText(tr("Checking\u2026"));
    m_runner->start(*m_spec, [pending](DatabaseConnection &connection, const JobControl &control) {
        pending->result = IntegrityAudit::run(connection, control);
    });
}

void AuditPage::cancelAudit()
{
    m_runner->cancel();
}

void AuditPage::onFinished(const QString &openError)
{
    setRunning(false);
    const std::shared_ptr<PendingAudit> pending = std::move(m_pending);
    if (!pending)
        return;
    const IntegrityAudit::Result &result = pending->result;
    if (!openError.isEmpty() || !result.ran) {
        const QString why = !openError.isEmpty() ? openError : result.error;
        m_ui->summaryLabel->setText(result.cancelled ? tr("The audit was cancelled.")
                                                     : tr("The audit could not run: %1").arg(why));
        return;
    }
    m_hasRun = true;
    m_findings->setFindings(result.findings);
    m_ui->findingsView->resizeColumnsToContents();
    m_ui->summaryLabel->setText(m_findings->summary());
    emit statusMessage(m_findings->summary());
    emit auditShown();
}

void AuditPage::onActivated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QModelIndex source = m_proxy->mapToSource(index);
    const QString table = source.data(AuditFindingsModel::TableRole).toString();
    const auto ids = source.data(AuditFindingsModel::IdsRole).value<QList<qint64>>();
    if (!table.isEmpty())
        emit showRowsRequested(table, ids);
}

void AuditPage::setRunning(bool running)
{
    m_ui->progressBar->setVisible(running);
    m_ui->cancelButton->setVisible(running);
    m_ui->runButton->setEnabled(!running && m_spec.has_value());
    if (running)
        m_ui->progressBar->setValue(0);
}
