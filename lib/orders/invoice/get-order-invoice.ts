import 'server-only';
import type { OrderAddress, Organization } from '@/db/schema';
import { formatDateTime } from '@/components/ui/date-time';
import { getOrder } from '../get-order';
import { PAYMENT_METHOD_LABELS } from '../labels';
import { renderInvoice, type InvoiceData } from './render-invoice';

function addressLines(a: OrderAddress): string[] {
  return [
    a.fullName,
    [a.street, a.building, a.apartment].filter(Boolean).join(', '),
    [a.district, a.city, a.postalCode].filter(Boolean).join(', '),
    a.country,
    a.phone,
  ].filter(Boolean);
}

function storeAddress(org: Organization): string[] {
  const a = org.address;
  return [[a.street, a.building].filter(Boolean).join(', '), [a.city, a.region, a.postalCode].filter(Boolean).join(', '), a.country ?? ''].filter(Boolean);
}

/** The order's invoice as a PDF (invoice number = order number); 'orders.view', like the order page. */
export async function getOrderInvoice(ctx: Parameters<typeof getOrder>[0], orderId: string, options: { compress?: boolean } = {}) {
  const detail = await getOrder(ctx, orderId);
  const { order, totals } = detail;
  const contact = [order.customerName, order.email, order.phone].filter((l): l is string => Boolean(l));
  const data: InvoiceData = {
    locale: ctx.org.defaultLocale,
    currency: totals.currency,
    store: { name: ctx.org.name, addressLines: storeAddress(ctx.org), email: ctx.org.contactEmail, phone: ctx.org.contactPhone },
    number: order.number,
    date: formatDateTime(order.createdAt, ctx.org.timezone, { dateOnly: true }),
    paymentMethod: PAYMENT_METHOD_LABELS[order.paymentMethod],
    billTo: order.billingAddress ? addressLines(order.billingAddress) : contact,
    shipTo: order.fulfilmentMethod === 'pickup' || !order.shippingAddress ? ['Pick-up in store'] : addressLines(order.shippingAddress),
    lines: detail.items.map((i) => ({
      name: i.productName,
      variant: i.variantName,
      sku: i.sku,
      quantity: i.quantity,
      unitPrice: i.unitPrice,
      discount: i.discountAmount,
      tax: i.taxAmount,
      total: i.total,
    })),
    subtotal: totals.subtotal,
    discount: totals.discount,
    tax: totals.tax,
    shipping: totals.shipping,
    total: totals.total,
    paid: totals.paid,
    refunded: totals.refunded,
    pricesIncludeTax: totals.pricesIncludeTax,
  };
  return { filename: `invoice-${order.number}.pdf`, pdf: await renderInvoice(data, options) };
}
