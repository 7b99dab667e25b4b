#pragma once

#include <QString>
#include <QVariantList>

// Appends rows to one robot table inside the caller's transaction. `row`
// holds one value per column, already in the form the engine stores.
class RowInserter
{
public:
    virtual ~RowInserter() = default;
    virtual bool add(const QVariantList &row, QString *error) = 0;
    // Writes whatever is still batched.
    virtual bool flush(QString *error) = 0;
    // True when the next add() sends a statement to the server.
    virtual bool fullAfterNextRow() const = 0;
};
