import { quickLinks } from "@/lib/dashboard/quick-links";
import { Panel } from "./panel";
import { QuickLinksFilter } from "./quick-links-filter";

export function QuickLinksPanel() {
  return (
    <Panel id="quick-links" title="Quick Links">
      <QuickLinksFilter links={quickLinks()} />
    </Panel>
  );
}
