'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useActionForm } from '@/components/forms/use-action-form';
import { FormDialog } from '@/components/forms/form-dialog';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { toast } from '@/components/ui/use-toast';
import { ChangeTenantPlanInput, PLANS } from '@/lib/admin/schemas';
import type { ActionResult } from '@/lib/server/action';
import { PLAN_LABELS } from '@/lib/tenancy/labels';

type Props = {
  tenant: { id: string; name: string; plan: (typeof PLANS)[number] };
  action: (input: ChangeTenantPlanInput) => Promise<ActionResult<{ changed: boolean; plan: string }>>;
};

/** Moves a tenant to another plan, with an optional note for the audit log. */
export function ChangePlanDialog({ tenant, action }: Props) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: ChangeTenantPlanInput,
    defaultValues: { organizationId: tenant.id, plan: tenant.plan, reason: '' },
    action,
    onSuccess: (result) => {
      const label = PLAN_LABELS[result.plan as keyof typeof PLAN_LABELS] ?? result.plan;
      toast({ title: result.changed ? `${tenant.name} is now on the ${label} plan.` : `${tenant.name} was already on the ${label} plan.`, variant: result.changed ? 'success' : 'default' });
      setOpen(false);
      router.refresh();
    },
  });
  const chosen = form.watch('plan');

  return (
    <FormDialog
      open={open}
      onOpenChange={setOpen}
      onOpen={() => form.reset({ organizationId: tenant.id, plan: tenant.plan, reason: '' })}
      trigger={<Button variant="outline">Change plan</Button>}
      title={<>Change the plan of {tenant.name}</>}
      description={<>It is on the {PLAN_LABELS[tenant.plan]} plan now. The plan decides which modules and limits the organization gets.</>}
      onSubmit={onSubmit}
      formError={formError}
      pending={pending}
      submitLabel="Change plan"
      submitDisabled={chosen === tenant.plan}
    >
      <FormField id="plan" label="New plan" required error={form.formState.errors.plan?.message}>
        <Select {...form.register('plan')}>
          {PLANS.map((plan) => (
            <option key={plan} value={plan}>
              {PLAN_LABELS[plan]}
              {plan === tenant.plan ? ' (current)' : ''}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField id="plan-reason" label="Note" description="Optional. Recorded in the audit log." error={form.formState.errors.reason?.message}>
        <Textarea rows={2} maxLength={500} {...form.register('reason')} />
      </FormField>
    </FormDialog>
  );
}
