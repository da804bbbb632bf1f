'use server';

import { orgAction } from '@/lib/server/action';
import { revalidatingStorefronts } from '@/lib/storefront/revalidate';
import { bulkUpdateVariants } from './bulk-update-variants';
import { BulkUpdateVariantsInput, SetProductOptionsInput, UpdateVariantInput } from './schemas';
import { setProductOptions } from './set-product-options';
import { updateVariant } from './update-variant';

export const setProductOptionsAction = orgAction(SetProductOptionsInput, revalidatingStorefronts(setProductOptions));

export const updateVariantAction = orgAction(UpdateVariantInput, revalidatingStorefronts(updateVariant));

export const bulkUpdateVariantsAction = orgAction(BulkUpdateVariantsInput, revalidatingStorefronts(bulkUpdateVariants));
