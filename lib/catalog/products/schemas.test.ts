import { describe, expect, it } from 'vitest';
import { productFormSchema } from './form-schema';
import { newProductFormValues, productFormValues } from './form-values';
import { CreateProductInput, normalizeTags } from './schemas';

const form = (currency: string, overrides: Record<string, unknown> = {}) =>
  productFormSchema(currency).safeParse({ ...newProductFormValues(), name: 'Mug', basePrice: '12.50', ...overrides });
const errorsOf = (result: ReturnType<typeof form>) => Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('productFormSchema', () => {
  it('turns typed decimals into the integers the server stores, never through floats', () => {
    const result = form('USD', {
      basePrice: '19.99',
      salePrice: '0.10',
      costPrice: '7',
      taxRateBps: '7.25',
      weightGrams: '1.25',
      lengthMm: '30.5',
      widthMm: '20',
      heightMm: '0.1',
      maxOrderQuantity: '5',
    });
    expect(result.data).toMatchObject({
      basePrice: 1999,
      salePrice: 10,
      costPrice: 700,
      taxRateBps: 725,
      weightGrams: 1250,
      lengthMm: 305,
      widthMm: 200,
      heightMm: 1,
      minOrderQuantity: 1,
      maxOrderQuantity: 5,
      lowStockThreshold: 10,
    });
    expect(form('JPY', { basePrice: '1250' }).data?.basePrice).toBe(1250);
    expect(form('KWD', { basePrice: '1.125' }).data?.basePrice).toBe(1125);
  });

  it('refuses more decimals than the unit holds, next to the field, instead of rounding', () => {
    const errors = errorsOf(form('USD', { basePrice: '12.505', taxRateBps: '7.255', weightGrams: '0.0005', lengthMm: '1.25' }));
    expect(errors.basePrice).toMatch(/at most 2 decimal places/);
    expect(errors.taxRateBps).toMatch(/at most 2 decimal places/);
    expect(errors.weightGrams).toMatch(/kilograms with at most 3/);
    expect(errors.lengthMm).toMatch(/centimetres with at most 1/);
    expect(errorsOf(form('JPY', { basePrice: '12.5' })).basePrice).toMatch(/whole amount/);
  });

  it('checks prices, quantities and rates against each other', () => {
    expect(errorsOf(form('USD', { salePrice: '12.50' })).salePrice).toMatch(/lower than the base price/);
    expect(errorsOf(form('USD', { minOrderQuantity: '3', maxOrderQuantity: '2' })).maxOrderQuantity).toMatch(/at least the minimum/);
    expect(errorsOf(form('USD', { minOrderQuantity: '0' })).minOrderQuantity).toMatch(/at least 1/);
    expect(errorsOf(form('USD', { taxRateBps: '100.01' })).taxRateBps).toMatch(/at most 100%/);
    expect(errorsOf(form('USD', { basePrice: '-1' })).basePrice).toMatch(/0 or more/);
    expect(errorsOf(form('USD', { basePrice: '' })).basePrice).toMatch(/Enter the price/);
    expect(errorsOf(form('USD', { basePrice: 'abc' })).basePrice).toMatch(/Enter an amount like 12\.50/);
  });

  it('cleans tags and refuses more than 30', () => {
    expect(normalizeTags([' Summer ', 'summer', '', 'linen  shirt', 'Linen Shirt'])).toEqual(['Summer', 'linen shirt']);
    expect(form('USD', { tags: [' Summer ', 'SUMMER', 'Sale'] }).data?.tags).toEqual(['Summer', 'Sale']);
    const many = Array.from({ length: 31 }, (_, i) => `tag-${i}`);
    expect(errorsOf(form('USD', { tags: many })).tags).toMatch(/at most 30 tags/);
    expect(errorsOf(form('USD', { attributes: [{ name: ' ', value: 'Cotton' }] }))['attributes.0.name']).toMatch(/Enter a name/);
  });

  it('produces exactly what the server schema accepts, and an existing product reads back the same', () => {
    const output = form('USD', { weightGrams: '0.5', tags: ['a'], attributes: [{ name: 'Material', value: 'Linen' }] }).data!;
    expect(CreateProductInput.parse(output)).toEqual(output);
    const values = productFormValues(
      { ...output, slug: 'mug', currency: 'USD', sku: null, barcode: null, brand: null, metaTitle: null, metaDescription: null } as never,
      output.attributes,
      [],
    );
    expect(values).toMatchObject({ basePrice: '12.50', weightGrams: '0.5', taxRateBps: '0', minOrderQuantity: '1', salePrice: '' });
    expect(productFormSchema('USD').parse(values)).toMatchObject({ ...output, slug: 'mug' });
  });
});
