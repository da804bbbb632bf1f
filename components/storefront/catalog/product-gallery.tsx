'use client';

import { useRef } from 'react';
import Image from 'next/image';
import { ChevronLeft, ChevronRight, ImageOff } from 'lucide-react';
import { Button } from '@/components/ui/button';
import type { PageImage } from '@/lib/storefront/catalog/get-product-page';
import { cn } from '@/lib/utils/cn';

/**
 * The product's images: one large, thumbnails to pick another. Arrow keys (and Home/End)
 * move through the images while focus is in the gallery; the position is announced.
 */
export function ProductGallery({
  images,
  index,
  onIndexChange,
  productName,
}: {
  images: PageImage[];
  index: number;
  onIndexChange: (index: number) => void;
  productName: string;
}) {
  const thumbs = useRef<(HTMLButtonElement | null)[]>([]);
  const current = images[index];
  if (!current) {
    return (
      <div className="flex aspect-square items-center justify-center rounded-lg border bg-muted text-muted-foreground">
        <ImageOff aria-hidden="true" className="size-10" />
        <span className="sr-only">No image of {productName}</span>
      </div>
    );
  }
  const count = images.length;
  const go = (next: number, focusThumb: boolean) => {
    const target = (next + count) % count;
    onIndexChange(target);
    if (focusThumb) thumbs.current[target]?.focus();
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    const inThumbs = (e.target as HTMLElement).dataset.thumb !== undefined;
    const moves: Record<string, number> = { ArrowLeft: index - 1, ArrowRight: index + 1, Home: 0, End: count - 1 };
    if (count > 1 && e.key in moves) {
      e.preventDefault();
      go(moves[e.key]!, inThumbs);
    }
  };

  return (
    <section aria-roledescription="gallery" aria-label={`Images of ${productName}`} onKeyDown={onKeyDown} className="flex flex-col gap-3">
      <div className="relative aspect-square overflow-hidden rounded-lg border bg-muted">
        <Image
          src={current.url}
          alt={current.alt || productName}
          fill
          unoptimized
          preload
          sizes="(min-width: 768px) 50vw, 100vw"
          className="object-contain"
        />
        {count > 1 && (
          <>
            <Button
              type="button"
              variant="outline"
              size="icon"
              aria-label="Previous image"
              onClick={() => go(index - 1, false)}
              className="absolute top-1/2 left-2 -translate-y-1/2 rounded-full bg-background/80"
            >
              <ChevronLeft aria-hidden="true" />
            </Button>
            <Button
              type="button"
              variant="outline"
              size="icon"
              aria-label="Next image"
              onClick={() => go(index + 1, false)}
              className="absolute top-1/2 right-2 -translate-y-1/2 rounded-full bg-background/80"
            >
              <ChevronRight aria-hidden="true" />
            </Button>
          </>
        )}
      </div>
      <p aria-live="polite" className="sr-only">
        Image {index + 1} of {count}
      </p>
      {count > 1 && (
        <ul className="flex gap-2 overflow-x-auto pb-1">
          {images.map((image, i) => (
            <li key={image.id} className="shrink-0">
              <button
                ref={(el) => {
                  thumbs.current[i] = el;
                }}
                type="button"
                data-thumb
                aria-label={`Show image ${i + 1} of ${count}${image.alt ? `: ${image.alt}` : ''}`}
                aria-current={i === index ? 'true' : undefined}
                tabIndex={i === index ? 0 : -1}
                onClick={() => onIndexChange(i)}
                className={cn(
                  'relative block size-16 overflow-hidden rounded-md border-2 bg-muted sm:size-20',
                  i === index ? 'border-primary' : 'border-transparent opacity-80 hover:opacity-100',
                )}
              >
                <Image src={image.thumbnailUrl} alt="" fill unoptimized sizes="80px" className="object-cover" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
