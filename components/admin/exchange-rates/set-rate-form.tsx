'use client';

import { useRouter } from 'next/navigation';
import { FormError } from '@/components/forms/form-error';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { toast } from '@/components/ui/use-toast';
import { SetRateInput } from '@/lib/currency/schemas';
import type { ActionResult } from '@/lib/server/action';

type Saved = { created: boolean; rate: string; previousRate: string | null };
type Props = { today: string; action: (input: SetRateInput) => Promise<ActionResult<Saved>> };

/** Enters one day's rate of a pair; entering the same pair and day again replaces it. */
export function SetRateForm({ today, action }: Props) {
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: SetRateInput,
    defaultValues: { base: 'USD', quote: '', rate: '', effectiveOn: today },
    action,
    onSuccess: (saved) => {
      const { base, quote, effectiveOn } = form.getValues();
      const pair = `${base.toUpperCase()} → ${quote.toUpperCase()}`;
      toast({
        title: saved.created
          ? `${pair} on ${effectiveOn} is ${saved.rate}.`
          : `${pair} on ${effectiveOn} changed from ${saved.previousRate} to ${saved.rate}.`,
        variant: 'success',
      });
      form.reset({ base, quote: '', rate: '', effectiveOn });
      router.refresh();
    },
  });
  const errors = form.formState.errors;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormError message={formError} />
      <div className="grid grid-cols-2 gap-3">
        <FormField id="rate-base" label="Base" required description="1 unit of this…" error={errors.base?.message}>
          <Input autoComplete="off" maxLength={3} className="uppercase" {...form.register('base')} />
        </FormField>
        <FormField id="rate-quote" label="Quote" required description="…buys the rate in this." error={errors.quote?.message}>
          <Input autoComplete="off" maxLength={3} className="uppercase" placeholder="UZS" {...form.register('quote')} />
        </FormField>
      </div>
      <div className="grid grid-cols-2 gap-3">
        <FormField id="rate-value" label="Rate" required description="Up to 10 decimals." error={errors.rate?.message}>
          <Input inputMode="decimal" autoComplete="off" placeholder="12650.25" {...form.register('rate')} />
        </FormField>
        <FormField id="rate-day" label="Effective on" required error={errors.effectiveOn?.message}>
          <Input type="date" {...form.register('effectiveOn')} />
        </FormField>
      </div>
      <div>
        <Button type="submit" loading={pending}>
          Save rate
        </Button>
      </div>
    </form>
  );
}
