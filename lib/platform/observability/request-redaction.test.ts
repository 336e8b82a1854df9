import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type SpanProcessor } from "@opentelemetry/sdk-trace-base";
import { log, redirectLogs } from "./log";
import { ScrubbingSpanProcessor } from "./span-scrubbing";
import { traceRequest } from "./trace-request";

// PII-9 / LOG-2: a registration request whose body holds the guide's person (SSN, date of birth) and
// a password, and whose URL holds a token, goes through logged and traced code; none of it may
// reach a log line or an exported span.
const SSN = "987-65-4321";
const DATE_OF_BIRTH = "03/01/1947";
const PASSWORD = "Violet-Harbor-Lantern-58!";
const EMAIL = "end.user@example.org";
const TOKEN = "abc123secrettoken";
const URL_WITH_TOKEN = `http://localhost:3000/register/create?token=${TOKEN}&step=2`;

const forbidden = [
  SSN, SSN.replace(/-/g, ""), DATE_OF_BIRTH, encodeURIComponent(DATE_OF_BIRTH), "1947-03-01",
  PASSWORD, encodeURIComponent(PASSWORD), EMAIL, encodeURIComponent(EMAIL), TOKEN,
];

const fields = { firstName: "End", lastName: "User", ssn: SSN, dateOfBirth: DATE_OF_BIRTH, dateOfBirthIso: "1947-03-01",
  password: PASSWORD, confirmPassword: PASSWORD, email: EMAIL };

const bodies = {
  json: () => ({ body: JSON.stringify(fields), type: "application/json" }),
  form: () => ({ body: new URLSearchParams(fields).toString(), type: "application/x-www-form-urlencoded" }),
};

function registrationRequest(kind: keyof typeof bodies): Request {
  const { body, type } = bodies[kind]();
  return new Request(URL_WITH_TOKEN, { method: "POST", body, headers: { "content-type": type, cookie: `session=${TOKEN}` } });
}

async function parseBody(request: Request): Promise<Record<string, string>> {
  if (request.headers.get("content-type") === "application/json") return (await request.json()) as Record<string, string>;
  return Object.fromEntries(new URLSearchParams(await request.text()));
}

/** A handler as careless as a real one might be: it logs the whole body. */
async function registrationHandler(request: Request): Promise<Response> {
  const body = await parseBody(request);
  log.info("registration.attempt", { ...body, outcome: "accepted" });
  return new Response(null, { status: 303 });
}

/** One that fails with a message echoing the input, as validation libraries sometimes do. */
async function failingHandler(request: Request): Promise<Response> {
  const body = await parseBody(request);
  throw new Error(`Record ${body.ssn} (born ${body.dateOfBirth}, ${body.email}) is already claimed; see ${request.url}`);
}

let lines: string[];
let exporter: InMemorySpanExporter;

function tracerWith(...processors: SpanProcessor[]) {
  return new BasicTracerProvider({ spanProcessors: [...processors, new SimpleSpanProcessor(exporter)] }).getTracer("test");
}

/** Everything that left the process: log lines and exported spans, as one string. */
function everythingWritten(): string {
  const spans = exporter.getFinishedSpans().map((span) => ({
    name: span.name, attributes: span.attributes, status: span.status, events: span.events, links: span.links,
  }));
  return [...lines, JSON.stringify(spans)].join("\n");
}

beforeEach(() => {
  lines = [];
  exporter = new InMemorySpanExporter();
  redirectLogs({ sink: (line) => lines.push(line), level: "debug" });
});

afterEach(() => redirectLogs());

describe.each(["json", "form"] as const)("a %s registration request", (kind) => {
  it("leaves no SSN, date of birth, password, email or token in logs or spans", async () => {
    const response = await traceRequest(registrationRequest(kind), registrationHandler, tracerWith(new ScrubbingSpanProcessor()));
    expect(response.status).toBe(303);

    const written = everythingWritten();
    for (const secret of forbidden) expect(written).not.toContain(secret);

    // Not vacuous: the handler's line and the request span were written, with what is safe to keep.
    const attempt = lines.map((line) => JSON.parse(line)).find((entry) => entry.event === "registration.attempt");
    expect(attempt).toMatchObject({ level: "info", ssn: "[FILTERED]", password: "[FILTERED]", outcome: "accepted" });
    const [span] = exporter.getFinishedSpans();
    expect(span?.attributes).toMatchObject({ "http.method": "POST", "http.target": "/register/create", "http.status_code": 303,
      "url.full": "http://localhost:3000/register/create" });
  });

  it("leaves none of them in the error line or the exception recorded on the span either", async () => {
    const tracer = tracerWith(new ScrubbingSpanProcessor());
    await expect(traceRequest(registrationRequest(kind), failingHandler, tracer)).rejects.toThrow(/already claimed/);

    const written = everythingWritten();
    for (const secret of forbidden) expect(written).not.toContain(secret);
    const failure = lines.map((line) => JSON.parse(line)).find((entry) => entry.event === "request.failed");
    expect(failure.error.message).toBe("Record [SSN] (born [DATE], [EMAIL]) is already claimed; see http://localhost:3000/register/create");
    const [span] = exporter.getFinishedSpans();
    expect(span?.events[0]?.attributes?.["exception.message"]).toContain("Record [SSN]");
  });
});

describe("the control: the same request without the scrubbing processor", () => {
  it("exports the token and, for a failure, the SSN and date of birth, so the tests above can fail", async () => {
    await traceRequest(registrationRequest("json"), registrationHandler, tracerWith());
    expect(JSON.stringify(exporter.getFinishedSpans()[0]?.attributes)).toContain(TOKEN);

    exporter.reset();
    await expect(traceRequest(registrationRequest("json"), failingHandler, tracerWith())).rejects.toThrow();
    const raw = JSON.stringify(exporter.getFinishedSpans()[0]?.events);
    for (const secret of [SSN, DATE_OF_BIRTH, EMAIL, TOKEN]) expect(raw).toContain(secret);
  });
});
