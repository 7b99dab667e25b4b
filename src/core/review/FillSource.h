#pragma once

#include "Fill.h"

#include <QString>

// A forward-only reader of fills in (executed_at, id) order, as FillReadAhead
// drives it on its own thread: one per backend, each decoding straight from
// the driver's C API.
class FillSource
{
public:
    virtual ~FillSource() = default;
    // true: a row is there; false: done, or an error (error() not empty).
    virtual bool next() = 0;
    // Decodes the current row; false (fill->id still set) when it is unreadable.
    virtual bool read(Fill *fill) = 0;
    virtual const QString &error() const = 0;
};
