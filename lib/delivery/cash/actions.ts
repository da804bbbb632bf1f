'use server';

import { orgAction } from '@/lib/server/action';
import { recordHandin } from './record-handin';
import { RecordHandinInput } from './schemas';

export const recordHandinAction = orgAction(RecordHandinInput, recordHandin);
