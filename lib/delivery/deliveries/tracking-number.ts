import 'server-only';
import type { Tx } from '@/db/client';
import { deliveries, type Delivery } from '@/db/schema';
import { readableCode } from '@/lib/ids';

/** `TRK` + 8 readable characters: 31^8 ≈ 850 billion numbers across the platform. */
export const TRACKING_NUMBER_PATTERN = /^TRK[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/;
const MAX_ATTEMPTS = 10;

export const generateTrackingNumber = () => `TRK${readableCode(8)}`;

/**
 * Inserts the delivery under a fresh tracking number. ON CONFLICT DO NOTHING on the platform-wide
 * key (which sees other tenants' rows even under RLS, and waits for a parallel insert that has not
 * committed yet) keeps the transaction usable when a number is taken, so we draw again.
 */
export async function insertDeliveryWithTrackingNumber(
  tx: Tx,
  values: Omit<typeof deliveries.$inferInsert, 'trackingNumber'>,
  generate: () => string = generateTrackingNumber,
): Promise<Delivery> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const [row] = await tx
      .insert(deliveries)
      .values({ ...values, trackingNumber: generate() })
      .onConflictDoNothing({ target: deliveries.trackingNumber })
      .returning();
    if (row) return row;
  }
  throw new Error(`No free tracking number after ${MAX_ATTEMPTS} attempts`);
}
