import 'server-only';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { notFound } from '@/lib/server/errors';
import { PROOF_PHOTO_PREFIX } from '@/lib/courier/proof-photo-key';
import { getStorage, type StoredFile } from '@/lib/storage';
import { getDeliveryInOrg } from './internal';

/** The photo the courier took at the door, for members who may see deliveries. */
export async function getDeliveryProofPhoto(ctx: OrgContext, deliveryId: string): Promise<StoredFile> {
  requirePermission(ctx, 'deliveries.view');
  const { proofPhotoKey } = await ctx.tx((tx) => getDeliveryInOrg(tx, ctx.org.id, deliveryId));
  // Only this organization's proof folder, whatever the row says.
  if (!proofPhotoKey?.startsWith(`${PROOF_PHOTO_PREFIX}${ctx.org.id}/`)) throw notFound('Proof photo');
  const file = await getStorage().get(proofPhotoKey);
  if (!file) throw notFound('Proof photo');
  return file;
}
