#!/usr/bin/env bash
# PostgreSQL binaries for the ledger tests (tests/provenance/test_ledger.py starts and stops its own
# throwaway server on 127.0.0.1). Idempotent: does nothing when initdb is already there.
set -euo pipefail
if command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq postgresql >/dev/null
# The Debian package may start a cluster of its own; the tests do not use it.
if command -v pg_ctlcluster >/dev/null 2>&1; then
    for cluster in /etc/postgresql/*/main; do
        [ -d "$cluster" ] || continue
        version=$(basename "$(dirname "$cluster")")
        pg_ctlcluster "$version" main stop >/dev/null 2>&1 || true
    done
fi
