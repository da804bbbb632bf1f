'use client';

import { useRouter } from 'next/navigation';
import { PackageCheck } from 'lucide-react';
import { FormError } from '@/components/forms/form-error';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { FieldError, FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { deliverAction } from '@/lib/courier/actions';
import type { MyDelivery } from '@/lib/courier/get-my-delivery';
import { DeliverInput } from '@/lib/courier/schemas';
import { currentLocation } from './current-location';

type Props = { orgSlug: string; deliveryId: string; proof: MyDelivery['proof'] };

/**
 * "Delivered": the shopper's code when the store asks for one (a wrong code says how many tries
 * are left), and the store's rule with what is still missing. Photo proof is taken beside it.
 */
export function DeliverForm({ orgSlug, deliveryId, proof }: Props) {
  const router = useRouter();
  const askCode = proof.asksCode && !proof.codeVerified;
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: DeliverInput,
    defaultValues: { deliveryId, code: '' },
    action: async (values) => deliverAction(orgSlug, { ...values, location: await currentLocation() }),
    successMessage: 'Delivered. Well done!',
    onSuccess: () => {
      router.push(`/courier/${orgSlug}`);
      router.refresh();
    },
  });
  // The store's rule is checked on the server; its refusal is keyed `proof`.
  const proofError = (form.formState.errors as Record<string, { message?: string } | undefined>).proof?.message;
  const codeDescription = proof.requirement === 'otp_or_photo' ? 'Or take a photo instead.' : `${proof.codeTriesLeft} ${proof.codeTriesLeft === 1 ? 'try' : 'tries'} left.`;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormError message={formError} />
      {askCode &&
        (proof.codeSent ? (
          <FormField id="delivery-code" label="The shopper's 6-digit code" description={codeDescription} error={form.formState.errors.code?.message}>
            <Input
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9 ]*"
              maxLength={7}
              className="h-12 text-center font-mono text-2xl tracking-[0.3em]"
              {...form.register('code')}
            />
          </FormField>
        ) : (
          <p className="text-sm text-muted-foreground">No code was sent to the shopper for this delivery. Ask the store to send one.</p>
        ))}
      <FieldError id="delivery-proof-error">{proofError ?? null}</FieldError>
      <Button type="submit" size="lg" className="h-12 w-full text-base" loading={pending}>
        {!pending && <PackageCheck aria-hidden="true" />}
        Delivered
      </Button>
    </form>
  );
}
