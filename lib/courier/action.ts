import 'server-only';
import type { z } from 'zod';
import { orgAction } from '@/lib/server/action';
import { loadCourierContext, type CourierContext } from './context';

/** Courier actions: `(orgSlug, input)`, run as the signed-in courier of that organization. */
export function courierAction<S extends z.ZodType, R>(schema: S, verb: (cc: CourierContext, input: z.output<S>) => Promise<R>) {
  return orgAction(schema, async (ctx, input) => verb(await loadCourierContext(ctx), input));
}
