#include "NameTable.h"

#include <algorithm>
#include <cstring>

int NameTable::intern(std::string_view utf8)
{
    const auto it = m_keys.find(utf8);
    if (it != m_keys.end())
        return it->second;
    const int key = int(m_names.size());
    m_names.push_back(QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
    m_keys.emplace(std::string(utf8), key);
    return key;
}

int NameTable::intern(const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    return intern(std::string_view(utf8.constData(), size_t(utf8.size())));
}

int NameTable::intern(std::string_view utf8, Cache *cache)
{
    quint64 head = 0;
    if (!utf8.empty())
        std::memcpy(&head, utf8.data(), std::min<size_t>(utf8.size(), sizeof head));
    const size_t slot = ((head ^ utf8.size()) * 0x9E3779B97F4A7C15ULL) >> 58;
    Cache::Entry &entry = cache->entries[slot];
    if (entry.key >= 0 && utf8 == entry.bytes)
        return entry.key;
    entry.bytes.assign(utf8);
    entry.key = intern(utf8);
    return entry.key;
}
