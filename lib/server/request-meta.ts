import { headers } from 'next/headers';

export type RequestMeta = { ipAddress: string | null; userAgent: string | null };

/** Client IP and user agent of the current request (for audit rows and rate limits). */
export async function getRequestMeta(): Promise<RequestMeta> {
  try {
    const h = await headers();
    const forwarded = h.get('x-forwarded-for')?.split(',')[0]?.trim();
    return { ipAddress: forwarded || h.get('x-real-ip') || null, userAgent: h.get('user-agent') };
  } catch {
    // Outside a request (scripts, tests).
    return { ipAddress: null, userAgent: null };
  }
}
