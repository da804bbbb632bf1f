'use client';

import { useId, useState, useTransition } from 'react';
import Link from 'next/link';
import { CircleCheck, ShoppingCart } from 'lucide-react';
import { FormError } from '@/components/forms/form-error';
import { Button } from '@/components/ui/button';
import { addToCartAction } from '@/lib/cart/actions';
import { announceCartChange } from '@/lib/cart/cart-events';
import type { PageVariant } from '@/lib/storefront/catalog/page-variant';
import { QuantityStepper } from './quantity-stepper';

/** The product's own quantity rules, when the page passes them (else: at least 1, at most the stock). */
export type OrderLimits = { minOrderQuantity: number; maxOrderQuantity: number | null; allowBackorder: boolean };

type Status = { kind: 'added'; quantity: number } | { kind: 'error'; message: string } | null;

/**
 * Quantity and "Add to cart" for the chosen variant. The product page is cached for everyone,
 * so nothing here is read on the server: the action runs for this browser's own host, and the
 * server checks every limit again. Remount it (key) when the variant changes.
 */
export function AddToCart({ variant, limits }: { variant: PageVariant; limits?: OrderLimits }) {
  const id = useId();
  const min = Math.max(1, limits?.minOrderQuantity ?? 1);
  // Without the product's rules, a variant "in stock" with nothing available takes backorders.
  const backorder = limits?.allowBackorder ?? (variant.inStock && variant.available <= 0);
  const caps = [limits?.maxOrderQuantity ?? null, backorder ? null : Math.max(0, variant.available)].filter((n): n is number => n !== null);
  const max = caps.length > 0 ? Math.min(...caps) : null;
  const buyable = variant.inStock && (max === null || max >= min);
  const most = limits?.maxOrderQuantity ?? null;
  const hint = [min > 1 ? `Minimum order ${min}.` : null, most !== null ? `At most ${most} per order.` : null].filter(Boolean).join(' ');

  const [quantity, setQuantity] = useState(min);
  const [status, setStatus] = useState<Status>(null);
  const [pending, startTransition] = useTransition();

  function add() {
    setStatus(null);
    startTransition(async () => {
      const result = await addToCartAction(window.location.host, { variantId: variant.id, quantity });
      if (result.error) {
        setStatus({ kind: 'error', message: result.error.fieldErrors?.quantity?.[0] ?? result.error.message });
        return;
      }
      setStatus({ kind: 'added', quantity });
      announceCartChange({ itemCount: result.data.itemCount });
    });
  }

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end gap-3">
        <QuantityStepper
          id={`${id}-quantity`}
          label="Quantity"
          visibleLabel
          value={quantity}
          min={min}
          max={max}
          disabled={!buyable || pending}
          describedBy={buyable && hint ? `${id}-hint` : undefined}
          onCommit={(n) => {
            setQuantity(n);
            setStatus(null);
          }}
        />
        <Button size="lg" className="flex-1 sm:flex-none" disabled={!buyable} loading={pending} onClick={add}>
          <ShoppingCart aria-hidden="true" />
          {buyable ? 'Add to cart' : 'Out of stock'}
        </Button>
      </div>
      {buyable && hint && (
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      )}
      <div aria-live="polite" role="status">
        {status?.kind === 'added' && (
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm font-medium text-success">
            <CircleCheck aria-hidden="true" className="size-4" />
            Added {status.quantity} to your cart.
            <Link href="/cart" className="text-foreground underline underline-offset-4 hover:no-underline">
              View cart
            </Link>
          </p>
        )}
      </div>
      <FormError message={status?.kind === 'error' ? status.message : null} />
    </div>
  );
}
