'use client';

import { useState } from 'react';
import { X } from 'lucide-react';
import { controlClassName } from '@/components/ui/input';
import { MAX_TAG_LENGTH, MAX_TAGS, normalizeTags } from '@/lib/catalog/products/schemas';
import { cn } from '@/lib/utils/cn';

type TagInputProps = {
  id?: string;
  value: string[];
  onChange: (tags: string[]) => void;
  onBlur?: () => void;
  /** What one chip is, for the remove buttons' names: "tag", "keyword". */
  noun: string;
  placeholder?: string;
  disabled?: boolean;
  'aria-describedby'?: string;
  'aria-invalid'?: React.AriaAttributes['aria-invalid'];
};

/**
 * Chips typed into one field: Enter or a comma adds (a pasted "a, b, c" adds three), Backspace
 * in the empty field takes the last one back for editing. Trimmed, without duplicates (ignoring
 * case), at most 30, as the server would store them.
 */
export function TagInput({ id, value, onChange, onBlur, noun, placeholder, disabled, ...aria }: TagInputProps) {
  const [draft, setDraft] = useState('');
  const full = value.length >= MAX_TAGS;

  function add(text: string) {
    const next = normalizeTags([...value, ...text.split(',')]).slice(0, MAX_TAGS);
    if (next.length !== value.length) onChange(next);
    setDraft('');
  }

  return (
    <div
      className={cn(
        controlClassName,
        'flex min-h-10 flex-wrap items-center gap-1.5 py-1.5 focus-within:border-ring',
        aria['aria-invalid'] && 'border-destructive',
      )}
    >
      <ul className="contents">
        {value.map((tag) => (
          <li
            key={tag}
            className="inline-flex max-w-full items-center gap-1 rounded-md bg-secondary py-0.5 pr-0.5 pl-2 text-sm text-secondary-foreground"
          >
            <span className="truncate">{tag}</span>
            {!disabled && (
              <button
                type="button"
                className="inline-flex size-6 items-center justify-center rounded-sm hover:bg-background/60 focus-visible:outline-2 focus-visible:outline-ring"
                aria-label={`Remove ${noun} ${tag}`}
                onClick={() => onChange(value.filter((t) => t !== tag))}
              >
                <X aria-hidden="true" className="size-3.5" />
              </button>
            )}
          </li>
        ))}
      </ul>
      <input
        id={id}
        value={draft}
        disabled={disabled || full}
        maxLength={MAX_TAG_LENGTH * 4}
        placeholder={full ? `${MAX_TAGS} ${noun}s is the most` : placeholder}
        autoComplete="off"
        className="min-w-32 flex-1 bg-transparent py-1 outline-none placeholder:text-muted-foreground"
        onChange={(e) => {
          const text = e.target.value;
          if (text.includes(',')) add(text);
          else setDraft(text);
        }}
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
