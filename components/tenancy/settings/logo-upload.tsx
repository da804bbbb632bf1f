'use client';

import { useId, useRef, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { ImageUp, Store, Trash2 } from 'lucide-react';
import { ConfirmActionButton } from '@/components/forms/confirm-action-button';
import { Button } from '@/components/ui/button';
import { FieldError } from '@/components/ui/form-field';
import { Spinner } from '@/components/ui/spinner';
import { toast } from '@/components/ui/use-toast';
import { removeOrganizationLogoAction, uploadOrganizationLogoAction } from '@/lib/tenancy/organizations/actions';
import { UploadLogoInput } from '@/lib/tenancy/organizations/schemas';
import { ACCEPTED_IMAGE_ACCEPT } from '@/lib/storage/image-limits';


/** Logo: pick an image and it uploads at once (checked again on the server by its bytes); or remove it. */
export function LogoUpload({ slug, logoUrl, organizationName }: { slug: string; logoUrl: string | null; organizationName: string }) {
  const router = useRouter();
  const inputId = useId();
  const descriptionId = `${inputId}-description`;
  const errorId = `${inputId}-error`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [uploading, startUpload] = useTransition();
  const [removing, setRemoving] = useState(false);

  const upload = (file: File) => {
    setError(null);
    const checked = UploadLogoInput.safeParse({ file });
    if (!checked.success) {
      setError(checked.error.issues[0]?.message ?? 'Choose an image file.');
      return;
    }
    const data = new FormData();
    data.set('file', file);
    startUpload(async () => {
      const result = await uploadOrganizationLogoAction(slug, data);
      if (inputRef.current) inputRef.current.value = '';
      if (result.error) {
        setError(result.error.fieldErrors?.file?.[0] ?? result.error.message);
        return;
      }
      toast({ title: 'Logo updated', variant: 'success' });
      router.refresh();
    });
  };

  const busy = uploading || removing;
  return (
    <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
      <div className="flex size-24 shrink-0 items-center justify-center overflow-hidden rounded-lg border bg-muted/50">
        {logoUrl ? (
          // eslint-disable-next-line @next/next/no-img-element -- served by our own file route; no optimisation needed for a logo
          <img src={logoUrl} alt={`${organizationName} logo`} className="size-full object-contain" />
        ) : (
          <Store aria-hidden="true" className="size-8 text-muted-foreground" />
        )}
      </div>
      <div className="flex min-w-0 flex-col gap-2">
        <label htmlFor={inputId} className="sr-only">
          Logo file
        </label>
        <p id={descriptionId} className="text-sm text-muted-foreground">
          PNG, JPEG, WebP or GIF, up to 2 MB. A square image works best.
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
            disabled={busy}
            onClick={() => inputRef.current?.click()}
            aria-controls={inputId}
            aria-describedby={error ? `${descriptionId} ${errorId}` : descriptionId}
            aria-invalid={error ? true : undefined}
          >
            <ImageUp aria-hidden="true" />
            {logoUrl ? 'Replace logo' : 'Upload logo'}
          </Button>
          {logoUrl && (
            <ConfirmActionButton
              trigger={(pending) => (
                <>
                  {!pending && <Trash2 aria-hidden="true" />}
                  Remove
                </>
              )}
              triggerVariant="ghost"
              disabled={busy}
              onPendingChange={setRemoving}
              title="Remove the logo?"
              description="Your storefront will show your business name instead until you upload a new one."
              confirmLabel="Remove logo"
              destructive
              run={() => removeOrganizationLogoAction(slug, {})}
              successMessage="Logo removed"
              refresh="success"
            />
          )}
          {uploading && (
            <span className="inline-flex items-center gap-2 text-sm text-muted-foreground" role="status">
              <Spinner label={null} />
              Uploading…
            </span>
          )}
        </div>
        <FieldError id={errorId}>{error}</FieldError>
      </div>
    </div>
  );
}
