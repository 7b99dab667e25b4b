#include "ColorScheme.h"

#include <QApplication>
#include <QLabel>
#include <QStyle>
#include <QtTest>

// The dark palette a dark desktop gets, and the override scripts use.
class TestColorScheme : public QObject
{
    Q_OBJECT

private slots:
    void namesParse();
    void environmentOverridesThePortal();
    void darkIsAppliedAndReadable();
    void matchingPaletteIsLeftAlone();
};

void TestColorScheme::namesParse()
{
    using ColorScheme::Scheme;
    QCOMPARE(ColorScheme::fromName(QStringLiteral("dark")), Scheme::Dark);
    QCOMPARE(ColorScheme::fromName(QStringLiteral("Light")), Scheme::Light);
    QCOMPARE(ColorScheme::fromName(QStringLiteral("")), Scheme::NoPreference);
    QCOMPARE(ColorScheme::fromName(QStringLiteral("purple")), Scheme::NoPreference);
}

void TestColorScheme::environmentOverridesThePortal()
{
    qputenv("TI_COLOR_SCHEME", "dark");
    QCOMPARE(ColorScheme::preferred(), ColorScheme::Scheme::Dark);
    qputenv("TI_COLOR_SCHEME", "light");
    QCOMPARE(ColorScheme::preferred(), ColorScheme::Scheme::Light);
    qunsetenv("TI_COLOR_SCHEME");
}

static double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

void TestColorScheme::darkIsAppliedAndReadable()
{
    auto &app = *qApp;
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() >= 128); // Qt's default
    ColorScheme::apply(static_cast<QApplication &>(app), ColorScheme::Scheme::Dark);
    const QPalette palette = QApplication::palette();
    QVERIFY(palette.color(QPalette::Window).lightness() < 128);
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    // WCAG AA for body text (4.5:1) on every surface text is drawn on.
    QVERIFY(contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window)) >= 4.5);
    QVERIFY(contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 4.5);
    QVERIFY(contrast(palette.color(QPalette::ButtonText), palette.color(QPalette::Button)) >= 4.5);
    QVERIFY(contrast(palette.color(QPalette::HighlightedText),
                     palette.color(QPalette::Highlight)) >= 4.5);
    QLabel label(QStringLiteral("x")); // widgets made afterwards get it too
    QCOMPARE(label.palette().color(QPalette::Window), palette.color(QPalette::Window));

    ColorScheme::apply(static_cast<QApplication &>(app), ColorScheme::Scheme::Light);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() >= 128);
}

void TestColorScheme::matchingPaletteIsLeftAlone()
{
    auto &app = static_cast<QApplication &>(*qApp);
    ColorScheme::apply(app, ColorScheme::Scheme::Light);
    QPalette custom = QApplication::palette();
    custom.setColor(QPalette::Window, QColor(0xfa, 0xf0, 0xe0)); // a light theme of the desktop's
    QApplication::setPalette(custom);
    const QColor before = QApplication::palette().color(QPalette::Window);
    ColorScheme::apply(app, ColorScheme::Scheme::Light); // already light: kept as it is
    ColorScheme::apply(app, ColorScheme::Scheme::NoPreference);
    QCOMPARE(QApplication::palette().color(QPalette::Window), before);
}

QTEST_MAIN(TestColorScheme)
#include "TestColorScheme.moc"
