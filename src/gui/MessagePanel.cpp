#include "MessagePanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>

MessagePanel::MessagePanel(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_connect(new QPushButton(tr("Connect\u2026"), this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("messagePanel"));
    m_text->setObjectName(QStringLiteral("messageText"));
    m_progress->setObjectName(QStringLiteral("messageProgress"));
    m_cancel->setObjectName(QStringLiteral("messageCancel"));
    m_connect->setObjectName(QStringLiteral("messageConnect"));
    m_retry->setObjectName(QStringLiteral("messageRetry"));
    m_close->setObjectName(QStringLiteral("messageClose"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextFormat(Qt::RichText);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_close->setFlat(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addWidget(m_connect);
    layout->addWidget(m_retry);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_cancel, &QPushButton::clicked, this, &MessagePanel::cancelRequested);
    connect(m_connect, &QPushButton::clicked, this, &MessagePanel::connectRequested);
    connect(m_retry, &QPushButton::clicked, this, &MessagePanel::retryRequested);
    connect(m_close, &QPushButton::clicked, this, &MessagePanel::dismiss);
    hide();
}

void MessagePanel::showBusy(const QString &text)
{
    m_text->setText(text.toHtmlEscaped());
    applyKind(Kind::Busy);
}

void MessagePanel::showError(const QString &headline, const QString &detail)
{
    // Core's messages are written to follow "trade-inspector: "; here they
    // stand alone as a sentence.
    QString sentence = detail;
    if (!sentence.isEmpty())
        sentence[0] = sentence[0].toUpper();
    m_text->setText(
        QStringLiteral("<b>%1</b><br>%2").arg(headline.toHtmlEscaped(), sentence.toHtmlEscaped()));
    applyKind(Kind::Error);
}

void MessagePanel::showInfo(const QString &text)
{
    m_text->setText(text.toHtmlEscaped());
    applyKind(Kind::Info);
}

void MessagePanel::dismiss()
{
    hide();
}

QString MessagePanel::text() const
{
    // Plain text for tests and accessibility: the label holds rich text.
    QString plain = m_text->text();
    plain.replace(QStringLiteral("<br>"), QStringLiteral("\n"));
    plain.remove(QStringLiteral("<b>"));
    plain.remove(QStringLiteral("</b>"));
    plain.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    plain.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    plain.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    plain.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return plain;
}

void MessagePanel::applyKind(Kind kind)
{
    m_kind = kind;
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    // Tinted from the palette so it reads in light and dark themes alike.
    QColor tint = QPalette().color(QPalette::Highlight);
    if (kind == Kind::Error) {
        icon = QStyle::SP_MessageBoxCritical;
        tint = QColor(0xd9, 0x3f, 0x3f);
    }
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(iconSize, iconSize));
    QPalette pal = parentWidget() ? parentWidget()->palette() : QPalette();
    const QColor base = pal.color(QPalette::Window);
    pal.setColor(QPalette::Window,
                 QColor((base.red() * 4 + tint.red()) / 5, (base.green() * 4 + tint.green()) / 5,
                        (base.blue() * 4 + tint.blue()) / 5));
    setPalette(pal);
    m_progress->setVisible(kind == Kind::Busy);
    m_cancel->setVisible(kind == Kind::Busy);
    m_connect->setVisible(kind == Kind::Error);
    m_retry->setVisible(kind == Kind::Error);
    m_close->setVisible(kind != Kind::Busy);
    show();
}
