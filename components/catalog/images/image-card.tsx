'use client';

import { ChevronLeft, ChevronRight, GripVertical, Star, Trash2 } from 'lucide-react';
import { ConfirmActionButton } from '@/components/forms/confirm-action-button';
import { useRunAction } from '@/components/forms/use-run-action';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { deleteProductImageAction, setPrimaryImageAction } from '@/lib/catalog/images/actions';
import { formatBytes } from '@/lib/storage/image-limits';
import { ImageAltForm } from './image-alt-form';
import type { GalleryImage } from './types';

type Props = {
  slug: string;
  image: GalleryImage;
  position: number;
  count: number;
  canManage: boolean;
  /** Moves this image by one place; undefined while a reorder is saving. */
  onMove?: (direction: -1 | 1) => void;
};

/** One image of the gallery: thumbnail, primary flag, alt text, moves and delete. */
export function ImageCard({ slug, image, position, count, canManage, onMove }: Props) {
  const primary = useRunAction({
    run: () => setPrimaryImageAction(slug, { imageId: image.id }),
    successMessage: `Image ${position} is now the primary image`,
    refresh: 'always',
  });
  const label = `image ${position}`;
  const first = position === 1;
  const last = position === count;

  return (
    <div className="flex h-full flex-col gap-3 rounded-lg border bg-card p-3">
      <div className="relative">
        {/* eslint-disable-next-line @next/next/no-img-element -- thumbnails from our own file route, already resized */}
        <img
          src={image.thumbnailUrl}
          alt={image.altText || `Image ${position} (no alt text yet)`}
          width={image.width}
          height={image.height}
          draggable={false}
          className="aspect-square w-full rounded-md bg-muted object-contain"
        />
        {canManage && <GripVertical aria-hidden="true" className="absolute top-2 left-2 size-5 rounded bg-background/80 text-muted-foreground" />}
        {image.isPrimary && (
          <Badge className="absolute top-2 right-2">
            <Star aria-hidden="true" /> Primary
          </Badge>
        )}
      </div>
      <p className="text-xs text-muted-foreground">
        {position} of {count} · {image.width}×{image.height} · {formatBytes(image.byteSize)}
      </p>
      {canManage ? (
        <>
          <ImageAltForm slug={slug} imageId={image.id} altText={image.altText} position={position} />
          <div className="mt-auto flex flex-wrap items-center gap-1">
            <Button type="button" variant="ghost" size="icon" data-move={`${image.id}:-1`} aria-label={`Move ${label} earlier`} aria-disabled={first || !onMove} onClick={() => !first && onMove?.(-1)}>
              <ChevronLeft aria-hidden="true" />
            </Button>
            <Button type="button" variant="ghost" size="icon" data-move={`${image.id}:1`} aria-label={`Move ${label} later`} aria-disabled={last || !onMove} onClick={() => !last && onMove?.(1)}>
              <ChevronRight aria-hidden="true" />
            </Button>
            {!image.isPrimary && (
              <Button type="button" variant="ghost" size="sm" loading={primary.pending} onClick={primary.execute}>
                {/* The spoken name starts with the visible words, so voice control finds the button by what it says. */}
                Make primary<span className="sr-only"> ({label})</span>
              </Button>
            )}
            <div className="ml-auto">
              <ConfirmActionButton
                trigger={(pending) => (
                  <>
                    {!pending && <Trash2 aria-hidden="true" />}
                    <span className="sr-only">Delete {label}</span>
                  </>
                )}
                triggerVariant="ghost-destructive"
                triggerSize="icon"
                title={`Delete image ${position}?`}
                description={
                  image.isPrimary
                    ? 'It is the primary image: the next one takes its place. Variants showing it will show no image.'
                    : 'Variants showing it will show no image. This cannot be undone.'
                }
                confirmLabel="Delete image"
                pendingLabel="Deleting…"
                destructive
                run={() => deleteProductImageAction(slug, { imageId: image.id })}
                successMessage="Image deleted"
                refresh="always"
              />
            </div>
          </div>
        </>
      ) : (
        image.altText && <p className="text-sm">{image.altText}</p>
      )}
    </div>
  );
}
