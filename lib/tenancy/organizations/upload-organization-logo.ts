import { eq } from 'drizzle-orm';
import { organizations } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { invalid } from '@/lib/server/errors';
import { getStorage } from '@/lib/storage';
import { storageKeys } from '@/lib/storage/keys';
import { sniffImage } from '@/lib/storage/image-type';
import { lockOrganization } from './internal';
import type { UploadLogoInput } from './schemas';

const NOT_AN_IMAGE = 'Upload a PNG, JPEG, WebP or GIF image.';
const SVG_REFUSED = 'SVG files are not accepted (they can contain scripts). Upload a PNG, JPEG, WebP or GIF image.';

/**
 * Stores a new logo under a fresh key, points the organization at it, then removes the old
 * file once the change has committed (a failed write leaves the old logo in place).
 */
export async function uploadOrganizationLogo(ctx: OrgContext, input: UploadLogoInput) {
  requirePermission(ctx, 'settings.update');
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const kind = sniffImage(bytes);
  if (!kind) throw invalid(NOT_AN_IMAGE, { file: [NOT_AN_IMAGE] });
  if (kind.ext === 'svg') throw invalid(SVG_REFUSED, { file: [SVG_REFUSED] });

  const storage = getStorage();
  const key = storageKeys.organizationLogo(ctx.org.id, kind.ext);
  await storage.put(key, bytes, kind.contentType);
  let previousKey: string | null;
  try {
    previousKey = await ctx.tx(async (tx) => {
      const before = await lockOrganization(tx, ctx.org.id);
      await tx.update(organizations).set({ logoKey: key }).where(eq(organizations.id, ctx.org.id));
      await recordAudit(tx, ctx.actor, {
        organizationId: ctx.org.id,
        action: 'organization.logo_updated',
        entityType: 'organization',
        entityId: ctx.org.id,
        oldValues: { logoKey: before.logoKey },
        newValues: { logoKey: key, contentType: kind.contentType, bytes: bytes.byteLength },
      });
      return before.logoKey;
    });
  } catch (e) {
    await storage.delete(key);
    throw e;
  }
  if (previousKey) await storage.delete(previousKey).catch(() => undefined);
  return { logoKey: key };
}
