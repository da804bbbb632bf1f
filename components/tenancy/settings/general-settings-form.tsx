'use client';

import { useSettingsForm } from '@/components/forms/use-settings-form';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { FormSaveBar } from '@/components/forms/form-save-bar';
import { updateOrganizationSettingsAction } from '@/lib/tenancy/organizations/actions';
import { UpdateOrganizationSettingsInput } from '@/lib/tenancy/organizations/schemas';
import { AddressFields } from './address-fields';
import { BrandColorFields } from './brand-color-fields';
import { SettingsSection } from './settings-section';
import { SocialLinksFields } from './social-links-fields';
import type { Option, SettingsValues } from './types';
import { WorkingHoursFields } from './working-hours-fields';

type Props = {
  slug: string;
  defaultValues: SettingsValues;
  currencies: Option[];
  locales: Option[];
  countries: Option[];
  timeZones: Option[];
};

/** Settings → General: the business profile shoppers see, in one form with one save. */
export function GeneralSettingsForm({ slug, defaultValues, currencies, locales, countries, timeZones }: Props) {
  const { form, onSubmit, formError, pending } = useSettingsForm({
    schema: UpdateOrganizationSettingsInput,
    defaultValues,
    action: (values) => updateOrganizationSettingsAction(slug, values),
    savedTitle: 'Settings saved',
  });
  const { register, formState } = form;
  const errors = formState.errors;
  const select = (options: Option[]) =>
    options.map((o) => (
      <option key={o.value} value={o.value}>
        {o.label}
      </option>
    ));

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      <SettingsSection id="business" title="Business details" description="Shown on your storefront and in emails to customers.">
        <div className="grid gap-5 sm:grid-cols-2">
          <FormField id="name" label="Business name" required error={errors.name?.message}>
            <Input autoComplete="organization" {...register('name')} />
          </FormField>
          <FormField id="category" label="Category" description="For example “Bakery” or “Electronics”." error={errors.category?.message}>
            <Input {...register('category')} />
          </FormField>
        </div>
        <FormField id="description" label="Description" error={errors.description?.message}>
          <Textarea rows={3} {...register('description')} />
        </FormField>
      </SettingsSection>

      <SettingsSection id="contact" title="Contact" description="How customers reach you.">
        <div className="grid gap-5 sm:grid-cols-2">
          <FormField id="contactEmail" label="Email" error={errors.contactEmail?.message}>
            <Input type="email" autoComplete="email" {...register('contactEmail')} />
          </FormField>
          <FormField id="contactPhone" label="Phone" error={errors.contactPhone?.message}>
            <Input type="tel" autoComplete="tel" {...register('contactPhone')} />
          </FormField>
        </div>
      </SettingsSection>

      <SettingsSection id="address" title="Address" description="Where your business is, for pickup, visits and invoices.">
        <AddressFields form={form} countries={countries} />
      </SettingsSection>

      <SettingsSection id="hours" title="Opening hours" description="Tick the days you are open. Times are in your time zone (below).">
        <WorkingHoursFields form={form} />
      </SettingsSection>

      <SettingsSection id="social" title="Social links" description="Full addresses, starting with https://.">
        <SocialLinksFields form={form} />
      </SettingsSection>

      <SettingsSection id="brand" title="Brand colours" description="Your storefront uses these colours.">
        <BrandColorFields form={form} />
      </SettingsSection>

      <SettingsSection id="regional" title="Currency, language and time zone">
        <div className="grid gap-5 sm:grid-cols-3">
          <FormField id="defaultCurrency" label="Default currency" error={errors.defaultCurrency?.message}>
            <Select {...register('defaultCurrency')}>{select(currencies)}</Select>
          </FormField>
          <FormField id="defaultLocale" label="Default language" error={errors.defaultLocale?.message}>
            <Select {...register('defaultLocale')}>{select(locales)}</Select>
          </FormField>
          <FormField id="timezone" label="Time zone" error={errors.timezone?.message}>
            <Select {...register('timezone')}>{select(timeZones)}</Select>
          </FormField>
        </div>
      </SettingsSection>

      <FormSaveBar
        form={form}
        formError={formError}
        pending={pending}
        submitLabel="Save changes"
        className="sticky bottom-0 z-10 -mx-4 border-t bg-background/95 px-4 py-3 backdrop-blur sm:-mx-6 sm:px-6 lg:-mx-8 lg:px-8"
      />
    </form>
  );
}
