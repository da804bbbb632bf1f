'use server';

import { z } from 'zod';
import { orgAction } from '@/lib/server/action';
import { revalidatingStorefronts } from '@/lib/storefront/revalidate';
import { deleteProductImage } from './delete-product-image';
import { reorderProductImages } from './reorder-product-images';
import { ProductImageInput, ReorderProductImagesInput, UpdateImageAltInput, UploadProductImagesInput } from './schemas';
import { setPrimaryImage } from './set-primary-image';
import { updateImageAlt } from './update-image-alt';
import { uploadProductImages } from './upload-product-images';

/** Files travel as FormData (a File cannot go inside a plain object): `productId` and one `files` entry per image. */
const UploadFormData = z
  .instanceof(FormData)
  .transform((form) => ({ productId: form.get('productId'), files: form.getAll('files') }))
  .pipe(UploadProductImagesInput);

export const uploadProductImagesAction = orgAction(UploadFormData, revalidatingStorefronts(uploadProductImages));

export const reorderProductImagesAction = orgAction(ReorderProductImagesInput, revalidatingStorefronts(reorderProductImages));

export const setPrimaryImageAction = orgAction(ProductImageInput, revalidatingStorefronts(setPrimaryImage));

export const updateImageAltAction = orgAction(UpdateImageAltInput, revalidatingStorefronts(updateImageAlt));

export const deleteProductImageAction = orgAction(ProductImageInput, revalidatingStorefronts(deleteProductImage));
