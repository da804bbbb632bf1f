'use client';

import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { MapPinOff } from 'lucide-react';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormFieldset } from '@/components/ui/form-field';
import type { Quote } from '@/lib/checkout/quote-checkout';
import { formatMoney } from '@/lib/money/money';
import { DeliveryStep as DeliveryStepSchema } from '@/lib/storefront/checkout/schemas';

type Props = {
  quote: Quote;
  fulfilment: 'delivery' | 'pickup';
  city: string;
  currency: string;
  locale: string;
  pickupEnabled: boolean;
  pickupInstructions: string | null;
  pending: boolean;
  /** Re-quotes with this tariff (the price shown is always the server's). */
  onChooseTariff: (tariffId: string) => void;
  onChoosePickup: () => void;
  onBack: () => void;
  onDone: () => void;
};

const hours = (h: number | null) => (h === null ? null : h < 48 ? `within ${h} hours` : `within ${Math.round(h / 24)} days`);

/** The tariffs of the zone the address matched, or why there is no delivery there. */
export function DeliveryStep({ quote, fulfilment, city, currency, locale, pickupEnabled, pending, ...props }: Props) {
  // The choice lives in the server's quote; the form only checks that one is made before moving on.
  const form = useForm({ resolver: zodResolver(DeliveryStepSchema), values: { tariffId: quote.selectedTariffId ?? '' } });
  const money = (minor: number) => formatMoney(minor, currency, locale);
  const back = (
    <Button type="button" variant="outline" onClick={props.onBack} disabled={pending}>
      Back
    </Button>
  );

  if (fulfilment === 'pickup') {
    return (
      <div className="flex flex-col gap-6">
        <div className="rounded-md border bg-muted/40 p-4 text-sm">
          <p className="font-medium">Pick-up in store · Free</p>
          <p className="mt-1 whitespace-pre-line text-muted-foreground">{props.pickupInstructions || 'The store lets you know when your order is ready to collect.'}</p>
        </div>
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-between">
          {back}
          <Button type="button" onClick={props.onDone} loading={pending}>
            Continue to payment
          </Button>
        </div>
      </div>
    );
  }

  if (!quote.deliveryAvailable || !quote.zone) {
    return (
      <div className="flex flex-col gap-6">
        <Alert variant="warning">
          <MapPinOff aria-hidden="true" />
          <AlertTitle>We don’t deliver to {city || 'this address'} yet</AlertTitle>
          <AlertDescription>
            {quote.deliveryMessage && <p>{quote.deliveryMessage}</p>}
            <p>{pickupEnabled ? 'You can pick your order up in the store instead, or use another address.' : 'Try another address.'}</p>
          </AlertDescription>
        </Alert>
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-between">
          <Button type="button" variant="outline" onClick={props.onBack} disabled={pending}>
            Change the address
          </Button>
          {pickupEnabled && (
            <Button type="button" onClick={props.onChoosePickup} loading={pending}>
              Pick up in store instead
            </Button>
          )}
        </div>
      </div>
    );
  }

  const selected = quote.selectedTariffId;
  return (
    <form noValidate onSubmit={form.handleSubmit(props.onDone)} className="flex flex-col gap-6">
      <FormFieldset id="delivery-option" legend={`Delivery options for ${quote.zone.name}`} error={form.formState.errors.tariffId?.message}>
        {(control) => (
          <div className="flex flex-col gap-2">
            {quote.deliveryOptions.map((option) => (
              <label
                key={option.tariffId}
                className="flex cursor-pointer items-start gap-3 rounded-md border p-3 text-sm has-checked:border-primary has-checked:bg-primary/5 has-disabled:cursor-not-allowed has-disabled:opacity-60 has-focus-visible:outline-2 has-focus-visible:outline-ring"
              >
                <input
                  type="radio"
                  name="tariffId"
                  value={option.tariffId}
                  checked={selected === option.tariffId}
                  disabled={!option.available || pending}
                  onChange={() => props.onChooseTariff(option.tariffId)}
                  className="mt-0.5 size-4 accent-primary"
                  {...control}
                />
                <span className="flex flex-1 flex-col gap-0.5">
                  <span className="flex flex-wrap justify-between gap-2 font-medium">
                    <span>{option.name}</span>
                    <span className="tabular-nums">
                      {option.cost === 0 ? 'Free' : money(option.cost)}
                      {option.cost < option.regularCost && <s className="ml-2 font-normal text-muted-foreground">{money(option.regularCost)}</s>}
                    </span>
                  </span>
                  {hours(option.estimatedHours) && <span className="text-muted-foreground">Arrives {hours(option.estimatedHours)}</span>}
                  {!option.available && option.reason && <span className="text-muted-foreground">{option.reason}</span>}
                </span>
              </label>
            ))}
          </div>
        )}
      </FormFieldset>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-between">
        {back}
        <Button type="submit" loading={pending}>
          Continue to payment
        </Button>
      </div>
    </form>
  );
}
