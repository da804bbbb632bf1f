import { after } from 'next/server';
import { errorResponse } from '@/lib/server/error-response';
import { importResponse } from '@/lib/catalog/csv/import-request';
import { requireOrgContext } from '@/lib/server/context';
import { forbidden } from '@/lib/server/errors';
import { isSameOrigin } from '@/lib/server/same-origin';
import { revalidateStorefronts } from '@/lib/storefront/revalidate';

/** Product CSV import: multipart `file`, `mode`, `dry_run`; answers with NDJSON progress and a result. */
export async function POST(request: Request, { params }: { params: Promise<{ org: string }> }) {
  try {
    // A cookie-authenticated write: only from our own pages (server actions get this check from Next).
    if (!isSameOrigin(request)) throw forbidden('This request must come from the dashboard.');
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
