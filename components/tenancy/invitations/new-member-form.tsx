'use client';

import { PasswordInput } from '@/components/auth/password-input';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { acceptInvitationAsNewUserAction } from '@/lib/tenancy/invitations/actions';
import { AcceptInvitationAsNewUserInput } from '@/lib/tenancy/invitations/schemas';
import { FormError } from '@/components/forms/form-error';

/** For an invitee without an account: their name and a password; the emailed link already proved the address. */
export function NewMemberForm({ token, email }: { token: string; email: string }) {
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: AcceptInvitationAsNewUserInput,
    defaultValues: { token, name: '', password: '' },
    action: (values) => acceptInvitationAsNewUserAction(values),
    // A full page load, so every part of the app sees the new session.
    redirect: (data) => data.redirectTo,
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormField id="invite-account-email" label="Email">
        <Input type="email" value={email} readOnly autoComplete="username" className="bg-muted/50" />
      </FormField>
      <FormField id="name" label="Your name" required error={errors.name?.message}>
        <Input autoComplete="name" autoFocus {...form.register('name')} />
      </FormField>
      <FormField id="password" label="Choose a password" required description="At least 10 characters." error={errors.password?.message}>
        <PasswordInput autoComplete="new-password" {...form.register('password')} />
      </FormField>
      <FormError message={formError} />
      <Button type="submit" size="lg" loading={pending}>
        Create account and join
      </Button>
    </form>
  );
}
