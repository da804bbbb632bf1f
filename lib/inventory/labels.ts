import type { INVENTORY_MOVEMENT_TYPES } from '@/db/schema/values';
import type { AdjustmentReason } from './stock/schemas';

/** Words for the stored codes, shared by the dashboard's lists, filters and forms. */
export const REASON_LABELS: Record<AdjustmentReason, string> = {
  received: 'Received',
  damaged: 'Damaged',
  lost: 'Lost',
  stocktake: 'Stocktake',
  returned: 'Returned',
  other: 'Other',
};

export type MovementType = (typeof INVENTORY_MOVEMENT_TYPES)[number];

export const MOVEMENT_TYPE_LABELS: Record<MovementType, string> = {
  in: 'In',
  out: 'Out',
  adjustment: 'Adjustment',
  transfer: 'Transfer',
};

/** "damaged: dropped" → "Damaged: dropped"; reasons written by other flows (orders, imports) stay as they are. */
export function formatReason(reason: string | null): string | null {
  if (!reason) return null;
  const [code, ...rest] = reason.split(': ');
  const label = REASON_LABELS[code as AdjustmentReason];
  if (!label) return reason;
  return rest.length > 0 ? `${label}: ${rest.join(': ')}` : label;
}

/** "+5", "−3" (a real minus sign), "0". */
export function signed(n: number): string {
  if (n > 0) return `+${n.toLocaleString('en')}`;
  if (n < 0) return `−${Math.abs(n).toLocaleString('en')}`;
  return '0';
}
