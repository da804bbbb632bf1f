import type { UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { UpdateOrganizationSettingsInput } from '@/lib/tenancy/organizations/schemas';

export type SettingsValues = z.input<typeof UpdateOrganizationSettingsInput>;
export type SettingsForm = UseFormReturn<SettingsValues, unknown, z.output<typeof UpdateOrganizationSettingsInput>>;
export type Option = { value: string; label: string };
