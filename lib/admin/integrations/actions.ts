'use server';

import { adminAction } from '@/lib/server/action';
import { revalidatingStorefronts } from '@/lib/storefront/revalidate';
import { recheckDomain } from './recheck-domain';
import { RecheckDomainInput } from './schemas';

export const recheckDomainAction = adminAction(RecheckDomainInput, revalidatingStorefronts((ctx, input) => recheckDomain(ctx, input)));
