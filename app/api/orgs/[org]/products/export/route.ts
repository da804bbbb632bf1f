import { exportFileName, exportResponse } from '@/lib/catalog/csv/export-request';
import { errorResponse } from '@/lib/server/error-response';
import { requireOrgContext } from '@/lib/server/context';

/** Product CSV export, streamed; the query string takes the products list's filters. */
export async function GET(request: Request, { params }: { params: Promise<{ org: string }> }) {
  try {
    const ctx = await requireOrgContext((await params).org);
    return await exportResponse(ctx, new URL(request.url).searchParams, exportFileName(ctx.org));
  } catch (e) {
    return errorResponse(e);
  }
}
