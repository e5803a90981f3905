// PINs are short (4-8 digits), so a fast hash would fall to a brute-force search of the whole PIN space
// in moments if the database file were copied. scrypt is memory-hard, which makes each guess expensive
// on any hardware; the lock after wrong tries protects the live station, this protects the file.
//
// Stored format (self-describing, so the cost can be raised later without breaking old rows):
//   $scrypt$ln=15,r=8,p=1$<salt, base64>$<hash, base64>
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

interface ScryptCost {
  /** log2 of N, the CPU/memory cost. */
  ln: number;
  r: number;
  p: number;
}

const COST: ScryptCost = { ln: 15, r: 8, p: 1 };
const SALT_BYTES = 16;
const HASH_BYTES = 32;
const PREFIX = '$scrypt$';

/** scrypt needs 128 * N * r bytes; Node refuses anything above maxmem (32 MiB by default, just too little for N = 2^15). */
function maxmemFor(cost: ScryptCost): number {
  return 2 * 128 * 2 ** cost.ln * cost.r;
}

function derive(pin: string, salt: Buffer, cost: ScryptCost, length: number): Buffer {
  return scryptSync(pin.normalize('NFKC'), salt, length, { N: 2 ** cost.ln, r: cost.r, p: cost.p, maxmem: maxmemFor(cost) });
}

/** The lowest cost a stored PIN may have: below it, a copied file could be searched too fast. */
export const MIN_COST_LN = 10;

/** `costLn` lowers the cost only where speed matters more than a copied file (the test stations). */
export function hashPin(pin: string, costLn: number = COST.ln): string {
  const cost = { ...COST, ln: Math.max(MIN_COST_LN, costLn) };
  const salt = randomBytes(SALT_BYTES);
  const hash = derive(pin, salt, cost, HASH_BYTES);
  return `${PREFIX}ln=${cost.ln},r=${cost.r},p=${cost.p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

interface StoredPin {
  cost: ScryptCost;
  salt: Buffer;
  hash: Buffer;
}

function parseStored(stored: string): StoredPin | null {
  const match = /^\$scrypt\$ln=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/.exec(stored);
  if (!match) return null;
  const cost = { ln: Number(match[1]), r: Number(match[2]), p: Number(match[3]) };
  // Bounds keep a damaged or tampered row from making one check take minutes or gigabytes.
  if (cost.ln < MIN_COST_LN || cost.ln > 20 || cost.r < 1 || cost.r > 32 || cost.p < 1 || cost.p > 16) return null;
  const salt = Buffer.from(match[4]!, 'base64');
  const hash = Buffer.from(match[5]!, 'base64');
  if (salt.length < 8 || hash.length < 16) return null;
  return { cost, salt, hash };
}

/** True when the PIN matches the stored hash. A stored value that cannot be read never matches. */
export function verifyPin(pin: string, stored: string): boolean {
  const parsed = parseStored(stored);
  if (!parsed) return false;
  const candidate = derive(pin, parsed.salt, parsed.cost, parsed.hash.length);
  return timingSafeEqual(candidate, parsed.hash);
}
