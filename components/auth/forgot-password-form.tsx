'use client';

import { useState } from 'react';
import { MailCheck } from 'lucide-react';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { useActionForm } from '@/components/forms/use-action-form';
import { ForgotPasswordInput } from '@/lib/account/schemas';
import type { ActionResult } from '@/lib/server/action';
import { FormError } from '@/components/forms/form-error';

type ForgotPasswordFormProps = {
  action: (input: ForgotPasswordInput) => Promise<ActionResult<{ sent: true }>>;
};

/** Asks for a reset link. The answer is the same whether or not the address has an account. */
export function ForgotPasswordForm({ action }: ForgotPasswordFormProps) {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: ForgotPasswordInput,
    defaultValues: { email: '' },
    action,
    onSuccess: () => {
      setSentTo(form.getValues('email'));
    },
  });

  if (sentTo) {
    return (
      <div className="flex flex-col gap-4">
        <Alert variant="success">
          <MailCheck aria-hidden="true" />
          <AlertTitle>Check your email</AlertTitle>
          <AlertDescription>
            If an account exists for {sentTo}, we sent a link to choose a new password. It works once, for one hour.
          </AlertDescription>
        </Alert>
        <Button type="button" variant="outline" onClick={() => setSentTo(null)}>
          Use a different email
        </Button>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormError message={formError} />
      <FormField id="email" label="Email" error={form.formState.errors.email?.message}>
        <Input type="email" autoComplete="email" inputMode="email" autoFocus {...form.register('email')} />
      </FormField>
      <Button type="submit" className="w-full" loading={pending}>
        Send reset link
      </Button>
    </form>
  );
}
