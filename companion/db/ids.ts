// Time-ordered ids (UUID version 7, RFC 9562) for rows the ledger creates in bulk (defects):
// 48 bits of Unix milliseconds, then random bits. Ids made one after another sort after the ones
// before, so the primary-key B-tree grows at its right edge instead of splitting pages all over
// the tree as random (v4) ids make it. They are still UUIDs, as the API shows them.
// The random bits come from a pool filled 4 KB at a time (crypto.randomFillSync) and the text is
// built from a byte → hex table: a crypto.randomBytes call and Buffer.toString per id cost about
// 5 % of the ingest's CPU (~65 ids per batch of 100 events; issue 12).
import { randomFillSync } from 'node:crypto';

let lastMs = 0;
let seq = 0;

const POOL_SIZE = 4096;
const pool = Buffer.alloc(POOL_SIZE);
let poolOffset = POOL_SIZE;
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Where in the pool the next id's 8 random bytes start (62 random bits after the variant's 2). */
function randomEight(): number {
  if (poolOffset + 8 > POOL_SIZE) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const at = poolOffset;
  poolOffset += 8;
  return at;
}

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
  const r = randomEight();
  // Bytes 0–5: milliseconds (big-endian); 6–7: version 7 and the counter; 8: variant 10xxxxxx; 9–15: random.
  const hi = Math.floor(now / 0x1000000);
  const lo = now % 0x1000000;
  const t = HEX[(hi >>> 16) & 0xff] + HEX[(hi >>> 8) & 0xff] + HEX[hi & 0xff] + HEX[(lo >>> 16) & 0xff];
  const t2 = HEX[(lo >>> 8) & 0xff] + HEX[lo & 0xff];
  const v = HEX[0x70 | (seq >> 8)] + HEX[seq & 0xff];
  const p = pool;
  return `${t}-${t2}-${v}-${HEX[0x80 | (p[r] & 0x3f)]}${HEX[p[r + 1]]}-${HEX[p[r + 2]]}${HEX[p[r + 3]]}${HEX[p[r + 4]]}${HEX[p[r + 5]]}${HEX[p[r + 6]]}${HEX[p[r + 7]]}`;
}
