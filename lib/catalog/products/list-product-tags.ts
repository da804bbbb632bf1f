import 'server-only';
import { sql } from 'drizzle-orm';
import { requirePermission, type OrgContext } from '@/lib/server/context';

/** Every tag the organization's products use, A–Z, for the list's tag filter. */
export async function listProductTags(ctx: OrgContext): Promise<string[]> {
  requirePermission(ctx, 'catalog.view');
  return ctx.tx(async (tx) => {
    const rows = await tx.execute<{ tag: string }>(sql`
      select distinct tag from products, unnest(tags) as tag
      where organization_id = ${ctx.org.id} and deleted_at is null
      order by tag limit 500`);
    return rows.map((r) => r.tag);
  });
}
