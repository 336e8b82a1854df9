import "server-only";
import { sql } from "drizzle-orm";
import { today } from "@/lib/platform/clock";
import { ensureCredentialTypes } from "@/lib/credentials/credential-types";
import { queryRows, type DatabaseHandle } from "@/lib/platform/db/client";
import { migrateDatabase } from "@/lib/platform/db/migrate";
import { seedAnnouncements } from "@/lib/tooling/seed/announcements";
import { addSyntheticRecords } from "@/lib/tooling/bench/synthetic-records";

/**
 * The dashboard benchmark's data at a realistic shape, in bulk SQL so a million educators take
 * minutes: every educator has 1-4 credentials (a mix of statuses), a third have an account, each
 * account has 20 notifications (3 unread), and there are a few dozen announcements, most of them
 * ended. Every stage only adds what is missing, so an interrupted run resumes and a finished database
 * is reused as it is. The records are the account-search bench's synthetic ones (nobody can sign in).
 */
const chunk = 100_000;
const notificationsPerAccount = 20;

async function count(handle: DatabaseHandle, query: ReturnType<typeof sql>): Promise<number> {
  return Number((await queryRows<{ n: number }>(handle.db, query))[0]!.n);
}

/** Runs `fill` over public-id ranges of `chunk` educators, logging progress. */
async function inChunks(educators: number, label: string, log: (line: string) => void, fill: (from: string, to: string) => Promise<void>) {
  const started = performance.now();
  for (let start = 0; start < educators; start += chunk) {
    await fill(String(start).padStart(10, "0"), String(Math.min(educators, start + chunk)).padStart(10, "0"));
    if (educators > chunk) log(`  ${label}: ${Math.min(educators, start + chunk).toLocaleString("en-US")} educators done (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
}

export async function fillDashboardDatabase(handle: DatabaseHandle, educators: number, log: (line: string) => void): Promise<void> {
  const { db } = handle;
  await migrateDatabase(handle);
  await ensureCredentialTypes(db);
  await seedAnnouncements(db, today());
  // 36 more: one a week going back; those older than two months have ended.
  await db.execute(sql`
    insert into announcements (title, body, starts_at, ends_at)
    select 'Bench notice ' || w, 'Notice number ' || w || ' from the agency about renewals, testing and deadlines.',
      now() - make_interval(days => 7 * w), case when w > 8 then now() - make_interval(days => 7 * w - 30) end
    from generate_series(1, 36) w
    where not exists (select 1 from announcements where title like 'Bench notice %')`);

  const present = await count(handle, sql`select count(*)::int as n from educators`);
  if (present < educators) {
    log(`Adding ${(educators - present).toLocaleString("en-US")} educators...`);
    await addSyntheticRecords(db, present, educators);
  }

  await inChunks(educators, "credentials", log, (from, to) =>
    db.execute(sql`
      insert into credentials (educator_id, credential_type_id, certificate_number, area, grade_range, rank, status, effective_date, expiration_date)
      select e.id, t.ids[1 + (e.n + k) % array_length(t.ids, 1)], 'B' || e.public_id || '-' || k, 'Mathematics', '5–12',
        (array['I', 'II', 'III'])[1 + (e.n + k) % 3]::credential_rank,
        (case when k = 1 or (e.n + k) % 5 = 0 then 'active' else (array['expired', 'expired', 'suspended', 'revoked', 'surrendered'])[1 + (e.n * 7 + k) % 5] end)::credential_status,
        current_date - 1800 + ((e.n * 13 + k * 400) % 1900)::int - 1825,
        current_date - 1800 + ((e.n * 13 + k * 400) % 1900)::int
      from (select id, public_id, public_id::bigint as n from educators where public_id >= ${from} and public_id < ${to}) e
      cross join lateral generate_series(1, 1 + (e.n % 4)::int) k
      cross join (select array_agg(id order by id) as ids from credential_types) t
      where not exists (select 1 from credentials c where c.educator_id = e.id)`).then(() => undefined),
  );

  await inChunks(educators, "accounts", log, (from, to) =>
    db.execute(sql`
      insert into users (id, educator_id, username, name, email, email_verified_at, last_sign_in_at, created_at)
      select gen_random_uuid()::text, e.id, 'bench' || e.public_id, 'Bench Person ' || e.public_id, 'bench' || e.public_id || '@example.org',
        now() - interval '400 days', now() - interval '3 days', now() - interval '400 days'
      from educators e
      where e.public_id >= ${from} and e.public_id < ${to} and e.public_id::bigint % 3 = 0
        and not exists (select 1 from users u where u.educator_id = e.id)`).then(() => undefined),
  );

  await inChunks(educators, "notifications", log, (from, to) =>
    db.execute(sql`
      insert into notifications (user_id, kind, title, body, link_path, read_at, created_at)
      select u.id, (array['credential_issued', 'credential_status_changed', 'credential_expiring', 'agency_message'])[1 + k % 4]::notification_kind,
        'Certificate update ' || k, 'Your certificate B' || e.public_id || '-1 changed on your educator record; see the dashboard for its current status.',
        '/dashboard', case when k > 3 then now() - make_interval(days => 25 * k - 2) end, now() - make_interval(days => 25 * k, hours => (e.public_id::bigint % 20)::int)
      from users u join educators e on e.id = u.educator_id
      cross join generate_series(1, ${notificationsPerAccount}::int) k
      where e.public_id >= ${from} and e.public_id < ${to}
        and not exists (select 1 from notifications n where n.user_id = u.id)`).then(() => undefined),
  );
  // Settled statistics and visibility map, as in a production database (quick when nothing changed).
  await db.execute(sql`vacuum analyze`);
}

export async function dashboardDataCounts(handle: DatabaseHandle) {
  const [row] = await queryRows<Record<string, number>>(
    handle.db,
    sql`select (select count(*)::int from educators) as educators, (select count(*)::int from credentials) as credentials,
      (select count(*)::int from users) as accounts, (select count(*)::int from notifications) as notifications,
      (select count(*)::int from announcements) as announcements`,
  );
  return row!;
}
