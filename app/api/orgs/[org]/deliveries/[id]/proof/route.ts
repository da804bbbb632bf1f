import { z } from 'zod';
import { getDeliveryProofPhoto } from '@/lib/delivery/deliveries-admin/get-delivery-proof-photo';
import { requireOrgContext } from '@/lib/server/context';
import { errorResponse } from '@/lib/server/error-response';
import { notFound } from '@/lib/server/errors';

const DeliveryId = z.string().regex(/^dlv_[0-9a-z]{10,40}$/);

/** The proof-of-delivery photo, for members who may see deliveries (the delivery page shows it). */
export async function GET(_request: Request, { params }: { params: Promise<{ org: string; id: string }> }) {
  try {
    const { org, id } = await params;
    const deliveryId = DeliveryId.safeParse(id);
    if (!deliveryId.success) throw notFound('Delivery');
    const ctx = await requireOrgContext(org);
    const file = await getDeliveryProofPhoto(ctx, deliveryId.data);
    return new Response(file.bytes as BodyInit, {
      headers: {
        'Content-Type': file.contentType,
        'Content-Length': String(file.bytes.byteLength),
        // A photo of someone's door: never kept in a shared cache.
        'Cache-Control': 'private, max-age=300',
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
      },
    });
  } catch (e) {
    return errorResponse(e);
  }
}
