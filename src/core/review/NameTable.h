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
    // The key of `utf8`, added on first sight.
    int intern(std::string_view utf8);
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
