#include "RetryBackoff.h"

#include <algorithm>

int RetryBackoff::nextDelayMs()
{
    const int doublings = std::min(m_attempts, 20); // no overflow however long it is down
    ++m_attempts;
    return int(std::min<long long>(m_ceilingMs, (long long)m_firstMs << doublings));
}
