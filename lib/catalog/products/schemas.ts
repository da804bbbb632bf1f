import { z } from 'zod';
import { PRODUCT_STATUSES } from '@/db/schema/values';
import { CatalogSlug } from '@/lib/catalog/slug';

/**
 * What the server accepts for a product: money in integer minor units of the organization's
 * currency, tax in basis points, weight in grams, sizes in millimetres. The editor's form
 * schema (form-schema.ts) turns typed decimals into exactly this, with the same field names,
 * so a server-side field error lands next to the field that caused it.
 */
export const MAX_MONEY = 999_999_999_999;
export const MAX_TAGS = 30;
export const MAX_TAG_LENGTH = 40;
export const MAX_ATTRIBUTES = 50;
export const MAX_RELATED = 20;
export const MAX_BULK = 100;

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .nullish()
    .transform((v) => v || null);

/** Messages speak in the unit people type (kg, cm, %), not the stored one. */
const int = (min: number, max: number, tooLarge = `Enter at most ${max}.`) =>
  z
    .number({ error: 'Enter a number.' })
    .int('Enter a whole number.')
    .min(min, min === 0 ? 'Enter 0 or more.' : `Enter at least ${min}.`)
    .max(max, tooLarge);

const Money = int(0, MAX_MONEY, 'That amount is too large.');
const optional = <T extends z.ZodType>(schema: T) => schema.nullable();
const Id = z.string().trim().min(1).max(64);

/** Trimmed, empty ones dropped, duplicates (ignoring case) dropped keeping the first spelling. */
export function normalizeTags(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of values) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      out.push(tag);
    }
  }
  return out;
}

const tagList = (noun: string) =>
  z
    .array(z.string().max(200))
    .max(200, `Use at most ${MAX_TAGS} ${noun}.`)
    .transform(normalizeTags)
    .superRefine((tags, ctx) => {
      if (tags.length > MAX_TAGS) ctx.addIssue({ code: 'custom', message: `Use at most ${MAX_TAGS} ${noun}.` });
      const long = tags.find((t) => t.length > MAX_TAG_LENGTH);
      if (long) ctx.addIssue({ code: 'custom', message: `“${long.slice(0, 20)}…” is too long: use at most ${MAX_TAG_LENGTH} characters.` });
    });

export const ProductAttributeInput = z.object({
  name: z.string().trim().min(1, 'Enter a name.').max(100, 'Use at most 100 characters.'),
  value: z.string().trim().min(1, 'Enter a value.').max(500, 'Use at most 500 characters.'),
});

/** The fields the editor sets. Shared with form-schema.ts, which swaps the numeric ones for typed-decimal versions. */
export const productFields = {
  name: z.string().trim().min(1, 'Enter a product name.').max(200, 'Use at most 200 characters.'),
  /** Empty: suggested from the name when creating, kept when editing. */
  slug: z
    .string()
    .nullish()
    .transform((v) => v?.trim() || null)
    .pipe(CatalogSlug.nullable()),
  sku: text(64),
  barcode: text(64),
  brand: text(100),
  shortDescription: text(500),
  description: text(20_000),
  basePrice: Money,
  salePrice: optional(Money),
  costPrice: optional(Money),
  taxRateBps: int(0, 10_000, 'A tax rate can be at most 100%.'),
  weightGrams: optional(int(0, 10_000_000, 'Enter at most 10000 kg.')),
  lengthMm: optional(int(0, 100_000, 'Enter at most 10000 cm.')),
  widthMm: optional(int(0, 100_000, 'Enter at most 10000 cm.')),
  heightMm: optional(int(0, 100_000, 'Enter at most 10000 cm.')),
  status: z.enum(PRODUCT_STATUSES, { error: 'Choose a status.' }),
  isFeatured: z.boolean(),
  isDigital: z.boolean(),
  requiresShipping: z.boolean(),
  allowBackorder: z.boolean(),
  minOrderQuantity: int(1, 100_000),
  maxOrderQuantity: optional(int(1, 100_000)),
  lowStockThreshold: int(0, 1_000_000),
  categoryId: text(64),
  tags: tagList('tags'),
  keywords: tagList('keywords'),
  attributes: z.array(ProductAttributeInput).max(MAX_ATTRIBUTES, `Use at most ${MAX_ATTRIBUTES} specifications.`),
  metaTitle: text(120),
  metaDescription: text(320),
  relatedProductIds: z
    .array(Id)
    .max(MAX_RELATED, `Pick at most ${MAX_RELATED} related products.`)
    .transform((ids) => [...new Set(ids)]),
};

type RuleInput = { basePrice: number; salePrice: number | null; minOrderQuantity: number; maxOrderQuantity: number | null };

/** Rules across fields, for both the server schema and the form's. */
export function productRules(p: RuleInput, ctx: z.RefinementCtx) {
  if (p.salePrice !== null && p.salePrice >= p.basePrice) {
    ctx.addIssue({ code: 'custom', path: ['salePrice'], message: 'The sale price must be lower than the base price.' });
  }
  if (p.maxOrderQuantity !== null && p.maxOrderQuantity < p.minOrderQuantity) {
    ctx.addIssue({ code: 'custom', path: ['maxOrderQuantity'], message: 'The maximum must be at least the minimum order quantity.' });
  }
}

export const CreateProductInput = z.object(productFields).superRefine(productRules);
export type CreateProductInput = z.output<typeof CreateProductInput>;

export const UpdateProductInput = z.object({ id: Id, ...productFields }).superRefine(productRules);
export type UpdateProductInput = z.output<typeof UpdateProductInput>;

export const ProductIdInput = z.object({ id: Id });
export type ProductIdInput = z.output<typeof ProductIdInput>;

const ProductIds = z
  .array(Id)
  .min(1, 'Select at least one product.')
  .max(MAX_BULK, `Select at most ${MAX_BULK} products at a time.`)
  .transform((ids) => [...new Set(ids)]);

export const BulkUpdateProductsInput = z.discriminatedUnion('action', [
  z.object({ action: z.literal('publish'), ids: ProductIds }),
  z.object({ action: z.literal('archive'), ids: ProductIds }),
  /** categoryId null takes the products out of any category. */
  z.object({ action: z.literal('set_category'), ids: ProductIds, categoryId: Id.nullable() }),
]);
export type BulkUpdateProductsInput = z.output<typeof BulkUpdateProductsInput>;

export const DeleteProductsInput = z.object({ ids: ProductIds });
export type DeleteProductsInput = z.output<typeof DeleteProductsInput>;

export const SearchProductOptionsInput = z.object({
  q: z.string().trim().max(200),
  /** The product being edited, which cannot be related to itself. */
  excludeId: Id.nullish(),
});
export type SearchProductOptionsInput = z.output<typeof SearchProductOptionsInput>;
