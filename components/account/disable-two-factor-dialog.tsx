'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { useActionForm } from '@/components/forms/use-action-form';
import { FormError } from '@/components/forms/form-error';
import { PasswordInput } from '@/components/auth/password-input';
import { disableTotpAction } from '@/lib/account/actions';
import { DisableTotpInput } from '@/lib/account/schemas';

/** Turning two-factor off needs a current code, a backup code, or the password. */
export function DisableTwoFactorDialog() {
  const [open, setOpen] = useState(false);
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: DisableTotpInput,
    defaultValues: { method: 'code', code: '', password: '' },
    action: disableTotpAction,
    successMessage: 'Two-factor authentication is off.',
    onSuccess: () => {
      setOpen(false);
      form.reset();
    },
  });
  const method = form.watch('method');
  const { errors } = form.formState;
  const switchMethod = () => {
    form.clearErrors();
    form.setValue('method', method === 'code' ? 'password' : 'code');
  };

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="ghost-destructive">
          Turn off
        </Button>
      </DialogTrigger>
      <DialogContent>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <DialogHeader>
            <DialogTitle>Turn off two-factor authentication?</DialogTitle>
            <DialogDescription>
              Signing in will need only your password, and your backup codes stop working. Confirm it is you to continue.
            </DialogDescription>
          </DialogHeader>
          <FormError message={formError} />
          {method === 'code' ? (
            <FormField id="disable-code" label="Authentication or backup code" error={errors.code?.message}>
              <Input autoComplete="one-time-code" spellCheck={false} autoCapitalize="none" className="font-mono tracking-widest" {...form.register('code')} />
            </FormField>
          ) : (
            <FormField id="disable-password" label="Your password" error={errors.password?.message}>
              <PasswordInput autoComplete="current-password" {...form.register('password')} />
            </FormField>
          )}
          <Button type="button" variant="link" className="h-auto self-start px-0" onClick={switchMethod}>
            {method === 'code' ? 'Use your password instead' : 'Use a code instead'}
          </Button>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setOpen(false)}>
              Keep it on
            </Button>
            <Button type="submit" variant="destructive" loading={pending}>
              Turn off two-factor
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
