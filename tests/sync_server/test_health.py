"""A host that cannot reach its database says so (issue 17, an outside tester's finding): /health answered
200 "ok" while every other request failed with a generic 503, so a proxy kept sending stations and relays
to that host. Now /health and every request answer 503 ``database_unavailable``, and the host recovers by
itself once the database is back. PostgreSQL only: a SQLite file does not go away."""
from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from sync_server.app import create_app

pytestmark = pytest.mark.skipif(not os.environ.get("XUEFA_TEST_DATABASE_URL"), reason="PostgreSQL (make test starts one)")


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_a_host_without_its_database_answers_503_everywhere_and_recovers(server_config, server):
    name = make_url(server_config.database_url).database
    admin = create_engine(make_url(os.environ["XUEFA_TEST_DATABASE_URL"]), isolation_level="AUTOCOMMIT")
    app = create_app(server_config)
    client = app.test_client()
    try:
        assert client.get("/api/v1/health").status_code == 200
        with admin.connect() as conn:   # the database goes away for this host, as behind a cut link
            conn.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false'))
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"), {"n": name})
        health = client.get("/api/v1/health")
        login = client.post("/api/v1/admin/login", json={"username": "nobody", "password": "x" * 12})
        assert (health.status_code, health.json["error"]) == (503, "database_unavailable")
        assert (login.status_code, login.json["error"]) == (503, "database_unavailable")
        with admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true'))
        assert client.get("/api/v1/health").status_code == 200   # no restart needed
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true'))
        app.extensions["xuefa"].close()
        admin.dispose()
