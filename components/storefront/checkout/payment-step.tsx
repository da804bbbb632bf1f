'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Tag, X } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { FieldError, FormFieldset } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import type { PaymentMethod } from '@/db/schema/orders/orders';
import { PaymentStep } from '@/lib/storefront/checkout/schemas';
import { PAYMENT_METHOD_TEXT } from './types';

type Props = {
  paymentMethods: PaymentMethod[];
  paymentMethod: PaymentMethod | null;
  appliedCoupon: string | null;
  couponError: string | null;
  pending: boolean;
  onApplyCoupon: (code: string) => void;
  onRemoveCoupon: () => void;
  onBack: () => void;
  onDone: (values: PaymentStep) => void;
};

/** An optional coupon code (checked by the server's quote) and one of the store's payment methods. */
export function PaymentStepForm({ paymentMethods, appliedCoupon, couponError, pending, ...props }: Props) {
  const form = useForm<PaymentStep>({
    resolver: zodResolver(PaymentStep),
    defaultValues: { paymentMethod: props.paymentMethod ?? (paymentMethods.length === 1 ? paymentMethods[0] : undefined) },
  });
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const shownCouponError = codeError ?? couponError;

  const apply = () => {
    if (!code.trim()) return setCodeError('Enter a code.');
    setCodeError(null);
    props.onApplyCoupon(code.trim());
  };

  return (
    <form noValidate onSubmit={form.handleSubmit(props.onDone)} className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <Label htmlFor="coupon-code">Coupon code (optional)</Label>
        {appliedCoupon ? (
          <div className="flex items-center justify-between gap-2 rounded-md border bg-muted/40 px-3 py-2 text-sm">
            <span className="flex items-center gap-2 font-medium">
              <Tag aria-hidden="true" className="size-4" />
              {appliedCoupon} applied
            </span>
            <Button type="button" variant="ghost" size="sm" onClick={props.onRemoveCoupon} disabled={pending}>
              <X aria-hidden="true" />
              Remove<span className="sr-only"> coupon {appliedCoupon}</span>
            </Button>
          </div>
        ) : (
          <div className="flex gap-2">
            <Input
              id="coupon-code"
              value={code}
              autoComplete="off"
              autoCapitalize="characters"
              aria-invalid={shownCouponError ? true : undefined}
              aria-describedby="coupon-code-error"
              onChange={(e) => {
                setCode(e.target.value);
                setCodeError(null);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  apply();
                }
              }}
            />
            <Button type="button" variant="outline" onClick={apply} loading={pending}>
              Apply
            </Button>
          </div>
        )}
        <FieldError id="coupon-code-error">{appliedCoupon ? null : shownCouponError}</FieldError>
      </div>

      <FormFieldset id="payment-method" legend="Payment method" required error={form.formState.errors.paymentMethod?.message}>
        {(control) =>
          paymentMethods.length === 0 ? (
            <p className="text-sm text-muted-foreground">This store is not taking payments online right now. Please contact the store.</p>
          ) : (
            <div className="flex flex-col gap-2">
              {paymentMethods.map((method) => (
                <label
                  key={method}
                  className="flex cursor-pointer items-start gap-3 rounded-md border p-3 text-sm has-checked:border-primary has-checked:bg-primary/5 has-focus-visible:outline-2 has-focus-visible:outline-ring"
                >
                  <input type="radio" value={method} className="mt-0.5 size-4 accent-primary" {...control} {...form.register('paymentMethod')} />
                  <span className="flex flex-col">
                    <span className="font-medium">{PAYMENT_METHOD_TEXT[method].label}</span>
                    <span className="text-muted-foreground">{PAYMENT_METHOD_TEXT[method].description}</span>
                  </span>
                </label>
              ))}
            </div>
          )
        }
      </FormFieldset>

      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-between">
        <Button type="button" variant="outline" onClick={props.onBack} disabled={pending}>
          Back
        </Button>
        <Button type="submit" disabled={pending || paymentMethods.length === 0}>
          Review your order
        </Button>
      </div>
    </form>
  );
}
