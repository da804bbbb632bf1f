'use client';

import { useRouter } from 'next/navigation';
import { FormError } from '@/components/forms/form-error';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Textarea } from '@/components/ui/textarea';
import { addOrderNoteAction } from '@/lib/orders/actions';
import { AddOrderNoteInput, MAX_NOTE_LENGTH } from '@/lib/orders/schemas';

/** A note for the team on this order; the shopper never sees it. */
export function AddNoteForm({ orgSlug, orderId }: { orgSlug: string; orderId: string }) {
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: AddOrderNoteInput,
    defaultValues: { orderId, body: '' },
    action: (values) => addOrderNoteAction(orgSlug, values),
    successMessage: 'Note added',
    onSuccess: () => {
      form.reset({ orderId, body: '' });
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <FormField id="order-note" label="Add a note" error={form.formState.errors.body?.message} description="Only your team sees notes.">
        <Textarea rows={3} maxLength={MAX_NOTE_LENGTH} {...form.register('body')} />
      </FormField>
      <FormError message={formError} />
      <Button type="submit" variant="outline" loading={pending} className="w-fit">
        Add note
      </Button>
    </form>
  );
}
