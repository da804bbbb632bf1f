import type { ActionError } from '@/lib/server/action';

/**
 * The messages of PLAN_LIMIT refusals seen in this browser tab. useActionForm hands its callers
 * the form error as a plain string (dozens of forms pass it on to <FormError> as is), so this is
 * how <FormError> tells a plan limit from other errors without every form passing the code along.
 */
const planLimitMessages = new Set<string>();

export const isPlanLimitError = (error: Pick<ActionError, 'code'>) => error.code === 'PLAN_LIMIT';

export function rememberPlanLimit(error: ActionError): void {
  if (isPlanLimitError(error)) planLimitMessages.add(error.message);
}

export const isPlanLimitMessage = (message: string) => planLimitMessages.has(message);
