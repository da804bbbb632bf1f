import { z } from 'zod';
import { IMAGE_MAX_BYTES, IMAGE_TOO_LARGE } from '@/lib/storage/image-limits';
import { CatalogSlug } from '../slug';

/** Shared by the category forms (resolver) and the actions. Empty optional text is stored as null. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .nullable()
    .transform((v) => v || null);

export const CategoryId = z.string().trim().min(1, 'Choose a category.').max(64);

/** '' (the "No parent" choice of a select) and null both mean the top level. */
export const ParentId = z
  .string()
  .trim()
  .max(64)
  .nullable()
  .transform((v) => v || null);

export const CategoryName = z.string().trim().min(1, 'Enter a name.').max(120, 'Use at most 120 characters.');

export const META_TITLE_MAX = 120;
export const META_DESCRIPTION_MAX = 320;

const CategoryFields = {
  name: CategoryName,
  /** Left empty, it is made from the name. */
  slug: z.union([z.literal(''), CatalogSlug]),
  description: optionalText(5000),
  metaTitle: optionalText(META_TITLE_MAX),
  metaDescription: optionalText(META_DESCRIPTION_MAX),
  isActive: z.boolean(),
};

export const CreateCategoryInput = z.object({ ...CategoryFields, parentId: ParentId });
export type CreateCategoryInput = z.infer<typeof CreateCategoryInput>;

export const UpdateCategoryInput = z.object({ id: CategoryId, ...CategoryFields });
export type UpdateCategoryInput = z.infer<typeof UpdateCategoryInput>;

export const CategoryIdInput = z.object({ id: CategoryId });
export type CategoryIdInput = z.infer<typeof CategoryIdInput>;

export const MoveCategoryInput = z.object({ id: CategoryId, parentId: ParentId });
export type MoveCategoryInput = z.infer<typeof MoveCategoryInput>;

/** The complete new order of one parent's children (null: the top level), e.g. after a drag and drop. */
export const ReorderCategoriesInput = z.object({
  parentId: ParentId,
  orderedIds: z
    .array(CategoryId)
    .min(1, 'Nothing to reorder.')
    .max(1000, 'Too many categories at once.')
    .refine((ids) => new Set(ids).size === ids.length, 'A category appears twice.'),
});
export type ReorderCategoriesInput = z.infer<typeof ReorderCategoriesInput>;

/** One step up or down among its siblings (the arrow buttons). */
export const MoveCategoryStepInput = z.object({ id: CategoryId, direction: z.enum(['up', 'down']) });
export type MoveCategoryStepInput = z.infer<typeof MoveCategoryStepInput>;

export const SetCategoryImageInput = z.object({
  id: CategoryId,
  file: z
    .instanceof(File, { message: 'Choose an image file.' })
    .refine((f) => f.size > 0, 'That file is empty.')
    .refine((f) => f.size <= IMAGE_MAX_BYTES, IMAGE_TOO_LARGE),
});
export type SetCategoryImageInput = z.infer<typeof SetCategoryImageInput>;
