#pragma once

#include "Page.h"

#include "db/ConnectionSpec.h"
#include "schema/Timestamp.h"

#include <memory>
#include <optional>

namespace Ui {
class SessionsPage;
}
class JobRunner;
class LazyTableModel;
class ReviewPanel;
struct SessionStatistics;
struct PendingReview;
struct StatisticsRequest;

// The Sessions page: the robot's trading_sessions with their stored figures
// (top), and the review of the selected session or of a custom time range,
// optionally for one symbol or strategy (bottom). Statistics run on a worker
// (StatisticsJob) with progress and Cancel; selecting another session
// supersedes the running job. "Show orders" / "Show trades" ask the window to
// browse the reviewed window.
class SessionsPage : public Page
{
    Q_OBJECT
public:
    explicit SessionsPage(QWidget *parent = nullptr);
    ~SessionsPage() override;

    QString title() const override;
    void setDatabase(const DatabaseSession &session) override;
    void clearDatabase() override;
    void refresh() override;
    void setTimeDisplay(TimeDisplay display) override;

    // What the list and the edits do, for the window and tests.
    void reviewSession(qint64 sessionId);
    void reviewRange(const Timestamp &from, const std::optional<Timestamp> &to);
    void cancelReview();
    bool isReviewRunning() const;
    // The last finished review, or null.
    const SessionStatistics *statistics() const { return m_statistics.get(); }
    ReviewPanel *reviewPanel() const { return m_panel; }
    LazyTableModel *sessionsModel() const { return m_sessions; }

signals:
    // The reviewed window: from inclusive, to inclusive (nullopt: open end).
    void showOrdersRequested(const Timestamp &from, const std::optional<Timestamp> &to);
    void showTradesRequested(const Timestamp &from, const std::optional<Timestamp> &to);
    // A review finished and is shown (tests wait for this).
    void reviewShown();

private:
    void onCurrentSessionChanged();
    void onReviewRangeClicked();
    void startReview(const StatisticsRequest &request, const QString &title);
    void onJobFinished(const QString &openError);
    void onJobCancelled();
    void onProgress(int permille, qint64 rows);
    void setRunning(bool running);
    void setWindow(std::optional<Timestamp> from, std::optional<Timestamp> to);
    QString filterSuffix() const;
    QString windowText(const Timestamp &from, const std::optional<Timestamp> &to) const;

    std::unique_ptr<Ui::SessionsPage> m_ui;
    LazyTableModel *m_sessions;
    ReviewPanel *m_panel;
    JobRunner *m_runner;
    std::optional<ConnectionSpec> m_spec;
    TimeDisplay m_timeDisplay = TimeDisplay::Utc;
    bool m_columnsFitted = false;
    bool m_keepShown = false; // the next review replaces the shown one without blanking it
    std::optional<qint64> m_reviewedSession;
    std::shared_ptr<PendingReview> m_pending;
    std::unique_ptr<SessionStatistics> m_statistics;
    // The window the Show buttons browse: the selected session's or the range's.
    std::optional<Timestamp> m_windowFrom;
    std::optional<Timestamp> m_windowTo;
};
