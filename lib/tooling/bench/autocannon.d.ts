// autocannon 8 ships no type declarations; this is the part of its API the bench uses.
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  type Options = { url: string; connections: number; duration: number; timeout?: number; headers?: Record<string, string> };
  type Result = { requests: { total: number; average: number }; errors: number; timeouts: number; non2xx: number; duration: number };
  type Instance = EventEmitter & { stop(): void };

  function autocannon(options: Options, callback: (error: Error | null, result: Result) => void): Instance;
  export default autocannon;
}
