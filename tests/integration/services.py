"""Real PostgreSQL, Redis and RabbitMQ for the integration tests.

The shared ones on the standard local ports are used when they answer;
otherwise a throwaway one is started from the Debian binaries (the Debian
package is installed with apt-get when missing, as the browser tests do for
Chromium). Outage tests never stop a shared service: they start their own
throwaway instances on free ports (`ThrowawayPostgres`, `ThrowawayRedis`).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Callable, Optional

from tests.harness import free_port, stop_process

HOST = "127.0.0.1"
POSTGRES_PORT, REDIS_PORT, AMQP_PORT = 5432, 6379, 5672
START_TIMEOUT = 120  # seconds


class ServiceUnavailable(RuntimeError):
    pass


def port_answers(port: int, host: str = HOST) -> bool:
    try:
        with socket.create_connection((host, port), timeout=2):
            return True
    except OSError:
        return False


def wait_for(check: Callable[[], bool], what: str, timeout: float = START_TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.5)
    raise ServiceUnavailable(f"{what} did not answer in {timeout}s")


def apt_install(package: str, binary: str) -> None:
    """Installs a Debian package when its binary is missing (needs root, as on CI)."""
    if glob.glob(binary):
        return
    if os.geteuid() != 0:
        raise ServiceUnavailable(f"{binary} is missing: run `apt-get install -y {package}` as root")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], env=env, capture_output=True, timeout=900)
    proc = subprocess.run(
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "-o", "DPkg::Lock::Timeout=600", package],
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    if proc.returncode != 0 or not glob.glob(binary):
        raise ServiceUnavailable(f"could not install {package} (exit {proc.returncode}):\n{proc.stderr[-2000:]}")


# --------------------------------------------------------------------------
# PostgreSQL


def postgres_bin(name: str) -> str:
    apt_install("postgresql", "/usr/lib/postgresql/*/bin/initdb")
    return sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))[-1]


def postgres_answers(port: int) -> bool:
    import psycopg2

    try:
        psycopg2.connect(host=HOST, port=port, user="postgres", dbname="postgres", connect_timeout=3).close()
        return True
    except psycopg2.OperationalError:
        return False


class ThrowawayPostgres:
    """A private PostgreSQL cluster in a temporary folder (trust auth, user postgres, loopback)."""

    def __init__(self, port: Optional[int] = None):
        self.port = port or free_port()
        self.datadir = Path(tempfile.mkdtemp(prefix="it-postgres-"))
        # initdb and postgres refuse to run as root: use the `postgres` system user then.
        self.user = "postgres" if os.geteuid() == 0 else None
        if self.user:
            entry = pwd.getpwnam(self.user)
            os.chown(self.datadir, entry.pw_uid, entry.pw_gid)
        self._run(
            postgres_bin("initdb"), "-D", str(self.datadir / "data"), "-A", "trust", "-U", "postgres", "--no-sync"
        )

    def _run(self, *argv: str) -> None:
        command = list(argv)
        if self.user:
            command = ["runuser", "-u", self.user, "--", *command]
        proc = subprocess.run(command, capture_output=True, text=True, timeout=START_TIMEOUT)
        if proc.returncode != 0:
            raise ServiceUnavailable(f"{argv[0]} failed (exit {proc.returncode}):\n{proc.stdout}\n{proc.stderr}")

    def start(self) -> None:
        options = f"-p {self.port} -k {self.datadir} -c listen_addresses={HOST} -c fsync=off"
        self._run(
            postgres_bin("pg_ctl"),
            "-D",
            str(self.datadir / "data"),
            "-l",
            str(self.datadir / "log"),
            "-o",
            options,
            "-w",
            "start",
        )
        wait_for(lambda: postgres_answers(self.port), f"throwaway postgres on :{self.port}")

    def stop(self) -> None:
        self._run(postgres_bin("pg_ctl"), "-D", str(self.datadir / "data"), "-m", "immediate", "-w", "stop")

    def close(self) -> None:
        try:
            self.stop()
        except ServiceUnavailable:
            pass  # already stopped
        shutil.rmtree(self.datadir, ignore_errors=True)

    @property
    def url(self) -> str:
        return f"postgresql://postgres@{HOST}:{self.port}/postgres"


def shared_postgres_port() -> tuple:
    """(port, throwaway or None): the local PostgreSQL, or a throwaway one when it does not answer."""
    if postgres_answers(POSTGRES_PORT):
        return POSTGRES_PORT, None
    pg = ThrowawayPostgres()
    pg.start()
    return pg.port, pg


def create_database(port: int, name: str) -> str:
    """A fresh database for one test run; returns its URL."""
    import psycopg2

    conn = psycopg2.connect(host=HOST, port=port, user="postgres", dbname="postgres")
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cur.execute(f'CREATE DATABASE "{name}"')
    conn.close()
    return f"postgresql://postgres@{HOST}:{port}/{name}"


def drop_database(port: int, name: str) -> None:
    import psycopg2

    conn = psycopg2.connect(host=HOST, port=port, user="postgres", dbname="postgres")
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    conn.close()


# --------------------------------------------------------------------------
# Redis


def redis_answers(port: int) -> bool:
    import redis

    try:
        return bool(redis.Redis(host=HOST, port=port, socket_timeout=3).ping())
    except redis.RedisError:
        return False


class ThrowawayRedis:
    """A private redis-server on a free port, no persistence."""

    def __init__(self, port: Optional[int] = None):
        self.port = port or free_port()
        self.proc: Optional[subprocess.Popen] = None

    def start(self) -> None:
        apt_install("redis-server", "/usr/bin/redis-server")
        self.proc = subprocess.Popen(
            ["/usr/bin/redis-server", "--port", str(self.port), "--bind", HOST, "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for(lambda: redis_answers(self.port), f"throwaway redis on :{self.port}")

    def stop(self) -> None:
        stop_process(self.proc)
        self.proc = None

    close = stop

    @property
    def url(self) -> str:
        return f"redis://{HOST}:{self.port}/0"


def shared_redis_port() -> tuple:
    if redis_answers(REDIS_PORT):
        return REDIS_PORT, None
    red = ThrowawayRedis()
    red.start()
    return red.port, red


# --------------------------------------------------------------------------
# RabbitMQ


class ThrowawayRabbitMQ:
    """A private RabbitMQ node (its own node name, ports and data folder; guest/guest on loopback)."""

    def __init__(self) -> None:
        self.port = free_port()
        self.base = Path(tempfile.mkdtemp(prefix="it-rabbitmq-"))
        self.proc: Optional[subprocess.Popen] = None

    def start(self) -> None:
        apt_install("rabbitmq-server", "/usr/sbin/rabbitmq-server")
        env = {
            **os.environ,
            "RABBITMQ_NODE_PORT": str(self.port),
            "RABBITMQ_NODE_IP_ADDRESS": HOST,
            "RABBITMQ_NODENAME": f"it{self.port}@localhost",
            "RABBITMQ_DIST_PORT": str(free_port()),
            "RABBITMQ_MNESIA_BASE": str(self.base / "mnesia"),
            "RABBITMQ_LOG_BASE": str(self.base / "log"),
            "RABBITMQ_PID_FILE": str(self.base / "pid"),
            "RABBITMQ_ENABLED_PLUGINS_FILE": str(self.base / "plugins"),
        }
        (self.base / "plugins").write_text("[].\n")
        self.proc = subprocess.Popen(
            ["/usr/sbin/rabbitmq-server"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        wait_for(lambda: port_answers(self.port), f"throwaway rabbitmq on :{self.port}", timeout=180)

    def close(self) -> None:
        stop_process(self.proc)
        shutil.rmtree(self.base, ignore_errors=True)

    @property
    def url(self) -> str:
        return f"amqp://guest:guest@{HOST}:{self.port}/"


def shared_amqp_port() -> tuple:
    if port_answers(AMQP_PORT):
        return AMQP_PORT, None
    mq = ThrowawayRabbitMQ()
    mq.start()
    return mq.port, mq
