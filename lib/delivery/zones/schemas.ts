import { z } from 'zod';
import { normalizePostalCode } from '@/lib/checkout/delivery-options';
import { PageParam } from '@/lib/server/list-query';
import { bothOrNeither, coordinateFields } from './coordinates';

export const MAX_DISTRICTS = 200;
export const MAX_POSTAL_CODES = 500;
export const ZONES_PAGE_SIZE = 25;

const Id = z.string().trim().min(1, 'Missing id.').max(64);

/** Postal codes are stored the way the checkout's matcher compares them. */
export { normalizePostalCode };

/** Trimmed, inner spaces collapsed, empties and repeats (ignoring case) dropped. */
export function distinctNames(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.flatMap((raw) => {
    const v = raw.trim().replace(/\s+/g, ' ');
    const key = v.toLocaleLowerCase();
    if (!v || seen.has(key)) return [];
    seen.add(key);
    return [v];
  });
}

const POSTAL_CODE = /^[A-Z0-9-]{2,12}$/;

export const ZoneFields = z.object({
  name: z.string().trim().min(1, 'Enter a name for the zone.').max(100, 'Use at most 100 characters.'),
  description: z.string().trim().max(500, 'Use at most 500 characters.'),
  city: z.string().trim().min(1, 'Enter the city this zone covers.').max(100, 'Use at most 100 characters.'),
  districts: z
    .array(z.string().max(100, 'Use at most 100 characters per district.'))
    .transform(distinctNames)
    .refine((v) => v.length <= MAX_DISTRICTS, `Use at most ${MAX_DISTRICTS} districts.`),
  postalCodes: z
    .array(z.string().max(40))
    .transform((codes) => [...new Set(codes.map(normalizePostalCode).filter(Boolean))])
    .superRefine((codes, ctx) => {
      if (codes.length > MAX_POSTAL_CODES) ctx.addIssue({ code: 'custom', message: `Use at most ${MAX_POSTAL_CODES} postal codes.` });
      const bad = codes.find((c) => !POSTAL_CODE.test(c));
      if (bad) ctx.addIssue({ code: 'custom', message: `“${bad.slice(0, 20)}” is not a postal code: use 2–12 letters, digits or -.` });
    }),
  /** The zone's centre: deliveries measure distances from it until the courier records the real spot. */
  ...coordinateFields,
  isActive: z.boolean(),
});

export const CreateZoneInput = ZoneFields.superRefine(bothOrNeither);
export type CreateZoneInput = z.output<typeof CreateZoneInput>;
/** What the zone form holds (coordinates as typed text). */
export type ZoneFormValues = z.input<typeof CreateZoneInput>;

export const UpdateZoneInput = ZoneFields.extend({ zoneId: Id }).superRefine(bothOrNeither);
export type UpdateZoneInput = z.output<typeof UpdateZoneInput>;

export const ZoneIdInput = z.object({ zoneId: Id });
export type ZoneIdInput = z.output<typeof ZoneIdInput>;

export const SetZoneActiveInput = z.object({ zoneId: Id, isActive: z.boolean() });
export type SetZoneActiveInput = z.output<typeof SetZoneActiveInput>;

export const MoveZoneInput = z.object({ zoneId: Id, direction: z.enum(['up', 'down']) });
export type MoveZoneInput = z.output<typeof MoveZoneInput>;

export const ZONE_STATUS_FILTERS = ['active', 'inactive'] as const;

/** The zones list's URL state (`?city=&status=&page=`); anything malformed means "no filter". */
export const ZoneListFilters = z.object({
  city: z.string().trim().max(100).catch(''),
  status: z.enum(ZONE_STATUS_FILTERS).optional().catch(undefined),
  page: PageParam,
});
export type ZoneListFilters = z.output<typeof ZoneListFilters>;

/** "Which zone delivers here?": the address fields the checkout matches on. */
export const CheckAddressInput = z.object({
  city: z.string().trim().min(1, 'Enter a city.').max(100, 'Use at most 100 characters.'),
  district: z.string().trim().max(100, 'Use at most 100 characters.'),
  postalCode: z.string().trim().max(40, 'Use at most 40 characters.'),
});
export type CheckAddressInput = z.output<typeof CheckAddressInput>;
