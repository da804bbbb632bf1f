'use client';

import { useState } from 'react';
import { X } from 'lucide-react';
import { cn } from '@/lib/utils/cn';
import { addChips } from './chip-values';
import { controlClassName } from './input';

type ChipInputProps = {
  id?: string;
  value: string[];
  onChange: (values: string[]) => void;
  onBlur?: () => void;
  /** What one chip is ("tag", "value"), for the list's and the remove buttons' names. */
  noun: string;
  /** At most this many chips; the field then says so and takes no more. */
  max?: number;
  /** Longest text the box takes at once (a pasted list included). */
  maxLength?: number;
  placeholder?: string;
  disabled?: boolean;
  'aria-describedby'?: string;
  'aria-invalid'?: React.AriaAttributes['aria-invalid'];
};

/**
 * Words typed into one field as removable chips (tags, keywords, an option's values): Enter or
 * a comma adds (a pasted "S, M, L" adds three), Backspace in the empty box takes the last one
 * back for editing. Trimmed and without repeats, ignoring case. Put it in a FormField for its
 * label, description and error.
 */
export function ChipInput({ id, value, onChange, onBlur, noun, max, maxLength, placeholder, disabled, ...aria }: ChipInputProps) {
  const [draft, setDraft] = useState('');
  const full = max !== undefined && value.length >= max;

  function add(text: string) {
    const next = addChips(value, text, max);
    if (next.length !== value.length) onChange(next);
    setDraft('');
  }

  return (
    <div className={cn(controlClassName, 'flex min-h-10 flex-wrap items-center gap-1.5 py-1.5 focus-within:border-ring', aria['aria-invalid'] && 'border-destructive')}>
      {value.length > 0 && (
        <ul className="contents" aria-label={`${value.length} ${noun}${value.length === 1 ? '' : 's'}`}>
          {value.map((chip) => (
            <li key={chip} className="inline-flex max-w-full items-center gap-1 rounded-md bg-secondary py-0.5 pr-0.5 pl-2 text-sm text-secondary-foreground">
              <span className="truncate">{chip}</span>
              {!disabled && (
                <button
                  type="button"
                  className="inline-flex size-6 items-center justify-center rounded-sm hover:bg-background/60 focus-visible:outline-2 focus-visible:outline-ring"
                  aria-label={`Remove ${noun} ${chip}`}
                  onClick={() => onChange(value.filter((v) => v !== chip))}
                >
                  <X aria-hidden="true" className="size-3.5" />
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <input
        id={id}
        value={draft}
        disabled={disabled || full}
        maxLength={maxLength}
        placeholder={full ? `${max} ${noun}s is the most` : placeholder}
        autoComplete="off"
        className="min-w-28 flex-1 bg-transparent py-1 outline-none placeholder:text-muted-foreground"
        onChange={(e) => (e.target.value.includes(',') ? add(e.target.value) : setDraft(e.target.value))}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault(); // not a form submit
            add(draft);
          } else if (e.key === 'Backspace' && draft === '' && value.length > 0) {
            e.preventDefault();
            setDraft(value.at(-1)!);
            onChange(value.slice(0, -1));
          }
        }}
        onBlur={() => {
          if (draft.trim()) add(draft);
          onBlur?.();
        }}
        {...aria}
      />
    </div>
  );
}
