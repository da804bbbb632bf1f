'use client';

import { useState, useTransition } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Search, X } from 'lucide-react';
import { cn } from '@/lib/utils/cn';
import { Button } from './button';
import { Input } from './input';
import { Label } from './label';
import { Select } from './select';
import { Spinner } from './spinner';

type FieldBase = { name: string; label: string; value: string; /** Keep the label for screen readers only. */ hideLabel?: boolean };

export type FilterField =
  | (FieldBase & { kind: 'search' | 'text' | 'date'; placeholder?: string })
  | (FieldBase & { kind: 'select'; options: { value: string; label: string }[]; allLabel: string });

type FilterBarProps = {
  basePath: string;
  fields: FilterField[];
  submitLabel?: string;
  className?: string;
};

/** The filter values as one comparable string, in field order. */
const signatureOf = (values: string[]) => JSON.stringify(values.map((v) => v.trim()));

/**
 * Filters that live in the URL (`?q=…&plan=…`): selects apply at once, dates when the field is
 * left, text fields on Enter or the submit button. Any change goes back to page 1. A plain GET
 * form underneath, so it also works before JavaScript loads.
 */
export function FilterBar({ basePath, fields, submitLabel = 'Search', className }: FilterBarProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const active = fields.some((f) => f.value);

  // The form keeps its own state while it drives the URL (so focus stays where it is), and is
  // remounted only when the URL changes from outside (Clear, the back button): then the
  // fields must show the filters that now apply.
  const fromUrl = signatureOf(fields.map((f) => f.value));
  const [seen, setSeen] = useState(fromUrl);
  const [shown, setShown] = useState(fromUrl);
  const [generation, setGeneration] = useState(0);
  if (fromUrl !== seen) {
    setSeen(fromUrl);
    if (fromUrl !== shown) {
      setShown(fromUrl);
      setGeneration((g) => g + 1);
    }
  }

  function apply(form: HTMLFormElement, { onlyIfChanged = false } = {}) {
    const data = new FormData(form);
    const values = fields.map((f) => String(data.get(f.name) ?? ''));
    const signature = signatureOf(values);
    if (onlyIfChanged && signature === shown) return;
    setShown(signature);
    const query = new URLSearchParams();
    fields.forEach((f, i) => {
      const value = values[i]!.trim();
      if (value) query.set(f.name, value);
    });
    const qs = query.toString();
    startTransition(() => router.push(qs ? `${basePath}?${qs}` : basePath));
  }

  return (
    <form
      key={generation}
      role="search"
      action={basePath}
      onSubmit={(e) => {
        e.preventDefault();
        apply(e.currentTarget);
      }}
      className={cn('grid grid-cols-2 gap-3 sm:flex sm:flex-wrap sm:items-end', className)}
    >
      {fields.map((field) => {
        const id = `filter-${field.name}`;
        return (
          <div
            key={field.name}
            className={cn(
              'flex min-w-0 flex-col gap-1.5',
              field.kind === 'search' || field.kind === 'text' ? 'col-span-2 sm:col-auto' : 'col-span-1',
              field.kind === 'search' ? 'sm:min-w-64 sm:flex-1' : 'sm:w-44',
            )}
          >
            <Label htmlFor={id} className={cn(field.hideLabel && 'sr-only')}>
              {field.label}
            </Label>
            {field.kind === 'select' ? (
              <Select id={id} name={field.name} defaultValue={field.value} onChange={(e) => e.currentTarget.form && apply(e.currentTarget.form)}>
                <option value="">{field.allLabel}</option>
                {field.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </Select>
            ) : (
              <Input
                id={id}
                name={field.name}
                type={field.kind === 'date' ? 'date' : 'search'}
                defaultValue={field.value}
                placeholder={field.placeholder}
                autoComplete="off"
                // Not on change: that fires while the year is still being typed.
                onBlur={field.kind === 'date' ? (e) => e.currentTarget.form && apply(e.currentTarget.form, { onlyIfChanged: true }) : undefined}
              />
            )}
          </div>
        );
      })}
      <div className="col-span-2 flex items-center gap-2">
        <Button type="submit" variant="secondary">
          <Search aria-hidden="true" />
          {submitLabel}
        </Button>
        {active && (
          <Button asChild variant="ghost">
            <Link href={basePath}>
              <X aria-hidden="true" />
              Clear
            </Link>
          </Button>
        )}
        {pending && <Spinner label="Updating results" />}
      </div>
    </form>
  );
}
