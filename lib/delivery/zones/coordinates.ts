import { z } from 'zod';

/**
 * Optional latitude/longitude typed as decimal degrees (a warehouse's pick-up point, a zone's
 * centre). Client-safe: the forms' resolvers and the server actions share it, so the schema
 * keeps text (its output is valid input again) and the verb turns it into a number with
 * `coordinateValue`. Empty text is "not set"; both are set or neither, since half a point
 * measures nothing.
 */
const DEGREES = /^[+-]?\d{1,3}(?:[.,]\d{1,12})?$/;

const LIMITS = {
  latitude: { max: 90, message: 'Enter the latitude in decimal degrees, between -90 and 90 (e.g. 41.3111).' },
  longitude: { max: 180, message: 'Enter the longitude in decimal degrees, between -180 and 180 (e.g. 69.2797).' },
} as const;

type Axis = keyof typeof LIMITS;

function parseDegrees(text: string): number {
  return Number(text.replace(',', '.'));
}

function coordinate(axis: Axis) {
  const { max, message } = LIMITS[axis];
  return z
    .string()
    .trim()
    .max(32, message)
    .default('')
    .refine((v) => v === '' || (DEGREES.test(v) && Math.abs(parseDegrees(v)) <= max), message)
    .transform((v) => v.replace(',', '.'));
}

export const coordinateFields = { latitude: coordinate('latitude'), longitude: coordinate('longitude') };

/** For the object schema that holds both fields: one without the other is refused, on the empty one. */
export function bothOrNeither(value: { latitude: string; longitude: string }, ctx: z.RefinementCtx) {
  if (value.latitude !== '' && value.longitude === '') {
    ctx.addIssue({ code: 'custom', path: ['longitude'], message: 'Enter the longitude too, or clear the latitude.' });
  }
  if (value.longitude !== '' && value.latitude === '') {
    ctx.addIssue({ code: 'custom', path: ['latitude'], message: 'Enter the latitude too, or clear the longitude.' });
  }
}

/** A checked coordinate field as the column's value: null when it was left empty. */
export function coordinateValue(text: string): number | null {
  return text === '' ? null : parseDegrees(text);
}

/** A saved coordinate back to the text its field shows ('' when not set). */
export function coordinateText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/**
 * "41.3111, 69.2797" as copied from a maps app, split into its two halves; null when the text
 * is not such a pair (so the field keeps what was typed).
 */
export function splitCoordinatePair(text: string): { latitude: string; longitude: string } | null {
  const match = /^\s*\(?\s*([+-]?\d{1,3}\.\d+)\s*[,;\s]\s*([+-]?\d{1,3}\.\d+)\s*\)?\s*$/.exec(text);
  return match ? { latitude: match[1]!, longitude: match[2]! } : null;
}
