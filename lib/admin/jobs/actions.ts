'use server';

import { adminAction } from '@/lib/server/action';
import { retryJob } from './retry-job';
import { RetryJobInput } from './schemas';

export const retryJobAction = adminAction(RetryJobInput, retryJob);
