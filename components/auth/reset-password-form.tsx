'use client';

import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { PASSWORD_MIN, ResetPasswordInput } from '@/lib/account/schemas';
import type { ActionResult } from '@/lib/server/action';
import { FormError } from '@/components/forms/form-error';
import { PasswordInput } from './password-input';

type ResetPasswordFormProps = {
  token: string;
  action: (input: ResetPasswordInput) => Promise<ActionResult<{ redirectTo: string }>>;
};

/** Chooses a new password from an emailed link. */
export function ResetPasswordForm({ token, action }: ResetPasswordFormProps) {
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: ResetPasswordInput,
    defaultValues: { token, password: '' },
    action,
    redirect: (result) => result.redirectTo,
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormError message={formError} />
      <FormField
        id="password"
        label="New password"
        description={`At least ${PASSWORD_MIN} characters. Saving it signs you out everywhere else.`}
        error={form.formState.errors.password?.message}
      >
        <PasswordInput autoComplete="new-password" autoFocus {...form.register('password')} />
      </FormField>
      <Button type="submit" className="w-full" loading={pending}>
        Save new password
      </Button>
    </form>
  );
}
