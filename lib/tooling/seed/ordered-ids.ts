import { randomBytes } from "node:crypto";

/**
 * UUIDv7 (RFC 9562) for the rows whose ids the database would otherwise draw at random (names,
 * test scores, endorsements, public actions, notifications): the milliseconds first, then a counter
 * and random bits, so each new id is larger than the last and a primary key grows at its right edge.
 * Random v4 keys land on a random leaf page each, and at a million educators those indexes no longer
 * fit PostgreSQL's buffers: the seed's load spent a sixth of its database time there. Like the
 * database's own ids, these are random and differ from run to run; nothing else depends on them.
 */
export class OrderedIds {
  private lastMs = 0;
  private counter = 0;
  private pool = Buffer.alloc(0);
  private poolOffset = 0;

  next(): string {
    let ms = Date.now();
    if (ms > this.lastMs) {
      this.lastMs = ms;
      this.counter = 0;
    } else {
      // The same (or an earlier) millisecond: count on; past 4,095, borrow the next millisecond.
      this.counter += 1;
      if (this.counter > 0xfff) {
        this.lastMs += 1;
        this.counter = 0;
      }
      ms = this.lastMs;
    }
    const random = this.randomBytes(8);
    const hex = (value: number, width: number) => value.toString(16).padStart(width, "0");
    const high = Math.floor(ms / 0x10000);
    const variantAndRandom = 0x8000 | (((random[0]! << 8) | random[1]!) & 0x3fff);
    return (
      `${hex(high, 8)}-${hex(ms % 0x10000, 4)}-${hex(0x7000 | this.counter, 4)}-${hex(variantAndRandom, 4)}-` +
      random.toString("hex", 2, 8)
    );
  }

  private randomBytes(count: number): Buffer {
    if (this.poolOffset + count > this.pool.length) {
      this.pool = randomBytes(8_192);
      this.poolOffset = 0;
    }
    const bytes = this.pool.subarray(this.poolOffset, this.poolOffset + count);
    this.poolOffset += count;
    return bytes;
  }
}
