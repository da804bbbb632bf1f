'use client';

import { useEffect, useMemo, useRef } from 'react';
import { useRouter } from 'next/navigation';
import { FormError } from '@/components/forms/form-error';
import { useActionForm } from '@/components/forms/use-action-form';
import { SettingsSection as Section } from '@/components/tenancy/settings/settings-section';
import { Button } from '@/components/ui/button';
import { toast } from '@/components/ui/use-toast';
import { createProductAction, updateProductAction } from '@/lib/catalog/products/actions';
import { productFormSchema, type ProductFormValues } from '@/lib/catalog/products/form-schema';
import { BasicsFields } from './basics-fields';
import { InventoryFields } from './inventory-fields';
import { OrganizationFields } from './organization-fields';
import { PricingFields } from './pricing-fields';
import { RelatedProductsField } from './related-products-field';
import { SeoFields } from './seo-fields';
import { ShippingFields } from './shipping-fields';
import { SpecificationsFields } from './specifications-fields';
import type { CategoryChoice, ProductChoice } from './types';

type Props = {
  orgSlug: string;
  /** null while creating. */
  productId: string | null;
  /** The currency prices are typed in: the organization's for a new product, the product's own after. */
  currency: string;
  defaultValues: ProductFormValues;
  categories: CategoryChoice[];
  related: ProductChoice[];
  /** Without catalog.manage the editor is shown read-only, without its save bar. */
  canManage: boolean;
};

/** The product editor: one form, one save, in sections; the server's field errors land beside their fields. */
export function ProductForm({ orgSlug, productId, currency, defaultValues, categories, related, canManage }: Props) {
  const router = useRouter();
  const schema = useMemo(() => productFormSchema(currency), [currency]);
  const base = `/dashboard/${orgSlug}/products`;
  const created = useRef(false);
  const { form, onSubmit, formError, pending } = useActionForm({
    schema,
    defaultValues,
    action: (values) => (productId ? updateProductAction(orgSlug, { ...values, id: productId }) : createProductAction(orgSlug, values)),
    successMessage: productId ? undefined : 'Product created',
    redirect: (data) => (productId ? null : `${base}/${data.id}`),
    onSuccess: (data) => {
      created.current = !productId; // the redirect to the new product must not ask "leave the page?"
      if (!productId) return;
      toast('changed' in data && !data.changed ? { title: 'Nothing to save: no changes.' } : { title: 'Product saved', variant: 'success' });
      form.reset({ ...form.getValues(), slug: data.slug });
      router.refresh();
    },
  });
  const { formState } = form;
  const dirty = formState.isDirty;

  // Leaving with unsaved changes asks first (a reload or closing the tab; in-app links are not covered).
  useEffect(() => {
    if (!dirty || !canManage) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (!created.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty, canManage]);

  const hasErrors = formState.isSubmitted && Object.keys(formState.errors).length > 0;
  return (
    <form onSubmit={onSubmit} noValidate aria-busy={pending || undefined}>
      <fieldset disabled={!canManage} className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem] lg:items-start">
        <div className="flex min-w-0 flex-col gap-6">
          <Section id="basics" title="Basics">
            <BasicsFields form={form} creating={!productId} />
          </Section>
          <Section id="pricing" title="Pricing" description={`Amounts in ${currency}.`}>
            <PricingFields form={form} currency={currency} />
          </Section>
          <Section id="inventory" title="Inventory rules" description="How much a shopper may order and when stock counts as low.">
            <InventoryFields form={form} />
          </Section>
          <Section id="shipping" title="Shipping">
            <ShippingFields form={form} />
          </Section>
          <Section id="specifications" title="Specifications" description="Listed on the product page and usable as store filters.">
            <SpecificationsFields form={form} readOnly={!canManage} />
          </Section>
          <Section id="seo" title="Search engines">
            <SeoFields form={form} />
          </Section>
          <Section id="related" title="Related products">
            <RelatedProductsField form={form} orgSlug={orgSlug} productId={productId} initial={related} readOnly={!canManage} />
          </Section>
        </div>
        <div className="flex flex-col gap-6 lg:sticky lg:top-20">
          <Section id="organization" title="Organization">
            <OrganizationFields form={form} categories={categories} />
          </Section>
        </div>
      </fieldset>

      {canManage && (
        <div className="sticky bottom-0 z-10 -mx-4 mt-6 flex flex-col gap-2 border-t bg-background/95 px-4 py-3 backdrop-blur sm:-mx-6 sm:flex-row sm:items-center sm:justify-end sm:px-6 lg:-mx-8 lg:px-8">
          <FormError message={formError ?? (hasErrors ? 'Please correct the highlighted fields.' : null)} className="py-2 sm:mr-auto sm:w-auto" />
          <div className="flex gap-2 [&>*]:flex-1 sm:[&>*]:flex-none">
            {productId ? (
              <Button type="button" variant="outline" disabled={!formState.isDirty || pending} onClick={() => form.reset()}>
                Discard changes
              </Button>
            ) : (
              <Button type="button" variant="outline" disabled={pending} onClick={() => router.push(base)}>
                Cancel
              </Button>
            )}
            <Button type="submit" loading={pending}>
              {productId ? (pending ? 'Saving…' : 'Save product') : pending ? 'Creating…' : 'Create product'}
            </Button>
          </div>
        </div>
      )}
    </form>
  );
}
