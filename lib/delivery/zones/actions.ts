'use server';

import { orgAction } from '@/lib/server/action';
import { checkDeliveryAddress } from './check-address';
import { createZone } from './create-zone';
import { deleteZone } from './delete-zone';
import { moveZone } from './move-zone';
import { CheckAddressInput, CreateZoneInput, MoveZoneInput, SetZoneActiveInput, UpdateZoneInput, ZoneIdInput } from './schemas';
import { setZoneActive } from './set-zone-active';
import { updateZone } from './update-zone';

export const createZoneAction = orgAction(CreateZoneInput, createZone);
export const updateZoneAction = orgAction(UpdateZoneInput, updateZone);
export const setZoneActiveAction = orgAction(SetZoneActiveInput, setZoneActive);
export const moveZoneAction = orgAction(MoveZoneInput, moveZone);
export const deleteZoneAction = orgAction(ZoneIdInput, deleteZone);
export const checkDeliveryAddressAction = orgAction(CheckAddressInput, checkDeliveryAddress);
