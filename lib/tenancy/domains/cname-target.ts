import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { platformSettings } from '@/db/schema';
import { platformHostname } from '@/lib/env';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { normalizeHostname } from './schemas';

/** The platform setting that overrides where merchants point their CNAME (e.g. a load balancer's name). */
export const CNAME_TARGET_SETTING = 'domains.cname_target';

/** The host a custom domain's CNAME points to: the `domains.cname_target` setting when set, else the platform host without its port. */
export async function cnameTarget(tx: Tx): Promise<string> {
  // Optional, so not getSetting (which throws NotFound when the key was never created).
  const [setting] = await tx.select({ value: platformSettings.value }).from(platformSettings).where(eq(platformSettings.key, CNAME_TARGET_SETTING));
  const configured = typeof setting?.value === 'string' ? normalizeHostname(setting.value).replace(/:\d+$/, '') : '';
  return configured || platformHostname();
}

/** For the domains page: what the merchant's CNAME record should say. */
export async function getCnameTarget(ctx: OrgContext): Promise<string> {
  requirePermission(ctx, 'domains.view');
  return ctx.tx(cnameTarget);
}
