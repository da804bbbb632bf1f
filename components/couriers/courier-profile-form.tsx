'use client';

import { FormSaveBar } from '@/components/forms/form-save-bar';
import { useSettingsForm } from '@/components/forms/use-settings-form';
import { Checkbox } from '@/components/ui/checkbox';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { COURIER_VEHICLES } from '@/db/schema/values';
import { updateCourierProfileAction } from '@/lib/delivery/couriers-admin/actions';
import { COURIER_VEHICLE_LABELS } from '@/lib/delivery/couriers-admin/labels';
import { courierProfileFormSchema, type CourierProfileFormValues } from '@/lib/delivery/couriers-admin/schemas';

type Props = { slug: string; courierId: string; currency: string; defaultValues: CourierProfileFormValues };

/** Phone, vehicle, fee per delivery and the active switch of one courier. */
export function CourierProfileForm({ slug, courierId, currency, defaultValues }: Props) {
  const { form, onSubmit, formError, pending } = useSettingsForm({
    schema: courierProfileFormSchema(currency),
    defaultValues,
    action: (values) => updateCourierProfileAction(slug, { ...values, courierId }),
    savedTitle: 'Courier saved',
  });
  const { register, formState } = form;
  const errors = formState.errors;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField id="courier-phone" label="Phone" error={errors.phone?.message} description="Shown to staff; the courier calls shoppers from their own phone.">
          <Input type="tel" autoComplete="off" {...register('phone')} />
        </FormField>
        <FormField id="courier-vehicle" label="Vehicle" error={errors.vehicleType?.message}>
          <Select {...register('vehicleType')}>
            {COURIER_VEHICLES.map((v) => (
              <option key={v} value={v}>
                {COURIER_VEHICLE_LABELS[v]}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField
          id="courier-fee"
          label={`Fee per delivery (${currency})`}
          required
          error={errors.feePerDelivery?.message}
          description="Added to the courier’s earnings for each parcel delivered from now on."
        >
          <Input inputMode="decimal" autoComplete="off" {...register('feePerDelivery')} />
        </FormField>
      </div>
      <div className="flex flex-col gap-1">
        <Checkbox label="Active: can be given deliveries" aria-describedby="courier-active-description" {...register('isActive')} />
        <p id="courier-active-description" className="text-sm text-muted-foreground sm:ml-6">
          An inactive courier is not offered for new deliveries; the ones already with them stay theirs. To take away the courier role, change it in Settings → Team.
        </p>
      </div>
      <FormSaveBar
        form={form}
        formError={formError}
        pending={pending}
        submitLabel="Save courier"
      />
    </form>
  );
}
