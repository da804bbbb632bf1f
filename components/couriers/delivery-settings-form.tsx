'use client';

import { useWatch } from 'react-hook-form';
import { FormSaveBar } from '@/components/forms/form-save-bar';
import { useSettingsForm } from '@/components/forms/use-settings-form';
import { SettingsSection } from '@/components/tenancy/settings/settings-section';
import { Checkbox } from '@/components/ui/checkbox';
import { FormField, FormFieldset } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { DELIVERY_PROOF_REQUIREMENTS } from '@/db/schema/values';
import { PROOF_REQUIREMENT_LABELS } from '@/lib/delivery/deliveries/proof';
import { updateDeliverySettingsAction } from '@/lib/delivery/settings/actions';
import {
  DeliverySettingsInput,
  MAX_OTP_ATTEMPTS,
  MIN_OTP_ATTEMPTS,
  PROOF_REQUIREMENT_EXPLANATIONS,
  requirementUsesCode,
  type DeliverySettingsFormValues,
} from '@/lib/delivery/settings/schemas';
import { cn } from '@/lib/utils/cn';

/** Settings → Delivery: proof at the door, opening deliveries at packing, and wrong-code attempts. */
export function DeliverySettingsForm({ slug, defaultValues }: { slug: string; defaultValues: DeliverySettingsFormValues }) {
  const { form, onSubmit, formError, pending } = useSettingsForm({
    schema: DeliverySettingsInput,
    defaultValues,
    action: (values) => updateDeliverySettingsAction(slug, values),
    savedTitle: 'Delivery settings saved',
  });
  const { register, formState, control } = form;
  const errors = formState.errors;
  const requirement = useWatch({ control, name: 'proofRequirement' });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      <SettingsSection id="proof" title="Proof of delivery" description="What a courier must show before marking a parcel delivered. Staff can still close a delivery by hand, giving a reason.">
        <FormFieldset id="proofRequirement" legend="Couriers must give" error={errors.proofRequirement?.message}>
          {(aria) => (
            <div className="grid gap-3 sm:grid-cols-2">
              {DELIVERY_PROOF_REQUIREMENTS.map((value) => (
                <label
                  key={value}
                  className={cn(
                    'flex cursor-pointer gap-3 rounded-lg border p-4 transition-colors hover:bg-accent/60 has-focus-visible:outline-2 has-focus-visible:outline-ring',
                    requirement === value && 'border-primary bg-primary/5 ring-1 ring-primary',
                  )}
                >
                  <input
                    type="radio"
                    value={value}
                    className="mt-0.5 size-4 shrink-0 accent-primary"
                    aria-describedby={[`proof-${value}-explanation`, aria['aria-describedby']].filter(Boolean).join(' ')}
                    {...register('proofRequirement')}
                  />
                  <span className="flex flex-col gap-1">
                    <span className="text-sm font-semibold">{PROOF_REQUIREMENT_LABELS[value]}</span>
                    <span id={`proof-${value}-explanation`} className="text-sm text-muted-foreground">
                      {PROOF_REQUIREMENT_EXPLANATIONS[value]}
                    </span>
                  </span>
                </label>
              ))}
            </div>
          )}
        </FormFieldset>
        {requirement && requirementUsesCode(requirement) && (
          <FormField
            id="otpMaxAttempts"
            label="Wrong codes allowed"
            description={`After this many wrong tries the code is locked and the store sends the shopper a new one. ${MIN_OTP_ATTEMPTS} to ${MAX_OTP_ATTEMPTS}.`}
            error={errors.otpMaxAttempts?.message}
            className="sm:max-w-xs"
          >
            <Input type="number" inputMode="numeric" min={MIN_OTP_ATTEMPTS} max={MAX_OTP_ATTEMPTS} step={1} {...register('otpMaxAttempts')} />
          </FormField>
        )}
      </SettingsSection>

      <SettingsSection id="packing" title="Opening deliveries">
        <div className="flex flex-col gap-1">
          <Checkbox label="Create the delivery when an order is packed" aria-describedby="createOnPacked-description" {...register('createOnPacked')} />
          <p id="createOnPacked-description" className="text-sm text-muted-foreground sm:ml-6">
            The parcel then waits on the deliveries board for a courier. When off, open each delivery by hand from its order. Pick-up orders never get one.
          </p>
        </div>
      </SettingsSection>

      <FormSaveBar
        form={form}
        formError={formError}
        pending={pending}
        submitLabel="Save delivery settings"
      />
    </form>
  );
}
