'use client';

import { useState } from 'react';
import { MapPin, Search } from 'lucide-react';
import { FormError } from '@/components/forms/form-error';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import type { AddressCheck } from '@/lib/delivery/zones/check-address';
import { checkDeliveryAddressAction } from '@/lib/delivery/zones/actions';
import { CheckAddressInput } from '@/lib/delivery/zones/schemas';
import { formatMoney } from '@/lib/money/money';

type Props = { slug: string; locale: string };

/** "Try an address": which zone the checkout picks for it (the checkout's own matcher) and what delivery costs there. */
export function AddressChecker({ slug, locale }: Props) {
  const [result, setResult] = useState<AddressCheck | null>(null);
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: CheckAddressInput,
    defaultValues: { city: '', district: '', postalCode: '' },
    action: (values) => checkDeliveryAddressAction(slug, values),
    onSuccess: (data) => setResult(data),
  });
  const { register } = form;
  const errors = form.formState.errors;
  const money = (minor: number, currency: string) => formatMoney(minor, currency, locale);

  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2 text-base">
          <MapPin aria-hidden="true" className="size-4" />
          Try an address
        </CardTitle>
        <CardDescription>See which zone and tariffs a shopper at this address gets at checkout.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-[1fr_1fr_10rem_auto] sm:items-start">
          <FormField id="check-city" label="City" required error={errors.city?.message}>
            <Input autoComplete="off" {...register('city')} />
          </FormField>
          <FormField id="check-district" label="District" error={errors.district?.message}>
            <Input autoComplete="off" {...register('district')} />
          </FormField>
          <FormField id="check-postal" label="Postal code" error={errors.postalCode?.message}>
            <Input autoComplete="off" {...register('postalCode')} />
          </FormField>
          <Button type="submit" variant="secondary" loading={pending} className="sm:mt-6">
            {!pending && <Search aria-hidden="true" />}
            Check
          </Button>
        </form>
        <FormError message={formError} />
        <div aria-live="polite">
          {result &&
            (result.zone === null ? (
              <p className="rounded-md bg-muted p-3 text-sm">{result.message}</p>
            ) : (
              <div className="rounded-md bg-muted p-3 text-sm">
                <p>
                  Delivered by zone <strong>{result.zone.name}</strong> ({result.zone.city}).
                </p>
                {result.tariffs.length === 0 ? (
                  <p className="mt-1 text-muted-foreground">It has no active tariff, so the checkout offers no delivery here.</p>
                ) : (
                  <ul className="mt-2 flex flex-col gap-1">
                    {result.tariffs.map((t) => (
                      <li key={t.id}>
                        <span className="font-medium">{t.name}</span>: {money(t.baseCost, t.currency)}
                        {t.costPerKg > 0 && ` + ${money(t.costPerKg, t.currency)}/kg`}
                        {t.minOrderAmount > 0 && ` · orders from ${money(t.minOrderAmount, t.currency)}`}
                        {t.freeDeliveryThreshold !== null && ` · free from ${money(t.freeDeliveryThreshold, t.currency)}`}
                        {t.estimatedHours !== null && ` · about ${t.estimatedHours} h`}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            ))}
        </div>
      </CardContent>
    </Card>
  );
}
