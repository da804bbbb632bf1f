'use client';

import { useState } from 'react';
import { X } from 'lucide-react';
import { FieldError } from '@/components/ui/form-field';
import { controlClassName } from '@/components/ui/input';
import { cn } from '@/lib/utils/cn';

type Props = {
  id: string;
  label: string;
  values: string[];
  onChange: (values: string[]) => void;
  error?: string;
  disabled?: boolean;
};

/**
 * An option's values as removable chips. Enter or a comma adds what was typed (a pasted
 * "S, M, L" adds three); Backspace in the empty box removes the last chip. Repeats are
 * ignored here and refused by the schema if they get through.
 */
export function OptionValuesInput({ id, label, values, onChange, error, disabled }: Props) {
  const [draft, setDraft] = useState('');
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;

  const add = (text: string) => {
    const known = new Set(values.map((v) => v.toLocaleLowerCase()));
    const added = text
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v && !known.has(v.toLocaleLowerCase()) && (known.add(v.toLocaleLowerCase()), true));
    if (added.length > 0) onChange([...values, ...added]);
    setDraft('');
  };

  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={id} className="text-sm font-medium leading-none">
        {label}
      </label>
      <div className={cn(controlClassName, 'flex min-h-10 flex-wrap items-center gap-1.5 py-1.5', error && 'border-destructive')}>
        {values.length > 0 && (
          <ul className="contents" aria-label={`${label}: ${values.length} value${values.length === 1 ? '' : 's'}`}>
            {values.map((value) => (
              <li key={value} className="inline-flex items-center gap-1 rounded-md bg-secondary py-0.5 pr-0.5 pl-2 text-sm text-secondary-foreground">
                {value}
                <button
                  type="button"
                  disabled={disabled}
                  onClick={() => onChange(values.filter((v) => v !== value))}
                  className="inline-flex size-6 items-center justify-center rounded hover:bg-background/60 disabled:opacity-50"
                  aria-label={`Remove ${value}`}
                >
                  <X aria-hidden="true" className="size-3.5" />
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          id={id}
          value={draft}
          disabled={disabled}
          onChange={(e) => (e.target.value.includes(',') ? add(e.target.value) : setDraft(e.target.value))}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add(draft);
            } else if (e.key === 'Backspace' && draft === '' && values.length > 0) {
              onChange(values.slice(0, -1));
            }
          }}
          onBlur={() => draft.trim() && add(draft)}
          placeholder={values.length === 0 ? 'e.g. Small, Medium, Large' : 'Add a value'}
          aria-describedby={`${descriptionId}${error ? ` ${errorId}` : ''}`}
          aria-invalid={error ? true : undefined}
          className="h-7 min-w-28 flex-1 bg-transparent outline-none placeholder:text-muted-foreground"
        />
      </div>
      <p id={descriptionId} className="text-sm text-muted-foreground">
        Press Enter or type a comma after each value.
      </p>
      <FieldError id={errorId}>{error}</FieldError>
    </div>
  );
}
