'use server';

import { orgAction } from '@/lib/server/action';
import { openBillingPortal } from './open-billing-portal';
import { OpenBillingPortalInput, StartPlanCheckoutInput } from './schemas';
import { startPlanCheckout } from './start-plan-checkout';

export const startPlanCheckoutAction = orgAction(StartPlanCheckoutInput, startPlanCheckout);
export const openBillingPortalAction = orgAction(OpenBillingPortalInput, (ctx) => openBillingPortal(ctx));
