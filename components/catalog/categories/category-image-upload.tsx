'use client';

import { ImageIcon } from 'lucide-react';
import { SingleImageUpload } from '@/components/forms/single-image-upload';
import { removeCategoryImageAction, setCategoryImageAction } from '@/lib/catalog/categories/actions';
import { SetCategoryImageInput } from '@/lib/catalog/categories/schemas';
import { ACCEPTED_IMAGE_NAMES, formatBytes, IMAGE_MAX_BYTES } from '@/lib/storage/image-limits';

type Props = { slug: string; categoryId: string; categoryName: string; imageUrl: string | null };

/** The category image: pick a file and it uploads at once (previewed meanwhile), or remove it. */
export function CategoryImageUpload({ slug, categoryId, categoryName, imageUrl }: Props) {
  return (
    <SingleImageUpload
      imageUrl={imageUrl}
      alt={`${categoryName} category image`}
      noun="image"
      fileLabel="Category image file"
      description={`${ACCEPTED_IMAGE_NAMES}, up to ${formatBytes(IMAGE_MAX_BYTES)}. It is resized to at most 1200 pixels; a landscape image works best.`}
      placeholderIcon={ImageIcon}
      frameClassName="aspect-[4/3] w-full max-w-60"
      imageClassName="object-cover"
      preview
      check={(file) => {
        const checked = SetCategoryImageInput.safeParse({ id: categoryId, file });
        return checked.success ? null : (checked.error.issues[0]?.message ?? 'Choose an image file.');
      }}
      upload={(file) => {
        const data = new FormData();
        data.set('id', categoryId);
        data.set('file', file);
        return setCategoryImageAction(slug, data);
      }}
      remove={() => removeCategoryImageAction(slug, { id: categoryId })}
      removeDescription={`${categoryName} will show without an image until you upload a new one.`}
    />
  );
}
