'use server';

import { orgAction } from '@/lib/server/action';
import { removeStripeAccount } from './remove-stripe-account';
import { saveStripeAccount } from './save-stripe-account';
import { CheckoutSettingsInput, RemoveStripeAccountInput, StripeAccountInput } from './schemas';
import { updateCheckoutSettings } from './update-checkout-settings';

export const updateCheckoutSettingsAction = orgAction(CheckoutSettingsInput, updateCheckoutSettings);
export const saveStripeAccountAction = orgAction(StripeAccountInput, saveStripeAccount);
export const removeStripeAccountAction = orgAction(RemoveStripeAccountInput, (ctx) => removeStripeAccount(ctx));
