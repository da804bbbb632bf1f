/**
 * The choices offered when creating or configuring an organization. Labels are spelled out
 * (not Intl.DisplayNames) so the server and every browser render the same text.
 */
export const ORGANIZATION_KINDS = [
  { value: 'store', label: 'Store', description: 'Sell your own products online, with delivery or pickup.' },
  { value: 'marketplace', label: 'Marketplace', description: 'Host many independent sellers and take a commission.' },
  { value: 'print', label: 'Print shop', description: 'Configurable printed products with live price quotes.' },
  { value: 'services', label: 'Services', description: 'Let clients book appointments with your team.' },
] as const;

export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number]['value'];

export const CURRENCIES = [
  { code: 'USD', label: 'US dollar' },
  { code: 'EUR', label: 'Euro' },
  { code: 'GBP', label: 'British pound' },
  { code: 'INR', label: 'Indian rupee' },
  { code: 'UZS', label: 'Uzbekistani som' },
  { code: 'KZT', label: 'Kazakhstani tenge' },
  { code: 'LKR', label: 'Sri Lankan rupee' },
  { code: 'RUB', label: 'Russian ruble' },
  { code: 'KGS', label: 'Kyrgyzstani som' },
  { code: 'TJS', label: 'Tajikistani somoni' },
  { code: 'AZN', label: 'Azerbaijani manat' },
  { code: 'GEL', label: 'Georgian lari' },
  { code: 'AMD', label: 'Armenian dram' },
  { code: 'TRY', label: 'Turkish lira' },
  { code: 'AED', label: 'UAE dirham' },
  { code: 'SAR', label: 'Saudi riyal' },
  { code: 'PKR', label: 'Pakistani rupee' },
  { code: 'BDT', label: 'Bangladeshi taka' },
  { code: 'NPR', label: 'Nepalese rupee' },
  { code: 'CNY', label: 'Chinese yuan' },
  { code: 'JPY', label: 'Japanese yen' },
  { code: 'KRW', label: 'South Korean won' },
  { code: 'SGD', label: 'Singapore dollar' },
  { code: 'MYR', label: 'Malaysian ringgit' },
  { code: 'IDR', label: 'Indonesian rupiah' },
  { code: 'THB', label: 'Thai baht' },
  { code: 'VND', label: 'Vietnamese dong' },
  { code: 'PHP', label: 'Philippine peso' },
  { code: 'AUD', label: 'Australian dollar' },
  { code: 'NZD', label: 'New Zealand dollar' },
  { code: 'CAD', label: 'Canadian dollar' },
  { code: 'MXN', label: 'Mexican peso' },
  { code: 'BRL', label: 'Brazilian real' },
  { code: 'CHF', label: 'Swiss franc' },
  { code: 'SEK', label: 'Swedish krona' },
  { code: 'NOK', label: 'Norwegian krone' },
  { code: 'DKK', label: 'Danish krone' },
  { code: 'PLN', label: 'Polish złoty' },
  { code: 'CZK', label: 'Czech koruna' },
  { code: 'UAH', label: 'Ukrainian hryvnia' },
  { code: 'ZAR', label: 'South African rand' },
  { code: 'NGN', label: 'Nigerian naira' },
  { code: 'KES', label: 'Kenyan shilling' },
  { code: 'EGP', label: 'Egyptian pound' },
] as const;

export const CURRENCY_CODES = CURRENCIES.map((c) => c.code) as [string, ...string[]];

export const LOCALES = [
  { code: 'en-US', label: 'English (United States)' },
  { code: 'en-GB', label: 'English (United Kingdom)' },
  { code: 'en-IN', label: 'English (India)' },
  { code: 'hi-IN', label: 'Hindi (India)' },
  { code: 'ru-RU', label: 'Russian (Russia)' },
  { code: 'ru-KZ', label: 'Russian (Kazakhstan)' },
  { code: 'kk-KZ', label: 'Kazakh (Kazakhstan)' },
  { code: 'uz-UZ', label: 'Uzbek (Uzbekistan)' },
  { code: 'ru-UZ', label: 'Russian (Uzbekistan)' },
  { code: 'si-LK', label: 'Sinhala (Sri Lanka)' },
  { code: 'ta-LK', label: 'Tamil (Sri Lanka)' },
  { code: 'en-LK', label: 'English (Sri Lanka)' },
  { code: 'ky-KG', label: 'Kyrgyz (Kyrgyzstan)' },
  { code: 'tr-TR', label: 'Turkish (Türkiye)' },
  { code: 'ar-AE', label: 'Arabic (United Arab Emirates)' },
  { code: 'de-DE', label: 'German (Germany)' },
  { code: 'fr-FR', label: 'French (France)' },
  { code: 'es-ES', label: 'Spanish (Spain)' },
  { code: 'es-MX', label: 'Spanish (Mexico)' },
  { code: 'pt-BR', label: 'Portuguese (Brazil)' },
  { code: 'zh-CN', label: 'Chinese (China)' },
  { code: 'ja-JP', label: 'Japanese (Japan)' },
] as const;

export const LOCALE_CODES = LOCALES.map((l) => l.code) as [string, ...string[]];

/** ISO 3166-1 alpha-2, for the address country. */
export const COUNTRY_CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ ' +
  'DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
  'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ ' +
  'OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ ' +
  'UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

/** Is `tz` an IANA time zone this runtime knows? */
export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
