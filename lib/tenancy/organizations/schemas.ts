import { z } from 'zod';
import { HEX_COLOR } from '../brand-colors';
import { COUNTRY_CODES, CURRENCY_CODES, isValidTimeZone, LOCALE_CODES, ORGANIZATION_KINDS } from '../options';
import { slugProblem } from './slug';

const KIND_VALUES = ORGANIZATION_KINDS.map((k) => k.value) as [OrganizationKindValue, ...OrganizationKindValue[]];
type OrganizationKindValue = (typeof ORGANIZATION_KINDS)[number]['value'];

export const OrganizationName = z
  .string()
  .trim()
  .min(2, 'Enter at least 2 characters.')
  .max(80, 'Use at most 80 characters.');

export const OrganizationSlug = z
  .string()
  .trim()
  .superRefine((slug, ctx) => {
    const problem = slugProblem(slug);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const Currency = z.enum(CURRENCY_CODES, { error: 'Choose a currency from the list.' });
export const Locale = z.enum(LOCALE_CODES, { error: 'Choose a language and region from the list.' });
export const TimeZone = z.string().refine(isValidTimeZone, 'Choose a time zone from the list.');

export const CreateOrganizationInput = z.object({
  name: OrganizationName,
  slug: OrganizationSlug,
  kind: z.enum(KIND_VALUES, { error: 'Choose what kind of business this is.' }),
  defaultCurrency: Currency,
  defaultLocale: Locale,
  /** The browser's zone, so opening hours start out right; editable in settings. */
  timezone: TimeZone.optional(),
});
export type CreateOrganizationInput = z.infer<typeof CreateOrganizationInput>;

// --- Settings -------------------------------------------------------------------------------

const text = (max: number) => z.string().trim().max(max, `Use at most ${max} characters.`);

function isWebUrl(value: string) {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}
const webUrl = text(300).refine((v) => v === '' || isWebUrl(v), 'Enter a full web address starting with https://');

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const WorkingDayInput = z
  .object({
    day: z.number().int().min(0).max(6),
    isOpen: z.boolean(),
    openTime: z.string(),
    closeTime: z.string(),
    breaks: z.array(z.object({ startTime: z.string(), endTime: z.string() })).max(5, 'At most 5 breaks a day.'),
  })
  .superRefine((day, ctx) => {
    if (!day.isOpen) return;
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (!TIME.test(day.openTime)) issue(['openTime'], 'Enter a time (HH:MM).');
    if (!TIME.test(day.closeTime)) issue(['closeTime'], 'Enter a time (HH:MM).');
    else if (TIME.test(day.openTime) && day.closeTime <= day.openTime) issue(['closeTime'], 'Closing time must be after opening time.');
    // Check breaks in time order so "overlap" means the same thing the merchant sees.
    const order = day.breaks.map((b, i) => ({ ...b, i })).sort((a, b) => a.startTime.localeCompare(b.startTime));
    let previousEnd: string | null = null;
    for (const b of order) {
      if (!TIME.test(b.startTime)) issue(['breaks', b.i, 'startTime'], 'Enter a time (HH:MM).');
      else if (!TIME.test(b.endTime)) issue(['breaks', b.i, 'endTime'], 'Enter a time (HH:MM).');
      else if (b.endTime <= b.startTime) issue(['breaks', b.i, 'endTime'], 'A break must end after it starts.');
      else if (b.startTime < day.openTime || b.endTime > day.closeTime) issue(['breaks', b.i, 'startTime'], 'Breaks must fall inside opening hours.');
      else if (previousEnd && b.startTime < previousEnd) issue(['breaks', b.i, 'startTime'], 'Breaks must not overlap.');
      if (TIME.test(b.endTime)) previousEnd = b.endTime;
    }
  });

export const WorkingHoursInput = z
  .array(WorkingDayInput)
  .length(7, 'Give opening hours for all 7 days.')
  .refine((days) => new Set(days.map((d) => d.day)).size === 7, 'Give opening hours for all 7 days.');

export const UpdateOrganizationSettingsInput = z.object({
  name: OrganizationName,
  description: text(1000),
  category: text(80),
  contactEmail: z.union([z.literal(''), z.email('Enter a valid email address.').max(254)]),
  contactPhone: text(40).refine((v) => /^[+()\d\s.-]*$/.test(v), 'Use digits, spaces and + ( ) - only.'),
  address: z.object({
    street: text(200),
    building: text(100),
    city: text(100),
    region: text(100),
    postalCode: text(20),
    country: z.string().refine((c) => c === '' || COUNTRY_CODES.includes(c), 'Choose a country from the list.'),
    landmark: text(200),
  }),
  workingHours: WorkingHoursInput,
  socialLinks: z.object({ instagram: webUrl, facebook: webUrl, twitter: webUrl, whatsapp: webUrl, website: webUrl }),
  brandPrimaryColor: z.string().regex(HEX_COLOR, 'Use a hex colour such as #4f46e5.'),
  brandSecondaryColor: z.string().regex(HEX_COLOR, 'Use a hex colour such as #0f172a.'),
  defaultCurrency: Currency,
  defaultLocale: Locale,
  timezone: TimeZone,
});
export type UpdateOrganizationSettingsInput = z.infer<typeof UpdateOrganizationSettingsInput>;

// --- Logo -----------------------------------------------------------------------------------

export const LOGO_MAX_BYTES = 2 * 1024 * 1024;

export const UploadLogoInput = z.object({
  file: z
    .instanceof(File, { message: 'Choose an image file.' })
    .refine((f) => f.size > 0, 'That file is empty.')
    .refine((f) => f.size <= LOGO_MAX_BYTES, 'The logo must be 2 MB or smaller.'),
});
export type UploadLogoInput = z.infer<typeof UploadLogoInput>;

export const RemoveLogoInput = z.object({});
export type RemoveLogoInput = z.infer<typeof RemoveLogoInput>;
