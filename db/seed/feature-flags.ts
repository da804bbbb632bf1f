import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { withPlatform } from '../scope';
import { featureFlags } from '../schema';

type SeedFlag = typeof featureFlags.$inferInsert;

/** The platform's flags (seed 003 features); dependencies listed before the flags that need them. */
export const FEATURE_FLAGS: SeedFlag[] = [
  {
    key: 'deliveries',
    name: 'Courier deliveries',
    description: 'Deliver orders with the store’s own couriers: zones, tariffs, assignment, tracking and cash on delivery.',
    category: 'Delivery',
    plans: ['basic', 'pro', 'enterprise'],
  },
  {
    key: 'delivery_photo_proof',
    name: 'Photo proof of delivery',
    description: 'Couriers take a photo at the door as proof of delivery, besides or instead of the customer’s code.',
    category: 'Delivery',
    isBeta: true,
    dependsOn: ['deliveries'],
    plans: ['basic', 'pro', 'enterprise'],
  },
  {
    key: 'csv_import',
    name: 'CSV import',
    description: 'Import products and stock from a spreadsheet.',
    category: 'Catalog',
    plans: ['pro', 'enterprise'],
  },
  {
    key: 'custom_domains',
    name: 'Custom domains',
    description: 'Serve the storefront on the store’s own domain, verified through DNS.',
    category: 'Storefront',
    isPremium: true,
    plans: ['basic', 'pro', 'enterprise'],
  },
  {
    key: 'storefront_search_suggestions',
    name: 'Search suggestions',
    description: 'Suggest products as shoppers type in the storefront search.',
    category: 'Storefront',
    plans: ['free', 'basic', 'pro', 'enterprise'],
  },
];

/** Idempotent: adds the flags that are missing and leaves existing ones (maybe edited in the back office) alone. */
export async function seedFeatureFlags(log: (line: string) => void = console.log) {
  const added = await withPlatform((tx) => tx.insert(featureFlags).values(FEATURE_FLAGS).onConflictDoNothing().returning({ key: featureFlags.key }));
  log(`${added.length > 0 ? '+' : '='} feature flags: ${added.length} added, ${FEATURE_FLAGS.length - added.length} already there`);
}

/**
 * The same, on a database named by URL and as its owner, without the app's pool: the test
 * template and the e2e database start with the platform's flags, as a seeded deployment does
 * (the dashboard hides, and verbs refuse, what an unknown flag gates).
 */
export async function seedFeatureFlagsAt(url: string) {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await drizzle(client).insert(featureFlags).values(FEATURE_FLAGS).onConflictDoNothing();
  } finally {
    await client.end();
  }
}
