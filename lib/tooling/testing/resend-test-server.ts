import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Tests only: a real HTTP server on 127.0.0.1 that plays Resend's `POST /emails` endpoint, so the
 * Resend SDK and our transport run for real up to the socket. `respond` decides each answer;
 * every request is recorded (headers and parsed JSON body).
 */
export type RecordedRequest = { method: string; url: string; headers: IncomingHttpHeaders; body: Record<string, unknown> };
export type PlannedResponse = { status: number; body: unknown };

export type ResendTestServer = {
  baseUrl: string;
  requests: RecordedRequest[];
  respond: (request: RecordedRequest) => PlannedResponse;
  close(): Promise<void>;
};

export const resendOk = (id: string): PlannedResponse => ({ status: 200, body: { id } });
export const resendError = (status: number, name: string): PlannedResponse => ({
  status,
  body: { statusCode: status, name, message: `${name} from the test server` },
});

export async function startResendTestServer(): Promise<ResendTestServer> {
  const handle: ResendTestServer = {
    baseUrl: "",
    requests: [],
    respond: (request) => resendOk(`re_${String(request.headers["idempotency-key"] ?? "none")}`),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server: Server = createServer((req, res) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (raw += chunk));
    req.on("end", () => {
      const request = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: raw ? JSON.parse(raw) : {} };
      handle.requests.push(request);
      const planned = handle.respond(request);
      res.writeHead(planned.status, { "content-type": "application/json" });
      res.end(JSON.stringify(planned.body));
    });
  });
  server.keepAliveTimeout = 1;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  handle.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return handle;
}

/** An address on which nothing listens: the port of a server that was started and closed again. */
export async function unusedBaseUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
