'use client';

import { useEffect, useRef, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from '@/components/ui/use-toast';
import { reorderProductImagesAction } from '@/lib/catalog/images/actions';
import { cn } from '@/lib/utils/cn';
import { ImageCard } from './image-card';
import type { GalleryImage } from './types';

type Props = { slug: string; productId: string; images: GalleryImage[]; canManage: boolean };

const moved = (ids: string[], from: number, to: number) => {
  const next = [...ids];
  next.splice(to, 0, ...next.splice(from, 1));
  return next;
};

/**
 * The product's images in order. Reorder by dragging a card onto another, or with the
 * earlier/later buttons (keyboard); the new order shows at once and is saved, and goes back
 * if the save is refused. Moves are announced to screen readers.
 */
export function ImageGallery({ slug, productId, images, canManage }: Props) {
  const router = useRouter();
  const serverOrder = images.map((i) => i.id).join();
  const [order, setOrder] = useState(() => images.map((i) => i.id));
  const [syncedWith, setSyncedWith] = useState(serverOrder);
  const [dragged, setDragged] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [saving, startSaving] = useTransition();
  const refocus = useRef<{ id: string; direction: -1 | 1 } | null>(null);
  // A refresh (upload, delete, another tab) brings a new server order: follow it.
  if (syncedWith !== serverOrder) {
    setSyncedWith(serverOrder);
    setOrder(images.map((i) => i.id));
  }
  // Moving a card moves its DOM node, which drops focus: put it back on the button that was pressed
  // (or its twin once the card reaches an end).
  useEffect(() => {
    const target = refocus.current;
    if (!target) return;
    refocus.current = null;
    const index = order.indexOf(target.id);
    const atEnd = target.direction === -1 ? index === 0 : index === order.length - 1;
    document.querySelector<HTMLElement>(`[data-move="${target.id}:${atEnd ? -target.direction : target.direction}"]`)?.focus();
  }, [order]);
  const byId = new Map(images.map((i) => [i.id, i]));
  const shown = order.map((id) => byId.get(id)).filter((i): i is GalleryImage => Boolean(i));

  const save = (from: number, to: number) => {
    if (from === to || to < 0 || to >= order.length) return;
    const previous = order;
    const next = moved(order, from, to);
    setOrder(next);
    setAnnouncement(`Image moved from position ${from + 1} to position ${to + 1} of ${next.length}.`);
    startSaving(async () => {
      const result = await reorderProductImagesAction(slug, { productId, imageIds: next });
      startSaving(() => {
        if (result.error) {
          setOrder(previous);
          setAnnouncement('The new order was not saved.');
          toast({ title: result.error.message, variant: 'destructive' });
        }
        router.refresh();
      });
    });
  };

  return (
    <>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <ol className="grid grid-cols-1 gap-4 min-[480px]:grid-cols-2 md:grid-cols-3 xl:grid-cols-4" aria-busy={saving || undefined}>
        {shown.map((image, index) => (
          <li
            key={image.id}
            draggable={canManage && !saving}
            onDragStart={(e) => {
              // Drags that start in the alt text box select text instead of moving the card.
              if ((e.target as HTMLElement).closest('input, button, form')) return e.preventDefault();
              e.dataTransfer.effectAllowed = 'move';
              setDragged(image.id);
            }}
            onDragOver={(e) => {
              if (!dragged) return;
              e.preventDefault();
              setOver(image.id);
            }}
            onDragLeave={() => setOver((current) => (current === image.id ? null : current))}
            onDrop={(e) => {
              e.preventDefault();
              if (dragged) save(order.indexOf(dragged), index);
              setDragged(null);
              setOver(null);
            }}
            onDragEnd={() => (setDragged(null), setOver(null))}
            className={cn(
              'rounded-lg transition-shadow',
              canManage && 'cursor-grab active:cursor-grabbing',
              dragged === image.id && 'opacity-50',
              over === image.id && dragged !== image.id && 'ring-2 ring-primary ring-offset-2',
            )}
          >
            <ImageCard slug={slug} image={image} position={index + 1} count={shown.length} canManage={canManage} onMove={saving ? undefined : (d) => ((refocus.current = { id: image.id, direction: d }), save(index, index + d))} />
          </li>
        ))}
      </ol>
    </>
  );
}
