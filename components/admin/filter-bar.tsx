'use client';

import { useTransition } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Search, X } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Select } from '@/components/ui/select';
import { Spinner } from '@/components/ui/spinner';
import { cn } from '@/lib/utils/cn';

export type FilterField =
  | { kind: 'search' | 'text' | 'date'; name: string; label: string; value: string; placeholder?: string }
  | { kind: 'select'; name: string; label: string; value: string; options: { value: string; label: string }[]; allLabel: string };

/**
 * Filters that live in the URL (`?q=…&plan=…`): selects apply at once, text fields on Enter
 * or the Search button. Any change goes back to page 1. A plain GET form underneath, so it
 * also works before JavaScript loads.
 */
export function FilterBar({ basePath, fields, className }: { basePath: string; fields: FilterField[]; className?: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const active = fields.some((f) => f.value);

  function apply(form: HTMLFormElement) {
    const query = new URLSearchParams();
    for (const [key, value] of new FormData(form)) {
      if (typeof value === 'string' && value.trim()) query.set(key, value.trim());
    }
    const qs = query.toString();
    startTransition(() => router.push(qs ? `${basePath}?${qs}` : basePath));
  }

  return (
    <form
      // Remount when the URL changes (Clear, back button) so the fields show the applied filters.
      key={fields.map((f) => f.value).join('|')}
      role="search"
      action={basePath}
      onSubmit={(e) => {
        e.preventDefault();
        apply(e.currentTarget);
      }}
      className={cn('grid grid-cols-2 gap-3 sm:flex sm:flex-wrap sm:items-end', className)}
    >
      {fields.map((field) => (
        <div
          key={field.name}
          className={cn(
            'flex min-w-0 flex-col gap-1.5',
            field.kind === 'search' || field.kind === 'text' ? 'col-span-2 sm:col-auto' : 'col-span-1',
            field.kind === 'search' ? 'sm:min-w-64 sm:flex-1' : 'sm:w-44',
          )}
        >
          <Label htmlFor={`filter-${field.name}`}>{field.label}</Label>
          {field.kind === 'select' ? (
            <Select
              id={`filter-${field.name}`}
              name={field.name}
              defaultValue={field.value}
              onChange={(e) => e.currentTarget.form && apply(e.currentTarget.form)}
            >
              <option value="">{field.allLabel}</option>
              {field.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          ) : (
            <Input
              id={`filter-${field.name}`}
              name={field.name}
              type={field.kind === 'date' ? 'date' : 'search'}
              defaultValue={field.value}
              placeholder={field.placeholder}
              onChange={field.kind === 'date' ? (e) => e.currentTarget.form && apply(e.currentTarget.form) : undefined}
            />
          )}
        </div>
      ))}
      <div className="col-span-2 flex items-center gap-2">
        <Button type="submit" variant="secondary">
          <Search aria-hidden="true" />
          Search
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
