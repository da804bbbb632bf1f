/**
 * Whether a browser request was sent by a page of this same host: its Origin header names the
 * Host it was sent to. Browsers always send Origin on POST; a request without one is refused.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  const host = request.headers.get('host');
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
