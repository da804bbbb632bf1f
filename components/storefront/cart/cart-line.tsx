'use client';

import { useId, useState, useTransition } from 'react';
import Image from 'next/image';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { CircleAlert, ImageOff, Trash2 } from 'lucide-react';
import { FormError } from '@/components/forms/form-error';
import { Button } from '@/components/ui/button';
import { announceCartChange } from '@/lib/cart/cart-events';
import type { CartLineView } from '@/lib/cart/get-cart';
import type { CartVariantInput, UpdateCartItemInput } from '@/lib/cart/schemas';
import type { ActionResult } from '@/lib/server/action';
import { QuantityStepper } from './quantity-stepper';

/** The cart's actions, bound to the store's site by the page. */
export type CartLineActions = {
  update: (input: UpdateCartItemInput) => Promise<ActionResult<{ quantity: number; itemCount: number }>>;
  remove: (input: CartVariantInput) => Promise<ActionResult<{ removed: boolean; itemCount: number }>>;
  acceptPrice: (input: CartVariantInput) => Promise<ActionResult<{ unitPrice: number }>>;
};

/** One cart line: image, name, price, quantity, remove, and what changed since it was added. */
export function CartLine({ line, actions }: { line: CartLineView; actions: CartLineActions }) {
  const id = useId();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const href = `/p/${encodeURIComponent(line.productSlug)}`;
  const sold = line.problem?.kind !== 'unavailable';

  function run<T>(action: () => Promise<ActionResult<T>>, itemCountOf?: (data: T) => number) {
    setError(null);
    startTransition(async () => {
      const result = await action();
      startTransition(() => {
        if (result.error) setError(result.error.fieldErrors?.quantity?.[0] ?? result.error.message);
        else if (itemCountOf) announceCartChange({ itemCount: itemCountOf(result.data) });
        // Also after a refusal: the stock or price may have changed meanwhile.
        router.refresh();
      });
    });
  }

  return (
    <li className="flex gap-3 py-4 sm:gap-4" aria-busy={pending || undefined}>
      <Link href={href} tabIndex={-1} aria-hidden="true" className="relative size-20 shrink-0 overflow-hidden rounded-md border bg-muted sm:size-24">
        {line.image ? (
          <Image src={line.image.url} alt="" fill unoptimized sizes="96px" className="object-cover" />
        ) : (
          <span className="flex size-full items-center justify-center text-muted-foreground">
            <ImageOff className="size-6" />
          </span>
        )}
      </Link>
      <div className="flex min-w-0 flex-1 flex-col gap-2">
        <div className="flex items-start justify-between gap-3">
          <div className="flex min-w-0 flex-col gap-0.5">
            <h3 className="text-sm font-medium">
              <Link href={href} className="rounded-sm hover:underline">
                {line.productName}
              </Link>
            </h3>
            {line.variantName && <p className="text-sm text-muted-foreground">{line.variantName}</p>}
            <p className="text-sm">
              {line.unitPriceLabel} <span className="text-muted-foreground">each</span>
            </p>
          </div>
          <p className="text-right text-sm font-semibold tabular-nums">
            <span className={line.problem ? 'text-muted-foreground' : undefined}>{line.lineSubtotalLabel}</span>
            {line.problem && <span className="block text-xs font-normal text-muted-foreground">Not in subtotal</span>}
          </p>
        </div>

        {line.priceChanged && (
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border border-warning/50 bg-warning/10 px-3 py-2 text-sm">
            <span>
              Price changed from <s>{line.priceChanged.fromLabel}</s> to <strong>{line.priceChanged.toLabel}</strong> since you added it.
            </span>
            {sold && (
              <Button
                size="sm"
                variant="outline"
                disabled={pending}
                aria-label={`OK, the new price of ${line.productName} is ${line.priceChanged.toLabel}`}
                onClick={() => run(() => actions.acceptPrice({ variantId: line.variantId }))}
              >
                OK
              </Button>
            )}
          </div>
        )}
        {line.problem && (
          <p id={`${id}-problem`} className="flex items-start gap-2 text-sm font-medium text-destructive">
            <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
            {line.problem.message}
          </p>
        )}

        <div className="flex flex-wrap items-center gap-2">
          {sold && (
            <QuantityStepper
              key={line.quantity}
              id={`${id}-quantity`}
              label={`Quantity of ${line.productName}${line.variantName ? `, ${line.variantName}` : ''}`}
              value={line.quantity}
              min={line.limits.min}
              max={line.limits.max}
              disabled={pending}
              describedBy={line.problem ? `${id}-problem` : undefined}
              onCommit={(quantity) => run(() => actions.update({ variantId: line.variantId, quantity }), (d) => d.itemCount)}
            />
          )}
          <Button
            variant="ghost-destructive"
            size="sm"
            disabled={pending}
            onClick={() => run(() => actions.remove({ variantId: line.variantId }), (d) => d.itemCount)}
            aria-label={`Remove ${line.productName}${line.variantName ? `, ${line.variantName}` : ''} from your cart`}
          >
            <Trash2 aria-hidden="true" />
            Remove
          </Button>
        </div>
        <FormError message={error} />
      </div>
    </li>
  );
}
