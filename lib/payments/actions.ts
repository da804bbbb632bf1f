'use server';

import { orgAction } from '@/lib/server/action';
import { markPaymentReceived } from './record-manual-payment';
import { MarkPaymentReceivedInput } from './schemas';

export const markPaymentReceivedAction = orgAction(MarkPaymentReceivedInput, markPaymentReceived);
