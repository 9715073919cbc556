#pragma once

#include "dialect.h"

#include <QLatin1StringView>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>
#include <vector>

namespace Migrations {

// The module a type's class comes from, as a migration script imports it. `sqlalchemy`,
// `sqlalchemy.types` and `sqlalchemy.sql.sqltypes` are one module here; the dialect modules
// re-export some of the generic classes (`postgresql.VARCHAR` is `sa.VARCHAR`), which
// findTypeClass() resolves. Project is any module of the project itself (`app.db.GUID`).
enum class TypeModule { SqlAlchemy, PostgreSQL, MySQL, SQLite, SqlModel, Project };

struct TypeVariant;

// A column type as a migration script writes it: `sa.String(50, collation="C")`,
// `postgresql.ARRAY(sa.Integer(), dimensions=2)`, `mysql.INTEGER(display_width=11,
// unsigned=True)`, `sa.BigInteger().with_variant(sa.Integer(), "sqlite")`.
//
// A plain value, built by whoever reads the script (it knows nothing of any parser): the
// class, then the constructor's arguments under SQLAlchemy's own names. Each field is
// SQLAlchemy's default until the script says otherwise; an optional that is empty is
// Python's None. Arguments a class does not take are simply left at their defaults.
struct SqlType
{
    TypeModule module = TypeModule::SqlAlchemy;
    QString name; // the class as written: "String", "VARCHAR", "AutoString", "GUID"

    // Strings, binaries and bits
    std::optional<int> length; // String, Text, CHAR…, LargeBinary, BINARY, BIT; Enum(length=)
    QString collation;         // empty: None (MySQL also reads `collate=`)
    QString charset;           // MySQL string types
    bool national = false;     // MySQL: NATIONAL VARCHAR
    bool ascii = false;        // MySQL: … ASCII
    bool unicode = false;      // MySQL: … UNICODE
    bool binary = false;       // MySQL: … BINARY (the collation flag, not the BINARY type)
    bool varying = false;      // postgresql.BIT(varying=True)

    // Numbers
    std::optional<int> precision;    // Float, Numeric, DECIMAL…; postgresql TIMESTAMP/TIME/INTERVAL
    std::optional<int> scale;        // Numeric, DECIMAL; MySQL FLOAT, DOUBLE, REAL
    std::optional<bool> asdecimal;   // kept for the schema model; never changes the DDL
    std::optional<int> displayWidth; // MySQL integer types and YEAR
    bool isUnsigned = false;         // MySQL numeric types: `unsigned=True`
    bool zerofill = false;

    // Dates and times
    bool timezone = false;
    std::optional<int> fsp;               // MySQL DATETIME, TIMESTAMP, TIME
    std::optional<QString> storageFormat; // sqlite DATE, DATETIME, TIME: storage_format=
    QString intervalFields;               // postgresql.INTERVAL(fields="DAY TO SECOND")
    bool native = true;                   // Interval(native=)
    std::optional<int> secondPrecision;   // Interval
    std::optional<int> dayPrecision;      // Interval: accepted, never rendered

    // Enum, postgresql.ENUM, mysql.ENUM and mysql.SET
    QStringList values;
    QString typeName; // Enum(name=), also Boolean(name=) for its constraint
    QString schema;   // Enum(schema=)
    bool nativeEnum = true;
    bool createType = true;        // postgresql.ENUM(create_type=): CREATE TYPE, later
    bool createConstraint = false; // Boolean/Enum(create_constraint=): False since 1.4

    // Uuid
    bool asUuid = true;     // Uuid(as_uuid=): Python-side only
    bool nativeUuid = true; // Uuid(native_uuid=)

    // ARRAY: the item type (exactly one) and dimensions
    std::vector<SqlType> itemType;
    std::optional<int> dimensions;

    // `.with_variant(other, "mysql", …)`, one per dialect name, in the order written.
    std::vector<TypeVariant> variants;

    bool operator==(const SqlType &) const = default;

    // `type.with_variant(other, dialectNames…)`. SQLAlchemy refuses a second variant for a
    // dialect ("Dialect 'mysql' is already present in the mapping for this String(…)"):
    // a reader checks hasVariant() first and reports that; here the later one wins.
    SqlType withVariant(const SqlType &other, const QStringList &dialectNames) const;
    bool hasVariant(const QString &dialect) const;
    // The type SQLAlchemy's TypeCompiler.process uses on the dialect: the variant for its
    // name ("mariadb" is not "mysql": a variant for mysql does not apply to mariadb).
    const SqlType &forDialect(Dialect dialect) const;

    // How the script names the class, for messages: "sa.String", "postgresql.JSONB".
    QString qualifiedName() const;
};

struct TypeVariant
{
    QString dialect; // SQLAlchemy's dialect name, as with_variant takes it
    SqlType type;
    bool operator==(const TypeVariant &) const = default;
};

// What SQLAlchemy knows about a class of type: the name its compiler dispatches on
// (`__visit_name__`; for the TypeDecorators Interval, PickleType and AutoString, whose
// DDL is their dialect implementation's, a name of our own) and the mixins its compilers
// test with isinstance().
struct TypeClass
{
    enum Trait : unsigned {
        MySqlString = 1,    // mysql.types._StringType: charset, national, ascii…
        MySqlNumeric = 2,   // mysql.types._NumericType: unsigned, zerofill, display width
        SQLiteDateTime = 4, // sqlite._DateTimeMixin: storage_format decides *_CHAR
    };
    TypeModule module;
    QLatin1StringView name;      // as imported from module
    QLatin1StringView className; // the real class (`INT` is `INTEGER`) as errors name it
    QLatin1StringView visitName;
    unsigned traits = 0;
};

// Every class findTypeClass() knows, each under the module that defines it.
std::span<const TypeClass> typeClasses();
// The class a script names, or null when SQLAlchemy (or sqlmodel) has no such type there.
const TypeClass *findTypeClass(TypeModule module, QStringView name);

// Whether the DDL for a column of this type on the dialect gets a CHECK constraint
// (SchemaType._should_create_constraint): Boolean(create_constraint=True) where the
// dialect has no native boolean, Enum(create_constraint=True) where it is not native.
// Rendering the constraint is the DDL layer's work; this says that it must.
bool createsCheckConstraint(const SqlType &type, Dialect dialect);

} // namespace Migrations
