import Image from 'next/image';
import Link from 'next/link';
import { ImageOff } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import type { ProductCard as Card } from '@/lib/storefront/catalog/product-cards';
import { HighlightedText } from './highlighted-text';

/** One product in a grid: the whole card is a link named by the product. */
export function ProductCard({
  product,
  nameHtml,
  snippetHtml,
  headingLevel: Heading = 'h3',
}: {
  product: Card;
  /** Search results: the name and short description with matches marked. */
  nameHtml?: string;
  snippetHtml?: string | null;
  headingLevel?: 'h2' | 'h3';
}) {
  return (
    <article className="group relative flex flex-col gap-3">
      <div className="relative aspect-square overflow-hidden rounded-lg border bg-muted">
        {product.image ? (
          <Image
            src={product.image.url}
            alt={product.image.alt}
            fill
            unoptimized
            sizes="(min-width: 1024px) 25vw, 50vw"
            className="object-cover transition-transform group-hover:scale-105"
          />
        ) : (
          <div className="flex size-full items-center justify-center text-muted-foreground">
            <ImageOff aria-hidden="true" className="size-8" />
          </div>
        )}
        {!product.inStock && (
          <Badge variant="secondary" className="absolute top-2 left-2">
            Out of stock
          </Badge>
        )}
      </div>
      <div className="flex flex-col gap-1">
        {product.brand && <p className="text-xs text-muted-foreground">{product.brand}</p>}
        <Heading className="text-sm leading-snug font-medium">
          <Link href={`/p/${encodeURIComponent(product.slug)}`} className="rounded-sm after:absolute after:inset-0 hover:underline">
            {nameHtml ? <HighlightedText html={nameHtml} /> : product.name}
          </Link>
        </Heading>
        {snippetHtml && (
          <p className="line-clamp-2 text-xs text-muted-foreground">
            <HighlightedText html={snippetHtml} />
          </p>
        )}
        <p className="flex flex-wrap items-baseline gap-2 text-sm">
          <span className="font-semibold">
            {product.compareAtPrice && <span className="sr-only">Sale price </span>}
            {product.priceFrom && <span className="font-normal text-muted-foreground">From </span>}
            {product.price}
          </span>
          {product.compareAtPrice && (
            <s className="text-xs text-muted-foreground">
              <span className="sr-only">Was </span>
              {product.compareAtPrice}
            </s>
          )}
        </p>
      </div>
    </article>
  );
}

type GridItem = Card & { nameHtml?: string; snippetHtml?: string | null };

/** A responsive grid of product cards. */
export function ProductGrid({ products, label, headingLevel }: { products: GridItem[]; label?: string; headingLevel?: 'h2' | 'h3' }) {
  return (
    <ul aria-label={label} className="grid grid-cols-2 gap-x-4 gap-y-8 sm:grid-cols-3 lg:grid-cols-4">
      {products.map((p) => (
        <li key={p.id}>
          <ProductCard product={p} nameHtml={p.nameHtml} snippetHtml={p.snippetHtml} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
