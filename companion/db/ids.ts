// Time-ordered ids (UUID version 7, RFC 9562) for rows the ledger creates in bulk (defects):
// 48 bits of Unix milliseconds, then random bits. Ids made one after another sort after the ones
// before, so the primary-key B-tree grows at its right edge instead of splitting pages all over
// the tree as random (v4) ids make it. They are still UUIDs, as the API shows them.
import { randomBytes } from 'node:crypto';

let lastMs = 0;
let seq = 0;

/** A new UUIDv7; within one millisecond a 12-bit counter keeps the order. */
export function timeOrderedId(now: number = Date.now()): string {
  if (now <= lastMs) {
    seq = (seq + 1) & 0xfff;
    if (seq === 0) lastMs += 1;
    now = lastMs;
  } else {
    lastMs = now;
    seq = 0;
  }
  const b = randomBytes(16);
  b.writeUIntBE(now, 0, 6);
  b[6] = 0x70 | (seq >> 8);
  b[7] = seq & 0xff;
  b[8] = 0x80 | (b[8] & 0x3f);
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
