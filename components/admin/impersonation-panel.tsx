'use client';

import { Eye } from 'lucide-react';
import { FormError } from '@/components/forms/form-error';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { FormField, FormFieldset } from '@/components/ui/form-field';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { startImpersonationAction } from '@/lib/admin/impersonation/actions';
import { IMPERSONATION_MINUTES, StartImpersonationInput } from '@/lib/admin/impersonation/schemas';

type Props = { organizationId: string; organizationName: string; canWrite: boolean };

const MODES = [
  { value: 'read_only', label: 'Read-only', description: 'See the dashboard as the owner does; nothing can be changed.' },
  { value: 'read_write', label: 'Read and write', description: 'Change things on the tenant’s behalf. Every change is audited under your name.' },
] as const;

/** Opens a support session: why (audited), how long, and read-only unless the admin may and chooses to write. */
export function ImpersonationPanel({ organizationId, organizationName, canWrite }: Props) {
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: StartImpersonationInput,
    defaultValues: { organizationId, reason: '', mode: 'read_only', minutes: '30' },
    action: startImpersonationAction,
    redirect: (session) => `/dashboard/${session.slug}`,
  });
  const mode = form.watch('mode');
  const errors = form.formState.errors;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormError message={formError} />
      <FormField
        id="impersonation-reason"
        label="Reason"
        required
        description={`Why you need to see ${organizationName}'s dashboard, e.g. the ticket. Recorded in the audit log.`}
        error={errors.reason?.message}
      >
        <Textarea rows={2} maxLength={500} {...form.register('reason')} />
      </FormField>
      <FormFieldset id="impersonation-mode" legend="Access" error={errors.mode?.message}>
        {(control) => (
          <div className="grid gap-2 sm:grid-cols-2">
            {MODES.map((m) => {
              const disabled = m.value === 'read_write' && !canWrite;
              return (
                <label
                  key={m.value}
                  className={`flex gap-3 rounded-lg border p-3 text-sm has-focus-visible:outline-2 has-focus-visible:outline-ring ${mode === m.value ? 'border-primary bg-primary/5' : ''} ${disabled ? 'cursor-not-allowed opacity-60' : 'cursor-pointer'}`}
                >
                  <input type="radio" value={m.value} disabled={disabled} className="mt-0.5" {...control} {...form.register('mode')} />
                  <span className="flex flex-col gap-0.5">
                    <span className="font-medium">{m.label}</span>
                    <span className="text-muted-foreground">{disabled ? 'Needs the super admin role.' : m.description}</span>
                  </span>
                </label>
              );
            })}
          </div>
        )}
      </FormFieldset>
      <FormField id="impersonation-minutes" label="Ends after" description="The session stops working by itself then." error={errors.minutes?.message}>
        <Select className="sm:w-48" {...form.register('minutes')}>
          {IMPERSONATION_MINUTES.map((m) => (
            <option key={m} value={m}>
              {m} minutes
            </option>
          ))}
        </Select>
      </FormField>
      <div>
        <Button type="submit" loading={pending}>
          <Eye aria-hidden="true" />
          Open the dashboard as support
        </Button>
      </div>
    </form>
  );
}
