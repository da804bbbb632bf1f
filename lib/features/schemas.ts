import { z } from 'zod';
import { ORGANIZATION_PLANS } from '@/db/schema/values';

export const FLAG_PLANS = ORGANIZATION_PLANS;
export const OVERRIDE_STATES = ['default', 'on', 'off'] as const;
export type OverrideState = (typeof OVERRIDE_STATES)[number];

export const FlagKey = z
  .string()
  .trim()
  .min(2, 'Give a key of at least 2 characters.')
  .max(64, 'Keep the key under 64 characters.')
  .regex(/^[a-z][a-z0-9_]*$/, 'Use lowercase letters, digits and underscores, starting with a letter.');

const flagFields = {
  name: z.string().trim().min(2, 'Give a name of at least 2 characters.').max(100, 'Keep the name under 100 characters.'),
  description: z.string().trim().max(500, 'Keep the description under 500 characters.').default(''),
  category: z
    .string()
    .trim()
    .min(2, 'Give a category of at least 2 characters.')
    .max(50, 'Keep the category under 50 characters.'),
  isBeta: z.boolean().default(false),
  isPremium: z.boolean().default(false),
  dependsOn: z.array(FlagKey).max(20, 'A flag can depend on at most 20 others.').default([]),
  plans: z.array(z.enum(FLAG_PLANS)).default([]),
};

export const CreateFlagInput = z.object({ key: FlagKey, ...flagFields });
export type CreateFlagInput = z.infer<typeof CreateFlagInput>;

/** The whole flag as the edit dialog sends it; the key itself does not change. */
export const UpdateFlagInput = z.object({ key: FlagKey, ...flagFields });
export type UpdateFlagInput = z.infer<typeof UpdateFlagInput>;

export const DeleteFlagInput = z.object({ key: FlagKey });
export type DeleteFlagInput = z.infer<typeof DeleteFlagInput>;

export const SetOrganizationOverrideInput = z.object({
  organizationId: z.string().min(1),
  key: FlagKey,
  state: z.enum(OVERRIDE_STATES, 'Choose plan default, on or off.'),
});
export type SetOrganizationOverrideInput = z.infer<typeof SetOrganizationOverrideInput>;

/** A stored flag as the edit form's values. */
export function flagFormValues(flag: {
  key: string;
  name: string;
  description: string | null;
  category: string;
  isBeta: boolean;
  isPremium: boolean;
  dependsOn: string[];
  plans: string[];
}): UpdateFlagInput {
  return {
    key: flag.key,
    name: flag.name,
    description: flag.description ?? '',
    category: flag.category,
    isBeta: flag.isBeta,
    isPremium: flag.isPremium,
    dependsOn: flag.dependsOn,
    plans: FLAG_PLANS.filter((p) => flag.plans.includes(p)),
  };
}

// List filters come from the URL: anything malformed falls back to "no filter".
export const ListFlagsFilters = z.object({
  q: z.string().trim().max(100).catch(''),
  category: z.string().trim().max(50).catch(''),
});
export type ListFlagsFilters = z.infer<typeof ListFlagsFilters>;
