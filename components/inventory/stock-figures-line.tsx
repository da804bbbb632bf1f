import type { StockFigures } from './types';

/** "7 on hand · 1 reserved · 6 available" for the warehouse a form is about. */
export function StockFiguresLine({ figures, allowBackorder }: { figures: StockFigures; allowBackorder: boolean }) {
  return (
    <p className="-mt-2 text-sm text-muted-foreground" aria-live="polite">
      {figures.quantity.toLocaleString('en')} on hand · {figures.reserved.toLocaleString('en')} reserved ·{' '}
      <span className="font-medium text-foreground">{figures.available.toLocaleString('en')} available</span>
      {allowBackorder && ' · backorders allowed'}
    </p>
  );
}
