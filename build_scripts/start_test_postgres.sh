#!/usr/bin/env bash
# Start a local PostgreSQL for the test suite and print `export XUEFA_TEST_DATABASE_URL=...`.
# Installs Debian's postgresql when missing (needs root, as CI has). Loopback only.
set -euo pipefail
if [ "$(id -u)" != "0" ]; then
  echo "echo 'PostgreSQL tests skipped: start_test_postgres.sh needs root' >&2"
  exit 0
fi
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
version=$(ls /usr/lib/postgresql | sort -V | tail -1)
if [ ! -d "/etc/postgresql/$version/main" ]; then
  pg_createcluster "$version" main >&2
fi
pg_ctlcluster "$version" main start >&2 2>/dev/null || true
for _ in $(seq 1 60); do
  pg_isready -q -h 127.0.0.1 && break
  sleep 1
done
pg_isready -q -h 127.0.0.1 || { echo "PostgreSQL did not start" >&2; exit 1; }
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='xuefa_test'\"" | grep -q 1 ||
  su postgres -c "psql -qc \"CREATE ROLE xuefa_test LOGIN CREATEDB PASSWORD 'xuefa_test'\"" >&2
# DROP DATABASE ... WITH (FORCE) ends other sessions on a test database, autovacuum's included
su postgres -c "psql -qc \"GRANT pg_signal_backend TO xuefa_test\"" >&2
echo "export XUEFA_TEST_DATABASE_URL=postgresql+psycopg://xuefa_test:xuefa_test@127.0.0.1:5432/postgres"
