// Worker thread: builds seed batches and encodes them as COPY text while the main thread streams the
// previous batch to PostgreSQL (started by row-worker-client.ts, which documents the messages).
import "server-only";
import { parentPort, workerData } from "node:worker_threads";
import type { KeyEntry } from "@/lib/platform/config/keys";
import { encodeBatch } from "./batch-tables";
import { credentialCatalog } from "./credential-catalog";
import type { RowWorkerData, RowWorkerReply, RowWorkerRequest } from "./row-worker-client";
import { buildBatch, type BatchContext } from "./seed-batch";

const data = workerData as RowWorkerData;
// Keys arrive as plain bytes (structured clone turns a Buffer into a Uint8Array).
const keyEntries = (entries: RowWorkerData["keys"]["encryption"]): KeyEntry[] =>
  entries.map((entry) => ({ id: entry.id, key: Buffer.from(entry.key) }));
const context: BatchContext = {
  today: data.today,
  passwordHash: data.passwordHash,
  catalog: credentialCatalog(new Map(data.credentialTypeIds)),
  keys: { encryption: keyEntries(data.keys.encryption), fingerprint: keyEntries(data.keys.fingerprint) },
};

parentPort!.on("message", (request: RowWorkerRequest) => {
  let reply: RowWorkerReply;
  try {
    const started = performance.now();
    const encoded = encodeBatch(buildBatch(request.indices, context));
    reply = { id: request.id, batch: { ...encoded, buildSeconds: (performance.now() - started) / 1000 } };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  // The encoded text moves to the main thread without a copy.
  parentPort!.postMessage(reply, "batch" in reply ? reply.batch.tables.map((table) => table.text.buffer as ArrayBuffer) : []);
});
