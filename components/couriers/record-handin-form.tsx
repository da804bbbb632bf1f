'use client';

import { useRouter } from 'next/navigation';
import { FormError } from '@/components/forms/form-error';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { toast } from '@/components/ui/use-toast';
import { recordHandinAction } from '@/lib/delivery/cash/actions';
import { handinFormSchema, type HandinFormValues } from '@/lib/delivery/cash/schemas';
import { formatMoney } from '@/lib/money/money';

type Props = {
  slug: string;
  courierId: string;
  currency: string;
  locale: string;
  /** What the courier holds now: as a decimal for the "all of it" button, and formatted. */
  balanceDecimal: string;
  balanceText: string;
};

const EMPTY: HandinFormValues = { amount: '', note: '' };

/** "Record hand-in": cash the courier gave to the store; never more than they hold. */
export function RecordHandinForm({ slug, courierId, currency, locale, balanceDecimal, balanceText }: Props) {
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: handinFormSchema(currency),
    defaultValues: EMPTY,
    action: (values) => recordHandinAction(slug, { ...values, courierId }),
    onSuccess: (data) => {
      toast({ title: `Hand-in recorded. The courier now holds ${formatMoney(data.balance, currency, locale)}.`, variant: 'success' });
      form.reset(EMPTY);
      router.refresh();
    },
  });
  const { register, setValue, formState } = form;
  const errors = formState.errors;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label="Record a cash hand-in">
      <div className="grid gap-4 sm:grid-cols-[minmax(0,12rem)_minmax(0,1fr)]">
        <FormField id="handin-amount" label={`Amount (${currency})`} required error={errors.amount?.message}>
          <Input inputMode="decimal" autoComplete="off" {...register('amount')} />
        </FormField>
        <FormField id="handin-note" label="Note" error={errors.note?.message} description="Optional, e.g. who counted it.">
          <Input autoComplete="off" {...register('note')} />
        </FormField>
      </div>
      <FormError message={formError} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" loading={pending}>
          Record hand-in
        </Button>
        <Button type="button" variant="outline" disabled={pending} onClick={() => setValue('amount', balanceDecimal, { shouldDirty: true, shouldValidate: formState.isSubmitted })}>
          Fill in all of it ({balanceText})
        </Button>
      </div>
    </form>
  );
}
