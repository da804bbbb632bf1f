'use server';

import { orgAction } from '@/lib/server/action';
import { revalidatingStorefronts } from '@/lib/storefront/revalidate';
import { createWarehouse } from './create-warehouse';
import { deactivateWarehouse } from './deactivate-warehouse';
import { reactivateWarehouse } from './reactivate-warehouse';
import { CreateWarehouseInput, UpdateWarehouseInput, WarehouseIdInput } from './schemas';
import { setDefaultWarehouse } from './set-default-warehouse';
import { updateWarehouse } from './update-warehouse';

export const createWarehouseAction = orgAction(CreateWarehouseInput, createWarehouse);
export const updateWarehouseAction = orgAction(UpdateWarehouseInput, updateWarehouse);
// The storefront may read stock by warehouse (the default one first), so state changes refresh it.
export const setDefaultWarehouseAction = orgAction(WarehouseIdInput, revalidatingStorefronts(setDefaultWarehouse));
export const deactivateWarehouseAction = orgAction(WarehouseIdInput, revalidatingStorefronts(deactivateWarehouse));
export const reactivateWarehouseAction = orgAction(WarehouseIdInput, revalidatingStorefronts(reactivateWarehouse));
