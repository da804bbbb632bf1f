'use client';

import { useState } from 'react';
import Link from 'next/link';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Button } from '@/components/ui/button';
import { useActionForm } from '@/components/forms/use-action-form';
import {
  SignInWithCodeInput,
  SignInWithPasswordInput,
  type SignedInResult,
  type SignInResult,
} from '@/lib/account/schemas';
import type { ActionResult } from '@/lib/server/action';
import { FormError } from '@/components/forms/form-error';
import { PasswordInput } from './password-input';

type SignInFormProps = {
  /** Checks email and password; the page passes its surface's action (platform or storefront-bound). */
  passwordAction: (input: SignInWithPasswordInput) => Promise<ActionResult<SignInResult>>;
  /** Checks the second factor when the account has two-factor on. */
  codeAction: (input: SignInWithCodeInput) => Promise<ActionResult<SignedInResult>>;
  callbackUrl?: string;
  signUpHref?: string;
  forgotPasswordHref?: string;
  defaultEmail?: string;
};

/** Email + password, then (when the account has two-factor on) a code or a backup code. */
export function SignInForm({ passwordAction, codeAction, callbackUrl, signUpHref, forgotPasswordHref, defaultEmail = '' }: SignInFormProps) {
  const [challenge, setChallenge] = useState<string | null>(null);
  if (challenge) {
    return <CodeStep challenge={challenge} action={codeAction} callbackUrl={callbackUrl} onRestart={() => setChallenge(null)} />;
  }
  return (
    <PasswordStep
      action={passwordAction}
      callbackUrl={callbackUrl}
      signUpHref={signUpHref}
      forgotPasswordHref={forgotPasswordHref}
      defaultEmail={defaultEmail}
      onChallenge={setChallenge}
    />
  );
}

function PasswordStep({
  action,
  callbackUrl,
  signUpHref,
  forgotPasswordHref,
  defaultEmail,
  onChallenge,
}: {
  action: SignInFormProps['passwordAction'];
  callbackUrl?: string;
  signUpHref?: string;
  forgotPasswordHref?: string;
  defaultEmail: string;
  onChallenge: (challenge: string) => void;
}) {
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: SignInWithPasswordInput,
    defaultValues: { email: defaultEmail, password: '', callbackUrl },
    action,
    onSuccess: (result) => {
      if (result.status === 'mfa-required') onChallenge(result.challenge);
    },
    redirect: (result) => (result.status === 'signed-in' ? result.redirectTo : null),
  });
  const { errors } = form.formState;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormError message={formError} />
      <FormField id="email" label="Email" error={errors.email?.message}>
        <Input type="email" autoComplete="email" inputMode="email" autoFocus {...form.register('email')} />
      </FormField>
      <div className="flex flex-col gap-2">
        <FormField id="password" label="Password" error={errors.password?.message}>
          <PasswordInput autoComplete="current-password" {...form.register('password')} />
        </FormField>
        {forgotPasswordHref && (
          <Link href={forgotPasswordHref} className="self-end text-sm font-medium text-primary underline-offset-4 hover:underline">
            Forgot your password?
          </Link>
        )}
      </div>
      <Button type="submit" className="w-full" loading={pending}>
        Sign in
      </Button>
      {signUpHref && (
        <p className="text-center text-sm text-muted-foreground">
          New here?{' '}
          <Link href={signUpHref} className="font-medium text-primary underline-offset-4 hover:underline">
            Create an account
          </Link>
        </p>
      )}
    </form>
  );
}

function CodeStep({
  challenge,
  action,
  callbackUrl,
  onRestart,
}: {
  challenge: string;
  action: SignInFormProps['codeAction'];
  callbackUrl?: string;
  onRestart: () => void;
}) {
  const [backup, setBackup] = useState(false);
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: SignInWithCodeInput,
    defaultValues: { challenge, code: '', callbackUrl },
    action,
    redirect: (result) => result.redirectTo,
  });
  const { errors } = form.formState;
  const switchMode = () => {
    setBackup((b) => !b);
    form.resetField('code');
  };

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <div className="flex flex-col gap-1">
        <h2 className="text-base font-semibold">Two-factor authentication</h2>
        <p className="text-sm text-muted-foreground">
          {backup
            ? 'Enter one of the backup codes you saved when you turned on two-factor authentication. Each code works once.'
            : 'Enter the 6-digit code from your authenticator app.'}
        </p>
      </div>
      {formError && (
        <div className="flex flex-col gap-2">
          <FormError message={formError} />
          <Button type="button" variant="outline" onClick={onRestart}>
            Start again
          </Button>
        </div>
      )}
      <FormField id="code" label={backup ? 'Backup code' : 'Authentication code'} error={errors.code?.message}>
        <Input
          key={backup ? 'backup' : 'totp'}
          autoFocus
          autoComplete={backup ? 'off' : 'one-time-code'}
          inputMode={backup ? 'text' : 'numeric'}
          placeholder={backup ? 'xxxx-xxxx' : '123456'}
          maxLength={backup ? 20 : 6}
          spellCheck={false}
          autoCapitalize="none"
          className="font-mono tracking-widest"
          {...form.register('code')}
        />
      </FormField>
      <Button type="submit" className="w-full" loading={pending}>
        Verify and sign in
      </Button>
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <Button type="button" variant="link" className="h-auto px-0" onClick={switchMode}>
          {backup ? 'Use your authenticator app instead' : 'Use a backup code instead'}
        </Button>
        <Button type="button" variant="link" className="h-auto px-0 text-muted-foreground" onClick={onRestart}>
          Back
        </Button>
      </div>
    </form>
  );
}
