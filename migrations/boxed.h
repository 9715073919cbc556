#pragma once

#include <memory>

namespace Migrations {

// A member that most values of its struct leave at the default, kept on the heap only once
// it is set, with the value semantics of a plain member (copies are deep). An Operation
// carries the payload of one kind of operation; holding every kind's payload inline made
// each Operation 2.5 KB, which a run of thousands of steps paid for in memory touched and
// in every move.
template<typename T>
class Boxed
{
public:
    Boxed() = default;
    Boxed(const Boxed &other)
        : m_value(other.m_value ? std::make_unique<T>(*other.m_value) : nullptr)
    {}
    Boxed(Boxed &&) noexcept = default;
    Boxed &operator=(const Boxed &other)
    {
        if (this != &other)
            m_value = other.m_value ? std::make_unique<T>(*other.m_value) : nullptr;
        return *this;
    }
    Boxed &operator=(Boxed &&) noexcept = default;
    Boxed &operator=(T value)
    {
        m_value = std::make_unique<T>(std::move(value));
        return *this;
    }
    ~Boxed() = default;

    // Reading an unset box reads a default T, as the inline member would have held.
    const T &operator*() const { return m_value ? *m_value : unset(); }
    const T *operator->() const { return &**this; }
    // Writing through the box sets it.
    T &operator*()
    {
        if (!m_value)
            m_value = std::make_unique<T>();
        return *m_value;
    }
    T *operator->() { return &**this; }

private:
    static const T &unset()
    {
        static const T value;
        return value;
    }

    std::unique_ptr<T> m_value;
};

} // namespace Migrations
