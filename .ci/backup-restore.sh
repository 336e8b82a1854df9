#!/usr/bin/env bash
# The backup round trip of README "Backups" (issue 12 item 5), on a small database: migrate and seed a
# source database, pg_dump it, restore the dump into a fresh database, run db:migrate on the restored
# one, and check with backup:verify that every SSN there decrypts with the PII keys in the environment.
# $1: a PostgreSQL server URL without a database (postgres://user@host:5432). Needs the four secrets
# in the environment (.ci/run exports throw-away ones) and pg_dump/pg_restore of the server's version.
set -euo pipefail
server_url="$1"
cd "$(dirname "$0")/.."
stamp="portal_backup_$(date +%s)_$$"
source_db="${stamp}_source"
restored_db="${stamp}_restored"
work=$(mktemp -d)
cleanup() {
  for name in "$source_db" "$restored_db"; do psql "$server_url/postgres" -qc "DROP DATABASE IF EXISTS $name WITH (FORCE)" >/dev/null 2>&1 || true; done
  rm -rf "$work"
}
trap cleanup EXIT

psql "$server_url/postgres" -qc "CREATE DATABASE $source_db"
DATABASE_URL="$server_url/$source_db" npm run --silent db:migrate
# The seed's synthetic records (it refuses production, so it runs as "test").
DATABASE_URL="$server_url/$source_db" NODE_ENV=test npm run --silent db:seed -- --educators 50 >/dev/null

# 1. Back up: the custom format, without owners, so it restores under any role.
pg_dump --format=custom --no-owner --file="$work/portal.dump" "$server_url/$source_db"
# 2. Restore into a fresh database.
psql "$server_url/postgres" -qc "CREATE DATABASE $restored_db"
pg_restore --no-owner --exit-on-error --dbname="$server_url/$restored_db" "$work/portal.dump"
# 3. Migrate (a backup from an older release gets the newer migrations; an up-to-date one gets none).
DATABASE_URL="$server_url/$restored_db" npm run --silent db:migrate
# 4. The restored records decrypt and are found by fingerprint with the keys kept apart from the backup.
DATABASE_URL="$server_url/$restored_db" npm run --silent backup:verify
echo "Backup round trip passed: dump, restore into a fresh database, migrate, decrypt."
