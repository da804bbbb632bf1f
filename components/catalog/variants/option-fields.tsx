'use client';

import { ArrowDown, ArrowUp, Trash2 } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { ChipInput } from '@/components/ui/chip-input';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { MAX_OPTION_VALUES } from '@/lib/catalog/variants/schemas';
import type { FieldErrors } from '@/lib/server/errors';

type Option = { name: string; values: string[] };

type Props = {
  option: Option;
  index: number;
  count: number;
  /** The editor's errors by path (`options.0.name`, `options.0.values.2`, …). */
  errors: FieldErrors;
  disabled: boolean;
  onChange: (next: Partial<Option>) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
};

/** One option of the options editor: its name, its values as chips, and up / down / remove. */
export function OptionFields({ option, index: i, count, errors, disabled, onChange, onMove, onRemove }: Props) {
  const label = option.name.trim() || `Option ${i + 1}`;
  const valuesError = errors[`options.${i}.values`]?.[0] ?? Object.entries(errors).find(([k]) => k.startsWith(`options.${i}.values.`))?.[1]?.[0];
  return (
    <li className="grid gap-4 rounded-lg border p-4 md:grid-cols-[12rem_1fr_auto]">
      <FormField id={`option-${i}-name`} label="Option name" error={errors[`options.${i}.name`]?.[0]}>
        <Input value={option.name} maxLength={40} disabled={disabled} placeholder={i === 0 ? 'e.g. Size' : 'e.g. Colour'} onChange={(e) => onChange({ name: e.target.value })} />
      </FormField>
      <FormField id={`option-${i}-values`} label={`${label} values`} description="Press Enter or type a comma after each value." error={valuesError}>
        <ChipInput
          noun="value"
          max={MAX_OPTION_VALUES}
          value={option.values}
          disabled={disabled}
          placeholder={option.values.length === 0 ? 'e.g. Small, Medium, Large' : 'Add a value'}
          onChange={(values) => onChange({ values })}
        />
      </FormField>
      <div className="flex items-start gap-1 md:pt-6">
        <Button type="button" variant="ghost" size="icon" aria-label={`Move ${label} up`} aria-disabled={i === 0 || disabled} onClick={() => i > 0 && !disabled && onMove(i - 1)}>
          <ArrowUp aria-hidden="true" />
        </Button>
        <Button
          type="button"
          variant="ghost"
          size="icon"
          aria-label={`Move ${label} down`}
          aria-disabled={i === count - 1 || disabled}
          onClick={() => i < count - 1 && !disabled && onMove(i + 1)}
        >
          <ArrowDown aria-hidden="true" />
        </Button>
        <Button type="button" variant="ghost-destructive" size="icon" aria-label={`Remove ${label}`} disabled={disabled} onClick={onRemove}>
          <Trash2 aria-hidden="true" />
        </Button>
      </div>
    </li>
  );
}
