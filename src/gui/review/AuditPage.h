#pragma once

#include "Page.h"

#include "db/ConnectionSpec.h"

#include <QList>

#include <memory>
#include <optional>

namespace Ui {
class AuditPage;
}
class AuditFindingsModel;
class JobRunner;
class QSortFilterProxyModel;
struct PendingAudit;

// The integrity audit: runs IntegrityAudit on a worker with progress and
// Cancel, and lists what it found in a sortable table with a summary line.
// Activating a finding (double-click, Enter) asks the window to show its rows.
// The audit reads every table, so it runs when asked, not on opening.
class AuditPage : public Page
{
    Q_OBJECT
public:
    explicit AuditPage(QWidget *parent = nullptr);
    ~AuditPage() override;

    QString title() const override;
    void setDatabase(const DatabaseSession &session) override;
    void clearDatabase() override;
    // Re-runs the audit if it ran before on this database.
    void refresh() override;

    void runAudit();
    void cancelAudit();
    bool isRunning() const;
    AuditFindingsModel *findingsModel() const { return m_findings; }

signals:
    void showRowsRequested(const QString &table, const QList<qint64> &ids);
    // An audit finished and its findings are listed (tests wait for this).
    void auditShown();

private:
    void onFinished(const QString &openError);
    void onActivated(const QModelIndex &index);
    void setRunning(bool running);

    std::unique_ptr<Ui::AuditPage> m_ui;
    AuditFindingsModel *m_findings;
    QSortFilterProxyModel *m_proxy;
    JobRunner *m_runner;
    std::optional<ConnectionSpec> m_spec;
    std::shared_ptr<PendingAudit> m_pending;
    bool m_hasRun = false;
};
