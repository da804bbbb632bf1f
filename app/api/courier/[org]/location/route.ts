import { requireCourierContext } from '@/lib/courier/context';
import { recordLocation } from '@/lib/courier/record-location';
import { RecordLocationInput } from '@/lib/courier/schemas';
import { errorResponse } from '@/lib/server/error-response';
import { forbidden, invalid } from '@/lib/server/errors';
import { fieldErrorsOf } from '@/lib/server/field-errors';
import { isSameOrigin } from '@/lib/server/same-origin';

/** 50 points of JSON are a few kilobytes; anything much larger is not from our page. */
const MAX_BODY_BYTES = 64 * 1024;

/**
 * The courier page's queued positions: `{ points: [{ latitude, longitude, accuracy?, recordedAt }] }`.
 * Answers `{ data: { recorded, skipped, deliveries } }`; resending a batch is harmless.
 */
export async function POST(request: Request, { params }: { params: Promise<{ org: string }> }) {
  try {
    // A cookie-authenticated write: only from our own pages.
    if (!isSameOrigin(request)) throw forbidden('This request must come from the courier app.');
    const cc = await requireCourierContext((await params).org);
    const text = await request.text();
    if (text.length > MAX_BODY_BYTES) throw invalid('Send at most 50 points at a time.');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw invalid('The body must be JSON.');
    }
    const parsed = RecordLocationInput.safeParse(body);
    if (!parsed.success) throw invalid('Some points are not valid positions.', fieldErrorsOf(parsed.error));
    return Response.json({ data: await recordLocation(cc, parsed.data) }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (e) {
    return errorResponse(e);
  }
}
