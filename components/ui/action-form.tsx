"use client";

import { startTransition, useLayoutEffect, useRef, type ComponentProps, type FormEvent } from "react";

type Control = HTMLInputElement | HTMLTextAreaElement;

type Props = Omit<ComponentProps<"form">, "action" | "onSubmit"> & {
  /** The dispatcher from `useActionState`; also the plain form action when JavaScript is off. */
  action: (formData: FormData) => void;
  /** The state `useActionState` returned: each new one is an answer to a submit. */
  state: unknown;
};

const notTyped = new Set(["checkbox", "radio", "hidden", "file", "submit", "button", "image", "reset"]);

/** The controls a person types into; a <select> or checkbox simply keeps what it shows. */
function typedControls(form: HTMLFormElement): Control[] {
  return Array.from(form.elements).filter(
    (element): element is Control =>
      element instanceof HTMLTextAreaElement || (element instanceof HTMLInputElement && !notTyped.has(element.type)),
  );
}

/**
 * A form for a server action that never clears a field the person is typing in.
 *
 * React 19 resets a form once its function `action` has finished, and that reset also wipes what
 * was typed while the answer was on its way (a password or SSN typed in "the first moment" after
 * Continue). Here the submit goes through `onSubmit` and a transition instead, so React does not
 * reset; when the answer arrives, only the controls left untouched since the submit are put back to
 * what the server rendered (secret fields empty, as before). Without JavaScript the plain form action
 * posts as usual.
 */
export function ActionForm({ action, state, children, ...props }: Props) {
  const sent = useRef<Map<Control, string> | null>(null);

  useLayoutEffect(() => {
    const snapshot = sent.current;
    if (!snapshot) return;
    sent.current = null;
    // Put back to what the server rendered (the kept value, or empty for a secret field) unless typed in since.
    for (const [control, value] of snapshot) {
      if (!control.isConnected || control.value !== value || value === control.defaultValue) continue;
      control.value = control.defaultValue;
      // Listeners such as the password checklist follow the field as if it had been typed in.
      control.dispatchEvent(new Event("input", { bubbles: true }));
    }
  }, [state]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(element, submitter);
    sent.current = new Map(typedControls(element).map((control) => [control, control.value]));
    startTransition(() => action(formData));
  }

  return (
    <form action={action} onSubmit={submit} {...props}>
      {children}
    </form>
  );
}
