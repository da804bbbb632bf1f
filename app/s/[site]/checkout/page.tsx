import type { Metadata } from 'next';
import Link from 'next/link';
import { ShoppingCart } from 'lucide-react';
import { CheckoutFlow } from '@/components/storefront/checkout/checkout-flow';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { getCurrentUser } from '@/lib/auth/current-user';
import { cartRefFromRequest } from '@/lib/cart/cart-ref';
import { getRequestMeta } from '@/lib/server/request-meta';
import { placeOrderAction, quoteCheckoutAction } from '@/lib/storefront/checkout/actions';
import { loadCheckoutSetup } from '@/lib/storefront/checkout/checkout-setup';
import { storefrontPageContext, storefrontPageMetadata, type SiteParams } from '@/lib/storefront/page-context';

export function generateMetadata({ params }: { params: SiteParams }): Promise<Metadata> {
  return storefrontPageMetadata(params, 'Checkout');
}

/** Dynamic: it reads the cart cookie and the session. */
export default async function CheckoutPage({ params }: { params: SiteParams }) {
  const { site } = await params;
  const ctx = await storefrontPageContext(site);
  const [user, cartRef, meta] = await Promise.all([getCurrentUser(), cartRefFromRequest(ctx), getRequestMeta()]);
  const setup = await loadCheckoutSetup({ ...ctx, meta, user, cartRef });

  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-6 px-4 py-8 sm:px-6 sm:py-10">
      <h1 className="text-2xl font-semibold tracking-tight">Checkout</h1>
      {setup ? (
        <CheckoutFlow setup={setup} actions={{ quote: quoteCheckoutAction.bind(null, site), place: placeOrderAction.bind(null, site) }} />
      ) : (
        <EmptyState
          icon={ShoppingCart}
          title="Your cart is empty"
          description="Add something to your cart, then come back to check out."
          action={
            <div className="flex flex-wrap justify-center gap-2">
              <Button asChild>
                <Link href="/cart">Go to your cart</Link>
              </Button>
              <Button asChild variant="outline">
                <Link href="/">Continue shopping</Link>
              </Button>
            </div>
          }
        />
      )}
    </div>
  );
}
