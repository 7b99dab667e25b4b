#pragma once

#include <QString>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// Symbols and strategies as small integer keys. A million fills name a few
// dozen symbols and strategies: the statistics pass hashes each name once,
// then indexes vectors by key instead of hashing a QString per fill.
class NameTable
{
public:
    // A reader's memory of the names it saw in one column.
    struct Cache
    {
        struct Entry
        {
            std::string bytes;
            int key = -1;
        };
        Entry entries[64];
    };

    // The key of `utf8`, added on first sight.
    int intern(std::string_view utf8);
    // The same for the million-row path: a slot from the first 8 bytes and
    // the length, one compare, and the hash map only on a miss.
    int intern(std::string_view utf8, Cache *cache);
    int intern(const QString &name);
    const QString &name(int key) const { return m_names[size_t(key)]; }
    int size() const { return int(m_names.size()); }

private:
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, int, Hash, std::equal_to<>> m_keys;
    std::vector<QString> m_names;
};
