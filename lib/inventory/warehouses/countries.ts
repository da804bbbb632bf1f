import { COUNTRY_CODES } from '@/lib/tenancy/options';

const regions = new Intl.DisplayNames(['en'], { type: 'region' });

/** "UZ" → "Uzbekistan"; unknown codes stay as they are. */
export function countryName(code: string): string {
  return regions.of(code) ?? code;
}

/** The address form's country choices, by name. */
export function countryOptions() {
  return COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code) })).sort((a, b) => a.label.localeCompare(b.label));
}
