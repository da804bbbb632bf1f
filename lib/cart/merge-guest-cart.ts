import { and, eq } from 'drizzle-orm';
import { carts } from '@/db/schema';
import type { StorefrontContext } from '@/lib/server/context';
import { cartLines, findCart, loadVariantStates, openCart, putLine } from './internal';
import { capQuantity } from './limits';

/**
 * At sign-in: the guest cart's lines join the customer's cart (quantities of the same variant
 * summed, capped at what may be ordered now) and the guest cart is deleted. A line that cannot
 * be bought now (no longer sold, out of stock) moves too, unsummed, so the cart can flag it.
 * Returns the number of guest lines merged (0 when there was no guest cart).
 */
export async function mergeGuestCart(ctx: StorefrontContext, ref: { tokenHash: string; customerId: string }): Promise<{ merged: number }> {
  const orgId = ctx.org.id;
  return ctx.tx(async (tx) => {
    const guest = await findCart(tx, orgId, { tokenHash: ref.tokenHash }, { lock: true });
    if (!guest || guest.customerId) return { merged: 0 };
    const target = await openCart(tx, ctx.org, { customerId: ref.customerId });
    const guestLines = await cartLines(tx, orgId, guest.id);
    const states = await loadVariantStates(tx, orgId, guestLines.map((l) => l.variantId));
    const existing = new Map((await cartLines(tx, orgId, target.id)).map((l) => [l.variantId, l]));

    for (const line of guestLines) {
      const have = existing.get(line.variantId);
      const state = states.get(line.variantId);
      const capped = state?.sold ? capQuantity(state.limits, (have?.quantity ?? 0) + line.quantity) : null;
      // Not buyable now: keep the larger of the two rather than growing a line the cart flags anyway.
      const quantity = capped ?? Math.max(have?.quantity ?? 0, line.quantity);
      // The customer's own line keeps the price they saw; a new line brings the guest's.
      const unitPriceAtAdd = have?.unitPriceAtAdd ?? line.unitPriceAtAdd;
      await putLine(tx, orgId, target.id, { productId: line.productId, variantId: line.variantId, quantity, unitPriceAtAdd });
    }
    await tx.delete(carts).where(and(eq(carts.organizationId, orgId), eq(carts.id, guest.id)));
    return { merged: guestLines.length };
  });
}
