'use server';

import { getCurrentUser } from '@/lib/auth/current-user';
import { storefrontAction } from '@/lib/server/action';
import { rateDelivery } from './rate-delivery';
import { RateDeliveryInput } from './schemas';

// `(site, input)`: the order pages bind their site. The shopper comes from the session, never the input.
export const rateDeliveryAction = storefrontAction(RateDeliveryInput, async (ctx, input) => rateDelivery({ ...ctx, user: await getCurrentUser() }, input));
