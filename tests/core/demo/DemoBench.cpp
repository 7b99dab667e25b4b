// demo-bench URL ORDERS [SEED]: times DemoDataGenerator on a real database
// (with --force semantics), for the figures in the demo data's documentation.
// Not a test: timings belong to benchmarks, never to unit tests.
#include "demo/DemoDataGenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: demo-bench URL ORDERS [SEED]\n");
        return 2;
    }
    QString error;
    const auto spec = ConnectionSpec::fromUrl(args[1], &error);
    if (!spec) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    const bool ok = DemoDataGenerator::generate(
        *spec, {args[2].toInt(), quint32(args.value(3, QStringLiteral("1")).toUInt()), true},
        &error);
    std::printf("%s %.2f s %s\n", ok ? "ok" : "failed", timer.elapsed() / 1000.0,
                qPrintable(error));
    return ok ? 0 : 1;
}
