import 'server-only';
import { open, seal } from '@/lib/crypto/secret-box';

const VALID_DAYS = 60;

/**
 * The secret in the "rate your delivery" link of the delivered email. Guests have no account and
 * only the hash of their order link is stored, so the email carries its own sealed grant: it lets
 * its holder rate this one delivery, nothing else (not cancel, not read the order).
 */
export function ratingToken(orgId: string, deliveryId: string, now = new Date()): string {
  return seal(JSON.stringify({ o: orgId, d: deliveryId, e: now.getTime() + VALID_DAYS * 86_400_000 }));
}

/** The delivery a token grants rating for in this organization, or null (forged, foreign, expired). */
export function readRatingToken(token: string, orgId: string, now = new Date()): string | null {
  try {
    const { o, d, e } = JSON.parse(open(token)) as { o?: unknown; d?: unknown; e?: unknown };
    return o === orgId && typeof d === 'string' && typeof e === 'number' && e > now.getTime() ? d : null;
  } catch {
    return null;
  }
}
