'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { useActionForm } from '@/components/forms/use-action-form';
import { FormError } from '@/components/forms/form-error';
import { regenerateBackupCodesAction } from '@/lib/account/actions';
import { SecondFactorInput } from '@/lib/account/schemas';

/** New backup codes replace the old ones; proving it is you takes a current code. */
export function RegenerateBackupCodesDialog({ onCodes }: { onCodes: (codes: string[]) => void }) {
  const [open, setOpen] = useState(false);
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: SecondFactorInput,
    defaultValues: { code: '' },
    action: regenerateBackupCodesAction,
    onSuccess: ({ backupCodes }) => {
      setOpen(false);
      form.reset();
      onCodes(backupCodes);
    },
  });
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline">New backup codes</Button>
      </DialogTrigger>
      <DialogContent>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <DialogHeader>
            <DialogTitle>Get new backup codes</DialogTitle>
            <DialogDescription>Your current backup codes stop working. Enter a code from your authenticator app (or a backup code) to continue.</DialogDescription>
          </DialogHeader>
          <FormError message={formError} />
          <FormField id="regenerate-code" label="Authentication or backup code" error={form.formState.errors.code?.message}>
            <Input autoComplete="one-time-code" spellCheck={false} autoCapitalize="none" className="font-mono tracking-widest" {...form.register('code')} />
          </FormField>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" loading={pending}>
              Replace backup codes
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
