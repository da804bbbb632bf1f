'use client';

import { useId, useRef, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { Camera, CircleCheck } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { FieldError } from '@/components/ui/form-field';
import { toast } from '@/components/ui/use-toast';
import { uploadProofPhotoAction } from '@/lib/courier/actions';
import { UploadProofPhotoInput } from '@/lib/courier/schemas';
import { ACCEPTED_IMAGE_ACCEPT } from '@/lib/storage/image-limits';
import { shrinkPhoto } from './shrink-photo';

/** Opens the phone's camera; the photo uploads at once and counts as proof of delivery. */
export function ProofPhotoInput({ orgSlug, deliveryId, hasPhoto }: { orgSlug: string; deliveryId: string; hasPhoto: boolean }) {
  const router = useRouter();
  const inputId = useId();
  const errorId = `${inputId}-error`;
  const statusId = `${inputId}-status`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [uploading, startUpload] = useTransition();

  const upload = (picked: File) => {
    setError(null);
    startUpload(async () => {
      const file = await shrinkPhoto(picked);
      const checked = UploadProofPhotoInput.safeParse({ deliveryId, file });
      if (!checked.success) {
        setError(checked.error.issues[0]?.message ?? 'Take or choose a photo.');
        return;
      }
      const data = new FormData();
      data.set('deliveryId', deliveryId);
      data.set('file', file);
      const result = await uploadProofPhotoAction(orgSlug, data);
      if (inputRef.current) inputRef.current.value = '';
      startUpload(() => {
        if (result.error) {
          setError(result.error.fieldErrors?.file?.[0] ?? result.error.message);
          return;
        }
        toast({ title: 'Photo saved', variant: 'success' });
        router.refresh();
      });
    });
  };

  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={inputId} className="sr-only">
        Photo of the parcel at the door
      </label>
      <input
        ref={inputRef}
        id={inputId}
        type="file"
        accept={ACCEPTED_IMAGE_ACCEPT}
        capture="environment"
        className="sr-only"
        tabIndex={-1}
        disabled={uploading}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) upload(file);
        }}
      />
      <Button
        type="button"
        variant="outline"
        size="lg"
        className="h-12 w-full"
        loading={uploading}
        onClick={() => inputRef.current?.click()}
        aria-controls={inputId}
        aria-describedby={error ? `${statusId} ${errorId}` : statusId}
        aria-invalid={error ? true : undefined}
      >
        {!uploading && <Camera aria-hidden="true" />}
        {uploading ? 'Saving the photo…' : hasPhoto ? 'Retake the photo' : 'Take a photo at the door'}
      </Button>
      <p id={statusId} className="flex items-center gap-1.5 text-sm text-muted-foreground" aria-live="polite">
        {hasPhoto && <CircleCheck aria-hidden="true" className="size-4 text-success" />}
        {hasPhoto ? 'Photo saved.' : 'No photo yet.'}
      </p>
      <FieldError id={errorId}>{error}</FieldError>
    </div>
  );
}
