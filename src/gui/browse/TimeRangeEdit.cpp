#include "TimeRangeEdit.h"

#include "FieldMarker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimeZone>

TimeRangeEdit::TimeRangeEdit(const QString &caption, QWidget *parent)
    : QWidget(parent)
    , m_preset(new QComboBox(this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
{
    setObjectName(QStringLiteral("timeRange"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *label = new QLabel(caption, this);
    label->setBuddy(m_preset);
    layout->addWidget(label);

    m_preset->setObjectName(QStringLiteral("timePresetCombo"));
    m_preset->addItem(tr("All time"), int(Preset::All));
    m_preset->addItem(tr("Today"), int(Preset::Today));
    m_preset->addItem(tr("Last 7 days"), int(Preset::Last7Days));
    m_preset->addItem(tr("Custom"), int(Preset::Custom));
    m_preset->setToolTip(tr("Quick time ranges on %1").arg(caption.toLower()));
    connect(m_preset, &QComboBox::activated, this, [this](int index) {
        setPreset(Preset(m_preset->itemData(index).toInt()));
        emit edited();
    });
    layout->addWidget(m_preset);

    const QString sample = QStringLiteral("2025-12-20 14:03:07");
    for (QLineEdit *edit : {m_from, m_to}) {
        const bool isFrom = edit == m_from;
        edit->setObjectName(isFrom ? QStringLiteral("timeFromEdit") : QStringLiteral("timeToEdit"));
        edit->setPlaceholderText(isFrom ? tr("from YYYY-MM-DD") : tr("to YYYY-MM-DD"));
        edit->setToolTip(isFrom ? tr("From this date or time (inclusive)")
                                : tr("Up to this time; a bare date includes the whole day"));
        edit->setClearButtonEnabled(true);
        edit->setMinimumWidth(fontMetrics().horizontalAdvance(sample) + 30);
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
            emit edited();
        });
        layout->addWidget(edit);
        if (isFrom)
            layout->addWidget(new QLabel(QStringLiteral("–"), this));
    }
}

QDate TimeRangeEdit::today() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return m_display == ValueFormatter::TimeDisplay::Local ? now.toLocalTime().date() : now.date();
}

void TimeRangeEdit::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
    switch (preset) {
    case Preset::All:
        m_from->clear();
        m_to->clear();
        break;
    case Preset::Today:
        m_from->setText(today().toString(Qt::ISODate));
        m_to->clear();
        break;
    case Preset::Last7Days:
        m_from->setText(today().addDays(-6).toString(Qt::ISODate));
        m_to->clear();
        break;
    case Preset::Custom:
        break;
    }
    FieldMarker::setValid(m_from);
    FieldMarker::setValid(m_to);
}

void TimeRangeEdit::clear()
{
    setPreset(Preset::All);
}

void TimeRangeEdit::setTimeDisplay(ValueFormatter::TimeDisplay display)
{
    m_display = display;
}

std::optional<Timestamp> TimeRangeEdit::parse(const QString &text, bool end, QString *error) const
{
    const QString trimmed = text.trimmed();
    std::optional<Timestamp> fields = Timestamp::fromText(trimmed);
    if (!fields) {
        *error =
            tr("\"%1\" is not a date; use YYYY-MM-DD or YYYY-MM-DD HH:MM").arg(trimmed.left(40));
        return std::nullopt;
    }
    const bool bareDate = trimmed.size() == 10;
    Timestamp time = *fields;
    if (m_display == ValueFormatter::TimeDisplay::Local) {
        // The fields were typed in local time; the robot stores UTC.
        const QDateTime asUtc = fields->toUtc();
        const QDateTime local(asUtc.date(), asUtc.time(), QTimeZone::systemTimeZone());
        const qint64 belowMs = fields->microseconds() % 1000;
        time = Timestamp::fromUtc(local.toUTC()).addMicroseconds(belowMs);
    }
    if (end && bareDate)
        time = time.addMicroseconds(qint64(24) * 3600 * 1000000);
    return time;
}

QString TimeRangeEdit::format(const Timestamp &time) const
{
    QDateTime shown = time.toUtc();
    if (m_display == ValueFormatter::TimeDisplay::Local)
        shown = shown.toLocalTime();
    QString text = shown.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    // Keep the fraction when there is one: a session ending at .5 s keeps its last fill.
    const qint64 micros = ((time.microseconds() % 1000000) + 1000000) % 1000000;
    if (micros != 0)
        text += QStringLiteral(".%1").arg(micros, 6, 10, QLatin1Char('0'));
    return text;
}

bool TimeRangeEdit::collect(std::optional<Timestamp> *from, std::optional<Timestamp> *to,
                            QString *error) const
{
    bool ok = true;
    for (QLineEdit *edit : {m_from, m_to}) {
        std::optional<Timestamp> &target = edit == m_from ? *from : *to;
        target.reset();
        if (edit->text().trimmed().isEmpty()) {
            FieldMarker::setValid(edit);
            continue;
        }
        QString reason;
        target = parse(edit->text(), edit == m_to, &reason);
        if (!target) {
            FieldMarker::setInvalid(edit, reason);
            *error = reason;
            ok = false;
        } else {
            FieldMarker::setValid(edit);
        }
    }
    if (ok && *from && *to && **to <= **from) {
        const QString reason = tr("The end of the time range is before its start");
        FieldMarker::setInvalid(m_to, reason);
        *error = reason;
        ok = false;
    }
    return ok;
}

void TimeRangeEdit::setRange(std::optional<Timestamp> from, std::optional<Timestamp> to)
{
    m_preset->setCurrentIndex(m_preset->findData(int(from || to ? Preset::Custom : Preset::All)));
    m_from->setText(from ? format(*from) : QString());
    m_to->setText(to ? format(*to) : QString());
    FieldMarker::setValid(m_from);
    FieldMarker::setValid(m_to);
}
