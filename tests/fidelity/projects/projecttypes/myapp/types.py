"""The project's own column types, as an application defines them for its models."""
import sqlalchemy as sa
from sqlalchemy.dialects import mysql, postgresql
from sqlalchemy.types import TypeDecorator


class GUID(TypeDecorator):
    """A UUID: native on PostgreSQL, 32 hex characters elsewhere."""

    impl = sa.CHAR(32)
    cache_ok = True

    def load_dialect_impl(self, dialect):
        if dialect.name == "postgresql":
            return dialect.type_descriptor(postgresql.UUID())
        return dialect.type_descriptor(sa.CHAR(32))


class Stamp(TypeDecorator):
    """A timestamp with a time zone where the database keeps one, microseconds on MySQL."""

    impl = sa.DateTime
    cache_ok = True

    def load_dialect_impl(self, dialect):
        if dialect.name == "postgresql":
            return dialect.type_descriptor(sa.TIMESTAMP(timezone=True))
        if dialect.name in ("mysql", "mariadb"):
            return dialect.type_descriptor(mysql.DATETIME(fsp=6))
        return dialect.type_descriptor(sa.DateTime())


class Money(TypeDecorator):
    impl = sa.Numeric(12, 2)
    cache_ok = True
