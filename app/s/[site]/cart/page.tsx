import type { Metadata } from 'next';
import Link from 'next/link';
import { ShoppingCart } from 'lucide-react';
import { CartLine } from '@/components/storefront/cart/cart-line';
import { CartSummary } from '@/components/storefront/cart/cart-summary';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { acceptCartPriceAction, removeCartItemAction, updateCartItemAction } from '@/lib/cart/actions';
import { cartRefFromRequest } from '@/lib/cart/cart-ref';
import { getCartView } from '@/lib/cart/get-cart';
import { storefrontPageContext, storefrontPageMetadata, type SiteParams } from '@/lib/storefront/page-context';

export async function generateMetadata({ params }: { params: SiteParams }): Promise<Metadata> {
  return { ...(await storefrontPageMetadata(params, 'Your cart')), robots: { index: false, follow: false } };
}

/** The shopper's cart (dynamic: it reads the session and the cart cookie), with today's prices and stock. */
export default async function CartPage({ params }: { params: SiteParams }) {
  const { site } = await params;
  const ctx = await storefrontPageContext(site);
  const cart = await getCartView(ctx, await cartRefFromRequest(ctx));
  const actions = {
    update: updateCartItemAction.bind(null, site),
    remove: removeCartItemAction.bind(null, site),
    acceptPrice: acceptCartPriceAction.bind(null, site),
  };

  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-6 px-4 py-6 sm:px-6 sm:py-8">
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Your cart</h1>
      {cart.lines.length === 0 ? (
        <EmptyState
          icon={ShoppingCart}
          title="Your cart is empty"
          description="Find something you like and add it to your cart."
          action={
            <Button asChild>
              <Link href="/">Continue shopping</Link>
            </Button>
          }
        />
      ) : (
        <div className="grid items-start gap-6 lg:grid-cols-[1fr_22rem] lg:gap-10">
          <section aria-labelledby="cart-items">
            <h2 id="cart-items" className="sr-only">
              Items in your cart
            </h2>
            <ul className="divide-y border-y">
              {cart.lines.map((line) => (
                <CartLine key={line.variantId} line={line} actions={actions} />
              ))}
            </ul>
          </section>
          <CartSummary cart={cart} />
        </div>
      )}
    </div>
  );
}
