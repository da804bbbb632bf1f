'use client';

import { useState } from 'react';
import { useRunAction } from '@/components/forms/use-run-action';
import { Button } from '@/components/ui/button';
import { FieldError } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { updateImageAltAction } from '@/lib/catalog/images/actions';
import { ALT_TEXT_MAX } from '@/lib/catalog/images/schemas';

/** Alt text of one image, saved with its own button (or Enter). */
export function ImageAltForm({ slug, imageId, altText, position }: { slug: string; imageId: string; altText: string | null; position: number }) {
  const [value, setValue] = useState(altText ?? '');
  const [error, setError] = useState<string | null>(null);
  const dirty = value.trim() !== (altText ?? '');
  const { pending, execute } = useRunAction({
    run: () => updateImageAltAction(slug, { imageId, altText: value }),
    successMessage: 'Alt text saved',
    refresh: 'success',
    onError: (e) => setError(e.fieldErrors?.altText?.[0] ?? e.message),
  });
  const id = `alt-${imageId}`;
  return (
    <form
      className="flex flex-col gap-1.5"
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        if (dirty) execute();
      }}
    >
      <label htmlFor={id} className="text-xs font-medium">
        Alt text for image {position}
      </label>
      <div className="flex gap-2">
        <Input
          id={id}
          value={value}
          maxLength={ALT_TEXT_MAX}
          placeholder="Describe the image"
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-error`}
          className="h-9"
        />
        <Button type="submit" size="sm" variant="secondary" disabled={!dirty} loading={pending}>
          Save
        </Button>
      </div>
      <FieldError id={`${id}-error`}>{error}</FieldError>
    </form>
  );
}
