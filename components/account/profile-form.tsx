'use client';

import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { useActionForm } from '@/components/forms/use-action-form';
import { UpdateProfileInput } from '@/lib/account/schemas';
import type { ActionResult } from '@/lib/server/action';
import { FormError } from '@/components/forms/form-error';

export function ProfileForm({ name, action }: { name: string; action: (input: UpdateProfileInput) => Promise<ActionResult<{ name: string }>> }) {
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: UpdateProfileInput,
    defaultValues: { name },
    action,
    successMessage: 'Profile saved.',
    // The action revalidates /account, so the page (and the menu's name) re-render with its answer.
    onSuccess: (data) => {
      form.reset({ name: data.name });
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormError message={formError} />
      <FormField id="name" label="Name" error={form.formState.errors.name?.message}>
        <Input autoComplete="name" className="sm:max-w-sm" {...form.register('name')} />
      </FormField>
      <Button type="submit" className="self-start" loading={pending} disabled={!form.formState.isDirty}>
        Save
      </Button>
    </form>
  );
}
