'use server';

import { orgAction } from '@/lib/server/action';
import { DeliverySettingsInput } from './schemas';
import { updateDeliverySettings } from './update-delivery-settings';

export const updateDeliverySettingsAction = orgAction(DeliverySettingsInput, updateDeliverySettings);
