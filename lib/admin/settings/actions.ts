'use server';

import { adminAction } from '@/lib/server/action';
import { createPlatformSetting } from './create-platform-setting';
import { CreatePlatformSettingInput, UpdatePlatformSettingInput } from './schemas';
import { updatePlatformSetting } from './update-platform-setting';

export const updatePlatformSettingAction = adminAction(UpdatePlatformSettingInput, updatePlatformSetting);
export const createPlatformSettingAction = adminAction(CreatePlatformSettingInput, createPlatformSetting);
