import { z } from 'zod';
import { Email, NoInput, PersonName } from '@/lib/account/schemas';

export const UpdateCustomerProfileInput = z.object({
  name: PersonName,
  email: Email,
  phone: z
    .string()
    .trim()
    .max(32, 'Use at most 32 characters.')
    .refine((v) => v === '' || /^\+?[0-9][0-9 ().-]{4,}$/.test(v), 'Enter a phone number, like +1 212 555 0100.'),
});
export type UpdateCustomerProfileInput = z.infer<typeof UpdateCustomerProfileInput>;

export { NoInput };
