import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Checkbox } from "./checkbox";
import { DateField } from "./date-field";
import { ErrorSummary } from "./error-summary";
import { PasswordField } from "./password-field";
import { Select } from "./select";
import { TextField } from "./text-field";

/**
 * A minimal reader over server-rendered markup (the test environment has no DOM, and markup is what
 * a screen reader gets before hydration): elements by tag or id, their attributes (names lower-cased, as HTML treats them) and their text.
 */
type Element = { attributes: Record<string, string>; text: string };

function decode(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

function elements(markup: string): (Element & { tag: string })[] {
  const found: (Element & { tag: string })[] = [];
  for (const match of markup.matchAll(/<([a-z0-9]+)([^>]*)>/g)) {
    const [, tag, rawAttributes] = match;
    const attributes = Object.fromEntries([...rawAttributes!.matchAll(/([a-zA-Z-]+)(?:="([^"]*)")?/g)].map(([, k, v]) => [k!.toLowerCase(), decode(v ?? "")]));
    const close = markup.indexOf(`</${tag}>`, match.index);
    const inner = close === -1 ? "" : markup.slice(match.index + match[0].length, close);
    found.push({ tag: tag!, attributes, text: decode(inner.replace(/<[^>]+>/g, "")) });
  }
  return found;
}

function render(element: React.ReactElement) {
  const markup = renderToStaticMarkup(element);
  const all = elements(markup);
  return {
    all: (tag: string) => all.filter((e) => e.tag === tag),
    one: (tag: string) => all.find((e) => e.tag === tag)!,
    byId: (id: string) => all.find((e) => e.attributes.id === id)!,
  };
}

describe("GOV.UK error pattern in the form primitives", () => {
  it("labels a text field, describes it by hint and error, and keeps the typed value", () => {
    const doc = render(
      <TextField name="firstName" label="First Name" hint="As on your certificate" error="Enter your first name" defaultValue="En" autoComplete="given-name" required />,
    );
    const input = doc.one("input").attributes;
    expect(doc.one("label").attributes.for).toBe("firstName");
    expect(input.id).toBe("firstName");
    expect(input["aria-describedby"]).toBe("firstName-hint firstName-error");
    expect(input["aria-invalid"]).toBe("true");
    expect(input["aria-required"]).toBe("true");
    expect(input.autocomplete).toBe("given-name");
    expect(input.value).toBe("En");
    expect(doc.byId("firstName-error").text).toBe("Error: Enter your first name");
    expect(renderToStaticMarkup(<TextField name="a" label="A" error="B" />)).toContain('<span class="sr-only">Error: </span>B');
  });

  it("leaves a valid field undecorated, and explains a read-only one", () => {
    const doc = render(<TextField name="lastName" label="Last Name" defaultValue="User" readOnly readOnlyNote="Contact support to change your name" />);
    const input = doc.one("input").attributes;
    expect(input).not.toHaveProperty("aria-invalid");
    expect(input).toHaveProperty("readonly");
    expect(input["aria-describedby"]).toBe("lastName-note");
    expect(doc.byId("lastName-note").text).toBe("Contact support to change your name");
  });

  it("never puts a value into a password field", () => {
    const doc = render(<PasswordField name="password" label="Create a password" error="Your password must be at least 15 characters long" autoComplete="new-password" />);
    const input = doc.one("input").attributes;
    expect(input.type).toBe("password");
    expect(input).not.toHaveProperty("value");
    expect(input.autocomplete).toBe("new-password");
    expect(input["aria-describedby"]).toBe("password-error");
    // The show/hide button needs JavaScript, so it is not in the server markup.
    expect(doc.all("button")).toEqual([]);
  });

  it("hints the date format the registration guide asks for", () => {
    const doc = render(<DateField name="dateOfBirth" label="Date of Birth" autoComplete="bday" />);
    expect(doc.byId("dateOfBirth-hint").text).toContain("mm/dd/yyyy");
    expect(doc.one("input").attributes["aria-describedby"]).toBe("dateOfBirth-hint");
  });

  it("summarises the problems as an alert linking to each field", () => {
    const doc = render(
      <ErrorSummary fieldErrors={{ firstName: "Enter your first name", altcha: "Tick “I’m not a robot”", lastName: "" }} fieldIds={{ altcha: "captcha" }} />,
    );
    const summary = doc.one("div").attributes;
    expect(summary.role).toBe("alert");
    expect(summary.tabindex).toBe("-1");
    expect(summary["aria-labelledby"]).toMatch(/^error-summary-title/);
    expect(doc.byId(summary["aria-labelledby"]!).text).toBe("There is a problem");
    expect(doc.all("a").map((a) => [a.attributes.href, a.text])).toEqual([
      ["#firstName", "Enter your first name"],
      ["#captcha", "Tick “I’m not a robot”"],
    ]);
    expect(renderToStaticMarkup(<ErrorSummary fieldErrors={{}} />)).toBe("");
  });

  it("gives two summaries on one page headings of their own (no duplicate id)", () => {
    const doc = render(
      <>
        <ErrorSummary fieldErrors={{ lastName: "Enter a last name" }} />
        <ErrorSummary fieldErrors={{ ssn: "Enter a Social Security number" }} />
      </>,
    );
    const labels = doc.all("div").map((div) => div.attributes["aria-labelledby"]).filter(Boolean);
    expect(labels).toHaveLength(2);
    expect(new Set(labels).size).toBe(2);
    for (const label of labels) expect(doc.byId(label!).text).toBe("There is a problem");
  });

  it("associates checkboxes and selects with their labels and errors", () => {
    const box = render(<Checkbox name="agree" label="I agree" error="Tick the box to agree" />);
    expect(box.one("label").attributes.for).toBe("agree");
    expect(box.one("input").attributes["aria-describedby"]).toBe("agree-error");
    const select = render(<Select name="state" label="State" placeholder="Select a state" options={[{ value: "KY", label: "Kentucky" }]} defaultValue="KY" />);
    expect(select.one("label").attributes.for).toBe("state");
    expect(select.all("option").find((o) => "selected" in o.attributes)!.text).toBe("Kentucky");
  });
});
