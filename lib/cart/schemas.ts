import { z } from 'zod';

export const CART_MAX_LINE_QUANTITY = 9999;

const VariantId = z.string().trim().min(1, 'Choose an option.').max(64);
const Quantity = z.coerce
  .number({ error: 'Enter a quantity.' })
  .int('Enter a whole number.')
  .min(1, 'Enter at least 1.')
  .max(CART_MAX_LINE_QUANTITY, `Enter at most ${CART_MAX_LINE_QUANTITY}.`);

export const AddToCartInput = z.object({ variantId: VariantId, quantity: Quantity });
export type AddToCartInput = z.infer<typeof AddToCartInput>;

export const UpdateCartItemInput = z.object({ variantId: VariantId, quantity: Quantity });
export type UpdateCartItemInput = z.infer<typeof UpdateCartItemInput>;

export const CartVariantInput = z.object({ variantId: VariantId });
export type CartVariantInput = z.infer<typeof CartVariantInput>;
