'use server';

import { adminAction } from '@/lib/server/action';
import { createFlag } from './create-flag';
import { deleteFlag } from './delete-flag';
import { CreateFlagInput, DeleteFlagInput, SetOrganizationOverrideInput, UpdateFlagInput } from './schemas';
import { setOrganizationOverride } from './set-organization-override';
import { updateFlag } from './update-flag';

export const createFlagAction = adminAction(CreateFlagInput, async (ctx, input) => {
  const flag = await createFlag(ctx, input);
  return { key: flag.key, name: flag.name };
});
export const updateFlagAction = adminAction(UpdateFlagInput, async (ctx, input) => {
  const { changed, flag } = await updateFlag(ctx, input);
  return { changed, key: flag.key, name: flag.name };
});
export const deleteFlagAction = adminAction(DeleteFlagInput, deleteFlag);
export const setOrganizationOverrideAction = adminAction(SetOrganizationOverrideInput, setOrganizationOverride);
