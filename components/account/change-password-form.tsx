'use client';

import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { toast } from '@/components/ui/use-toast';
import { useActionForm } from '@/components/forms/use-action-form';
import { FormError } from '@/components/forms/form-error';
import { PasswordInput } from '@/components/auth/password-input';
import { ChangePasswordInput, PASSWORD_MIN } from '@/lib/account/schemas';
import type { ActionResult } from '@/lib/server/action';

type ChangePasswordFormProps = {
  action: (input: ChangePasswordInput) => Promise<ActionResult<{ otherSessionsEnded: number }>>;
};

export function ChangePasswordForm({ action }: ChangePasswordFormProps) {
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: ChangePasswordInput,
    defaultValues: { currentPassword: '', newPassword: '' },
    action,
    onSuccess: ({ otherSessionsEnded }) => {
      form.reset();
      toast({
        title: 'Password changed.',
        description:
          otherSessionsEnded === 0
            ? 'You stay signed in here.'
            : `You stay signed in here; ${otherSessionsEnded} other session${otherSessionsEnded === 1 ? ' was' : 's were'} signed out.`,
        variant: 'success',
      });
    },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4 sm:max-w-sm">
      <FormError message={formError} />
      <FormField id="currentPassword" label="Current password" error={errors.currentPassword?.message}>
        <PasswordInput autoComplete="current-password" {...form.register('currentPassword')} />
      </FormField>
      <FormField
        id="newPassword"
        label="New password"
        description={`At least ${PASSWORD_MIN} characters. Other devices will be signed out.`}
        error={errors.newPassword?.message}
      >
        <PasswordInput autoComplete="new-password" {...form.register('newPassword')} />
      </FormField>
      <Button type="submit" className="self-start" loading={pending}>
        Change password
      </Button>
    </form>
  );
}
