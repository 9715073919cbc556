"""The column types and names operations.py writes, as migration scripts spell them.

Every type here renders on SQLite, PostgreSQL, MySQL and MariaDB, and makes a column each
of those servers accepts: a type one dialect cannot render, or renders as DDL its server
refuses (sa.BLOB is no PostgreSQL type, mysql.DATETIME(fsp=6) takes no now() default), is
written the way projects that support several databases write it, behind with_variant().
What a type allows is in its flags:

  i  the column can be indexed and made unique on every server (not TEXT, BLOB or JSON:
     MySQL needs a prefix length for those)
  c  numeric: a CHECK (col >= 0) applies
  s  a string column an UPDATE can set to a short literal

and in its server defaults: those for op.create_table, and of those the constant ones for
op.add_column too (SQLite adds no column whose default is not a constant).
"""

# {n} is a length chosen per column.
LENGTHS = [20, 32, 50, 64, 100, 120, 255]

INT_DEFAULTS = ["'0'", "sa.text('0')", "'1'"]
NUM_DEFAULTS = ["'0'", "sa.text('0')"]
STR_DEFAULTS = ["'draft'", "''", "sa.text(\"'pending'\")", "\"it's\""]
BOOL_DEFAULTS = ["sa.text('true')", "sa.text('false')", "sa.true()", "sa.false()"]
TIME_DEFAULTS = ["sa.func.now()", "sa.text('CURRENT_TIMESTAMP')", "sa.text('now()')"]
DATE_DEFAULTS = ["'2000-01-01'"]


class ColumnType:
    def __init__(self, kind, expr, flags="", defaults=(), reflected=None):
        self.kind = kind          # what names suit it: a key of NAMES
        self.expr = expr          # Python, with {n} for a length
        self.flags = flags
        self.defaults = list(defaults)
        self.reflected = reflected  # how autogenerate writes it back from a database, if the same DDL

    def render(self, length):
        return self.expr.replace("{n}", str(length))


def _types():
    T = ColumnType
    return [
        # integers
        T("int", "sa.Integer()", "ic", INT_DEFAULTS, "sa.INTEGER()"),
        T("int", "sa.BigInteger()", "ic", INT_DEFAULTS, "sa.BIGINT()"),
        T("int", "sa.SmallInteger()", "ic", INT_DEFAULTS, "sa.SMALLINT()"),
        T("int", "sa.INTEGER()", "ic", INT_DEFAULTS),
        T("int", "sa.BIGINT()", "ic"),
        T("int", "sa.SMALLINT()", "ic"),
        T("int", "sa.INT()", "ic"),
        T("int", "postgresql.BIGINT()", "ic"),
        T("int", "sa.BigInteger().with_variant(sa.Integer(), 'sqlite')", "ic", INT_DEFAULTS),
        T("int", "sa.Integer().with_variant(mysql.INTEGER(display_width=11, unsigned=True), 'mysql', 'mariadb')", "ic",
          INT_DEFAULTS),
        T("int", "mysql.INTEGER(display_width=11)", "ic", INT_DEFAULTS),
        T("int", "mysql.BIGINT(display_width=20)", "ic"),
        T("int", "sa.SmallInteger().with_variant(mysql.TINYINT(display_width=1), 'mysql', 'mariadb')", "ic",
          INT_DEFAULTS),
        T("int", "sa.Integer().with_variant(mysql.MEDIUMINT(), 'mysql', 'mariadb')", "ic"),
        T("int", "sa.SmallInteger().with_variant(mysql.YEAR(display_width=4), 'mysql', 'mariadb')", "i"),
        T("int", "sa.SmallInteger().with_variant(mysql.SMALLINT(unsigned=True), 'mysql', 'mariadb')", "ic"),
        T("int", "sa.Integer().with_variant(mysql.BIT(length=8), 'mysql', 'mariadb')", "i"),
        # exact and approximate numbers
        T("num", "sa.Numeric(precision=10, scale=2)", "ic", NUM_DEFAULTS),
        T("num", "sa.Numeric(precision=12, scale=4)", "ic", NUM_DEFAULTS),
        T("num", "sa.Numeric()", "ic"),
        T("num", "sa.NUMERIC(precision=10, scale=2)", "ic", NUM_DEFAULTS),
        T("num", "sa.DECIMAL(precision=12, scale=4)", "ic"),
        T("num", "sa.DECIMAL()", "ic"),
        T("num", "sa.Numeric(precision=10, scale=2).with_variant("
                 "mysql.DECIMAL(precision=10, scale=2, unsigned=True), 'mysql', 'mariadb')", "ic", NUM_DEFAULTS),
        T("num", "sa.Numeric(precision=12, scale=2).with_variant(postgresql.MONEY(), 'postgresql')", "i"),
        T("float", "sa.Float()", "ic", NUM_DEFAULTS),
        T("float", "sa.Float(precision=53)", "ic"),
        T("float", "sa.Float(precision=10, asdecimal=True)", "ic"),
        T("float", "sa.Double()", "ic", NUM_DEFAULTS),
        T("float", "sa.FLOAT()", "ic"),
        T("float", "sa.REAL()", "ic"),
        T("float", "sa.DOUBLE_PRECISION()", "ic"),
        T("float", "postgresql.DOUBLE_PRECISION()", "ic"),
        T("float", "sa.DOUBLE().with_variant(sa.DOUBLE_PRECISION(), 'postgresql')", "ic"),
        T("float", "sa.Float().with_variant(mysql.FLOAT(precision=10, scale=2), 'mysql', 'mariadb')", "ic"),
        T("float", "sa.Float().with_variant(mysql.DOUBLE(precision=10, scale=2), 'mysql', 'mariadb')", "ic"),
        # strings
        T("str", "sa.String(length={n})", "is", STR_DEFAULTS, "sa.VARCHAR(length={n})"),
        T("str", "sa.String(length={n})", "is", STR_DEFAULTS, "sa.VARCHAR(length={n})"),
        T("str", "sa.Unicode(length={n})", "is", STR_DEFAULTS, "sa.VARCHAR(length={n})"),
        T("str", "sa.VARCHAR(length={n})", "is", STR_DEFAULTS),
        T("str", "sa.CHAR(length={n})", "is"),
        T("str", "sa.NCHAR(length={n})", "is"),
        T("str", "sa.NVARCHAR(length={n}).with_variant(sa.VARCHAR(length={n}), 'postgresql')", "is"),
        T("str", "postgresql.VARCHAR(length={n})", "is", STR_DEFAULTS),
        T("str", "sqlmodel.sql.sqltypes.AutoString(length={n})", "is", STR_DEFAULTS),
        T("str", "sa.String().with_variant(sa.String(length=255), 'mysql', 'mariadb')", "is", STR_DEFAULTS),
        T("str", "sa.String(length={n}).with_variant("
                 "mysql.VARCHAR(length={n}, charset='utf8mb4', collation='utf8mb4_bin'), 'mysql', 'mariadb')", "is"),
        T("str", "sa.String(length={n}).with_variant(mysql.NVARCHAR(length={n}), 'mysql', 'mariadb')", "is"),
        T("str", "sa.String(length=20).with_variant(mysql.ENUM('small', 'medium', 'large'), 'mysql', 'mariadb')", "i",
          ["'small'"]),
        T("str", "sa.String(length=40).with_variant(mysql.SET('read', 'write', 'admin'), 'mysql', 'mariadb')", "i"),
        T("str", "sa.String(length=20).with_variant(mysql.ENUM('small', 'large', charset='utf8mb4'), 'mysql', "
                 "'mariadb')", "i"),
        T("str", "sa.String(length=40).with_variant(mysql.SET('read', 'write', charset='utf8mb4'), 'mysql', 'mariadb')",
          "i"),
        T("str", "sa.String(length={n}).with_variant(sa.String(length={n}, collation='C'), 'postgresql')", "is",
          STR_DEFAULTS),
        T("str", "sa.String(length=23).with_variant(postgresql.MACADDR8(), 'postgresql')", "i"),
        T("str", "sa.String(length=45).with_variant(postgresql.INET(), 'postgresql')", "i"),
        T("str", "sa.String(length=43).with_variant(postgresql.CIDR(), 'postgresql')", "i"),
        T("str", "sa.String(length=17).with_variant(postgresql.MACADDR(), 'postgresql')", "i"),
        T("str", "sa.String(length=64).with_variant(postgresql.INT4RANGE(), 'postgresql')", "i"),
        T("str", "sa.String(length=64).with_variant(postgresql.TSTZRANGE(), 'postgresql')", "i"),
        T("str", "sa.String(length=8).with_variant(postgresql.BIT(length=8, varying=True), 'postgresql')", "i"),
        T("str", "sa.String(length=64).with_variant(postgresql.REGCLASS(), 'postgresql')", "i"),
        T("text", "sa.Text()", "s", (), "sa.TEXT()"),
        T("text", "sa.UnicodeText()", "s", (), "sa.TEXT()"),
        T("text", "sa.TEXT()", "s"),
        T("text", "mysql.TEXT(charset='utf8mb4')", "s"),
        T("text", "sa.Text().with_variant(mysql.MEDIUMTEXT(), 'mysql', 'mariadb')", "s"),
        T("text", "sa.Text().with_variant(mysql.LONGTEXT(charset='utf8mb4', collation='utf8mb4_unicode_ci'), "
                  "'mysql', 'mariadb')", "s"),
        T("text", "sa.Text().with_variant(mysql.TINYTEXT(), 'mysql', 'mariadb')", "s"),
        T("text", "sa.Text().with_variant(postgresql.TSVECTOR(), 'postgresql')"),
        T("text", "sa.CLOB().with_variant(sa.Text(), 'postgresql', 'mysql', 'mariadb')", "s"),
        # booleans
        T("bool", "sa.Boolean()", "i", BOOL_DEFAULTS, "sa.BOOLEAN()"),
        T("bool", "sa.Boolean()", "i", BOOL_DEFAULTS, "sa.BOOLEAN()"),
        T("bool", "sa.BOOLEAN()", "i", BOOL_DEFAULTS),
        T("bool", "mysql.BOOLEAN()", "i"),
        T("bool", "sa.Boolean().with_variant(mysql.TINYINT(display_width=1), 'mysql', 'mariadb')", "i",
          BOOL_DEFAULTS),
        # dates and times
        T("datetime", "sa.DateTime()", "i", TIME_DEFAULTS),
        T("datetime", "sa.DateTime(timezone=True)", "i", TIME_DEFAULTS),
        T("datetime", "sa.TIMESTAMP()", "i", TIME_DEFAULTS),
        T("datetime", "sa.TIMESTAMP(timezone=True)", "i", TIME_DEFAULTS),
        T("datetime", "postgresql.TIMESTAMP()", "i", TIME_DEFAULTS),
        T("datetime", "postgresql.TIMESTAMP(timezone=True, precision=6)", "i"),
        T("datetime", "mysql.TIMESTAMP(fsp=3)", "i"),
        T("datetime", "sa.DateTime().with_variant(mysql.DATETIME(fsp=6), 'mysql', 'mariadb')", "i"),
        T("datetime", "sa.DATETIME().with_variant(postgresql.TIMESTAMP(), 'postgresql')", "i"),
        T("datetime", "sqlite.DATETIME()", "i"),
        T("datetime", "sa.DateTime().with_variant(sqlite.DATETIME(storage_format="
                      "'%(year)04d%(month)02d%(day)02d%(hour)02d%(minute)02d%(second)02d'), 'sqlite')", "i"),
        T("date", "sa.Date()", "i", DATE_DEFAULTS, "sa.DATE()"),
        T("date", "sa.DATE()", "i", DATE_DEFAULTS),
        T("date", "mysql.DATE()", "i"),
        T("date", "sa.Date().with_variant(sqlite.DATE(storage_format='%(year)04d%(month)02d%(day)02d'), 'sqlite')",
          "i"),
        T("time", "sa.Time()", "i"),
        T("time", "sa.Time(timezone=True)", "i"),
        T("time", "sa.TIME()", "i"),
        T("time", "postgresql.TIME(timezone=True, precision=0)", "i"),
        T("time", "mysql.TIME(fsp=2)", "i"),
        T("time", "sqlite.TIME()", "i"),
        T("time", "sa.Time().with_variant(sqlite.TIME(storage_format='%(hour)02d%(minute)02d%(second)02d'), "
                  "'sqlite')", "i"),
        T("interval", "sa.Interval()", "i"),
        T("interval", "sa.Interval(second_precision=3, day_precision=2)", "i"),
        T("interval", "sa.Interval(native=False)", "i"),
        T("interval", "sa.Interval().with_variant(postgresql.INTERVAL(fields='DAY TO SECOND', precision=3), "
                      "'postgresql')", "i"),
        T("interval", "sa.Interval().with_variant(postgresql.INTERVAL(fields='YEAR'), 'postgresql')", "i"),
        # binaries
        T("binary", "sa.LargeBinary()"),
        T("binary", "sa.PickleType()"),
        T("binary", "sa.LargeBinary().with_variant(mysql.LONGBLOB(), 'mysql', 'mariadb')"),
        T("binary", "sa.LargeBinary().with_variant(mysql.MEDIUMBLOB(), 'mysql', 'mariadb')"),
        T("binary", "sa.LargeBinary().with_variant(mysql.TINYBLOB(), 'mysql', 'mariadb')"),
        T("binary", "sa.LargeBinary(length=1024)"),
        T("binary", "sa.BLOB().with_variant(postgresql.BYTEA(), 'postgresql')"),
        T("binary", "sa.VARBINARY(length=16).with_variant(postgresql.BYTEA(), 'postgresql')", "i"),
        T("binary", "sa.BINARY(length=16).with_variant(postgresql.BYTEA(length=16), 'postgresql')", "i"),
        # documents and arrays
        T("json", "sa.JSON()"),
        T("json", "sa.JSON()"),
        T("json", "sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql')"),
        T("json", "postgresql.JSON(astext_type=sa.Text())"),
        T("json", "sa.JSON().with_variant(mysql.JSON(), 'mysql')"),
        T("json", "sa.JSON().with_variant(sqlite.JSON(), 'sqlite')"),
        T("json", "postgresql.ARRAY(sa.String(length=20)).with_variant(sa.JSON(), 'sqlite', 'mysql', 'mariadb')"),
        T("json", "sa.ARRAY(sa.Integer()).with_variant(sa.JSON(), 'sqlite', 'mysql', 'mariadb')"),
        T("json", "postgresql.ARRAY(sa.Text(), dimensions=2).with_variant(sa.JSON(), 'sqlite', 'mysql', 'mariadb')"),
        # UUIDs
        T("uuid", "sa.Uuid()", "i"),
        T("uuid", "sa.Uuid(as_uuid=False)", "i"),
        T("uuid", "sa.Uuid(native_uuid=False)", "i"),
        T("uuid", "sa.Uuid().with_variant(mysql.CHAR(length=36, charset='ascii'), 'mysql', 'mariadb')", "i"),
        T("uuid", "sa.CHAR(length=36).with_variant(postgresql.UUID(), 'postgresql')", "i"),
        T("uuid", "sa.String(length=36).with_variant(sa.UUID(), 'postgresql')", "i"),
        # enums that are no type of their own on any server
        T("enum", "sa.Enum('draft', 'published', 'archived', name='{name}', native_enum=False)", "i", ["'draft'"]),
        T("enum", "sa.Enum('low', 'high', name='{name}', native_enum=False, length=10)", "i"),
    ]


TYPES = _types()

# Names by kind: some are reserved words or mixed case, which every dialect quotes its
# own way; UNSAFE lists those, kept out of the SQL the scripts write as text.
NAMES = {
    "int": ["quantity", "attempts", "version", "retries", "priority", "order", "level"],
    "num": ["amount", "price", "balance", "total", "discount"],
    "float": ["score", "ratio", "latitude", "longitude", "weight"],
    "str": ["name", "title", "email", "slug", "code", "status", "label", "locale", "key", "Nickname", "group"],
    "text": ["description", "notes", "body", "summary", "bio"],
    "bool": ["is_active", "is_public", "archived", "verified", "enabled"],
    "datetime": ["created_at", "updated_at", "published_at", "expires_at", "seen_at", "timestamp"],
    "date": ["birthday", "due_on", "starts_on", "valid_until"],
    "time": ["opens_at", "closes_at", "remind_at"],
    "interval": ["duration", "retention", "grace_period"],
    "binary": ["avatar", "digest", "signature", "blob"],
    "json": ["payload", "settings", "attributes", "extra"],
    "uuid": ["uuid", "external_id", "public_id"],
    "enum": ["state", "kind", "visibility"],
}
UNSAFE = {"order", "level", "key", "Nickname", "group", "timestamp", "blob"}

TABLE_NOUNS = ["users", "accounts", "orders", "invoices", "products", "tags", "comments", "posts", "sessions",
               "events", "audit_log", "teams", "projects", "tasks", "files", "payments", "addresses", "Reports",
               "Ledger Entries"]
