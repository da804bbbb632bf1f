'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { FormError } from '@/components/forms/form-error';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button, buttonVariants } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { COUPON_TYPES } from '@/db/schema/values';
import { createCouponAction, updateCouponAction } from '@/lib/promotions/coupons/actions';
import { couponFormSchema, type CouponFormValues } from '@/lib/promotions/coupons/schemas';
import type { ActionResult } from '@/lib/server/action';
import { COUPON_TYPE_LABELS } from './coupon-format';

/** What the form starts from when editing: moments as ISO strings (shown in the browser's time zone). */
export type CouponFormStart = Omit<CouponFormValues, 'startsAt' | 'endsAt'> & { startsAt: string | null; endsAt: string | null };

type Props = {
  slug: string;
  currency: string;
  /** Editing this coupon; creating a new one without it. */
  coupon?: { id: string; values: CouponFormStart };
};

const EMPTY: CouponFormValues = {
  code: '',
  name: '',
  description: '',
  type: 'percentage',
  value: '',
  minOrderAmount: '',
  maxDiscountAmount: '',
  usageLimit: '',
  perCustomerLimit: '',
  startsAt: '',
  endsAt: '',
  isActive: true,
};

/** An ISO moment as a `datetime-local` value in this browser's zone ("2025-03-05T14:30"). */
function localInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Code, discount, limits and validity of a coupon (new or existing). */
export function CouponForm({ slug, currency, coupon }: Props) {
  const router = useRouter();
  const listPath = `/dashboard/${slug}/coupons`;
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: couponFormSchema(currency),
    defaultValues: coupon ? { ...coupon.values, startsAt: localInput(coupon.values.startsAt), endsAt: localInput(coupon.values.endsAt) } : EMPTY,
    action: (values): Promise<ActionResult<{ id: string }>> => (coupon ? updateCouponAction(slug, { ...values, couponId: coupon.id }) : createCouponAction(slug, values)),
    successMessage: coupon ? 'Coupon saved' : 'Coupon created',
    onSuccess: () => {
      if (coupon) router.refresh();
    },
    redirect: (data) => (coupon ? null : `${listPath}/${data.id}`),
  });
  const { register, watch } = form;
  const errors = form.formState.errors;
  const type = watch('type');
  const money = { inputMode: 'decimal' as const, autoComplete: 'off' };

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-3xl flex-col gap-8">
      <fieldset className="grid gap-5 sm:grid-cols-2">
        <legend className="mb-4 text-base font-semibold">Coupon</legend>
        <FormField id="coupon-code" label="Code" required error={errors.code?.message} description="What shoppers type: letters, digits, - and _.">
          <Input autoComplete="off" autoFocus={!coupon} className="font-mono uppercase" {...register('code')} />
        </FormField>
        <FormField id="coupon-name" label="Name" required error={errors.name?.message} description="For your team, e.g. Spring sale.">
          <Input autoComplete="off" {...register('name')} />
        </FormField>
        <FormField id="coupon-description" label="Description" error={errors.description?.message} className="sm:col-span-2">
          <Textarea rows={2} {...register('description')} />
        </FormField>
      </fieldset>
      <fieldset className="grid gap-5 sm:grid-cols-2">
        <legend className="mb-4 text-base font-semibold">Discount</legend>
        <FormField id="coupon-type" label="Type" required error={errors.type?.message}>
          <Select {...register('type')}>
            {COUPON_TYPES.map((t) => (
              <option key={t} value={t}>
                {COUPON_TYPE_LABELS[t]}
              </option>
            ))}
          </Select>
        </FormField>
        {type === 'percentage' && (
          <FormField id="coupon-value" label="Percent off (%)" required error={errors.value?.message} description="Up to 2 decimals, e.g. 12.5.">
            <Input {...money} {...register('value')} />
          </FormField>
        )}
        {type === 'fixed_amount' && (
          <FormField id="coupon-value" label={`Amount off (${currency})`} required error={errors.value?.message}>
            <Input {...money} {...register('value')} />
          </FormField>
        )}
        {type === 'free_shipping' && <p className="self-end text-sm text-muted-foreground sm:pb-2">The order’s delivery costs nothing.</p>}
        <FormField id="coupon-min" label={`Minimum order (${currency})`} error={errors.minOrderAmount?.message} description="Empty: any order.">
          <Input {...money} {...register('minOrderAmount')} />
        </FormField>
        {type === 'percentage' && (
          <FormField id="coupon-max" label={`Maximum discount (${currency})`} error={errors.maxDiscountAmount?.message} description="Empty: no cap.">
            <Input {...money} {...register('maxDiscountAmount')} />
          </FormField>
        )}
      </fieldset>
      <fieldset className="grid gap-5 sm:grid-cols-2">
        <legend className="mb-4 text-base font-semibold">Limits and validity</legend>
        <FormField id="coupon-usage" label="Total uses" error={errors.usageLimit?.message} description="Empty: unlimited.">
          <Input inputMode="numeric" autoComplete="off" {...register('usageLimit')} />
        </FormField>
        <FormField id="coupon-per-customer" label="Uses per customer" error={errors.perCustomerLimit?.message} description="Guests are counted by email.">
          <Input inputMode="numeric" autoComplete="off" {...register('perCustomerLimit')} />
        </FormField>
        <FormField id="coupon-starts" label="Starts" error={errors.startsAt?.message} description="Empty: right away. Your browser’s time zone.">
          <Input type="datetime-local" {...register('startsAt')} />
        </FormField>
        <FormField id="coupon-ends" label="Ends" error={errors.endsAt?.message} description="Empty: never.">
          <Input type="datetime-local" {...register('endsAt')} />
        </FormField>
        <Checkbox label="Active: shoppers can use it" {...register('isActive')} />
      </fieldset>
      <FormError message={formError} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" loading={pending}>
          {coupon ? 'Save coupon' : 'Create coupon'}
        </Button>
        <Link href={listPath} className={buttonVariants({ variant: 'outline' })}>
          {coupon ? 'Back to coupons' : 'Cancel'}
        </Link>
      </div>
    </form>
  );
}
