import 'server-only';
import { randomInt } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { deliveries, type Delivery } from '@/db/schema';
import { safeEqual, sha256 } from '@/lib/crypto/hash';

/** Salted with the delivery id, so equal codes of two deliveries hash differently. */
const hashOtp = (deliveryId: string, code: string) => sha256(`${deliveryId}:${code}`);

/** A fresh six-digit code for the shopper; only its hash is stored, the attempts start over. */
export async function issueDeliveryOtp(tx: Tx, orgId: string, deliveryId: string, now = new Date()): Promise<string> {
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await tx
    .update(deliveries)
    .set({ otpHash: hashOtp(deliveryId, code), otpSentAt: now, otpAttempts: 0, otpVerifiedAt: null, updatedAt: now })
    .where(and(eq(deliveries.organizationId, orgId), eq(deliveries.id, deliveryId)));
  return code;
}

export type OtpCheck = 'ok' | 'wrong' | 'locked' | 'not_sent';

/**
 * Checks the code the courier typed in. A wrong code counts an attempt; at `maxAttempts` the code
 * is locked until the store sends a new one. The caller must let this transaction commit even
 * when the answer is not 'ok' (so the attempt is counted), and only then refuse.
 */
export async function checkDeliveryOtp(tx: Tx, orgId: string, delivery: Delivery, code: string, maxAttempts: number): Promise<OtpCheck> {
  if (!delivery.otpHash) return 'not_sent';
  if (delivery.otpVerifiedAt) return 'ok';
  if (delivery.otpAttempts >= maxAttempts) return 'locked';
  const where = and(eq(deliveries.organizationId, orgId), eq(deliveries.id, delivery.id));
  if (safeEqual(hashOtp(delivery.id, code.trim()), delivery.otpHash)) {
    await tx.update(deliveries).set({ otpVerifiedAt: new Date() }).where(where);
    delivery.otpVerifiedAt = new Date();
    return 'ok';
  }
  await tx.update(deliveries).set({ otpAttempts: sql`${deliveries.otpAttempts} + 1` }).where(where);
  delivery.otpAttempts += 1;
  return delivery.otpAttempts >= maxAttempts ? 'locked' : 'wrong';
}
