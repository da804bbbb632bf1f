import { after } from 'next/server';
import { errorResponse } from '@/lib/catalog/csv/http';
import { importResponse } from '@/lib/catalog/csv/import-request';
import { requireOrgContext } from '@/lib/server/context';
import { revalidateStorefronts } from '@/lib/storefront/revalidate';

/** Product CSV import: multipart `file`, `mode`, `dry_run`; answers with NDJSON progress and a result. */
export async function POST(request: Request, { params }: { params: Promise<{ org: string }> }) {
  try {
    const ctx = await requireOrgContext((await params).org);
    const { response, finished } = await importResponse(ctx, request);
    // Revalidation only takes effect from after(): the response is already streaming when the import ends.
    after(async () => {
      if ((await finished)?.imported) revalidateStorefronts();
    });
    return response;
  } catch (e) {
    return errorResponse(e);
  }
}
