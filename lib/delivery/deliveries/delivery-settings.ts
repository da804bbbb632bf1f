import 'server-only';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { deliverySettings, type DeliveryProofRequirement } from '@/db/schema';

export type EffectiveDeliverySettings = { proofRequirement: DeliveryProofRequirement; createOnPacked: boolean; otpMaxAttempts: number };

/** Without a saved row: the shopper's code at the door, and packing an order opens its delivery. */
export const DEFAULT_DELIVERY_SETTINGS: EffectiveDeliverySettings = { proofRequirement: 'otp', createOnPacked: true, otpMaxAttempts: 5 };

export async function getDeliverySettings(tx: Tx, orgId: string): Promise<EffectiveDeliverySettings> {
  const [row] = await tx.select().from(deliverySettings).where(eq(deliverySettings.organizationId, orgId));
  return row ? { proofRequirement: row.proofRequirement, createOnPacked: row.createOnPacked, otpMaxAttempts: row.otpMaxAttempts } : DEFAULT_DELIVERY_SETTINGS;
}

/** Whether a code is sent at dispatch. */
export const usesOtp = (r: DeliveryProofRequirement) => r !== 'none' && r !== 'photo';
