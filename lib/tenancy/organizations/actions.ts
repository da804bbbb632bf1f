'use server';

import { revalidatingStorefronts } from '@/lib/storefront/revalidate';
import { z } from 'zod';
import { orgAction, userAction } from '@/lib/server/action';
import { createOrganization } from './create-organization';
import { removeOrganizationLogo } from './remove-organization-logo';
import { CreateOrganizationInput, RemoveLogoInput, UpdateOrganizationSettingsInput, UploadLogoInput } from './schemas';
import { updateOrganizationSettings } from './update-organization-settings';
import { uploadOrganizationLogo } from './upload-organization-logo';

export const createOrganizationAction = userAction(CreateOrganizationInput, createOrganization);

export const updateOrganizationSettingsAction = orgAction(UpdateOrganizationSettingsInput, revalidatingStorefronts(updateOrganizationSettings));

/** The upload form posts FormData (a File cannot travel inside a plain object). */
const LogoFormData = z
  .instanceof(FormData)
  .transform((form) => ({ file: form.get('file') }))
  .pipe(UploadLogoInput);

export const uploadOrganizationLogoAction = orgAction(LogoFormData, revalidatingStorefronts(uploadOrganizationLogo));

export const removeOrganizationLogoAction = orgAction(RemoveLogoInput, revalidatingStorefronts(removeOrganizationLogo));
