'use client';

import { useEffect, useId, useRef, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { ImageUp, Trash2, type LucideIcon } from 'lucide-react';
import { ConfirmActionButton } from '@/components/forms/confirm-action-button';
import { Button } from '@/components/ui/button';
import { FieldError } from '@/components/ui/form-field';
import { Spinner } from '@/components/ui/spinner';
import { toast } from '@/components/ui/use-toast';
import type { ActionResult } from '@/lib/server/action';
import { ACCEPTED_IMAGE_ACCEPT } from '@/lib/storage/image-limits';
import { cn } from '@/lib/utils/cn';

type Props = {
  imageUrl: string | null;
  alt: string;
  /** What the image is, in lower case: "logo", "image". */
  noun: string;
  /** The hidden file input's label, e.g. "Logo file". */
  fileLabel: string;
  description: React.ReactNode;
  placeholderIcon: LucideIcon;
  frameClassName: string;
  imageClassName: string;
  /** Show the chosen file at once, while it uploads. */
  preview?: boolean;
  /** The same zod check the server runs, for an answer before sending; null when the file is fine. */
  check: (file: File) => string | null;
  upload: (file: File) => Promise<ActionResult<unknown>>;
  remove: () => Promise<ActionResult<unknown>>;
  removeDescription: string;
};

/** One image of something (a logo, a category image): pick a file and it uploads at once, or remove it. */
export function SingleImageUpload(props: Props) {
  const { imageUrl, noun, check } = props;
  const router = useRouter();
  const inputId = useId();
  const descriptionId = `${inputId}-description`;
  const errorId = `${inputId}-error`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [uploading, startUpload] = useTransition();
  const [removing, setRemoving] = useState(false);
  const Noun = noun.charAt(0).toUpperCase() + noun.slice(1);

  // The local preview is dropped once the upload settles (the saved image takes its place).
  useEffect(() => {
    if (!preview) return;
    return () => URL.revokeObjectURL(preview);
  }, [preview]);

  const upload = (file: File) => {
    setError(null);
    const problem = check(file);
    if (problem) {
      setError(problem);
      return;
    }
    if (props.preview) setPreview(URL.createObjectURL(file));
    startUpload(async () => {
      const result = await props.upload(file);
      if (inputRef.current) inputRef.current.value = '';
      startUpload(() => {
        setPreview(null);
        if (result.error) {
          setError(result.error.fieldErrors?.file?.[0] ?? result.error.message);
          return;
        }
        toast({ title: `${Noun} updated`, variant: 'success' });
        router.refresh();
      });
    });
  };

  const busy = uploading || removing;
  const shown = preview ?? imageUrl;
  const Placeholder = props.placeholderIcon;
  return (
    <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
      <div className={cn('relative flex shrink-0 items-center justify-center overflow-hidden rounded-lg border bg-muted/50', props.frameClassName)}>
        {shown ? (
          // eslint-disable-next-line @next/next/no-img-element -- our own file route, or a local preview (blob:)
          <img src={shown} alt={props.alt} className={cn('size-full', props.imageClassName)} />
        ) : (
          <Placeholder aria-hidden="true" className="size-8 text-muted-foreground" />
        )}
        {uploading && (
          <div className="absolute inset-0 flex items-center justify-center bg-background/60">
            <Spinner label={`Uploading ${noun}`} />
          </div>
        )}
      </div>
      <div className="flex min-w-0 flex-col gap-2">
        <label htmlFor={inputId} className="sr-only">
          {props.fileLabel}
        </label>
        <p id={descriptionId} className="text-sm text-muted-foreground">
          {props.description}
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
            {uploading ? 'Uploading…' : imageUrl ? `Replace ${noun}` : `Upload ${noun}`}
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
              title={`Remove the ${noun}?`}
              description={props.removeDescription}
              confirmLabel={`Remove ${noun}`}
              destructive
              run={props.remove}
              successMessage={`${Noun} removed`}
              refresh="success"
            />
          )}
        </div>
        <FieldError id={errorId}>{error}</FieldError>
      </div>
    </div>
  );
}
