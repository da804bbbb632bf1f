import type { Organization, WorkingDay } from '@/db/schema';
import { COUNTRY_CODES, CURRENCIES, LOCALES } from '../options';
import type { UpdateOrganizationSettingsInput } from './schemas';

/**
 * The settings form's starting values and option lists, built on the server so the browser
 * renders exactly what the server did (no locale-dependent lists computed twice).
 */
function workingWeek(saved: WorkingDay[]): WorkingDay[] {
  return [0, 1, 2, 3, 4, 5, 6].map(
    (day) => saved.find((d) => d.day === day) ?? { day, isOpen: false, openTime: '09:00', closeTime: '18:00', breaks: [] },
  );
}

export function settingsFormValues(org: Organization): UpdateOrganizationSettingsInput {
  const a = org.address;
  const s = org.socialLinks;
  return {
    name: org.name,
    description: org.description ?? '',
    category: org.category ?? '',
    contactEmail: org.contactEmail ?? '',
    contactPhone: org.contactPhone ?? '',
    address: {
      street: a.street ?? '',
      building: a.building ?? '',
      city: a.city ?? '',
      region: a.region ?? '',
      postalCode: a.postalCode ?? '',
      country: a.country ?? '',
      landmark: a.landmark ?? '',
    },
    workingHours: workingWeek(org.workingHours),
    socialLinks: { instagram: s.instagram ?? '', facebook: s.facebook ?? '', twitter: s.twitter ?? '', whatsapp: s.whatsapp ?? '', website: s.website ?? '' },
    brandPrimaryColor: org.brandPrimaryColor,
    brandSecondaryColor: org.brandSecondaryColor,
    defaultCurrency: org.defaultCurrency,
    defaultLocale: org.defaultLocale,
    timezone: org.timezone,
  };
}

type Option = { value: string; label: string };

/** Keeps a stored value selectable even if it is no longer in the list. */
const withCurrent = (options: Option[], current: string) =>
  options.some((o) => o.value === current) ? options : [{ value: current, label: current }, ...options];

export function settingsFormOptions(org: Organization) {
  const regions = new Intl.DisplayNames(['en'], { type: 'region' });
  const countries = COUNTRY_CODES.map((code) => ({ value: code, label: regions.of(code) ?? code })).sort((a, b) => a.label.localeCompare(b.label));
  const zones = ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')];
  return {
    currencies: withCurrent(CURRENCIES.map((c) => ({ value: c.code, label: `${c.code} · ${c.label}` })), org.defaultCurrency),
    locales: withCurrent(LOCALES.map((l) => ({ value: l.code, label: l.label })), org.defaultLocale),
    countries,
    timeZones: withCurrent(zones.map((z) => ({ value: z, label: z.replace(/_/g, ' ') })), org.timezone),
  };
}
