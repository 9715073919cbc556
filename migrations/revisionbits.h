#pragma once

#include <QtGlobal>

#include <vector>

namespace Migrations {

// Sets of small integers — revision indexes, label numbers — as one bit each. The graph
// asks "is this revision among those" for every revision of a walk, and spreads labels and
// dependencies over every revision of a project: with hash sets those were the slowest
// parts of loading and of `history`.
class RevisionBits
{
public:
    RevisionBits() = default;
    explicit RevisionBits(qsizetype size)
        : m_words(size_t((size + 63) / 64), 0)
    {
    }
    bool contains(qsizetype member) const { return m_words[size_t(member / 64)] & bit(member); }
    void insert(qsizetype member) { m_words[size_t(member / 64)] |= bit(member); }
    void remove(qsizetype member) { m_words[size_t(member / 64)] &= ~bit(member); }

private:
    static quint64 bit(qsizetype member) { return quint64(1) << (member % 64); }
    std::vector<quint64> m_words;
};

// One bit set per row, all of the same width, in one allocation: the labels or the
// inherited dependencies of every revision, filled parents first.
class BitRows
{
public:
    BitRows(qsizetype rows, qsizetype bits)
        : m_width((bits + 63) / 64)
        , m_words(size_t(rows * m_width), 0)
    {
    }
    qsizetype width() const { return m_width; }
    const quint64 *row(qsizetype row) const { return m_words.data() + row * m_width; }
    bool test(qsizetype row, qsizetype bit) const { return this->row(row)[bit / 64] & (quint64(1) << (bit % 64)); }
    void set(qsizetype row, qsizetype bit) { rowData(row)[bit / 64] |= quint64(1) << (bit % 64); }
    // row `to` |= row `from`
    void unite(qsizetype to, qsizetype from)
    {
        quint64 *target = rowData(to);
        const quint64 *source = row(from);
        for (qsizetype w = 0; w < m_width; ++w)
            target[w] |= source[w];
    }
    void assign(qsizetype to, qsizetype from)
    {
        quint64 *target = rowData(to);
        const quint64 *source = row(from);
        for (qsizetype w = 0; w < m_width; ++w)
            target[w] = source[w];
    }

private:
    quint64 *rowData(qsizetype row) { return m_words.data() + row * m_width; }
    qsizetype m_width;
    std::vector<quint64> m_words;
};

} // namespace Migrations
