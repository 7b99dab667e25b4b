#include "NameTable.h"

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
