'use server';

import { z } from 'zod';
import { orgAction } from '@/lib/server/action';
import { revalidatingStorefronts } from '@/lib/storefront/revalidate';
import { createCategory } from './create-category';
import { deleteCategory } from './delete-category';
import { moveCategory } from './move-category';
import { moveCategoryStep } from './move-category-step';
import { removeCategoryImage } from './remove-category-image';
import { reorderCategories } from './reorder-categories';
import {
  CategoryIdInput,
  CreateCategoryInput,
  MoveCategoryInput,
  MoveCategoryStepInput,
  ReorderCategoriesInput,
  SetCategoryImageInput,
  UpdateCategoryInput,
} from './schemas';
import { setCategoryImage } from './set-category-image';
import { updateCategory } from './update-category';

// Every change here can alter the storefront's menus and category pages.
export const createCategoryAction = orgAction(CreateCategoryInput, revalidatingStorefronts(createCategory));
export const updateCategoryAction = orgAction(UpdateCategoryInput, revalidatingStorefronts(updateCategory));
export const moveCategoryAction = orgAction(MoveCategoryInput, revalidatingStorefronts(moveCategory));
export const reorderCategoriesAction = orgAction(ReorderCategoriesInput, revalidatingStorefronts(reorderCategories));
export const moveCategoryStepAction = orgAction(MoveCategoryStepInput, revalidatingStorefronts(moveCategoryStep));
export const deleteCategoryAction = orgAction(CategoryIdInput, revalidatingStorefronts(deleteCategory));
export const removeCategoryImageAction = orgAction(CategoryIdInput, revalidatingStorefronts(removeCategoryImage));

/** The upload form posts FormData (a File cannot travel inside a plain object). */
const CategoryImageFormData = z
  .instanceof(FormData)
  .transform((form) => ({ id: form.get('id'), file: form.get('file') }))
  .pipe(SetCategoryImageInput);

export const setCategoryImageAction = orgAction(CategoryImageFormData, revalidatingStorefronts(setCategoryImage));
