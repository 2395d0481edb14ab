"""PostgreSQL over TLS: `sslmode=verify-full` with the office's own certificate authority.

The CI server (.ci/start-postgres) speaks TLS with a certificate for 127.0.0.1 signed by a
CA made at start; $QD_TEST_POSTGRES_CA is that CA's certificate.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from quarantine_desk.storage.db import Database, DatabaseError
from tests.backends import fresh_postgres


@pytest.fixture
def server() -> Iterator[tuple[str, str]]:
    """(the URL of a new database, the CA that signed the server's certificate)."""
    url, ca = os.environ.get("QD_TEST_POSTGRES"), os.environ.get("QD_TEST_POSTGRES_CA")
    if not (url and ca and Path(ca).is_file()):
        if os.environ.get("QD_REQUIRE_POSTGRES"):
            pytest.fail("QD_REQUIRE_POSTGRES is set but no TLS server (QD_TEST_POSTGRES_CA)")
        pytest.skip("no PostgreSQL server with TLS (set QD_TEST_POSTGRES and _CA)")
    made = fresh_postgres()
    yield next(made), ca
    next(made, None)


def with_tls(url: str, root: str) -> str:
    return make_url(url).update_query_dict(
        {"sslmode": "verify-full", "sslrootcert": root}).render_as_string(hide_password=False)


def test_verify_full_connects_encrypted_to_a_server_of_the_offices_ca(server):
    url, ca = server
    db = Database(with_tls(url, ca))
    try:
        with db.read() as session:
            encrypted = session.execute(text(
                "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar()
        assert encrypted is True
    finally:
        db.close()


def test_a_server_whose_certificate_the_desk_does_not_trust_is_refused(server, tmp_path):
    url, _ = server
    stranger = tmp_path / "other-ca.crt"  # a CA that did not sign the server's certificate
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=Someone else", "-keyout", str(tmp_path / "other.key"),
                    "-out", str(stranger)], check=True, capture_output=True)
    with pytest.raises(DatabaseError) as refused:
        Database(with_tls(url, str(stranger)))
    message = str(refused.value)
    assert "chứng chỉ TLS của máy chủ không được tin cậy" in message
    assert "\n" not in message and "qd:qd@" not in message  # no password in the message
