import "server-only";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { EncodedBatch } from "./batch-tables";
import type { BatchContext } from "./seed-batch";

export type RowWorkerData = {
  today: string;
  passwordHash: string;
  credentialTypeIds: [string, number][];
  keys: Record<"encryption" | "fingerprint", { id: string; key: Uint8Array }[]>;
};
export type RowWorkerRequest = { id: number; indices: number[] };
export type RowWorkerReply = { id: number; batch: EncodedBatch } | { id: number; error: string };

// The worker runs the same TypeScript as this thread: tsx's loaders (CommonJS and ES modules) and the
// hook that lets scripts import "server-only" modules, registered before the worker file loads, so it
// starts the same way under `tsx`, `node --import tsx` and vitest.
const workerFile = fileURLToPath(new URL("./row-worker.ts", import.meta.url));
const serverOnlyOff = new URL("../cli/server-only-off.mjs", import.meta.url).href;
const bootstrap = `
require("tsx/cjs/api").register();
import("tsx/esm/api")
  .then(({ register }) => { register(); return import(${JSON.stringify(serverOnlyOff)}); })
  .then(() => require(${JSON.stringify(workerFile)}));
`;

/**
 * Builds seed batches on a second thread, so that on a two-core machine the JavaScript (random
 * draws, AES-GCM, HMAC fingerprints, COPY text) runs beside PostgreSQL instead of between its
 * statements. Replies come in request order; a failed build rejects its own promise.
 */
export class RowWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve(batch: EncodedBatch): void; reject(error: Error): void }>();
  private nextId = 0;

  constructor(context: BatchContext & { credentialTypeIds: Map<string, number> }) {
    const data: RowWorkerData = {
      today: context.today,
      passwordHash: context.passwordHash,
      credentialTypeIds: [...context.credentialTypeIds],
      keys: { encryption: context.keys.encryption, fingerprint: context.keys.fingerprint },
    };
    this.worker = new Worker(bootstrap, { eval: true, workerData: data });
    this.worker.on("message", (reply: RowWorkerReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if ("error" in reply) waiting?.reject(new Error(`building seed rows failed: ${reply.error}`));
      else waiting?.resolve(reply.batch);
    });
    const failAll = (error: Error) => {
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    this.worker.on("error", failAll);
    this.worker.on("exit", (code) => failAll(new Error(`the seed's row worker stopped (exit code ${code})`)));
  }

  build(indices: number[]): Promise<EncodedBatch> {
    const id = this.nextId++;
    const built = new Promise<EncodedBatch>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.worker.postMessage({ id, indices } satisfies RowWorkerRequest);
    return built;
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
