#include "SessionsPage.h"
#include "ui_SessionsPage.h"

#include "JobRunner.h"
#include "ReviewPanel.h"

#include "BrowseCellDelegate.h"
#include "query/LazyTableModel.h"
#include "review/StatisticsJob.h"
#include "session/DatabaseSession.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTimer>

// A review in flight: the worker writes the result, the page reads it once
// the runner says this job (and not a superseded one) finished.
struct PendingReview
{
    StatisticsJob::Result result;
    QString title;
    std::optional<qint64> sessionId;
};

SessionsPage::SessionsPage(QWidget *parent)
    : Page(QStringLiteral("sessions"), parent)
    , m_ui(std::make_unique<Ui::SessionsPage>())
    , m_sessions(new LazyTableModel(this))
    , m_runner(new JobRunner(this))
{
    m_ui->setupUi(this);
    setObjectName(name() + QStringLiteral("Page")); // setupUi overwrote it
    m_panel = new ReviewPanel(m_ui->reviewPane);
    m_panel->setObjectName(QStringLiteral("reviewPanel"));
    m_ui->reviewLayout->addWidget(m_panel, 1);
    // The list is a chooser; the review below is what is read.
    m_ui->mainSplitter->setStretchFactor(0, 1);
    m_ui->mainSplitter->setStretchFactor(1, 4);
    m_ui->mainSplitter->setSizes({240, 660}); // about six sessions above the review

    m_ui->sessionsView->setModel(m_sessions);
    // The browse grids' painting: an open session's end reads as NULL, greyed.
    m_ui->sessionsView->setItemDelegate(new BrowseCellDelegate(m_ui->sessionsView));
    m_ui->sessionsView->verticalHeader()->hide();
    m_ui->sessionsView->verticalHeader()->setDefaultSectionSize(
        m_ui->sessionsView->fontMetrics().height() + 6);
    m_ui->sessionsView->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_ui->fromEdit->setTimeSpec(Qt::UTC);
    m_ui->toEdit->setTimeSpec(Qt::UTC);
    m_ui->fromEdit->setDateTime(now.addDays(-1));
    m_ui->toEdit->setDateTime(now);

    connect(m_ui->sessionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SessionsPage::onCurrentSessionChanged);
    connect(m_sessions, &LazyTableModel::statusChanged, m_ui->sessionsStatusLabel,
            &QLabel::setText);
    // Fit the columns to the first rows once they are loaded, not to the
    // empty model: names and times must not be elided.
    connect(m_sessions, &LazyTableModel::rowsLoaded, this, [this] {
        if (m_columnsFitted)
            return;
        m_columnsFitted = true;
        // After the view has taken the rows in.
        QTimer::singleShot(0, this, [this] { m_ui->sessionsView->resizeColumnsToContents(); });
    });
    connect(m_ui->reviewRangeButton, &QPushButton::clicked, this,
            &SessionsPage::onReviewRangeClicked);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &SessionsPage::cancelReview);
    connect(m_ui->showOrdersButton, &QPushButton::clicked, this, [this] {
        if (m_windowFrom)
            emit showOrdersRequested(*m_windowFrom, m_windowTo);
    });
    connect(m_ui->showTradesButton, &QPushButton::clicked, this, [this] {
        if (m_windowFrom)
            emit showTradesRequested(*m_windowFrom, m_windowTo);
    });
    connect(m_runner, &JobRunner::progressChanged, this, &SessionsPage::onProgress);
    connect(m_runner, &JobRunner::finished, this, &SessionsPage::onJobFinished);
    connect(m_runner, &JobRunner::cancelled, this, &SessionsPage::onJobCancelled);
    clearDatabase();
}

SessionsPage::~SessionsPage() = default;

QString SessionsPage::title() const
{
    return tr("Sessions");
}

void SessionsPage::setDatabase(const DatabaseSession &session)
{
    if (m_spec && *m_spec == session.spec) {
        // A refresh with new row counts: keep the list, selection and review.
        return;
    }
    m_runner->cancel();
    m_spec = session.spec;
    m_reviewedSession.reset();
    m_statistics.reset();
    setWindow(std::nullopt, std::nullopt);
    m_columnsFitted = false;
    m_sessions->setSource(session.spec, RobotTable::TradingSessions);
    m_sessions->setSortSpec({QStringLiteral("started_at"), Qt::DescendingOrder});
    m_ui->reviewRangeButton->setEnabled(true);
    m_panel->clear(tr("Select a session to review it, or choose a time range."));
    m_ui->reviewTitleLabel->clear();
}

void SessionsPage::clearDatabase()
{
    m_runner->cancel();
    m_spec.reset();
    m_reviewedSession.reset();
    m_statistics.reset();
    setWindow(std::nullopt, std::nullopt);
    m_ui->reviewRangeButton->setEnabled(false);
    m_ui->reviewTitleLabel->clear();
    m_ui->sessionsStatusLabel->setText(
        tr("No database is open. Use File \u203a Connect\u2026 (Ctrl+O)."));
    m_panel->clear(tr("No database is open."));
    setRunning(false);
}

void SessionsPage::refresh()
{
    if (!m_spec)
        return;
    m_sessions->refresh();
    // The active session grows while the robot trades: recompute what is shown.
    if (m_reviewedSession && !isReviewRunning()) {
        // Keep the current figures on screen while the new ones are computed:
        // an auto-refresh must not blank what the operator is reading.
        m_keepShown = m_statistics != nullptr;
        reviewSession(*m_reviewedSession);
    }
}

void SessionsPage::setTimeDisplay(TimeDisplay display)
{
    m_timeDisplay = display;
    m_sessions->setTimeDisplay(display == TimeDisplay::Local ? ValueFormatter::TimeDisplay::Local
                                                             : ValueFormatter::TimeDisplay::Utc);
}

void SessionsPage::cancelReview()
{
    m_runner->cancel();
}

bool SessionsPage::isReviewRunning() const
{
    return m_runner->isRunning();
}

void SessionsPage::onCurrentSessionChanged()
{
    const QModelIndex current = m_ui->sessionsView->currentIndex();
    if (!current.isValid() || !m_sessions->isRowLoaded(current.row()))
        return;
    const qint64 id = current.siblingAtColumn(0).data(LazyTableModel::RowIdRole).toLongLong();
    const auto typed = [&](const char *column) {
        const int section = m_sessions->columnOf(QString::fromLatin1(column));
        return section < 0 ? QVariant()
                           : current.siblingAtColumn(section).data(LazyTableModel::TypedValueRole);
    };
    const QVariant started = typed("started_at");
    const QVariant ended = typed("ended_at");
    if (started.canConvert<Timestamp>()) {
        const Timestamp from = started.value<Timestamp>();
        std::optional<Timestamp> to;
        if (ended.isValid() && !ended.isNull() && ended.canConvert<Timestamp>())
            to = ended.value<Timestamp>();
        // Pre-fill the range with the session's window: the natural start for
        // narrowing it down.
        setWindow(from, to);
        m_ui->fromEdit->setDateTime(from.toUtc());
        m_ui->toEdit->setDateTime(to ? to->toUtc() : QDateTime::currentDateTimeUtc());
    }
    reviewSession(id);
}

void SessionsPage::reviewSession(qint64 sessionId)
{
    StatisticsRequest request;
    request.sessionId = sessionId;
    request.symbol = m_ui->symbolEdit->text().trimmed();
    request.strategy = m_ui->strategyEdit->text().trimmed();
    request.collectEquityCurve = true;
    m_reviewedSession = sessionId;
    startReview(request, tr("Session %1").arg(sessionId));
}

void SessionsPage::onReviewRangeClicked()
{
    const Timestamp from = Timestamp::fromUtc(m_ui->fromEdit->dateTime().toUTC());
    // The edit shows whole seconds; "to" covers its whole second.
    const Timestamp to =
        Timestamp::fromUtc(m_ui->toEdit->dateTime().toUTC()).addMicroseconds(999999);
    reviewRange(from, to);
}

void SessionsPage::reviewRange(const Timestamp &from, const std::optional<Timestamp> &to)
{
    StatisticsRequest request;
    request.from = from;
    request.to = to;
    request.symbol = m_ui->symbolEdit->text().trimmed();
    request.strategy = m_ui->strategyEdit->text().trimmed();
    request.collectEquityCurve = true;
    m_reviewedSession.reset();
    m_ui->sessionsView->selectionModel()->clearSelection();
    setWindow(from, to);
    startReview(request, tr("Fills %1").arg(windowText(from, to)));
}

void SessionsPage::startReview(const StatisticsRequest &request, const QString &title)
{
    if (!m_spec)
        return;
    auto pending = std::make_shared<PendingReview>();
    pending->title = title + filterSuffix();
    pending->sessionId = request.sessionId;
    m_pending = pending;
    if (!m_keepShown) {
        m_statistics.reset();
        m_ui->reviewTitleLabel->setText(pending->title);
        m_panel->clear(tr("Computing the review\u2026"));
    }
    m_keepShown = false;
    setRunning(true);
    m_runner->start(*m_spec,
                    [pending, request](DatabaseConnection &connection, const JobControl &control) {
                        pending->result = StatisticsJob::run(connection, request, control);
                    });
}

void SessionsPage::onJobFinished(const QString &openError)
{
    setRunning(false);
    const std::shared_ptr<PendingReview> pending = std::move(m_pending);
    if (!pending)
        return;
    const StatisticsJob::Result &result = pending->result;
    if (!openError.isEmpty()) {
        m_panel->clear(tr("The review could not run: %1").arg(openError));
        return;
    }
    if (result.sessionNotFound) {
        m_panel->clear(tr("This session no longer exists in the database."));
        return;
    }
    if (!result.statistics) {
        m_panel->clear(result.cancelled ? tr("The review was cancelled.")
                                        : tr("The review failed: %1").arg(result.error));
        return;
    }
    m_statistics = std::make_unique<SessionStatistics>(*result.statistics);
    if (const auto &stored = m_statistics->session) {
        setWindow(stored->startedAt, stored->endedAt);
        const QString name =
            stored->name.isEmpty() ? QString() : QStringLiteral(" \u00b7 ") + stored->name;
        m_ui->reviewTitleLabel->setText(
            tr("Session %1%2 \u00b7 %3")
                .arg(stored->id)
                .arg(name, windowText(stored->startedAt, stored->endedAt)) +
            filterSuffix());
    }
    m_panel->setStatistics(*m_statistics);
    emit statusMessage(tr("Reviewed %n fill(s).", nullptr, int(m_statistics->fills.fills)));
    emit reviewShown();
}

void SessionsPage::onJobCancelled()
{
    setRunning(false);
    m_pending.reset();
    m_panel->clear(tr("The review was cancelled. Select the session again or press "
                      "\u201cReview range\u201d to restart it."));
}

void SessionsPage::onProgress(int permille, qint64 rows)
{
    m_ui->progressBar->setValue(permille);
    m_ui->progressBar->setFormat(tr("%p% \u00b7 %L1 fills read").arg(rows));
}

void SessionsPage::setRunning(bool running)
{
    m_ui->progressBar->setVisible(running);
    m_ui->cancelButton->setVisible(running);
    m_ui->cancelButton->setEnabled(running);
    if (running)
        m_ui->progressBar->setValue(0);
}

void SessionsPage::setWindow(std::optional<Timestamp> from, std::optional<Timestamp> to)
{
    m_windowFrom = from;
    m_windowTo = to;
    m_ui->showOrdersButton->setEnabled(from.has_value());
    m_ui->showTradesButton->setEnabled(from.has_value());
}

QString SessionsPage::filterSuffix() const
{
    QStringList parts;
    if (!m_ui->symbolEdit->text().trimmed().isEmpty())
        parts << tr("symbol %1").arg(m_ui->symbolEdit->text().trimmed());
    if (!m_ui->strategyEdit->text().trimmed().isEmpty())
        parts << tr("strategy %1").arg(m_ui->strategyEdit->text().trimmed());
    return parts.isEmpty() ? QString()
                           : QStringLiteral(" (%1)").arg(parts.join(QStringLiteral(", ")));
}

QString SessionsPage::windowText(const Timestamp &from, const std::optional<Timestamp> &to) const
{
    const auto text = [this](const Timestamp &t) {
        const QDateTime utc = t.toUtc();
        return m_timeDisplay == TimeDisplay::Utc
                   ? utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + tr(" UTC")
                   : utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    };
    return to ? tr("%1 \u2192 %2").arg(text(from), text(*to))
              : tr("%1 \u2192 now (open)").arg(text(from));
}
