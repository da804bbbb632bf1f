import 'server-only';
import { fieldErrorsOf } from '@/lib/server/action';
import { AppError, invalid } from '@/lib/server/errors';
import { requireFeature } from '@/lib/features/require-feature';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { MAX_FILE_BYTES, type ImportResult, type ImportStreamLine } from './format';
import { importProducts } from './import-products';
import { ImportForm } from './schemas';

/** Room for the multipart envelope and the other fields around the file. */
const MAX_BODY_BYTES = MAX_FILE_BYTES + 64 * 1024;

async function readForm(request: Request) {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) {
    throw invalid('The file is larger than 20 MB; split it into several files.', { file: ['The file is larger than 20 MB.'] });
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw invalid('Send the file as multipart/form-data.');
  }
  const parsed = ImportForm.safeParse({ file: form.get('file') ?? undefined, mode: form.get('mode') ?? undefined, dry_run: form.get('dry_run') ?? undefined });
  if (!parsed.success) throw invalid('Please correct the highlighted fields.', fieldErrorsOf(parsed.error));
  return parsed.data;
}

/**
 * POST /api/orgs/[org]/products/import: checks the request, then answers with NDJSON lines
 * (progress, then one result or error) while the import runs. `finished` settles with the
 * result once the import is over, for work that must wait for it (storefront revalidation).
 */
export async function importResponse(ctx: OrgContext, request: Request): Promise<{ response: Response; finished: Promise<ImportResult | null> }> {
  requirePermission(ctx, 'catalog.import');
  // Refused with a status before the upload is read (importProducts checks again).
  await requireFeature(ctx, 'csv_import');
  const { file, mode, dry_run: dryRun } = await readForm(request);
  const fileName = (file instanceof File && file.name ? file.name : 'products.csv').slice(0, 200);
  const encoder = new TextEncoder();
  let settle: (result: ImportResult | null) => void = () => {};
  const finished = new Promise<ImportResult | null>((resolve) => (settle = resolve));

  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: ImportStreamLine) => {
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
        } catch {
          // The client went away; the import still finishes (or rolls back) on its own.
        }
      };
      let result: ImportResult | null = null;
      try {
        result = await importProducts(ctx, { file, fileName, mode, dryRun }, send);
        send({ type: 'result', ...result });
      } catch (e) {
        if (!(e instanceof AppError)) console.error(e);
        const error = e instanceof AppError ? { code: e.code, message: e.message } : { code: 'INTERNAL', message: 'The import failed on our side; nothing was changed. Please try again.' };
        send({ type: 'error', error });
      } finally {
        settle(result);
        try {
          controller.close();
        } catch {}
      }
    },
  });
  const headers = { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no', 'X-Content-Type-Options': 'nosniff' };
  return { response: new Response(body, { headers }), finished };
}
