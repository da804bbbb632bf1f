import { z } from 'zod';

const Token = z.string().trim().min(1).max(200);
const OrderNumber = z.string().trim().min(1).max(32);

/** The link token (guests) or the order number (the signed-in shopper's account). */
export const OrderAccessInput = z.union([z.object({ token: Token }), z.object({ number: OrderNumber })]);
export type OrderAccessInput = z.infer<typeof OrderAccessInput>;

export const CancelShopperOrderInput = z.object({
  access: OrderAccessInput,
  reason: z.string().trim().max(500, 'Use at most 500 characters.').optional(),
});
export type CancelShopperOrderInput = z.input<typeof CancelShopperOrderInput>;

export const OrderActionInput = z.object({ access: OrderAccessInput });
export type OrderActionInput = z.infer<typeof OrderActionInput>;
