'use server';

import { orgAction } from '@/lib/server/action';
import { addOrderNote } from './add-order-note';
import { AddOrderNoteInput, UpdateOrderStatusInput } from './schemas';
import { updateOrderStatus } from './update-order-status';

export const updateOrderStatusAction = orgAction(UpdateOrderStatusInput, updateOrderStatus);
export const addOrderNoteAction = orgAction(AddOrderNoteInput, addOrderNote);
