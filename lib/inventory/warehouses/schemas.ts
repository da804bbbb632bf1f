import { z } from 'zod';
import { bothOrNeither, coordinateFields } from '@/lib/delivery/zones/coordinates';
import { COUNTRY_CODES } from '@/lib/tenancy/options';

const text = (max: number) => z.string().trim().max(max, `Use at most ${max} characters.`);

export const WarehouseId = z.string().trim().min(1, 'Choose a warehouse.').max(64);

/** Phone numbers as people type them; at least 6 digits so "+" or "()" alone is refused. */
const Phone = text(40)
  .refine((v) => /^[+()\d\s.-]*$/.test(v), 'Use digits, spaces and + ( ) - only.')
  .refine((v) => v === '' || (v.match(/\d/g)?.length ?? 0) >= 6, 'Enter a phone number with at least 6 digits.');

export const WarehouseFields = z.object({
  name: z.string().trim().min(2, 'Enter at least 2 characters.').max(100, 'Use at most 100 characters.'),
  /** A short label for pick lists and labels, e.g. "MAIN" or "NYC-2". */
  code: text(20)
    .regex(/^[A-Za-z0-9_-]*$/, 'Use letters, digits, - and _ only.')
    .transform((v) => v.toUpperCase()),
  address: z.object({
    street: text(200),
    city: text(100),
    region: text(100),
    postalCode: text(20),
    country: z.string().refine((c) => c === '' || COUNTRY_CODES.includes(c), 'Choose a country from the list.'),
  }),
  /** The pick-up point: couriers collect parcels here and deliveries measure distances from it. */
  ...coordinateFields,
  contactPerson: text(100),
  phone: Phone,
  email: z.union([z.literal(''), z.email('Enter a valid email address.').max(254, 'Use at most 254 characters.')]),
});

export const CreateWarehouseInput = WarehouseFields.superRefine(bothOrNeither);
export type CreateWarehouseInput = z.infer<typeof CreateWarehouseInput>;
/** What the warehouse form holds (coordinates as typed text). */
export type WarehouseFormValues = z.input<typeof CreateWarehouseInput>;

export const UpdateWarehouseInput = WarehouseFields.extend({ warehouseId: WarehouseId }).superRefine(bothOrNeither);
export type UpdateWarehouseInput = z.infer<typeof UpdateWarehouseInput>;

export const WarehouseIdInput = z.object({ warehouseId: WarehouseId });
export type WarehouseIdInput = z.infer<typeof WarehouseIdInput>;

export const NAME_TAKEN = 'Another warehouse already has this name.';
