'use client';

import { useRouter } from 'next/navigation';
import { Plus } from 'lucide-react';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { addDomainAction } from '@/lib/tenancy/domains/actions';
import { AddDomainInput } from '@/lib/tenancy/domains/schemas';
import { FormError } from '@/components/forms/form-error';

export function AddDomainForm({ slug }: { slug: string }) {
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: AddDomainInput,
    defaultValues: { hostname: '' },
    action: (values) => addDomainAction(slug, values),
    successMessage: 'Domain added. Add the DNS records below, then check it.',
    onSuccess: () => {
      form.reset({ hostname: '' });
      router.refresh();
    },
  });
  return (
    <div className="flex flex-col gap-2">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2 sm:flex-row sm:items-start">
        <FormField
          id="hostname"
          label="Add a domain you own"
          description="For example shop.example.com. You will get DNS records to add."
          error={form.formState.errors.hostname?.message}
          className="flex-1"
        >
          <Input placeholder="shop.example.com" autoCapitalize="none" autoCorrect="off" spellCheck={false} inputMode="url" {...form.register('hostname')} />
        </FormField>
        <Button type="submit" loading={pending} className="sm:mt-6">
          {!pending && <Plus aria-hidden="true" />}
          Add domain
        </Button>
      </form>
      <FormError message={formError} />
    </div>
  );
}
