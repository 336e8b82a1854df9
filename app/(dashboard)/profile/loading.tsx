import { PageLoading } from "@/components/ui/page-loading";

export default function ProfileLoading() {
  return <PageLoading heading="Profile" what="your profile" />;
}
