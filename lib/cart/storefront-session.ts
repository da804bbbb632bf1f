/** What /api/storefront/session answers (client-safe): the signed-in shopper or null, and the cart's unit count. */
export type StorefrontSession = { shopper: { name: string | null; email: string } | null; cartCount: number };
