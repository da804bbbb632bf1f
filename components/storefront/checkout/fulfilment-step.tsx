'use client';

import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { FormFieldset } from '@/components/ui/form-field';
import type { SavedAddress } from '@/lib/storefront/checkout/addresses';
import { FulfilmentStep } from '@/lib/storefront/checkout/schemas';
import { cn } from '@/lib/utils/cn';
import { AddressFields, formatAddress } from './address-fields';
import { emptyAddress } from './types';

type Props = {
  defaultValues: FulfilmentStep;
  savedAddresses: SavedAddress[];
  signedIn: boolean;
  pickupEnabled: boolean;
  pickupInstructions: string | null;
  countries: { value: string; label: string }[];
  defaultCountry: string;
  pending: boolean;
  onBack: () => void;
  onDone: (values: FulfilmentStep) => void;
};

const choiceClass = 'flex cursor-pointer items-start gap-3 rounded-md border p-3 text-sm has-checked:border-primary has-checked:bg-primary/5 has-focus-visible:outline-2 has-focus-visible:outline-ring';

const draftOf = ({ id: _id, label: _label, isDefault: _isDefault, ...a }: SavedAddress) => ({
  fullName: a.fullName,
  phone: a.phone,
  country: a.country,
  city: a.city,
  district: a.district ?? '',
  street: a.street,
  building: a.building ?? '',
  apartment: a.apartment ?? '',
  postalCode: a.postalCode ?? '',
  instructions: a.instructions ?? '',
});

/** Delivery or pick-up; for delivery, a saved address (signed in) or a new one. */
export function FulfilmentStepForm(props: Props) {
  const { savedAddresses, signedIn, pickupEnabled, countries, pending } = props;
  const form = useForm<FulfilmentStep>({ resolver: zodResolver(FulfilmentStep), defaultValues: props.defaultValues, mode: 'onSubmit', reValidateMode: 'onChange' });
  const { errors } = form.formState;
  const fulfilment = useWatch({ control: form.control, name: 'fulfilment' });
  const savedAddressId = useWatch({ control: form.control, name: 'savedAddressId' });
  const usingSaved = fulfilment === 'delivery' && savedAddressId !== 'new';
  const addressError = errors.address && usingSaved ? 'This saved address is missing something. Choose “A new address” to enter it again.' : undefined;

  const chooseSaved = (id: string) => {
    const saved = savedAddresses.find((a) => a.id === id);
    form.setValue('savedAddressId', id);
    form.setValue('address', saved ? draftOf(saved) : emptyAddress(props.defaultCountry));
    form.clearErrors('address');
  };

  return (
    <form noValidate onSubmit={form.handleSubmit(props.onDone)} className="flex flex-col gap-6">
      {pickupEnabled && (
        <FormFieldset id="fulfilment" legend="How would you like to get your order?" error={errors.fulfilment?.message}>
          {(control) => (
            <div className="grid gap-2 sm:grid-cols-2">
              <label className={choiceClass}>
                <input type="radio" value="delivery" className="mt-0.5 size-4 accent-primary" {...control} {...form.register('fulfilment')} />
                <span className="flex flex-col">
                  <span className="font-medium">Delivery</span>
                  <span className="text-muted-foreground">To your address</span>
                </span>
              </label>
              <label className={choiceClass}>
                <input type="radio" value="pickup" className="mt-0.5 size-4 accent-primary" {...control} {...form.register('fulfilment')} />
                <span className="flex flex-col">
                  <span className="font-medium">Pick up in store</span>
                  <span className="text-muted-foreground">Free</span>
                </span>
              </label>
            </div>
          )}
        </FormFieldset>
      )}

      {fulfilment === 'pickup' ? (
        <div className="rounded-md border bg-muted/40 p-4 text-sm">
          <p className="font-medium">Pick-up in store</p>
          <p className="mt-1 whitespace-pre-line text-muted-foreground">
            {props.pickupInstructions || 'The store lets you know when your order is ready to collect.'}
          </p>
        </div>
      ) : (
        <>
          {signedIn && savedAddresses.length > 0 && (
            <FormFieldset id="saved-address" legend="Shipping address" error={addressError}>
              {(control) => (
                <div className="flex flex-col gap-2">
                  {savedAddresses.map((a) => (
                    <label key={a.id} className={choiceClass}>
                      <input
                        type="radio"
                        name="savedAddressId"
                        value={a.id}
                        checked={savedAddressId === a.id}
                        onChange={() => chooseSaved(a.id)}
                        className="mt-0.5 size-4 accent-primary"
                        {...control}
                      />
                      <span className="flex flex-col">
                        <span className="font-medium">
                          {a.label || a.fullName}
                          {a.isDefault && <span className="ml-2 text-xs font-normal text-muted-foreground">Default</span>}
                        </span>
                        <span className="text-muted-foreground">{formatAddress(a)}</span>
                      </span>
                    </label>
                  ))}
                  <label className={choiceClass}>
                    <input
                      type="radio"
                      name="savedAddressId"
                      value="new"
                      checked={savedAddressId === 'new'}
                      onChange={() => chooseSaved('new')}
                      className="mt-0.5 size-4 accent-primary"
                      {...control}
                    />
                    <span className="font-medium">A new address</span>
                  </label>
                </div>
              )}
            </FormFieldset>
          )}
          {!usingSaved && (
            <fieldset className="flex flex-col gap-4">
              <legend className={cn('mb-2 text-sm font-medium', signedIn && savedAddresses.length > 0 && 'sr-only')}>Shipping address</legend>
              <AddressFields register={form.register} errors={errors.address} countries={countries} />
              {signedIn && <Checkbox label="Save this address for next time" {...form.register('saveAddress')} />}
            </fieldset>
          )}
        </>
      )}

      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-between">
        <Button type="button" variant="outline" onClick={props.onBack} disabled={pending}>
          Back
        </Button>
        <Button type="submit" loading={pending}>
          Continue
        </Button>
      </div>
    </form>
  );
}
