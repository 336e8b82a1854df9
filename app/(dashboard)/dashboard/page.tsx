import type { Metadata } from "next";
import { DashboardHome } from "@/components/dashboard/dashboard-home";

export const metadata: Metadata = { title: "Home" };

/** TEMP mount (wip-3 owns this file): the banner and greeting come from wip-3. */
export default function DashboardPage() {
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">Dashboard</h1>
      <DashboardHome />
    </div>
  );
}
