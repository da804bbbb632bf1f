import type { UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { ProductFormSchema, ProductFormValues } from '@/lib/catalog/products/form-schema';

export type ProductForm = UseFormReturn<ProductFormValues, unknown, z.output<ProductFormSchema>>;
export type { CategoryChoice } from '@/components/catalog/categories/category-options';
/** A product the related-products picker shows. */
export type ProductChoice = { id: string; name: string; sku: string | null };
