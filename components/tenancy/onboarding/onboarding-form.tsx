'use client';

import { useEffect, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useWatch } from 'react-hook-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { FormField, FormFieldset } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { cn } from '@/lib/utils/cn';
import { createOrganizationAction } from '@/lib/tenancy/organizations/actions';
import { CreateOrganizationInput } from '@/lib/tenancy/organizations/schemas';
import { suggestSlug } from '@/lib/tenancy/organizations/slug';
import { CURRENCIES, isValidTimeZone, LOCALES, ORGANIZATION_KINDS } from '@/lib/tenancy/options';
import { FormError } from '@/components/forms/form-error';

/** Create an organization: name, storefront address, kind, currency and language. */
export function OnboardingForm({ platformHost }: { platformHost: string }) {
  const router = useRouter();
  const [slugEdited, setSlugEdited] = useState(false);
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: CreateOrganizationInput,
    defaultValues: { name: '', slug: '', kind: 'store', defaultCurrency: 'USD', defaultLocale: 'en-US' },
    action: (values) => createOrganizationAction(values),
    successMessage: 'Your organization is ready',
    onSuccess: (org) => router.push(`/dashboard/${org.slug}`),
  });
  const { register, setValue, formState } = form;
  const { errors, isSubmitted } = formState;
  const [slug, kind] = useWatch({ control: form.control, name: ['slug', 'kind'] });

  // Start from the browser's own zone and language; both stay editable later in settings.
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && isValidTimeZone(zone)) setValue('timezone', zone);
    const language = navigator.language;
    if (LOCALES.some((l) => l.code === language)) setValue('defaultLocale', language);
  }, [setValue]);

  const nameField = register('name');
  const slugField = register('slug');
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      <FormField id="name" label="Business name" required error={errors.name?.message}>
        <Input
          autoComplete="organization"
          autoFocus
          {...nameField}
          onChange={(e) => {
            // Until they type their own, the address follows the name.
            if (!slugEdited) setValue('slug', suggestSlug(e.target.value), { shouldValidate: Boolean(e.target.value) && isSubmitted });
            return nameField.onChange(e);
          }}
        />
      </FormField>

      <FormField
        id="slug"
        label="Storefront address"
        required
        description={
          <>
            Lower-case letters, digits and hyphens. Your store will be at{' '}
            <span className="font-medium break-all text-foreground">
              {slug || 'your-store'}.{platformHost}
            </span>
            . It cannot be changed later.
          </>
        }
        error={errors.slug?.message}
      >
        <Input
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          maxLength={40}
          {...slugField}
          onChange={(e) => {
            setSlugEdited(true);
            e.target.value = e.target.value.toLowerCase();
            return slugField.onChange(e);
          }}
        />
      </FormField>

      <FormFieldset id="kind" legend="What kind of business is it?" error={errors.kind?.message}>
        {(control) => (
          <div className="grid gap-3 sm:grid-cols-2">
            {ORGANIZATION_KINDS.map((k) => (
              <label
                key={k.value}
                className={cn(
                  'flex cursor-pointer gap-3 rounded-lg border p-4 transition-colors hover:bg-accent/60 has-focus-visible:outline-2 has-focus-visible:outline-ring',
                  kind === k.value && 'border-primary bg-primary/5 ring-1 ring-primary',
                )}
              >
                <input type="radio" value={k.value} className="mt-0.5 size-4 shrink-0 accent-primary" {...control} {...register('kind')} />
                <span className="flex flex-col gap-1">
                  <span className="text-sm font-semibold">{k.label}</span>
                  <span className="text-sm text-muted-foreground">{k.description}</span>
                </span>
              </label>
            ))}
          </div>
        )}
      </FormFieldset>

      <div className="grid gap-5 sm:grid-cols-2">
        <FormField id="defaultCurrency" label="Default currency" error={errors.defaultCurrency?.message}>
          <Select {...register('defaultCurrency')}>
            {CURRENCIES.map((c) => (
              <option key={c.code} value={c.code}>
                {c.code} · {c.label}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField id="defaultLocale" label="Default language" error={errors.defaultLocale?.message}>
          <Select {...register('defaultLocale')}>
            {LOCALES.map((l) => (
              <option key={l.code} value={l.code}>
                {l.label}
              </option>
            ))}
          </Select>
        </FormField>
      </div>

      <FormError message={formError} />
      <Button type="submit" size="lg" loading={pending} className="w-full sm:w-auto sm:self-end">
        Create organization
      </Button>
    </form>
  );
}
