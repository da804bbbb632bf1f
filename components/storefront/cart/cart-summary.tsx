import Link from 'next/link';
import { Button } from '@/components/ui/button';
import type { CartView } from '@/lib/cart/get-cart';

/** Subtotal and the way to checkout, which waits while a line needs the shopper's attention. */
export function CartSummary({ cart }: { cart: CartView }) {
  return (
    <section aria-labelledby="cart-summary" className="flex flex-col gap-4 rounded-lg border bg-card p-4 shadow-xs sm:p-6 lg:sticky lg:top-4">
      <h2 id="cart-summary" className="text-lg font-semibold">
        Order summary
      </h2>
      <dl className="flex flex-col gap-2 text-sm">
        <div className="flex justify-between gap-4">
          <dt>
            Subtotal <span className="text-muted-foreground">({cart.itemCount === 1 ? '1 item' : `${cart.itemCount} items`})</span>
          </dt>
          <dd className="font-semibold tabular-nums">{cart.subtotalLabel}</dd>
        </div>
      </dl>
      <p className="text-xs text-muted-foreground">Shipping, discounts and taxes are worked out at checkout.</p>
      {cart.hasProblems ? (
        <>
          <Button size="lg" disabled aria-describedby="checkout-blocked">
            Proceed to checkout
          </Button>
          <p id="checkout-blocked" className="text-sm text-destructive">
            Some items need your attention. Change or remove the items marked above to check out.
          </p>
        </>
      ) : (
        <Button asChild size="lg">
          <Link href="/checkout">Proceed to checkout</Link>
        </Button>
      )}
      <Link href="/" className="text-center text-sm underline underline-offset-4 hover:no-underline">
        Continue shopping
      </Link>
    </section>
  );
}
