#pragma once

#include <QString>

#include <cstdio>
#include <cstdlib>

// A property a fuzz target checks beyond "no crash". A violation aborts, so
// libFuzzer records the input as a crash and the corpus replay test fails.
inline void fuzzCheck(bool holds, const char *property, const QString &detail = {})
{
    if (holds)
        return;
    std::fprintf(stderr, "fuzz property violated: %s\n%s\n", property, detail.toUtf8().constData());
    std::abort();
}

// The input as text: libFuzzer hands over bytes, the parsers take QString.
inline QString fuzzText(const unsigned char *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}
