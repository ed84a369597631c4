"""Throwaway tracker databases for tests: a SQLite file, or a PostgreSQL database.

PostgreSQL is the one on 127.0.0.1:5432 (trust auth, user postgres; override
with TEST_POSTGRES_URL); each test gets its own database, dropped afterwards.
When it doesn't answer, the PostgreSQL variant is skipped with the reason.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Iterator

import pytest
import sqlalchemy as sa

POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")


def _admin_engine() -> sa.engine.Engine:
    return sa.create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})


def postgres_database() -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database; dropped afterwards."""
    admin = _admin_engine()
    name = f"test_triage_{uuid.uuid4().hex[:12]}"
    try:
        with admin.connect() as connection:
            connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except sa.exc.OperationalError as exc:
        admin.dispose()
        pytest.skip(
            f"PostgreSQL at {POSTGRES_URL} does not answer ({type(exc).__name__}); the PostgreSQL variant needs it"
        )
    try:
        yield sa.engine.make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def sqlite_database(folder: Path) -> str:
    return f"sqlite:///{folder / 'trackers.db'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def tracker_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A SQLAlchemy URL of an empty tracker database, once for SQLite and once for PostgreSQL."""
    if request.param == "sqlite":
        yield sqlite_database(tmp_path)
    else:
        yield from postgres_database()
