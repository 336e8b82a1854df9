import "server-only";
import { trace } from "@opentelemetry/api";
import { getConfig } from "@/lib/platform/config/env";
import { redactFields } from "./redact-fields";
import { scrubText } from "./sensitive-text";

/**
 * The server's structured logger: one JSON line per entry on stdout,
 * `{"time":"<UTC ISO>","level":"info","event":"sign-in.failed",...fields}`, with every field passed
 * through the allow-list redactor. Events are stable dotted names; details go in fields.
 */
export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogFields = Record<string, unknown>;
export type LogSink = (line: string) => void;

export type Logger = Record<LogLevel, (event: string, fields?: LogFields) => void>;

const severity: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

// stdout for every level: collectors keep one ordered stream, and on Linux writes to a pipe are
// synchronous, so a line written just before process.exit() is not lost.
const stdoutSink: LogSink = (line) => {
  process.stdout.write(`${line}\n`);
};

/**
 * LOG_LEVEL from the validated configuration. The logger must work before the configuration is
 * valid (that is when "configuration invalid" gets logged), so it falls back to info then.
 */
function configuredLevel(): LogLevel {
  try {
    return getConfig().LOG_LEVEL;
  } catch {
    return "info";
  }
}

/** Ties a line to the trace it happened in, when there is one. */
function traceFields(): LogFields {
  const context = trace.getActiveSpan()?.spanContext();
  return context && trace.isSpanContextValid(context) ? { traceId: context.traceId, spanId: context.spanId } : {};
}

/** Builds the JSON line for one entry; exported for tests and for sinks that ship lines elsewhere. */
export function formatLogLine(level: LogLevel, event: string, fields: LogFields = {}): string {
  const rest: LogFields = { ...traceFields(), ...fields };
  // time, level and event are the line's own; fields cannot overwrite them.
  for (const own of ["time", "level", "event"]) delete rest[own];
  return JSON.stringify({
    // Wall-clock time, not lib/platform/clock: a test that pins the domain clock still wants real log times.
    time: new Date().toISOString(),
    level,
    event: scrubText(event),
    ...redactFields(rest),
  });
}

export type LoggerOptions = {
  /** Where lines go (stdout by default). */
  sink?: LogSink;
  /** Lowest level written (the configured LOG_LEVEL by default, read at each entry). */
  level?: LogLevel;
};

export function createLogger(options: LoggerOptions | (() => LoggerOptions) = {}): Logger {
  const write = (level: LogLevel) => (event: string, fields?: LogFields) => {
    const current = typeof options === "function" ? options() : options;
    if (severity[level] < severity[current.level ?? configuredLevel()]) return;
    (current.sink ?? stdoutSink)(formatLogLine(level, event, fields));
  };
  return { debug: write("debug"), info: write("info"), warn: write("warn"), error: write("error") };
}

let redirected: LoggerOptions | undefined;

/** The shared logger for server code. */
export const log: Logger = createLogger(() => redirected ?? {});

/**
 * Tests only: send the shared logger's lines to `target.sink` at `target.level`, or back to stdout
 * at LOG_LEVEL when called without a target.
 */
export function redirectLogs(target?: Required<LoggerOptions>): void {
  redirected = target;
}
