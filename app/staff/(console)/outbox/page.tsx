import type { Metadata } from "next";
import { TabLinks } from "@/components/staff/tab-links";
import { OutboxList } from "@/components/staff/outbox/outbox-list";
import { outboxCounts, outboxFilterFrom, outboxMessages } from "@/lib/staff/outbox/outbox-view";

export const metadata: Metadata = { title: "Email outbox" };

type Props = { searchParams: Promise<{ show?: string }> };

/** Failed and waiting emails with their reasons (admin or support, checked in lib); a failed one can be retried. */
export default async function OutboxPage({ searchParams }: Props) {
  const filter = outboxFilterFrom((await searchParams).show);
  const [lines, counts] = await Promise.all([outboxMessages(filter), outboxCounts()]);
  const label = filter === "failed" ? "Failed messages" : "Messages waiting to be sent";
  return (
    <div className="max-w-4xl space-y-6">
      <h1 className="text-3xl font-bold">Email outbox</h1>
      <p>Messages are listed without their text: it can hold live sign-in and reset links.</p>
      <TabLinks
        label="Outbox messages by status"
        current={filter}
        tabs={[
          { key: "failed", label: `Failed (${counts.failed})`, href: "/staff/outbox?show=failed" },
          { key: "pending", label: `Waiting (${counts.pending})`, href: "/staff/outbox?show=pending" },
        ]}
      />
      <OutboxList lines={lines} label={label} />
    </div>
  );
}
