import 'server-only';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { withUser } from '@/db/scope';
import { userAddresses, type User } from '@/db/schema';
import { notFound } from '@/lib/server/errors';
import type { SaveAddressInput, ShippingAddressInput } from './schemas';

/** Saved addresses belong to the user (RLS by user), not to a store: every store they shop at offers them. */
type UserAddress = typeof userAddresses.$inferSelect;
type UserCtx = { user: Pick<User, 'id'> };

export type SavedAddress = ShippingAddressInput & { id: string; label: string | null; isDefault: boolean };

const blank = (v: string | null | undefined) => v ?? '';
const orNull = (v: string | null | undefined) => (v ? v : null);

function toSaved(row: UserAddress): SavedAddress {
  return {
    id: row.id,
    label: row.label,
    isDefault: row.isDefault,
    fullName: row.fullName,
    phone: row.phone,
    country: row.country,
    city: row.city,
    district: blank(row.district),
    street: row.street,
    building: blank(row.building),
    apartment: blank(row.apartment),
    postalCode: blank(row.postalCode),
    instructions: blank(row.deliveryInstructions),
  };
}

const mine = (userId: string) => and(eq(userAddresses.userId, userId), eq(userAddresses.type, 'delivery'), isNull(userAddresses.deletedAt));

/** The user's delivery addresses, the default first. */
export async function listSavedAddresses(ctx: UserCtx): Promise<SavedAddress[]> {
  const rows = await withUser(ctx.user.id, (tx) =>
    tx.select().from(userAddresses).where(mine(ctx.user.id)).orderBy(desc(userAddresses.isDefault), desc(userAddresses.createdAt)),
  );
  return rows.map(toSaved);
}

async function clearDefault(tx: Tx, userId: string) {
  await tx.update(userAddresses).set({ isDefault: false }).where(and(mine(userId), eq(userAddresses.isDefault, true)));
}

/** Adds an address to the user's book; the first one (or one asked for) becomes the default. */
export async function saveAddress(ctx: UserCtx, input: SaveAddressInput): Promise<SavedAddress> {
  const userId = ctx.user.id;
  return withUser(userId, async (tx) => {
    const [existing] = await tx.select({ id: userAddresses.id }).from(userAddresses).where(mine(userId)).limit(1);
    const makeDefault = Boolean(input.makeDefault) || !existing;
    if (makeDefault) await clearDefault(tx, userId);
    const [row] = await tx
      .insert(userAddresses)
      .values({
        userId,
        type: 'delivery',
        isDefault: makeDefault,
        fullName: input.fullName,
        phone: input.phone,
        country: input.country,
        city: input.city,
        district: orNull(input.district),
        street: input.street,
        building: orNull(input.building),
        apartment: orNull(input.apartment),
        postalCode: orNull(input.postalCode),
        deliveryInstructions: orNull(input.instructions),
      })
      .returning();
    return toSaved(row!);
  });
}

export async function setDefaultAddress(ctx: UserCtx, input: { addressId: string }): Promise<void> {
  const userId = ctx.user.id;
  await withUser(userId, async (tx) => {
    const [row] = await tx.select({ id: userAddresses.id }).from(userAddresses).where(and(mine(userId), eq(userAddresses.id, input.addressId)));
    if (!row) throw notFound('Address');
    await clearDefault(tx, userId);
    await tx.update(userAddresses).set({ isDefault: true, updatedAt: new Date() }).where(eq(userAddresses.id, row.id));
  });
}
