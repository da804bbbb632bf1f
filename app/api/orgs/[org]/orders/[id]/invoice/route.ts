import { errorResponse } from '@/lib/server/error-response';
import { getOrderInvoice } from '@/lib/orders/invoice/get-order-invoice';
import { z } from 'zod';
import { requireOrgContext } from '@/lib/server/context';
import { notFound } from '@/lib/server/errors';

const OrderId = z.string().regex(/^ord_[0-9a-z]{10,40}$/);

/** An order's invoice as a PDF, shown in the browser (the order page opens it in a new tab). */
export async function GET(_request: Request, { params }: { params: Promise<{ org: string; id: string }> }) {
  try {
    const { org, id } = await params;
    const orderId = OrderId.safeParse(id);
    if (!orderId.success) throw notFound('Order');
    const ctx = await requireOrgContext(org);
    const { filename, pdf } = await getOrderInvoice(ctx, orderId.data);
    return new Response(new Uint8Array(pdf), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `inline; filename="${filename.replace(/[^\w.-]/g, '_')}"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (e) {
    return errorResponse(e);
  }
}
