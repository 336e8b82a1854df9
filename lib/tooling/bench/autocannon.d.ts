// autocannon 8 ships no type declarations; this is the part of its API the bench uses.
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  type Request = {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    /** Called before each request is sent: the request to send (here: a fresh body each time). */
    setupRequest?: (request: Request, context: Record<string, unknown>) => Request;
    /** Called with each answer, just before the instance's "response" event for it. */
    onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
  };
  type Options = {
    url: string;
    connections: number;
    duration: number;
    timeout?: number;
    method?: string;
    headers?: Record<string, string>;
    requests?: Request[];
  };
  type Result = { requests: { total: number; average: number }; errors: number; timeouts: number; non2xx: number; duration: number };
  type Instance = EventEmitter & { stop(): void };

  function autocannon(options: Options, callback: (error: Error | null, result: Result) => void): Instance;
  export default autocannon;
}
