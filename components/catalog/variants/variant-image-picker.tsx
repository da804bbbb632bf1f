'use client';

import { useState } from 'react';
import { ImageOff } from 'lucide-react';
import { useRunAction } from '@/components/forms/use-run-action';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { updateVariantAction } from '@/lib/catalog/variants/actions';
import { cn } from '@/lib/utils/cn';
import type { ImageChoice } from './types';

type Props = { slug: string; variantId: string; variantName: string; imageId: string | null; images: ImageChoice[]; disabled?: boolean };

function Thumb({ image, className }: { image: ImageChoice | undefined; className?: string }) {
  if (!image) {
    return (
      <span className={cn('flex items-center justify-center rounded-md border border-dashed bg-muted/50', className)}>
        <ImageOff aria-hidden="true" className="size-4 text-muted-foreground" />
      </span>
    );
  }
  // eslint-disable-next-line @next/next/no-img-element -- thumbnails from our own file route, already small
  return <img src={image.thumbnailUrl} alt="" className={cn('rounded-md border object-cover', className)} />;
}

/** The variant's image, chosen among the product's images (a radio group of thumbnails). */
export function VariantImagePicker({ slug, variantId, variantName, imageId, images, disabled }: Props) {
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState<string>(imageId ?? '');
  const current = images.find((i) => i.id === imageId);
  const { pending, execute } = useRunAction({
    run: () => updateVariantAction(slug, { variantId, imageId: choice || null }),
    successMessage: 'Image saved',
    refresh: 'success',
    onDone: () => setOpen(false),
  });

  return (
    <Dialog open={open} onOpenChange={(next) => (setOpen(next), next && setChoice(imageId ?? ''))}>
      <DialogTrigger asChild>
        <button
          type="button"
          disabled={disabled}
          className="rounded-md focus-visible:outline-2 focus-visible:outline-offset-2 disabled:cursor-not-allowed"
          aria-label={`Image of ${variantName}: ${current ? current.altText || 'chosen' : 'none'}. Change`}
        >
          <Thumb image={current} className="size-10" />
        </button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Image for {variantName}</DialogTitle>
          <DialogDescription>Shoppers see it when they pick this variant.</DialogDescription>
        </DialogHeader>
        <fieldset>
          <legend className="sr-only">Images</legend>
          <div className="grid grid-cols-3 gap-3 sm:grid-cols-4">
            {[undefined, ...images].map((image, i) => (
              <label
                key={image?.id ?? 'none'}
                className="flex cursor-pointer flex-col items-center gap-1 rounded-md p-1 text-xs has-checked:bg-accent has-checked:ring-2 has-checked:ring-primary has-focus-visible:outline-2"
              >
                <input type="radio" name={`image-${variantId}`} value={image?.id ?? ''} checked={choice === (image?.id ?? '')} onChange={() => setChoice(image?.id ?? '')} className="sr-only" />
                <Thumb image={image} className="aspect-square w-full" />
                <span className="line-clamp-1">{image ? image.altText || `Image ${i}` : 'No image'}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <DialogFooter>
          <Button type="button" variant="outline" onClick={() => setOpen(false)} disabled={pending}>
            Cancel
          </Button>
          <Button type="button" onClick={execute} loading={pending} disabled={choice === (imageId ?? '')}>
            Save image
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
