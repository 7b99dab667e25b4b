#pragma once

#include "RowKey.h"
#include "db/ConnectionFault.h"

#include <QList>
#include <QString>

// One page the model asks the worker for, and what comes back. `generation`
// ties both to one filter+sort: answers to an older query are dropped.
struct PageRequest
{
    enum class Mode {
        First,  // the first `limit` rows
        After,  // keyset: rows after `key`
        Before, // keyset: rows before `key` (the reversed order's first page)
        Last,   // the reversed order's first page: the end of the result
        Offset, // one seek for a jump, then keyset from there on
    };
    quint64 generation = 0;
    quint64 layout = 0; // the model's row positions it was asked under
    int page = 0;
    Mode mode = Mode::First;
    RowKey key;
    int limit = 0;
    qint64 offset = 0;
};

struct PageResult
{
    PageRequest request;
    QList<TableRow> rows;
    QString error; // empty on success
    FaultKind fault = FaultKind::None;
    // The worker had to open a new connection first (the server restarted, the
    // file was replaced): rows cached from the old one may be out of date.
    bool reconnected = false;
};
