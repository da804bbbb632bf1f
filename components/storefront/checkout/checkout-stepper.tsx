'use client';

import { Check } from 'lucide-react';
import { cn } from '@/lib/utils/cn';

type Props = {
  steps: readonly string[];
  /** Index of the step shown. */
  current: number;
  /** Steps before this index are done and can be revisited. */
  reached: number;
  onSelect: (index: number) => void;
  disabled?: boolean;
};

/** Numbered, labelled steps; done steps are buttons back to them. */
export function CheckoutStepper({ steps, current, reached, onSelect, disabled }: Props) {
  return (
    <nav aria-label="Checkout steps">
      <ol className="flex flex-wrap gap-x-4 gap-y-2 sm:flex-nowrap sm:gap-2">
        {steps.map((label, i) => {
          const done = i < reached && i !== current;
          const state = i === current ? 'current' : done ? 'done' : 'todo';
          const marker = (
            <span
              aria-hidden="true"
              className={cn(
                'flex size-7 shrink-0 items-center justify-center rounded-full border text-xs font-semibold',
                state === 'current' && 'border-primary bg-primary text-primary-foreground',
                state === 'done' && 'border-primary text-primary',
                state === 'todo' && 'text-muted-foreground',
              )}
            >
              {state === 'done' ? <Check className="size-4" /> : i + 1}
            </span>
          );
          const text = (
            <span aria-hidden="true" className={cn('hidden text-sm sm:inline', state === 'current' ? 'font-semibold' : 'text-muted-foreground')}>
              {label}
            </span>
          );
          const srLabel = `Step ${i + 1} of ${steps.length}: ${label}${state === 'done' ? ' (done)' : ''}`;
          return (
            <li key={label} className="flex items-center gap-2 sm:flex-1" aria-current={i === current ? 'step' : undefined}>
              {done ? (
                <button
                  type="button"
                  disabled={disabled}
                  onClick={() => onSelect(i)}
                  className="flex items-center gap-2 rounded-md p-1 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring hover:underline"
                >
                  {marker}
                  {text}
                  <span className="sr-only">{srLabel}</span>
                </button>
              ) : (
                <span className="flex items-center gap-2 p-1">
                  {marker}
                  {text}
                  <span className="sr-only">{srLabel}</span>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <p className="mt-2 text-sm font-medium sm:hidden" aria-hidden="true">
        Step {current + 1} of {steps.length}: {steps[current]}
      </p>
    </nav>
  );
}
