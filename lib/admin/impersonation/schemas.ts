import { z } from 'zod';
import { IMPERSONATION_MODES } from '@/db/schema/values';

export const IMPERSONATION_MINUTES = [15, 30, 60] as const;

export const StartImpersonationInput = z.object({
  organizationId: z.string().min(1),
  reason: z
    .string()
    .trim()
    .min(10, 'Say why you need to look (at least 10 characters): it goes into the audit log.')
    .max(500, 'Keep the reason under 500 characters.'),
  mode: z.enum(IMPERSONATION_MODES).default('read_only'),
  // FormData and <select> give strings; only the three offered lengths are accepted.
  minutes: z.coerce
    .number()
    .refine((m): m is (typeof IMPERSONATION_MINUTES)[number] => (IMPERSONATION_MINUTES as readonly number[]).includes(m), 'Choose 15, 30 or 60 minutes.')
    .default(30),
});
export type StartImpersonationInput = z.input<typeof StartImpersonationInput>;

export const EndImpersonationInput = z.object({ sessionId: z.string().min(1) });
export type EndImpersonationInput = z.infer<typeof EndImpersonationInput>;
