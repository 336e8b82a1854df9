import { requireUser } from "@/lib/auth/guards";
import { ActivityFeedPanel } from "./activity-feed-panel";
import { AnnouncementsPanel } from "./announcements-panel";
import { ApplicationsPanel } from "./applications-panel";
import { CredentialsPanel } from "./credentials-panel";
import { QuickLinksPanel } from "./quick-links-panel";

/**
 * Every dashboard panel for the signed-in person, in the guide's order: announcements, credentials,
 * applications, quick links, activity feed. Each panel fetches its own data (one query each) for the session's
 * person; nothing here takes an id. Mount it under the page's h1 and the email-confirmation banner.
 */
export async function DashboardHome() {
  await requireUser();
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="space-y-6 lg:col-span-2">
        <AnnouncementsPanel />
        <CredentialsPanel />
        <ApplicationsPanel />
      </div>
      <div className="space-y-6">
        <QuickLinksPanel />
        <ActivityFeedPanel />
      </div>
    </div>
  );
}
