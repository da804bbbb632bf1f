'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Controller } from 'react-hook-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { FormDialog } from '@/components/forms/form-dialog';
import { Checkbox } from '@/components/ui/checkbox';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { toast } from '@/components/ui/use-toast';
import { createFlagAction, updateFlagAction } from '@/lib/features/actions';
import { CreateFlagInput, FLAG_PLANS, type UpdateFlagInput } from '@/lib/features/schemas';
import { PLAN_LABELS } from '@/lib/tenancy/labels';
import { CheckboxGroup } from './checkbox-group';

type Props = {
  /** The flag to edit; none creates one. */
  flag?: UpdateFlagInput;
  /** Every flag, to choose dependencies from and to suggest categories. */
  allFlags: { key: string; name: string; category: string }[];
  trigger: React.ReactNode;
};

const EMPTY: CreateFlagInput = { key: '', name: '', description: '', category: '', isBeta: false, isPremium: false, dependsOn: [], plans: [] };
const PLAN_OPTIONS = FLAG_PLANS.map((p) => ({ value: p, label: PLAN_LABELS[p] }));

/** Creates a flag, or edits one (everything but its key). */
export function FlagFormDialog({ flag, allFlags, trigger }: Props) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const editing = flag !== undefined;
  const initial = flag ?? EMPTY;
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: CreateFlagInput,
    defaultValues: initial,
    action: editing ? updateFlagAction : createFlagAction,
    onSuccess: (result: { key: string; name: string; changed?: boolean }) => {
      toast({ title: !editing ? `${result.name} was created.` : result.changed ? `${result.name} was saved.` : 'Nothing changed.', variant: 'success' });
      setOpen(false);
      router.refresh();
    },
  });
  const errors = form.formState.errors;
  const others = allFlags.filter((f) => f.key !== initial.key).map((f) => ({ value: f.key, label: f.name }));
  const categories = [...new Set(allFlags.map((f) => f.category))].sort();
  const listId = `flag-categories-${initial.key || 'new'}`;

  return (
    <FormDialog
      open={open}
      onOpenChange={setOpen}
      onOpen={() => form.reset(initial)}
      trigger={trigger}
      title={editing ? `Edit ${flag.name}` : 'New feature flag'}
      description="On for the plans ticked, unless an organization has its own override, and only while every flag it depends on is on."
      onSubmit={onSubmit}
      formError={formError}
      pending={pending}
      submitLabel={editing ? 'Save flag' : 'Create flag'}
    >
      <FormField id="flag-key" label="Key" required description={editing ? 'The key cannot change.' : 'How code asks for it, e.g. csv_import.'} error={errors.key?.message}>
        <Input autoComplete="off" readOnly={editing} {...form.register('key')} />
      </FormField>
      <FormField id="flag-name" label="Name" required error={errors.name?.message}>
        <Input autoComplete="off" {...form.register('name')} />
      </FormField>
      <FormField id="flag-description" label="Description" error={errors.description?.message}>
        <Textarea rows={2} maxLength={500} {...form.register('description')} />
      </FormField>
      <FormField id="flag-category" label="Category" required error={errors.category?.message}>
        <Input autoComplete="off" list={listId} {...form.register('category')} />
      </FormField>
      <datalist id={listId}>
        {categories.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      <div className="flex flex-wrap gap-x-6">
        <Checkbox label="Beta" {...form.register('isBeta')} />
        <Checkbox label="Premium" {...form.register('isPremium')} />
      </div>
      <Controller
        control={form.control}
        name="plans"
        render={({ field, fieldState }) => (
          <CheckboxGroup
            id="flag-plans"
            legend="On for these plans"
            description="None: only organizations with an override get it."
            options={PLAN_OPTIONS}
            value={field.value ?? []}
            onChange={field.onChange}
            error={fieldState.error?.message}
          />
        )}
      />
      <Controller
        control={form.control}
        name="dependsOn"
        render={({ field, fieldState }) =>
          others.length === 0 ? (
            <p className="text-sm text-muted-foreground">There are no other flags to depend on.</p>
          ) : (
            <CheckboxGroup
              id="flag-depends-on"
              legend="Depends on"
              description="It is off for an organization while any of these is off."
              options={others}
              value={field.value ?? []}
              onChange={field.onChange}
              error={fieldState.error?.message}
            />
          )
        }
      />
    </FormDialog>
  );
}
