import type { Metadata } from "next";
import { NameChangeList } from "@/components/staff/requests/name-change-list";
import { TabLinks } from "@/components/staff/tab-links";
import { SupportList } from "@/components/staff/requests/support-list";
import { requireStaff } from "@/lib/staff/guard";
import { nameChangeRequestList } from "@/lib/staff/requests/name-changes";
import { supportRequestCounts, supportRequestList, supportStatusFrom, supportStatuses, supportStatusLabels } from "@/lib/staff/requests/support-inbox";

export const metadata: Metadata = { title: "Requests" };

type Props = { searchParams: Promise<{ tab?: string; status?: string }> };

/**
 * The requests inbox: name changes (reviewers) and support requests (support staff). A staff member
 * sees the lists their roles open; each list's data function checks the role again.
 */
export default async function StaffRequestsPage({ searchParams }: Props) {
  const actor = await requireStaff("reviewer", "support");
  const query = await searchParams;
  const tabs = [
    ...(actor.roles.includes("support") ? [{ key: "support", label: "Support requests", href: "/staff/requests?tab=support" }] : []),
    ...(actor.roles.includes("reviewer") ? [{ key: "name-changes", label: "Name changes", href: "/staff/requests?tab=name-changes" }] : []),
  ];
  const current = tabs.find((tab) => tab.key === query.tab)?.key ?? tabs[0]!.key;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Requests</h1>
      {tabs.length > 1 ? <TabLinks tabs={tabs} current={current} label="Request lists" /> : null}
      {current === "support" ? <SupportInbox status={query.status} /> : <NameChanges />}
    </div>
  );
}

async function NameChanges() {
  const lines = await nameChangeRequestList();
  return (
    <section aria-labelledby="name-changes-heading" className="space-y-4">
      <h2 id="name-changes-heading" className="text-2xl font-bold">Name change requests</h2>
      <NameChangeList lines={lines} />
    </section>
  );
}

async function SupportInbox({ status: asked }: { status?: string }) {
  const status = supportStatusFrom(asked);
  const [lines, counts] = await Promise.all([supportRequestList(status), supportRequestCounts()]);
  const filters = supportStatuses.map((key) => ({ key, label: `${supportStatusLabels[key]} (${counts[key]})`, href: `/staff/requests?tab=support&status=${key}` }));
  return (
    <section aria-labelledby="support-heading" className="space-y-4">
      <h2 id="support-heading" className="text-2xl font-bold">Support requests: {supportStatusLabels[status].toLowerCase()}</h2>
      <TabLinks tabs={filters} current={status} label="Support requests by status" />
      <SupportList lines={lines} statusLabel={supportStatusLabels[status]} />
    </section>
  );
}
