#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

// A banner above the pages, in the spirit of KMessageWidget: what the window is
// busy with, or what went wrong and what to do about it. Errors belong in the
// window, not only on the console.
class MessagePanel : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Busy, Error, Info };

    explicit MessagePanel(QWidget *parent = nullptr);

    // An indeterminate progress bar and a Cancel button.
    void showBusy(const QString &text);
    // A headline, the detail, and "Connect…" / "Retry" buttons.
    void showError(const QString &headline, const QString &detail);
    void showInfo(const QString &text);
    void dismiss();

    Kind kind() const { return m_kind; }
    QString text() const;

signals:
    void cancelRequested();
    void connectRequested();
    void retryRequested();

private:
    void applyKind(Kind kind);

    Kind m_kind = Kind::Info;
    QLabel *m_icon;
    QLabel *m_text;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_connect;
    QPushButton *m_retry;
    QPushButton *m_close;
};
