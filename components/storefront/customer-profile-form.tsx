'use client';

import { useRouter } from 'next/navigation';
import { useActionForm } from '@/components/forms/use-action-form';
import { FormError } from '@/components/forms/form-error';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { UpdateCustomerProfileInput } from '@/lib/customers/schemas';
import type { ActionResult } from '@/lib/server/action';

type Props = {
  defaultValues: UpdateCustomerProfileInput;
  /** updateCustomerProfileAction bound to this store's site. */
  action: (input: UpdateCustomerProfileInput) => Promise<ActionResult<unknown>>;
};

/** The shopper's name, email and phone as this store knows them. */
export function CustomerProfileForm({ defaultValues, action }: Props) {
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: UpdateCustomerProfileInput,
    defaultValues,
    action,
    successMessage: 'Your details were saved.',
    onSuccess: () => {
      form.reset(form.getValues());
      router.refresh();
    },
  });
  const { errors, isDirty } = form.formState;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormError message={formError} />
      <FormField id="name" label="Name" required error={errors.name?.message}>
        <Input autoComplete="name" {...form.register('name')} />
      </FormField>
      <FormField id="email" label="Email" required description="Where this store sends order updates." error={errors.email?.message}>
        <Input type="email" autoComplete="email" inputMode="email" {...form.register('email')} />
      </FormField>
      <FormField id="phone" label="Phone" description="Optional, for delivery questions." error={errors.phone?.message}>
        <Input type="tel" autoComplete="tel" inputMode="tel" {...form.register('phone')} />
      </FormField>
      <div>
        <Button type="submit" loading={pending} disabled={!isDirty}>
          Save details
        </Button>
      </div>
    </form>
  );
}
