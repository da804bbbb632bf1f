'use client';

import { useState } from 'react';
import { Minus, Plus } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { CART_MAX_LINE_QUANTITY } from '@/lib/cart/schemas';
import { cn } from '@/lib/utils/cn';

/**
 * − / number / + for a quantity within [min, max]. The buttons commit at once; a typed number
 * commits on blur or Enter (clamped to the range). `max` null means no upper limit.
 */
export function QuantityStepper({
  id,
  label,
  value,
  min,
  max,
  disabled,
  onCommit,
  className,
  describedBy,
  visibleLabel = false,
}: {
  id: string;
  label: string;
  value: number;
  min: number;
  max: number | null;
  disabled?: boolean;
  onCommit: (quantity: number) => void;
  className?: string;
  describedBy?: string;
  /** Show the label above the control (else it is for screen readers only). */
  visibleLabel?: boolean;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const upper = Math.min(max ?? CART_MAX_LINE_QUANTITY, CART_MAX_LINE_QUANTITY);
  const clamp = (n: number) => Math.max(min, Math.min(n, upper));

  function commitDraft() {
    if (draft === null) return;
    const n = Number.parseInt(draft, 10);
    setDraft(null);
    if (Number.isFinite(n) && clamp(n) !== value) onCommit(clamp(n));
  }

  return (
    <div className={cn('flex flex-col gap-1.5', className)}>
      <label htmlFor={id} className={visibleLabel ? 'text-sm font-medium' : 'sr-only'}>
        {label}
      </label>
      <div className="inline-flex items-center rounded-md border">
        <Button
          type="button"
          variant="ghost"
          size="icon"
          aria-label={`Decrease ${label.toLowerCase()}`}
          disabled={disabled || value <= min}
          onClick={() => onCommit(value - 1)}
        >
          <Minus aria-hidden="true" />
        </Button>
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={upper}
          value={draft ?? String(value)}
          disabled={disabled}
          aria-describedby={describedBy}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commitDraft}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commitDraft();
            }
          }}
          className="h-10 w-14 [appearance:textfield] border-x bg-background text-center text-base tabular-nums outline-offset-2 disabled:opacity-50 sm:text-sm [&::-webkit-inner-spin-button]:appearance-none [&::-webkit-outer-spin-button]:appearance-none"
        />
        <Button
          type="button"
          variant="ghost"
          size="icon"
          aria-label={`Increase ${label.toLowerCase()}`}
          disabled={disabled || value >= upper}
          onClick={() => onCommit(value + 1)}
        >
          <Plus aria-hidden="true" />
        </Button>
      </div>
    </div>
  );
}
