import { NotFoundMessage } from "@/components/layout/not-found-message";

/** A notFound() in this group's pages: the message inside the group's own frame (its layout). */
export default function NotFound() {
  return <NotFoundMessage />;
}
