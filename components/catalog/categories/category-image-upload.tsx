'use client';

import { useEffect, useId, useRef, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { ImageIcon, ImageUp, Trash2 } from 'lucide-react';
import { ConfirmActionButton } from '@/components/forms/confirm-action-button';
import { Button } from '@/components/ui/button';
import { FieldError } from '@/components/ui/form-field';
import { Spinner } from '@/components/ui/spinner';
import { toast } from '@/components/ui/use-toast';
import { removeCategoryImageAction, setCategoryImageAction } from '@/lib/catalog/categories/actions';
import { SetCategoryImageInput } from '@/lib/catalog/categories/schemas';
import { ACCEPTED_IMAGE_ACCEPT, ACCEPTED_IMAGE_NAMES, formatBytes, IMAGE_MAX_BYTES } from '@/lib/storage/image-limits';

type Props = { slug: string; categoryId: string; categoryName: string; imageUrl: string | null };

/** The category image: pick a file and it uploads at once (previewed meanwhile), or remove it. */
export function CategoryImageUpload({ slug, categoryId, categoryName, imageUrl }: Props) {
  const router = useRouter();
  const inputId = useId();
  const descriptionId = `${inputId}-description`;
  const errorId = `${inputId}-error`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [uploading, startUpload] = useTransition();
  const [removing, setRemoving] = useState(false);

  // The local preview is dropped once the upload settles (the saved image takes its place).
  useEffect(() => {
    if (!preview) return;
    return () => URL.revokeObjectURL(preview);
  }, [preview]);

  const upload = (file: File) => {
    setError(null);
    const checked = SetCategoryImageInput.safeParse({ id: categoryId, file });
    if (!checked.success) {
      setError(checked.error.issues[0]?.message ?? 'Choose an image file.');
      return;
    }
    setPreview(URL.createObjectURL(file));
    const data = new FormData();
    data.set('id', categoryId);
    data.set('file', file);
    startUpload(async () => {
      const result = await setCategoryImageAction(slug, data);
      if (inputRef.current) inputRef.current.value = '';
      startUpload(() => {
        setPreview(null);
        if (result.error) {
          setError(result.error.fieldErrors?.file?.[0] ?? result.error.message);
          return;
        }
        toast({ title: 'Image updated', variant: 'success' });
        router.refresh();
      });
    });
  };

  const busy = uploading || removing;
  const shown = preview ?? imageUrl;
  return (
    <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
      <div className="relative flex aspect-[4/3] w-full max-w-60 shrink-0 items-center justify-center overflow-hidden rounded-lg border bg-muted/50">
        {shown ? (
          // eslint-disable-next-line @next/next/no-img-element -- our own file route, or a local preview (blob:)
          <img src={shown} alt={`${categoryName} category image`} className="size-full object-cover" />
        ) : (
          <ImageIcon aria-hidden="true" className="size-8 text-muted-foreground" />
        )}
        {uploading && (
          <div className="absolute inset-0 flex items-center justify-center bg-background/60">
            <Spinner label="Uploading image" />
          </div>
        )}
      </div>
      <div className="flex min-w-0 flex-col gap-2">
        <label htmlFor={inputId} className="sr-only">
          Category image file
        </label>
        <p id={descriptionId} className="text-sm text-muted-foreground">
          {ACCEPTED_IMAGE_NAMES}, up to {formatBytes(IMAGE_MAX_BYTES)}. It is resized to at most 1200 pixels; a landscape image works best.
        </p>
        {/* Out of the tab order: the button opens it, and carries its description and error. */}
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          accept={ACCEPTED_IMAGE_ACCEPT}
          className="sr-only"
          tabIndex={-1}
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) upload(file);
          }}
        />
        <div className="flex flex-wrap items-center gap-2">
          <Button
            type="button"
            variant="outline"
            loading={uploading}
            disabled={busy}
            onClick={() => inputRef.current?.click()}
            aria-controls={inputId}
            aria-describedby={error ? `${descriptionId} ${errorId}` : descriptionId}
            aria-invalid={error ? true : undefined}
          >
            {!uploading && <ImageUp aria-hidden="true" />}
            {uploading ? 'Uploading…' : imageUrl ? 'Replace image' : 'Upload image'}
          </Button>
          {imageUrl && (
            <ConfirmActionButton
              trigger={(pending) => (
                <>
                  {!pending && <Trash2 aria-hidden="true" />}
                  Remove
                </>
              )}
              triggerVariant="ghost-destructive"
              disabled={busy}
              onPendingChange={setRemoving}
              title="Remove the image?"
              description={`${categoryName} will show without an image until you upload a new one.`}
              confirmLabel="Remove image"
              destructive
              run={() => removeCategoryImageAction(slug, { id: categoryId })}
              successMessage="Image removed"
              refresh="success"
            />
          )}
        </div>
        <FieldError id={errorId}>{error}</FieldError>
      </div>
    </div>
  );
}
