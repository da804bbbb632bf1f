'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { UserPlus } from 'lucide-react';
import { FormDialog } from '@/components/forms/form-dialog';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { toast } from '@/components/ui/use-toast';
import { grantPlatformRoleAction } from '@/lib/admin/admins/actions';
import { GrantPlatformRoleInput } from '@/lib/admin/admins/schemas';
import type { PlatformRole } from '@/lib/server/permissions';
import { PLATFORM_ROLE_DESCRIPTIONS, PLATFORM_ROLE_LABELS } from './role-labels';

/** Gives an existing account a platform role; `roles` are the ones this admin may grant. */
export function GrantRoleDialog({ roles }: { roles: PlatformRole[] }) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const blank = { email: '', role: roles[0], expiresOn: '' };
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: GrantPlatformRoleInput,
    defaultValues: blank,
    action: grantPlatformRoleAction,
    onSuccess: (grant) => {
      toast({ title: `${grant.email} is now ${PLATFORM_ROLE_LABELS[grant.role].toLowerCase()}.`, variant: 'success' });
      setOpen(false);
      router.refresh();
    },
  });
  const role = form.watch('role');
  const errors = form.formState.errors;

  return (
    <FormDialog
      open={open}
      onOpenChange={setOpen}
      onOpen={() => form.reset(blank)}
      trigger={
        <Button>
          <UserPlus aria-hidden="true" />
          Grant a role
        </Button>
      }
      title="Grant a platform role"
      description="The person needs an account already. The grant is recorded in the audit log."
      onSubmit={onSubmit}
      formError={formError}
      pending={pending}
      submitLabel="Grant role"
    >
      <FormField id="grant-email" label="Email" required error={errors.email?.message}>
        <Input type="email" autoComplete="off" {...form.register('email')} />
      </FormField>
      <FormField id="grant-role" label="Role" required description={role ? PLATFORM_ROLE_DESCRIPTIONS[role] : undefined} error={errors.role?.message}>
        <Select {...form.register('role')}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {PLATFORM_ROLE_LABELS[r]}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField id="grant-expires" label="Ends after" description="Optional. The last day (UTC) the role works." error={errors.expiresOn?.message}>
        <Input type="date" className="sm:w-48" {...form.register('expiresOn')} />
      </FormField>
    </FormDialog>
  );
}
