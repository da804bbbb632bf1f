import 'server-only';
import { eq } from 'drizzle-orm';
import { checkoutSettings, type Order } from '@/db/schema';
import type { OrderConfirmationEmailProps } from '@/emails/order-confirmation';
import type { StorefrontContext } from '@/lib/server/context';
import { storefrontOrigin } from '@/lib/tenancy/hosts';

/** The link in the confirmation email: this store's host, the order's secret token. */
export function orderPageUrl(ctx: Pick<StorefrontContext, 'host'>, accessToken: string): string {
  return `${storefrontOrigin(ctx.host)}/orders/${encodeURIComponent(accessToken)}`;
}

/** The confirmation email's props, from the order's frozen snapshot and the store's instructions. */
export async function orderConfirmationProps(ctx: StorefrontContext, order: Order, accessToken: string): Promise<OrderConfirmationEmailProps> {
  const [settings] = await ctx.tx((tx) => tx.select().from(checkoutSettings).where(eq(checkoutSettings.organizationId, ctx.org.id)));
  const s = order.priceSnapshot;
  return {
    storeName: ctx.org.name,
    customerName: order.customerName,
    orderNumber: order.number,
    currency: s.currency,
    locale: ctx.org.defaultLocale,
    items: s.lines.map((l) => ({ name: l.name, variantName: l.variantName, quantity: l.quantity, unitPrice: l.unitPrice, total: l.subtotal })),
    subtotal: s.subtotal,
    discount: s.discount,
    couponCode: s.coupon?.code ?? order.couponCode,
    tax: s.tax,
    pricesIncludeTax: s.pricesIncludeTax,
    shipping: s.shipping,
    total: s.total,
    fulfilment:
      s.delivery.method === 'delivery'
        ? { method: 'delivery', address: order.shippingAddress ?? null, optionName: s.delivery.tariffName, estimatedHours: s.delivery.estimatedHours }
        : { method: 'pickup', instructions: settings?.pickupInstructions ?? null },
    paymentMethod: order.paymentMethod,
    bankTransferInstructions: order.paymentMethod === 'bank_transfer' ? (settings?.bankTransferInstructions ?? null) : null,
    orderUrl: orderPageUrl(ctx, accessToken),
  };
}
