import 'server-only';
import { conflict } from '@/lib/server/errors';
import { billingConfig, type BillingConfig } from './config';

/** The billing config for a verb that needs Stripe; without it, plan changes are the platform team's (the demo). */
export function requireBillingConfig(): BillingConfig {
  const config = billingConfig();
  if (!config) throw conflict('Online billing is not set up on this platform: plan changes are made by the platform team. Contact support.');
  return config;
}
