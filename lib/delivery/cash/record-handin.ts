import { and, eq } from 'drizzle-orm';
import { courierCashHandins, couriers } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { parseAmounts } from '@/lib/money/decimal-input';
import { formatMoney } from '@/lib/money/money';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { invalid, notFound } from '@/lib/server/errors';
import { cashBalanceOf } from './internal';
import type { RecordHandinInput } from './schemas';

/**
 * Cash a courier hands in to the store. The courier row is locked first, so two hand-ins at
 * once are counted one after the other and together can never exceed what the courier holds.
 */
export async function recordHandin(ctx: OrgContext, { courierId, ...input }: RecordHandinInput) {
  requirePermission(ctx, 'cash.reconcile');
  const orgId = ctx.org.id;
  return ctx.tx(async (tx) => {
    const [courier] = await tx
      .select({ id: couriers.id, currency: couriers.currency })
      .from(couriers)
      .where(and(eq(couriers.organizationId, orgId), eq(couriers.id, courierId)))
      .for('update');
    if (!courier) throw notFound('Courier');
    const { currency } = courier;
    const { values, problems, ok } = parseAmounts(input, ['amount'] as const, currency);
    if (!ok) throw invalid('Please correct the highlighted fields.', problems);
    const amount = values.amount ?? 0;
    if (amount <= 0) throw invalid('Enter an amount greater than zero.', { amount: ['Enter an amount greater than zero.'] });
    const before = await cashBalanceOf(tx, orgId, courier.id);
    if (amount > before.balance) {
      const holds = formatMoney(Math.max(0, before.balance), currency, ctx.org.defaultLocale);
      const message = `The courier holds only ${holds}: a hand-in cannot be more than that.`;
      throw invalid(message, { amount: [message] });
    }
    const [row] = await tx
      .insert(courierCashHandins)
      .values({ organizationId: orgId, courierId: courier.id, amount, currency, note: input.note || null, receivedById: ctx.actor.userId })
      .returning({ id: courierCashHandins.id });
    const balance = before.balance - amount;
    await recordAudit(tx, ctx.actor, {
      organizationId: orgId,
      action: 'courier_cash.handed_in',
      entityType: 'courier',
      entityId: courier.id,
      oldValues: { balance: before.balance },
      newValues: { handinId: row!.id, amount, currency, note: input.note || null, balance },
    });
    return { id: row!.id, amount, balance };
  });
}
