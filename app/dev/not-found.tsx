import { PageFrame } from "@/components/layout/page-frame";
import { NotFoundMessage } from "@/components/layout/not-found-message";

/** A notFound() in the development pages (no layout of their own): the message in the page frame. */
export default function NotFound() {
  return (
    <PageFrame>
      <NotFoundMessage />
    </PageFrame>
  );
}
