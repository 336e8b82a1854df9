import { PageLoading } from "@/components/ui/page-loading";

export default function DashboardLoading() {
  return <PageLoading heading="Dashboard" what="your dashboard" />;
}
