'use client';

import { useId } from 'react';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { useActionForm } from '@/components/forms/use-action-form';
import { FormError } from '@/components/forms/form-error';
import { confirmTotpEnrolmentAction } from '@/lib/account/actions';
import { ConfirmTotpInput, type TotpEnrolment } from '@/lib/account/schemas';

/** Scan (or type) the secret, then prove it with a code; two-factor goes on only then. */
export function TotpSetup({ enrolment, onEnabled, onCancel }: { enrolment: TotpEnrolment; onEnabled: (codes: string[]) => void; onCancel: () => void }) {
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: ConfirmTotpInput,
    defaultValues: { code: '' },
    action: confirmTotpEnrolmentAction,
    onSuccess: ({ backupCodes }) => onEnabled(backupCodes),
  });
  const grouped = enrolment.secret.match(/.{1,4}/g)?.join(' ') ?? enrolment.secret;
  const keyLabelId = useId();

  return (
    <div className="flex flex-col gap-6">
      <ol className="flex flex-col gap-6">
        <li className="flex flex-col gap-3">
          <p className="text-sm">
            <span className="font-medium">1. Scan this QR code</span> with an authenticator app (Google Authenticator, 1Password, Authy,
            Microsoft Authenticator…).
          </p>
          <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
            {/* A data: URL made on the server; next/image adds nothing for it. */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img
              src={enrolment.qrCodeDataUrl}
              alt="QR code for your authenticator app"
              width={200}
              height={200}
              className="size-[200px] self-center rounded-md border bg-white p-2 sm:self-start"
            />
            <div className="flex min-w-0 flex-col gap-2">
              <p className="text-sm text-muted-foreground">Cannot scan it? Enter this setup key in the app instead (time-based, 6 digits):</p>
              <p id={keyLabelId} className="text-sm font-medium">
                Setup key
              </p>
              <code aria-labelledby={keyLabelId} className="-mt-1 rounded-md border bg-muted/50 px-3 py-2 font-mono text-sm break-all select-all">
                {grouped}
              </code>
              <CopyButton value={enrolment.secret} label="setup key" size="sm" className="self-start">
                Copy key
              </CopyButton>
            </div>
          </div>
        </li>
        <li>
          <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4 sm:max-w-sm">
            <p className="text-sm font-medium">2. Enter the 6-digit code the app shows</p>
            <FormError message={formError} />
            <FormField id="totp-code" label="Authentication code" error={form.formState.errors.code?.message}>
              <Input
                autoComplete="one-time-code"
                inputMode="numeric"
                maxLength={7}
                placeholder="123456"
                className="font-mono tracking-widest"
                {...form.register('code')}
              />
            </FormField>
            <div className="flex flex-wrap gap-2">
              <Button type="submit" loading={pending}>
                Turn on two-factor
              </Button>
              <Button type="button" variant="ghost" onClick={onCancel}>
                Cancel
              </Button>
            </div>
          </form>
        </li>
      </ol>
    </div>
  );
}
