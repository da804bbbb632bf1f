'use server';

import { orgAction } from '@/lib/server/action';
import { revalidatingStorefronts } from '@/lib/storefront/revalidate';
import { adjustStock } from './adjust-stock';
import { AdjustStockInput, SetStockLevelsInput, TransferStockInput } from './schemas';
import { setStockLevels } from './set-stock-levels';
import { transferStock } from './transfer-stock';

// Stock shows on the storefront (in stock / out of stock), so changes refresh its cached pages.
export const adjustStockAction = orgAction(AdjustStockInput, revalidatingStorefronts(adjustStock));
export const transferStockAction = orgAction(TransferStockInput, revalidatingStorefronts(transferStock));
export const setStockLevelsAction = orgAction(SetStockLevelsInput, setStockLevels);
