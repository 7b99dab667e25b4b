#pragma once

// Delays between automatic reconnect attempts: soon at first (a restart takes
// seconds), then doubling up to a ceiling so a server that stays down is
// asked about a few times a minute, not hammered.
class RetryBackoff
{
public:
    explicit RetryBackoff(int firstMs = 500, int ceilingMs = 15000)
        : m_firstMs(firstMs)
        , m_ceilingMs(ceilingMs)
    {
    }

    // The delay before the next attempt; each call doubles the one after it.
    int nextDelayMs();
    int attempts() const { return m_attempts; }
    void reset() { m_attempts = 0; }

private:
    int m_firstMs;
    int m_ceilingMs;
    int m_attempts = 0;
};
