'use client';

import { useWatch } from 'react-hook-form';
import { FormSaveBar } from '@/components/forms/form-save-bar';
import { useSettingsForm } from '@/components/forms/use-settings-form';
import { SettingsSection } from '@/components/tenancy/settings/settings-section';
import { Checkbox } from '@/components/ui/checkbox';
import { FieldError, FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { updateCheckoutSettingsAction } from '@/lib/payments/settings/actions';
import { CheckoutSettingsInput } from '@/lib/payments/settings/schemas';

export type CheckoutSettingsValues = {
  codEnabled: boolean;
  bankTransferEnabled: boolean;
  bankTransferInstructions: string;
  pickupEnabled: boolean;
  pickupInstructions: string;
  cardEnabled: boolean;
  pricesIncludeTax: boolean;
  cardPaymentTimeoutMinutes: number;
};

/** Settings → Payments and checkout: the payment methods shoppers see, pick-up, and tax-inclusive prices. */
export function CheckoutSettingsForm({ slug, defaultValues, stripeConnected }: { slug: string; defaultValues: CheckoutSettingsValues; stripeConnected: boolean }) {
  const { form, onSubmit, formError, pending } = useSettingsForm({
    schema: CheckoutSettingsInput,
    defaultValues,
    action: (values) => updateCheckoutSettingsAction(slug, values),
    savedTitle: 'Checkout settings saved',
  });
  const { register, formState, control } = form;
  const errors = formState.errors;
  const [bankTransferEnabled, pickupEnabled, cardEnabled] = useWatch({ control, name: ['bankTransferEnabled', 'pickupEnabled', 'cardEnabled'] });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      <SettingsSection id="payment-methods" title="Payment methods" description="What shoppers can choose at checkout.">
        <div className="flex flex-col gap-1">
          <Checkbox label="Cash on delivery" aria-describedby="codEnabled-error" aria-invalid={errors.codEnabled ? true : undefined} {...register('codEnabled')} />
          <FieldError id="codEnabled-error">{errors.codEnabled?.message}</FieldError>
        </div>

        <div className="flex flex-col gap-3">
          <Checkbox label="Bank transfer" {...register('bankTransferEnabled')} />
          {bankTransferEnabled && (
            <FormField
              id="bankTransferInstructions"
              label="Bank transfer instructions"
              required
              description="Shown on the order confirmation page and in the email: bank, account number, and what to write as the reference."
              error={errors.bankTransferInstructions?.message}
              className="sm:ml-6"
            >
              <Textarea rows={4} {...register('bankTransferInstructions')} />
            </FormField>
          )}
        </div>

        <div className="flex flex-col gap-3">
          <div className="flex flex-col gap-1">
            {stripeConnected || defaultValues.cardEnabled ? (
              <Checkbox
                label="Card payments (Stripe)"
                aria-describedby="cardEnabled-description cardEnabled-error"
                aria-invalid={errors.cardEnabled ? true : undefined}
                {...register('cardEnabled')}
              />
            ) : (
              // Not registered: a disabled registered input would be submitted as undefined.
              <Checkbox label="Card payments (Stripe)" checked={false} disabled readOnly aria-describedby="cardEnabled-description" />
            )}
            <p id="cardEnabled-description" className="text-sm text-muted-foreground sm:ml-6">
              {stripeConnected ? 'Shoppers pay on a Stripe page; the money goes to your Stripe account.' : 'Connect your Stripe account below to take card payments.'}
            </p>
            <FieldError id="cardEnabled-error">{errors.cardEnabled?.message}</FieldError>
          </div>
          {cardEnabled && (
            <FormField
              id="cardPaymentTimeoutMinutes"
              label="Time to pay by card (minutes)"
              description="The items stay reserved this long while the shopper pays; unpaid orders are then cancelled. 5 to 1440 minutes."
              error={errors.cardPaymentTimeoutMinutes?.message}
              className="sm:ml-6 sm:max-w-xs"
            >
              <Input type="number" inputMode="numeric" min={5} max={1440} step={1} {...register('cardPaymentTimeoutMinutes')} />
            </FormField>
          )}
        </div>
      </SettingsSection>

      <SettingsSection id="pickup" title="Pick-up in store" description="Let shoppers collect their order instead of having it delivered.">
        <Checkbox label="Offer pick-up in store" {...register('pickupEnabled')} />
        {pickupEnabled && (
          <FormField id="pickupInstructions" label="Pick-up instructions" description="Where and when to collect, shown at checkout and on the confirmation." error={errors.pickupInstructions?.message}>
            <Textarea rows={3} {...register('pickupInstructions')} />
          </FormField>
        )}
      </SettingsSection>

      <SettingsSection id="tax" title="Prices and tax">
        <div className="flex flex-col gap-1">
          <Checkbox label="My catalog prices include tax" aria-describedby="pricesIncludeTax-description" {...register('pricesIncludeTax')} />
          <p id="pricesIncludeTax-description" className="text-sm text-muted-foreground sm:ml-6">
            When off, each product’s tax rate is added on top of its price at checkout. Orders already placed keep the prices they were placed with.
          </p>
        </div>
      </SettingsSection>

      <FormSaveBar
        form={form}
        formError={formError}
        pending={pending}
        submitLabel="Save checkout settings"
      />
    </form>
  );
}
