'use server';

import { revalidatingStorefronts } from '@/lib/storefront/revalidate';
import { orgAction } from '@/lib/server/action';
import { addDomain } from './add-domain';
import { checkDomain } from './check-domain';
import { removeDomain } from './remove-domain';
import { AddDomainInput, DomainIdInput, SetPrimaryDomainInput } from './schemas';
import { setPrimaryDomain } from './set-primary-domain';

export const addDomainAction = orgAction(AddDomainInput, addDomain);
export const removeDomainAction = orgAction(DomainIdInput, revalidatingStorefronts(removeDomain));
export const checkDomainAction = orgAction(DomainIdInput, revalidatingStorefronts((ctx, input) => checkDomain(ctx, input)));
export const setPrimaryDomainAction = orgAction(SetPrimaryDomainInput, revalidatingStorefronts(setPrimaryDomain));
