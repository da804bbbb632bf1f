'use server';

import { orgAction } from '@/lib/server/action';
import { refundOrder } from './refund-payment';
import { RefundOrderInput } from './schemas';

export const refundOrderAction = orgAction(RefundOrderInput, refundOrder);
