import { z } from 'zod';
import { PLATFORM_ROLES } from '@/db/schema/values';
import { PageParam } from '@/lib/server/list-query';

export { PLATFORM_ROLES };

export const ListAdminsFilters = z.object({
  q: z.string().trim().max(200).catch(''),
  page: PageParam,
});
export type ListAdminsFilters = z.infer<typeof ListAdminsFilters>;

export const GrantPlatformRoleInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email('Enter the email address of an existing account.')),
  role: z.enum(PLATFORM_ROLES, 'Choose a role.'),
  /** The last day the role works (UTC); empty for no end. */
  expiresOn: z
    .string()
    .trim()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/, 'Use a date such as 2030-01-31.')
    .nullish()
    .transform((v) => v || null),
});
export type GrantPlatformRoleInput = z.input<typeof GrantPlatformRoleInput>;

export const RevokePlatformRoleInput = z.object({ grantId: z.string().min(1) });
export type RevokePlatformRoleInput = z.infer<typeof RevokePlatformRoleInput>;
