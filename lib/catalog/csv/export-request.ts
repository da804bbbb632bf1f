import 'server-only';
import type { OrgContext } from '@/lib/server/context';
import { ExportFilters } from './export-filters';
import { exportProducts } from './export-products';

/** `acme-products-2026-05-01.csv`, dated in the organization's time zone. */
export function exportFileName(org: { slug: string; timezone: string }, now = new Date()) {
  let date: string;
  try {
    date = new Intl.DateTimeFormat('en-CA', { timeZone: org.timezone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  } catch {
    date = now.toISOString().slice(0, 10);
  }
  return `${org.slug}-products-${date}.csv`;
}

/** GET /api/orgs/[org]/products/export: the filtered catalog as a streamed CSV download. */
export async function exportResponse(ctx: OrgContext, params: URLSearchParams, fileName: string): Promise<Response> {
  const filters = ExportFilters.parse(Object.fromEntries(params));
  const body = await exportProducts(ctx, filters);
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
