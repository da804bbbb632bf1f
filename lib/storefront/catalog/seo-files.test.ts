import { describe, expect, it } from 'vitest';
import { createCategory, createProduct } from '@/db/test/catalog-factories';
import { createOrganization } from '@/db/test/factories';
import { robotsForHost, sitemapForHost } from './seo-files';
import { storefrontOrigin } from '@/lib/tenancy/hosts';

describe('sitemap.xml and robots.txt', () => {
  it('lists only this store’s visible categories and products, with absolute URLs and lastmod', async () => {
    const { org } = await createOrganization();
    const { org: other } = await createOrganization();
    await createCategory(org, { slug: 'shoes' });
    await createCategory(org, { slug: 'hidden', isActive: false });
    await createProduct(org, { slug: 'boot' });
    await createProduct(org, { slug: 'draft-boot', status: 'draft' });
    await createProduct(other, { slug: 'other-boot' });
    const xml = (await sitemapForHost(`${org.slug}.localhost:3000`))!;
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const origin = `http://${org.slug}.localhost:3000`;
    expect(locs).toEqual([`${origin}/`, `${origin}/c/shoes`, `${origin}/p/boot`]);
    expect(xml).toMatch(/<lastmod>\d{4}-\d\d-\d\dT[\d:.]+Z<\/lastmod>/);
    expect(await sitemapForHost('nobody.localhost:3000')).toBeNull();
  });

  it('lets crawlers in except the account pages, and keeps them out of a suspended store', async () => {
    const { org } = await createOrganization();
    const robots = (await robotsForHost(`${org.slug}.localhost:3000`))!;
    expect(robots).toContain('Disallow: /account\n');
    expect(robots).toContain('Disallow: /sign-in\n');
    expect(robots).toContain(`Sitemap: http://${org.slug}.localhost:3000/sitemap.xml`);
    const { org: suspended } = await createOrganization({ status: 'suspended' });
    expect(await robotsForHost(`${suspended.slug}.localhost:3000`)).toBe('User-agent: *\nDisallow: /\n');
    expect(await sitemapForHost(`${suspended.slug}.localhost:3000`)).toBeNull();
    expect(await robotsForHost('nobody.localhost:3000')).toBeNull();
  });

  it('uses https for custom domains and http only on development hosts', () => {
    expect(storefrontOrigin('shop.example.com')).toBe('https://shop.example.com');
    expect(storefrontOrigin('shop.localhost:3000')).toBe('http://shop.localhost:3000');
  });
});
