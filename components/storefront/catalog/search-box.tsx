'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { Search } from 'lucide-react';
import { Input } from '@/components/ui/input';
import type { Suggestion } from '@/lib/storefront/catalog/suggest-products';
import { cn } from '@/lib/utils/cn';

const DEBOUNCE_MS = 150;
// The server suggests nothing until some word has 3 letters (MIN_INDEXED_WORD in search-terms.ts).
const MIN_CHARS = 3;

/**
 * The header's product search: a plain GET form to /search (works without JavaScript), and
 * an ARIA combobox suggesting product names as the shopper types. Arrow keys move through
 * the suggestions, Enter opens the highlighted product (or searches), Escape closes the list.
 */
export function SearchBox({ className }: { className?: string }) {
  const router = useRouter();
  const listId = useId();
  const [value, setValue] = useState('');
  const [items, setItems] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const timer = useRef<number | undefined>(undefined);
  const request = useRef<AbortController | undefined>(undefined);

  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
      request.current?.abort();
    },
    [],
  );

  function suggest(q: string) {
    window.clearTimeout(timer.current);
    request.current?.abort();
    if (q.trim().length < MIN_CHARS) {
      setItems([]);
      setOpen(false);
      return;
    }
    timer.current = window.setTimeout(async () => {
      const controller = new AbortController();
      request.current = controller;
      try {
        const res = await fetch(`/api/storefront/suggest?q=${encodeURIComponent(q)}`, { signal: controller.signal });
        if (!res.ok) return;
        const { suggestions } = (await res.json()) as { suggestions: Suggestion[] };
        setItems(suggestions);
        setActive(-1);
        setOpen(suggestions.length > 0);
      } catch {
        // Aborted by the next keystroke, or offline: the form still searches on Enter.
      }
    }, DEBOUNCE_MS);
  }

  const openProduct = (item: Suggestion) => {
    setOpen(false);
    router.push(`/p/${encodeURIComponent(item.slug)}`);
  };

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (items.length === 0) return;
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a === -1 && step < 0 ? items.length - 1 : (a + step + items.length) % items.length));
    } else if (e.key === 'Enter' && open && items[active]) {
      e.preventDefault();
      openProduct(items[active]);
    } else if (e.key === 'Escape') {
      if (open) setOpen(false);
      else setValue('');
    }
  }

  const optionId = (i: number) => `${listId}-option-${i}`;
  return (
    <form
      role="search"
      action="/search"
      method="get"
      className={cn('relative', className)}
      onSubmit={(e) => {
        e.preventDefault();
        const q = value.trim();
        setOpen(false);
        if (q) router.push(`/search?q=${encodeURIComponent(q)}`);
      }}
    >
      <label htmlFor={`${listId}-input`} className="sr-only">
        Search products
      </label>
      <Search aria-hidden="true" className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
      <Input
        id={`${listId}-input`}
        name="q"
        type="search"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        placeholder="Search products"
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          suggest(e.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => items.length > 0 && value.trim().length >= MIN_CHARS && setOpen(true)}
        className="pl-9"
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Suggested products"
        hidden={!open}
        className="absolute inset-x-0 top-full z-40 mt-1 max-h-80 overflow-y-auto rounded-md border bg-popover p-1 text-popover-foreground shadow-md"
      >
        {items.map((item, i) => (
          <li
            key={item.slug}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            // mousedown, not click: the input's blur would close the list before a click lands.
            onMouseDown={(e) => {
              e.preventDefault();
              openProduct(item);
            }}
            onMouseMove={() => setActive(i)}
            className={cn('cursor-pointer truncate rounded-sm px-3 py-2 text-sm', i === active && 'bg-accent text-accent-foreground')}
          >
            {item.name}
          </li>
        ))}
      </ul>
      <p aria-live="polite" className="sr-only">
        {open ? `${items.length} ${items.length === 1 ? 'suggestion' : 'suggestions'}, use the arrow keys to choose` : ''}
      </p>
    </form>
  );
}
