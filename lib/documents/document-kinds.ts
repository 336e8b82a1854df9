/** The kinds of document the agency accepts, by what the bytes are (DOC-1). No imports: the form uses it too. */
export const acceptedMediaTypes = ["application/pdf", "image/jpeg", "image/png"] as const;
export type AcceptedMediaType = (typeof acceptedMediaTypes)[number];

/** For the file input's accept attribute: a hint to the browser's picker, never the check itself. */
export const acceptAttribute = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";
