'use client';

import { useRouter } from 'next/navigation';
import { FormError } from '@/components/forms/form-error';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { saveStripeAccountAction } from '@/lib/payments/settings/actions';
import { StripeAccountInput } from '@/lib/payments/settings/schemas';

const EMPTY = { publishableKey: '', secretKey: '', webhookSecret: '' };

/**
 * Paste the Stripe keys (Developers → API keys) and the webhook signing secret. The form never
 * shows saved secrets: it starts empty, and saving replaces all three.
 */
export function StripeAccountForm({ slug, connected }: { slug: string; connected: boolean }) {
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: StripeAccountInput,
    defaultValues: EMPTY,
    action: (values) => saveStripeAccountAction(slug, values),
    successMessage: connected ? 'Stripe keys replaced' : 'Stripe connected',
    onSuccess: () => {
      form.reset(EMPTY);
      router.refresh();
    },
  });
  const errors = form.formState.errors;
  const secret = { autoComplete: 'off', spellCheck: false, autoCapitalize: 'off', className: 'font-mono' } as const;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5" aria-label={connected ? 'Replace Stripe keys' : 'Connect Stripe'}>
      <FormField id="publishableKey" label="Publishable key" required description="Starts with pk_test_ or pk_live_." error={errors.publishableKey?.message}>
        <Input {...secret} {...form.register('publishableKey')} />
      </FormField>
      <FormField id="secretKey" label="Secret key" required description="sk_… or a restricted key rk_… of the same mode. Stored encrypted; it is never shown again." error={errors.secretKey?.message}>
        <Input type="password" {...secret} {...form.register('secretKey')} />
      </FormField>
      <FormField id="webhookSecret" label="Webhook signing secret" required description="whsec_…, from the webhook endpoint you add in Stripe (see above)." error={errors.webhookSecret?.message}>
        <Input type="password" {...secret} {...form.register('webhookSecret')} />
      </FormField>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-end">
        <FormError message={formError} className="py-2 sm:mr-auto sm:w-auto" />
        <Button type="submit" loading={pending}>
          {connected ? 'Replace keys' : 'Connect Stripe'}
        </Button>
      </div>
    </form>
  );
}
