import { NextResponse, type NextRequest } from 'next/server';
import { getCurrentUser } from '@/lib/auth/current-user';
import { cartRefFromRequest } from '@/lib/cart/cart-ref';
import { getCartCount } from '@/lib/cart/get-cart';
import type { StorefrontSession } from '@/lib/cart/storefront-session';
import { getCustomerProfile } from '@/lib/customers/get-customer-profile';
import { resolveStorefront } from '@/lib/server/context';

const noStore = { 'Cache-Control': 'private, no-store' };

/**
 * Who is signed in on this storefront host, for the header's account links (the name this store
 * knows them by, and email; null for a guest), and how many units their cart holds. Never cached.
 */
export async function GET(request: NextRequest) {
  const resolved = await resolveStorefront(request.headers.get('host') ?? '');
  if (resolved.status !== 'ok') return NextResponse.json(null, { status: 404, headers: noStore });
  const { ctx } = resolved;
  const user = await getCurrentUser();
  const cartCount = await getCartCount(ctx, await cartRefFromRequest(ctx));
  if (!user) return NextResponse.json({ shopper: null, cartCount } satisfies StorefrontSession, { headers: noStore });
  const customer = await getCustomerProfile(ctx, user);
  const session: StorefrontSession = { shopper: { name: customer?.name ?? user.name, email: user.email }, cartCount };
  return NextResponse.json(session, { headers: noStore });
}
