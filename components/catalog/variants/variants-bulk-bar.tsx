'use client';

import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { FieldError } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { toast } from '@/components/ui/use-toast';
import { bulkUpdateVariantsAction } from '@/lib/catalog/variants/actions';
import { priceAmountProblem, type BulkUpdateVariantsInput, type VariantPriceInput } from '@/lib/catalog/variants/schemas';

type Props = { slug: string; productId: string; currency: string; selected: string[]; onClear: () => void };
type Change = Pick<BulkUpdateVariantsInput, 'price' | 'isActive'>;

/** Changes every selected variant at once: one price or adjustment, or the active flag. */
export function VariantsBulkBar({ slug, productId, currency, selected, onClear }: Props) {
  const [price, setPrice] = useState<VariantPriceInput>({ mode: 'fixed', amount: '' });
  const [error, setError] = useState<string | null>(null);
  const [running, setRunning] = useState<'price' | 'activate' | 'deactivate' | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const count = selected.length;

  const apply = (change: Change) => {
    setError(null);
    setRunning(change.price ? 'price' : change.isActive ? 'activate' : 'deactivate');
    startTransition(async () => {
      const result = await bulkUpdateVariantsAction(slug, { productId, variantIds: selected, ...change });
      startTransition(() => {
        if (result.error) setError(result.error.fieldErrors?.['price.amount']?.[0] ?? result.error.message);
        else {
          const { updated } = result.data;
          toast({ title: updated === 0 ? 'Nothing to change: they already were.' : `${updated} variant${updated === 1 ? '' : 's'} updated`, variant: 'success' });
          setPrice({ mode: price.mode, amount: '' });
          onClear();
        }
        setRunning(null);
        router.refresh();
      });
    });
  };

  const setPriceForAll = () => {
    const problem = price.amount.trim() === '' ? 'Enter an amount.' : priceAmountProblem(price, currency);
    if (problem) return setError(problem);
    apply({ price });
  };

  return (
    <div role="region" aria-label="Change selected variants" className="flex flex-col gap-3 rounded-lg border bg-muted/40 p-3">
      <div className="flex flex-wrap items-end gap-2">
        <p className="mr-2 self-center text-sm font-medium" aria-live="polite">
          {count} selected
        </p>
        <div className="flex flex-col gap-1">
          <label htmlFor="bulk-price-mode" className="text-xs font-medium text-muted-foreground">
            Set
          </label>
          <Select id="bulk-price-mode" wrapperClassName="w-44" value={price.mode} onChange={(e) => setPrice({ ...price, mode: e.target.value as VariantPriceInput['mode'] })}>
            <option value="fixed">Price</option>
            <option value="adjustment">Adjustment (±)</option>
          </Select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="bulk-price-amount" className="text-xs font-medium text-muted-foreground">
            Amount ({currency})
          </label>
          <Input
            id="bulk-price-amount"
            inputMode="decimal"
            className="w-32"
            value={price.amount}
            onChange={(e) => setPrice({ ...price, amount: e.target.value })}
            onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), setPriceForAll())}
            aria-invalid={error ? true : undefined}
            aria-describedby="bulk-error"
          />
        </div>
        <Button type="button" onClick={setPriceForAll} loading={pending && running === 'price'} disabled={pending}>
          Apply to {count}
        </Button>
        <span className="mx-1 hidden h-8 w-px bg-border sm:block" aria-hidden="true" />
        <Button type="button" variant="outline" disabled={pending} loading={pending && running === 'activate'} onClick={() => apply({ isActive: true })}>
          Activate
        </Button>
        <Button type="button" variant="outline" disabled={pending} loading={pending && running === 'deactivate'} onClick={() => apply({ isActive: false })}>
          Deactivate
        </Button>
        <Button type="button" variant="ghost" disabled={pending} onClick={onClear}>
          Clear selection
        </Button>
      </div>
      <FieldError id="bulk-error">{error}</FieldError>
    </div>
  );
}
