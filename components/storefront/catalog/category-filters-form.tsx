import Form from 'next/form';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { attributeParam } from '@/lib/storefront/catalog/category-filters';
import type { AttributeFacet } from '@/lib/storefront/catalog/list-category-products';

export const FILTERS_FORM_ID = 'catalog-filters';

type Props = {
  action: string;
  /** The raw price inputs, as typed (decimals in the store's currency). */
  min: string;
  max: string;
  inStock: boolean;
  facets: AttributeFacet[];
  currency: string;
  /** Some filter is applied: offer to clear them. */
  active: boolean;
  /** Where "Clear filters" goes: the category without filters, keeping the chosen sort. */
  clearHref: string;
};

/**
 * The category filters as a GET form, so the URL carries them (shareable, back button) and
 * they work before JavaScript loads; next/form turns the submit into a client navigation.
 */
export function CategoryFiltersForm({ action, min, max, inStock, facets, currency, active, clearHref }: Props) {
  return (
    <Form id={FILTERS_FORM_ID} action={action} className="flex flex-col gap-6">
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 text-sm font-semibold">Price ({currency})</legend>
        <div className="grid grid-cols-2 gap-2">
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="filter-min" className="text-xs text-muted-foreground">
              From
            </Label>
            <Input id="filter-min" name="min" inputMode="decimal" defaultValue={min} placeholder="0" autoComplete="off" />
          </div>
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="filter-max" className="text-xs text-muted-foreground">
              To
            </Label>
            <Input id="filter-max" name="max" inputMode="decimal" defaultValue={max} placeholder="Any" autoComplete="off" />
          </div>
        </div>
      </fieldset>
      <Checkbox name="in_stock" value="1" defaultChecked={inStock} label="In stock only" />
      {facets.map((facet) => (
        <fieldset key={facet.name} className="flex flex-col">
          <legend className="mb-1 text-sm font-semibold">{facet.name}</legend>
          {facet.values.map((v) => (
            <Checkbox
              key={v.value}
              name="attr"
              value={attributeParam({ name: facet.name, value: v.value })}
              defaultChecked={v.selected}
              label={
                <>
                  {v.value} <span className="text-muted-foreground">({v.count})</span>
                </>
              }
            />
          ))}
        </fieldset>
      ))}
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit">Apply filters</Button>
        {active && (
          <Button asChild variant="ghost">
            <Link href={clearHref}>Clear filters</Link>
          </Button>
        )}
      </div>
    </Form>
  );
}
