'use server';

import { orgAction } from '@/lib/server/action';
import { UpdateCourierProfileInput } from './schemas';
import { updateCourierProfile } from './update-courier-profile';

export const updateCourierProfileAction = orgAction(UpdateCourierProfileInput, updateCourierProfile);
