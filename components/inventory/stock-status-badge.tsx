import { Badge } from '@/components/ui/badge';

/** "Out" at or under zero available, "Low" at or under a set reorder level; nothing otherwise. */
export function StockStatusBadge({ available, reorderLevel }: { available: number; reorderLevel: number }) {
  if (available <= 0) return <Badge variant="destructive">{available < 0 ? 'Backordered' : 'Out'}</Badge>;
  if (reorderLevel > 0 && available <= reorderLevel) return <Badge variant="warning">Low</Badge>;
  return null;
}
