import { NextResponse, type NextRequest } from 'next/server';
import { getCurrentUser } from '@/lib/auth/current-user';
import { getCustomerProfile } from '@/lib/customers/get-customer-profile';
import { resolveStorefront } from '@/lib/server/context';

const noStore = { 'Cache-Control': 'private, no-store' };

/**
 * Who is signed in on this storefront host, for the header's account links: the name this
 * store knows them by (their customer profile) and email, or null. Never cached.
 */
export async function GET(request: NextRequest) {
  const resolved = await resolveStorefront(request.headers.get('host') ?? '');
  if (resolved.status !== 'ok') return NextResponse.json(null, { status: 404, headers: noStore });
  const user = await getCurrentUser();
  if (!user) return NextResponse.json(null, { headers: noStore });
  const customer = await getCustomerProfile(resolved.ctx, user);
  return NextResponse.json({ name: customer?.name ?? user.name, email: user.email }, { headers: noStore });
}
