import 'server-only';
import { and, asc, desc } from 'drizzle-orm';
import { categories, products } from '@/db/schema';
import type { StorefrontContext } from '@/lib/server/context';
import { ancestorsVisible } from './category-tree';
import { visibleCategories, visibleProducts } from './visible';

/** The sitemap protocol's limit for one file; the home page takes one of them. */
export const SITEMAP_MAX_URLS = 50_000;

export type SitemapEntry = { path: string; lastModified: Date };

/** Home, visible categories (with no hidden ancestor) and visible products, newest products first, capped. */
export async function listSitemapEntries(ctx: StorefrontContext): Promise<SitemapEntry[]> {
  const orgId = ctx.org.id;
  return ctx.tx(async (tx) => {
    const cats = await tx
      .select({ slug: categories.slug, updatedAt: categories.updatedAt })
      .from(categories)
      .where(and(visibleCategories(orgId), ancestorsVisible(orgId)))
      .orderBy(asc(categories.sortOrder), asc(categories.slug))
      .limit(SITEMAP_MAX_URLS - 1);
    const prods = await tx
      .select({ slug: products.slug, updatedAt: products.updatedAt })
      .from(products)
      .where(visibleProducts(orgId))
      .orderBy(desc(products.createdAt), desc(products.id))
      .limit(SITEMAP_MAX_URLS - 1 - cats.length);
    const latest = [...cats, ...prods].reduce((max, r) => (r.updatedAt > max ? r.updatedAt : max), ctx.org.updatedAt);
    return [
      { path: '/', lastModified: latest },
      ...cats.map((c) => ({ path: `/c/${encodeURIComponent(c.slug)}`, lastModified: c.updatedAt })),
      ...prods.map((p) => ({ path: `/p/${encodeURIComponent(p.slug)}`, lastModified: p.updatedAt })),
    ];
  });
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** The sitemap document for these entries on this origin. */
export function sitemapXml(origin: string, entries: SitemapEntry[]): string {
  const escape = (s: string) => s.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
  const urls = entries.map((e) => `<url><loc>${escape(origin + e.path)}</loc><lastmod>${e.lastModified.toISOString()}</lastmod></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
