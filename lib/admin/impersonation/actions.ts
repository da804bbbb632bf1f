'use server';

import { adminAction } from '@/lib/server/action';
import { endImpersonation } from './end-impersonation';
import { EndImpersonationInput, StartImpersonationInput } from './schemas';
import { startImpersonation } from './start-impersonation';

export const startImpersonationAction = adminAction(StartImpersonationInput, startImpersonation);
export const endImpersonationAction = adminAction(EndImpersonationInput, endImpersonation);
