'use server';

import { orgAction } from '@/lib/server/action';
import type { OrgContext } from '@/lib/server/context';
import { assignDeliveryCourier } from './assign-delivery-courier';
import { createDeliveryByHand } from './create-delivery-by-hand';
import { resendDeliveryCode } from './resend-delivery-code';
import { AssignDeliveryCourierInput, CreateDeliveryInput, DeliveryIdInput, StaffChangeDeliveryStatusInput } from './schemas';
import { staffChangeDeliveryStatus } from './staff-change-delivery-status';

export const createDeliveryAction = orgAction(CreateDeliveryInput, createDeliveryByHand);
export const assignDeliveryCourierAction = orgAction(AssignDeliveryCourierInput, assignDeliveryCourier);
export const changeDeliveryStatusAction = orgAction(StaffChangeDeliveryStatusInput, staffChangeDeliveryStatus);
export const resendDeliveryCodeAction = orgAction(DeliveryIdInput, (ctx: OrgContext, input: DeliveryIdInput) => resendDeliveryCode(ctx, input.deliveryId));
