import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { platformSettings } from '@/db/schema';

export const BASE_CURRENCY_SETTING = 'platform.base_currency';
export const DEFAULT_BASE_CURRENCY = 'USD';

/** The currency the overview totals money in: the platform setting when it holds an ISO code, else USD. */
export async function baseCurrency(tx: Tx): Promise<string> {
  const [row] = await tx.select({ value: platformSettings.value }).from(platformSettings).where(eq(platformSettings.key, BASE_CURRENCY_SETTING));
  const value = typeof row?.value === 'string' ? row.value.trim().toUpperCase() : '';
  return /^[A-Z]{3}$/.test(value) ? value : DEFAULT_BASE_CURRENCY;
}
