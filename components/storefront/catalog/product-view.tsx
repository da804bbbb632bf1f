'use client';

import { useState, useSyncExternalStore } from 'react';
import { CircleCheck, CircleX, Clock } from 'lucide-react';
import { AddToCart, type OrderLimits } from '@/components/storefront/cart/add-to-cart';
import type { ProductOption } from '@/db/schema/catalog/products';
import type { PageImage } from '@/lib/storefront/catalog/get-product-page';
import type { PageVariant } from '@/lib/storefront/catalog/page-variant';
import { initialVariant } from '@/lib/storefront/catalog/variant-selection';
import { ProductGallery } from './product-gallery';
import { VariantPicker } from './variant-picker';

// `?variant=` is read in the browser, so the page itself stays static (cached) for every variant.
const subscribe = (onChange: () => void) => {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
};
const variantInUrl = () => new URLSearchParams(window.location.search).get('variant');

type ProductViewProps = {
  name: string;
  brand: string | null;
  shortDescription: string | null;
  images: PageImage[];
  options: ProductOption[];
  variants: PageVariant[];
  /** The product's min/max order quantity and backorder rule, for the quantity stepper. */
  orderLimits?: OrderLimits;
};

/** Gallery and buying panel: the chosen variant sets the price, availability, image, the URL and what is added to the cart. */
export function ProductView({ name, brand, shortDescription, images, options, variants, orderLimits }: ProductViewProps) {
  const fromUrl = useSyncExternalStore(subscribe, variantInUrl, () => null);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [pickedImage, setPickedImage] = useState<number | null>(null);
  const variant = variants.find((v) => v.id === chosenId) ?? initialVariant(variants, fromUrl);
  const imageOf = (v: PageVariant | undefined) => (v?.imageId ? images.findIndex((i) => i.id === v.imageId) : -1);
  const imageIndex = pickedImage ?? Math.max(0, imageOf(variant));

  function choose(next: PageVariant) {
    setChosenId(next.id);
    const image = imageOf(next);
    if (image >= 0) setPickedImage(image);
    const url = new URL(window.location.href);
    url.searchParams.set('variant', next.id);
    window.history.replaceState(null, '', url);
  }

  return (
    <div className="grid gap-8 md:grid-cols-2 md:gap-10">
      <ProductGallery images={images} index={imageIndex} onIndexChange={setPickedImage} productName={name} />
      <div className="flex flex-col gap-6">
        <div className="flex flex-col gap-2">
          {brand && <p className="text-sm font-medium text-muted-foreground">{brand}</p>}
          <h1 className="text-2xl font-semibold tracking-tight text-balance sm:text-3xl">{name}</h1>
          {variant && <Price variant={variant} />}
          {variant ? (
            <Availability variant={variant} />
          ) : (
            <p className="text-sm font-medium text-muted-foreground">Currently unavailable</p>
          )}
        </div>
        {variant && <VariantPicker options={options} variants={variants} selected={variant} onSelect={choose} />}
        {variant && <AddToCart key={variant.id} variant={variant} limits={orderLimits} />}
        {variant?.sku && <p className="text-xs text-muted-foreground">SKU: {variant.sku}</p>}
        {shortDescription && <p className="text-pretty text-muted-foreground">{shortDescription}</p>}
      </div>
    </div>
  );
}

function Price({ variant }: { variant: PageVariant }) {
  return (
    <p className="flex flex-wrap items-baseline gap-3" aria-live="polite">
      <span className="text-2xl font-semibold">
        {variant.compareAtLabel && <span className="sr-only">Sale price </span>}
        {variant.priceLabel}
      </span>
      {variant.compareAtLabel && (
        <s className="text-muted-foreground">
          <span className="sr-only">Was </span>
          {variant.compareAtLabel}
        </s>
      )}
    </p>
  );
}

function Availability({ variant }: { variant: PageVariant }) {
  const [Icon, text, tone] =
    variant.available > 0
      ? [CircleCheck, variant.available <= 5 ? `In stock: only ${variant.available} left` : 'In stock', 'text-success']
      : variant.inStock
        ? [Clock, 'Available to order: ships when restocked', 'text-warning']
        : [CircleX, 'Out of stock', 'text-muted-foreground'];
  return (
    <p className={`flex items-center gap-2 text-sm font-medium ${tone}`} aria-live="polite">
      <Icon aria-hidden="true" className="size-4" />
      {text}
    </p>
  );
}
