import 'server-only';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { productImages, productVariants, stockLevels, type Product, type ProductVariant } from '@/db/schema';
import { getVariantInOrg } from '@/lib/catalog/internal';
import { lockProduct } from '@/lib/catalog/products/lock-product';
import { parseDecimalAmount } from '@/lib/money/money';
import { conflict, invalid, notFound } from '@/lib/server/errors';
import type { VariantPriceInput } from './schemas';

/**
 * A live variant and its product, for a change to the variant: the product is locked first
 * (lockProduct), then the variant, the order every catalog edit and stock change follows.
 */
export async function lockVariant(tx: Tx, orgId: string, id: string): Promise<{ variant: ProductVariant; product: Product }> {
  const { product: unlocked } = await getVariantInOrg(tx, orgId, id);
  const product = await lockProduct(tx, orgId, unlocked.id);
  const [variant] = await tx
    .select()
    .from(productVariants)
    .where(
      and(
        eq(productVariants.organizationId, orgId),
        eq(productVariants.productId, product.id),
        eq(productVariants.id, id),
        isNull(productVariants.deletedAt),
      ),
    )
    .for('update');
  if (!variant) throw notFound('Variant');
  return { variant, product };
}

/** The price columns for a variant price input, in the product's currency's minor units. */
export function variantPriceColumns(input: VariantPriceInput, product: Pick<Product, 'currency' | 'price'>) {
  const refuse = (message: string) => invalid(message, { 'price.amount': [message] });
  const minor = parseDecimalAmount(input.amount, product.currency);
  if (minor === null) throw refuse('Enter an amount such as 12.50 (no more decimals than the currency has).');
  if (input.mode === 'fixed') {
    if (minor < 0) throw refuse('A price cannot be negative.');
    return { price: minor, priceAdjustment: 0 };
  }
  if (product.price + minor < 0) throw refuse('This adjustment would make the price negative.');
  return { price: null, priceAdjustment: minor };
}

/** An image must belong to the same product (and so the same organization). */
export async function requireProductImage(tx: Tx, orgId: string, productId: string, imageId: string) {
  const [row] = await tx
    .select({ id: productImages.id })
    .from(productImages)
    .where(and(eq(productImages.organizationId, orgId), eq(productImages.productId, productId), eq(productImages.id, imageId)));
  if (!row) throw invalid("Choose one of this product's images.", { imageId: ["Choose one of this product's images."] });
}

function stockPhrase(name: string, quantity: number, reserved: number): string {
  if (quantity > 0) return `${name} still has ${quantity} in stock${reserved > 0 ? ` (${reserved} reserved)` : ''}`;
  if (quantity < 0) return `${name} has ${-quantity} on backorder`;
  return `${name} has ${reserved} reserved`;
}

/**
 * Refuses to remove variants that still hold stock (any quantity or reservation in any
 * warehouse), naming them. Their stock rows are locked so a concurrent adjustment of an
 * existing row waits for this transaction.
 */
export async function refuseIfStocked(tx: Tx, orgId: string, variants: Pick<ProductVariant, 'id' | 'name'>[]) {
  if (variants.length === 0) return;
  const rows = await tx
    .select({ variantId: stockLevels.variantId, quantity: stockLevels.quantity, reserved: stockLevels.reserved })
    .from(stockLevels)
    .where(and(eq(stockLevels.organizationId, orgId), inArray(stockLevels.variantId, variants.map((v) => v.id))))
    .for('update');
  const phrases = variants.flatMap((variant) => {
    const own = rows.filter((r) => r.variantId === variant.id);
    const quantity = own.reduce((sum, r) => sum + r.quantity, 0);
    const reserved = own.reduce((sum, r) => sum + r.reserved, 0);
    return quantity !== 0 || reserved !== 0 ? [stockPhrase(variant.name, quantity, reserved)] : [];
  });
  if (phrases.length === 0) return;
  const listed = phrases.length > 3 ? [...phrases.slice(0, 3), `${phrases.length - 3} more`] : phrases;
  const list = listed.length > 1 ? `${listed.slice(0, -1).join('; ')} and ${listed.at(-1)}` : listed[0];
  const message = `${list}; move or adjust ${phrases.length > 1 ? 'them' : 'it'} first.`;
  throw conflict(message, { options: [message] });
}
