import { errorResponse } from '@/lib/catalog/csv/http';
import { getOrderInvoice } from '@/lib/orders/invoice/get-order-invoice';
import { requireOrgContext } from '@/lib/server/context';

/** An order's invoice as a PDF, shown in the browser (the order page opens it in a new tab). */
export async function GET(_request: Request, { params }: { params: Promise<{ org: string; id: string }> }) {
  try {
    const { org, id } = await params;
    const ctx = await requireOrgContext(org);
    const { filename, pdf } = await getOrderInvoice(ctx, id);
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
