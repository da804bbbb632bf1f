'use client';

import Link from 'next/link';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Button } from '@/components/ui/button';
import { useActionForm } from '@/components/forms/use-action-form';
import { PASSWORD_MIN, SignUpFormInput, type SignedInResult } from '@/lib/account/schemas';
import type { ActionResult } from '@/lib/server/action';
import { FormError } from '@/components/forms/form-error';
import { PasswordInput } from './password-input';

type SignUpFormProps = {
  /** Creates the account and signs in; the page passes its surface's action. */
  action: (input: SignUpFormInput) => Promise<ActionResult<SignedInResult>>;
  signInHref?: string;
  callbackUrl?: string;
  submitLabel?: string;
};

/** Name, email and password (with a show/hide toggle rather than a confirm field). */
export function SignUpForm({ action, signInHref, callbackUrl, submitLabel = 'Create account' }: SignUpFormProps) {
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: SignUpFormInput,
    defaultValues: { name: '', email: '', password: '', callbackUrl },
    action,
    // A full page load, so every server component sees the new session cookie.
    redirect: (result) => result.redirectTo,
  });
  const { errors } = form.formState;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormError message={formError} />
      <FormField id="name" label="Your name" error={errors.name?.message}>
        <Input autoComplete="name" autoFocus {...form.register('name')} />
      </FormField>
      <FormField id="email" label="Email" error={errors.email?.message}>
        <Input type="email" autoComplete="email" inputMode="email" {...form.register('email')} />
      </FormField>
      <FormField
        id="password"
        label="Password"
        description={`At least ${PASSWORD_MIN} characters. A few unrelated words make a strong, memorable password.`}
        error={errors.password?.message}
      >
        <PasswordInput autoComplete="new-password" {...form.register('password')} />
      </FormField>
      <Button type="submit" className="w-full" loading={pending}>
        {submitLabel}
      </Button>
      {signInHref && (
        <p className="text-center text-sm text-muted-foreground">
          Already have an account?{' '}
          <Link href={signInHref} className="font-medium text-primary underline-offset-4 hover:underline">
            Sign in
          </Link>
        </p>
      )}
    </form>
  );
}
