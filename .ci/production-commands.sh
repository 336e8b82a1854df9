#!/usr/bin/env bash
# The operator commands run from production dependencies alone (issue 12 item 3), as in the container
# image: a copy of the tracked tree, `npm ci --omit=dev`, then db:migrate and maintenance:purge on the
# database given as $1 (a fresh one: the migration must apply from nothing), and staff:add. Needs the secrets in the
# environment (maintenance:purge validates the configuration); .ci/run exports throw-away ones.
set -euo pipefail
database_url="$1"
cd "$(dirname "$0")/.."
copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
git ls-files -z | tar --null -T - -cf - | tar -xf - -C "$copy"
cd "$copy"
npm ci --omit=dev --no-audit --no-fund --loglevel=error
# Proof that dev dependencies really are absent.
for dev in vitest drizzle-kit typescript eslint smtp-server; do
  [ ! -e "node_modules/$dev" ] || { echo "dev dependency $dev was installed" >&2; exit 1; }
done
DATABASE_URL="$database_url" NODE_ENV=production npm run --silent db:migrate
# A real production configuration (no DEMO_MODE): an SMTP relay (purge and staff:add only queue mail) and the agency's contacts.
production=(DATABASE_URL="$database_url" NODE_ENV=production APP_URL=https://portal.example.org
  EMAIL_TRANSPORT=smtp SMTP_URL=smtp://relay.example.org:587
  SUPPORT_EMAIL=support@example.org EMAIL_FROM="Portal <no-reply@example.org>" SUPPORT_PHONE="(555) 010-0000"
  AGENCY_NAME="Example State Department of Education" AGENCY_LOGO_TOP="Example State Department of"
  PORTAL_NAME="Example State Educator Credentialing" PORTAL_SHORT_NAME=ESEC STATE_NAME="Example State"
  TECHNICAL_SUPPORT_EMAIL=it@example.org POLICY_EMAIL=licensure@example.org COPYRIGHT_HOLDER="Example State")
env "${production[@]}" npm run --silent maintenance:purge
# The first administrator (issue 15 item 1): the enrolment link is printed, since mail may not work yet.
env "${production[@]}" npm run --silent staff:add -- --email first.admin@example.org --name "First Administrator" --role admin \
  | grep -q '^https://portal.example.org/staff/invitation?token=' || { echo "staff:add printed no enrolment link" >&2; exit 1; }
echo "db:migrate, maintenance:purge and staff:add ran without dev dependencies"
