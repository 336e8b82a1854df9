import type { ReactNode } from "react";
import { TextField, type TextFieldProps } from "./text-field";

/**
 * A date typed as the registration guide asks (mm/dd/yyyy, with slashes and a four-digit year);
 * the server parses it with parseUsDate from lib/platform/forms/us-date.ts.
 */
export function DateField({
  hint = "mm/dd/yyyy, for example 03/01/1947",
  ...props
}: Omit<TextFieldProps, "type" | "inputMode" | "width" | "hint"> & { hint?: ReactNode }) {
  return <TextField {...props} hint={hint} type="text" width="short" spellCheck={false} />;
}
