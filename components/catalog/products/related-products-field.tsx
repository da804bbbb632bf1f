'use client';

import { useRef, useState } from 'react';
import { useController } from 'react-hook-form';
import { Plus, X } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { FieldError } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Spinner } from '@/components/ui/spinner';
import { searchProductOptionsAction } from '@/lib/catalog/products/actions';
import { MAX_RELATED } from '@/lib/catalog/products/schemas';
import type { ProductChoice, ProductForm } from './types';

type Props = { form: ProductForm; orgSlug: string; productId: string | null; initial: ProductChoice[]; readOnly: boolean };

/** Picks other products of this store, by name or SKU, to show as "related" on this one's page. */
export function RelatedProductsField({ form, orgSlug, productId, initial, readOnly }: Props) {
  const { field, fieldState } = useController({ control: form.control, name: 'relatedProductIds' });
  const [known, setKnown] = useState(() => new Map(initial.map((p) => [p.id, p])));
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<{ options: ProductChoice[]; more: boolean } | null>(null);
  const [status, setStatus] = useState<'idle' | 'searching' | 'error'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const latest = useRef(0);
  const selected: string[] = field.value;

  function search(q: string) {
    setQuery(q);
    clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      const ticket = ++latest.current;
      setStatus('searching');
      const result = await searchProductOptionsAction(orgSlug, { q, excludeId: productId });
      if (ticket !== latest.current) return; // a newer search has started
      setStatus(result.error ? 'error' : 'idle');
      setResults(result.data ?? null);
    }, 250);
  }

  function add(product: ProductChoice) {
    setKnown((m) => new Map(m).set(product.id, product));
    field.onChange([...selected, product.id]);
  }

  const shown = (results?.options ?? []).filter((p) => !selected.includes(p.id));
  const full = selected.length >= MAX_RELATED;
  return (
    <div className="flex flex-col gap-4">
      {selected.length === 0 ? (
        <p className="text-sm text-muted-foreground">None yet. Related products appear on this product’s page in your store.</p>
      ) : (
        <ul className="flex flex-col divide-y rounded-md border" aria-label="Related products">
          {selected.map((id) => {
            const product = known.get(id);
            return (
              <li key={id} className="flex items-center gap-3 px-3 py-2 text-sm">
                <span className="min-w-0 flex-1 truncate">
                  {product?.name ?? 'Product'}
                  {product?.sku && <span className="ml-2 text-muted-foreground">{product.sku}</span>}
                </span>
                {!readOnly && (
                  <Button
                    type="button"
                    variant="ghost"
                    size="icon"
                    aria-label={`Remove ${product?.name ?? 'product'}`}
                    onClick={() => field.onChange(selected.filter((s) => s !== id))}
                  >
                    <X aria-hidden="true" />
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <FieldError id="relatedProductIds-error">{fieldState.error?.message}</FieldError>
      {!readOnly && (
        <div className="flex flex-col gap-2">
          <Label htmlFor="related-search">Find products to add</Label>
          <Input
            id="related-search"
            type="search"
            value={query}
            disabled={full}
            placeholder={full ? `${MAX_RELATED} related products is the most` : 'Name or SKU'}
            autoComplete="off"
            aria-describedby="related-search-status relatedProductIds-error"
            onChange={(e) => search(e.target.value)}
            onFocus={() => results === null && search(query)}
            onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
          />
          <p id="related-search-status" aria-live="polite" className="flex items-center gap-2 text-sm text-muted-foreground">
            {status === 'searching' && <Spinner label={null} />}
            {status === 'searching'
              ? 'Searching…'
              : status === 'error'
                ? 'The search failed. Try again.'
                : results && (results.more ? `Showing the first ${results.options.length} — refine your search to find others` : `${shown.length} found`)}
          </p>
          {shown.length > 0 && (
            <ul className="flex max-h-72 flex-col divide-y overflow-y-auto rounded-md border" aria-label="Matching products">
              {shown.map((product) => (
                <li key={product.id}>
                  <button
                    type="button"
                    disabled={full}
                    onClick={() => add(product)}
                    className="flex w-full items-center gap-3 px-3 py-2 text-left text-sm hover:bg-accent focus-visible:bg-accent focus-visible:outline-none disabled:opacity-50"
                  >
                    <Plus aria-hidden="true" className="size-4 shrink-0 text-muted-foreground" />
                    <span className="min-w-0 flex-1 truncate">{product.name}</span>
                    {product.sku && <span className="shrink-0 text-muted-foreground">{product.sku}</span>}
                    <span className="sr-only">Add as related</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
