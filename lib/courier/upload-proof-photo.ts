import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { deliveries } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { lockDelivery } from '@/lib/delivery/deliveries/lock-delivery';
import { requirePermission } from '@/lib/server/context';
import { conflict } from '@/lib/server/errors';
import { getStorage } from '@/lib/storage';
import { processImage } from '@/lib/storage/process-image';
import type { CourierContext } from './context';
import { proofPhotoKey } from './proof-photo-key';
import type { UploadProofPhotoInput } from './schemas';


async function lockOutForDelivery(cc: CourierContext, tx: Tx, deliveryId: string) {
  const delivery = await lockDelivery(tx, cc.org.id, deliveryId, cc.courier.id);
  if (delivery.status !== 'dispatched') throw conflict(`Delivery ${delivery.trackingNumber} is not out for delivery, so it takes no photo.`);
  return delivery;
}

/**
 * The photo of the parcel at the door: checked to be an image by its bytes, resized (WebP, at
 * most 1600 px, EXIF rotation applied and metadata such as the GPS position dropped), stored
 * privately and set on the delivery. Only while the courier has it out for delivery. A new photo
 * replaces the previous one, which is removed once the change committed.
 */
export async function uploadProofPhoto(cc: CourierContext, input: UploadProofPhotoInput) {
  requirePermission(cc, 'courier.work');
  // Cheap check first, so someone else's delivery does not cost a conversion and an upload.
  await cc.tx((tx) => lockOutForDelivery(cc, tx, input.deliveryId));
  const image = await processImage(new Uint8Array(await input.file.arrayBuffer()), { field: 'file', maxSize: 1600 });

  const storage = getStorage();
  const key = proofPhotoKey(cc.org.id);
  await storage.put(key, image.full.bytes, image.contentType);
  let previousKey: string | null;
  try {
    previousKey = await cc.tx(async (tx) => {
      const delivery = await lockOutForDelivery(cc, tx, input.deliveryId);
      await tx
        .update(deliveries)
        .set({ proofPhotoKey: key, updatedAt: new Date() })
        .where(and(eq(deliveries.organizationId, cc.org.id), eq(deliveries.id, delivery.id)));
      await recordAudit(tx, cc.actor, { organizationId: cc.org.id, action: 'delivery.proof_photo_added', entityType: 'delivery', entityId: delivery.id, newValues: { replaced: delivery.proofPhotoKey !== null } });
      return delivery.proofPhotoKey;
    });
  } catch (e) {
    await storage.delete(key).catch(() => undefined);
    throw e;
  }
  if (previousKey && previousKey !== key) await storage.delete(previousKey).catch(() => undefined);
  return { id: input.deliveryId, proofPhotoKey: key };
}
