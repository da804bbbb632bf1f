'use client';

import type { ProductOption } from '@/db/schema/catalog/products';
import type { PageVariant } from '@/lib/storefront/catalog/page-variant';
import { pickValue, valueState, type ValueState } from '@/lib/storefront/catalog/variant-selection';
import { cn } from '@/lib/utils/cn';

const NOTE: Partial<Record<ValueState, string>> = { sold_out: ' (sold out)', unavailable: ' (not available with your other choices)' };

/**
 * One group of radio buttons per option (so arrow keys work as in any radio group). Values
 * no variant has are disabled; sold-out and impossible combinations stay choosable but are
 * marked, and choosing an impossible one moves to the closest variant that exists.
 */
export function VariantPicker({
  options,
  variants,
  selected,
  onSelect,
}: {
  options: ProductOption[];
  variants: PageVariant[];
  selected: PageVariant;
  onSelect: (variant: PageVariant) => void;
}) {
  if (options.length === 0) {
    if (variants.length < 2) return null;
    return (
      <RadioGroup legend="Option" chosen={selected.name}>
        {variants.map((v) => (
          <Choice
            key={v.id}
            name="variant"
            value={v.name}
            checked={v.id === selected.id}
            state={v.inStock ? 'in_stock' : 'sold_out'}
            onChoose={() => onSelect(v)}
          />
        ))}
      </RadioGroup>
    );
  }
  return (
    <div className="flex flex-col gap-5">
      {options.map((option) => (
        <RadioGroup key={option.name} legend={option.name} chosen={selected.optionValues[option.name]}>
          {option.values.map((value) => (
            <Choice
              key={value}
              name={`option-${option.name}`}
              value={value}
              checked={selected.optionValues[option.name] === value}
              state={valueState(variants, selected.optionValues, option.name, value)}
              onChoose={() => {
                const next = pickValue(variants, selected.optionValues, option.name, value);
                if (next) onSelect(next);
              }}
            />
          ))}
        </RadioGroup>
      ))}
    </div>
  );
}

function RadioGroup({ legend, chosen, children }: { legend: string; chosen: string | undefined; children: React.ReactNode }) {
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-2 text-sm font-medium">
        {legend}
        {chosen && <span className="font-normal text-muted-foreground">: {chosen}</span>}
      </legend>
      <div className="flex flex-wrap gap-2">{children}</div>
    </fieldset>
  );
}

function Choice({
  name,
  value,
  checked,
  state,
  onChoose,
}: {
  name: string;
  value: string;
  checked: boolean;
  state: ValueState;
  onChoose: () => void;
}) {
  return (
    <label
      className={cn(
        'relative inline-flex min-h-10 min-w-12 cursor-pointer items-center justify-center rounded-md border px-3 text-sm font-medium transition-colors has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-ring',
        checked ? 'border-primary bg-primary text-primary-foreground' : 'bg-background hover:bg-accent',
        state === 'sold_out' && !checked && 'text-muted-foreground line-through',
        state === 'unavailable' && !checked && 'border-dashed text-muted-foreground',
        state === 'absent' && 'cursor-not-allowed opacity-40',
      )}
    >
      <input
        type="radio"
        name={name}
        value={value}
        checked={checked}
        disabled={state === 'absent'}
        onChange={onChoose}
        className="sr-only"
      />
      {value}
      {NOTE[state] && <span className="sr-only">{NOTE[state]}</span>}
    </label>
  );
}
