import { ACME } from './acme';
import { ATYRAU_BEAUTY } from './atyrau-beauty';
import { BAZAAR } from './bazaar';
import { INKWELL } from './inkwell';
import type { DemoCatalog } from './types';

/** Each demo organization's catalog, by organization slug, in seeding order. */
export const CATALOGS: Record<string, DemoCatalog> = { acme: ACME, bazaar: BAZAAR, inkwell: INKWELL, 'atyrau-beauty': ATYRAU_BEAUTY };
