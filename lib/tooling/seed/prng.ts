import { createHash } from "node:crypto";

/**
 * The seed's randomness. Every educator draws from its own generator, seeded from its index, so
 * educator 123 456 is the same person on every run, whichever batch or run creates it, and a larger
 * `--educators` run only appends. sfc32 (Chris Doty-Humphrey's Small Fast Counter) is tiny, fast and
 * passes PractRand; it is not cryptographic and needs not be: nothing here is a secret.
 */
export class SeedRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: readonly [number, number, number, number]) {
    [this.a, this.b, this.c, this.d] = seed;
    // The first outputs of a freshly seeded sfc32 are poorly mixed; discard them.
    for (let i = 0; i < 12; i += 1) this.nextUint32();
  }

  /** Generator for one item of a stream: ("educator", 42) is the same sequence on every run. */
  static for(stream: string, index: number): SeedRandom {
    let h = 0x811c9dc5; // FNV-1a of the stream name, so streams differ even at equal indices
    for (let i = 0; i < stream.length; i += 1) h = Math.imul(h ^ stream.charCodeAt(i), 0x01000193);
    const mix = splitmix32(h ^ Math.imul(index, 0x9e3779b1) ^ Math.floor(index / 0x100000000));
    return new SeedRandom([mix(), mix(), mix(), mix()]);
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 0x100000000;
  }

  /** Uniform integer in [0, max). */
  int(max: number): number {
    return Math.floor(this.next() * max);
  }

  /** Uniform integer in [min, max], both included. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error("pick() from an empty list");
    return item;
  }

  /** Picks by weight: `[["active", 50], ["expired", 46]]`. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of choices) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return choices[choices.length - 1]![0];
  }

  /** A version-4-shaped UUID from this generator's bytes (deterministic, so re-runs find it). */
  uuid(): string {
    const words = [this.nextUint32(), this.nextUint32(), this.nextUint32(), this.nextUint32()];
    words[1] = ((words[1]! & 0xffff0fff) | 0x00004000) >>> 0; // version 4
    words[2] = ((words[2]! & 0x3fffffff) | 0x80000000) >>> 0; // RFC 4122 variant
    return uuidFromWords(words);
  }
}

function splitmix32(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

function uuidFromWords(words: number[]): string {
  const hex = words.map((word) => word.toString(16).padStart(8, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A fixed UUID for a named seed object (a demo person, an announcement), from a SHA-256 of its label. */
export function stableUuid(label: string): string {
  const digest = createHash("sha256").update(`portal-seed:${label}`).digest();
  const words = [0, 4, 8, 12].map((offset) => digest.readUInt32BE(offset));
  words[1] = ((words[1]! & 0xffff0fff) | 0x00004000) >>> 0;
  words[2] = ((words[2]! & 0x3fffffff) | 0x80000000) >>> 0;
  return uuidFromWords(words);
}
