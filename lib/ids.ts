import { randomBytes, randomInt } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford base32, lower-case

function encode(bytes: Uint8Array, length: number) {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out.slice(0, length);
}

/**
 * Prefixed, time-sortable ids: `org_01hx...`. 48 bits of milliseconds then 80 random bits,
 * so ids sort by creation time and index inserts stay append-mostly.
 */
export function newId(prefix: string): string {
  const time = Date.now();
  const timeBytes = new Uint8Array(6);
  for (let i = 5, t = time; i >= 0; i--, t = Math.floor(t / 256)) timeBytes[i] = t % 256;
  return `${prefix}_${encode(timeBytes, 10)}${encode(randomBytes(10), 16)}`;
}

/** A URL-safe random secret (tokens in emailed links, session ids). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** No 0/O, 1/I/L: a code read out over the phone is typed back right. */
export const READABLE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** `length` characters of READABLE_ALPHABET, each drawn uniformly with crypto randomness (order numbers, tracking numbers). */
export function readableCode(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += READABLE_ALPHABET[randomInt(READABLE_ALPHABET.length)];
  return out;
}
