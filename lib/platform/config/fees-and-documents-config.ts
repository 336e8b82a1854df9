import { z } from "zod";

/**
 * Issue 13's limits for documents and fees, kept apart from env.ts's core schema (like
 * operations-config.ts) so the two grow without colliding; env.ts merges this shape.
 */
const megabytes = (n: number) => n * 1024 * 1024;
const bytes = (fallback: number) => z.coerce.number().int().min(1024).max(megabytes(100)).default(fallback);

export const feesAndDocumentsConfigShape = {
  /** Largest single document (bytes); 10 MB by default. */
  DOCUMENT_MAX_BYTES: bytes(megabytes(10)),
  /** Largest total of one application's documents (bytes); 25 MB by default. */
  APPLICATION_DOCUMENTS_MAX_BYTES: bytes(megabytes(25)),
  /** A payment still "created" this long after it started is marked abandoned (the checkout was left). */
  PAYMENT_ABANDON_MINUTES: z.coerce.number().int().min(5).max(10_080).default(60),
};

/**
 * How large a request body the server accepts for a server action: the largest document plus room
 * for the form's other fields and multipart framing. next.config.ts reads the same variable at build
 * time, so an 11 MB file still reaches the action and is refused there with a message by the field.
 */
export function actionBodyLimitBytes(env: Record<string, string | undefined> = process.env): number {
  const configured = Number(env.DOCUMENT_MAX_BYTES);
  const documentMax = Number.isFinite(configured) && configured > 0 ? configured : megabytes(10);
  return documentMax + megabytes(2);
}
