'use server';

import { orgAction } from '@/lib/server/action';
import { revalidatingStorefronts } from '@/lib/storefront/revalidate';
import { bulkUpdateProducts } from './bulk-update-products';
import { createProduct } from './create-product';
import { deleteProducts } from './delete-products';
import { BulkUpdateProductsInput, CreateProductInput, DeleteProductsInput, SearchProductOptionsInput, UpdateProductInput } from './schemas';
import { searchProductOptions } from './search-product-options';
import { updateProduct } from './update-product';

export const createProductAction = orgAction(CreateProductInput, revalidatingStorefronts(createProduct));
export const updateProductAction = orgAction(UpdateProductInput, revalidatingStorefronts(updateProduct));
export const bulkUpdateProductsAction = orgAction(BulkUpdateProductsInput, revalidatingStorefronts(bulkUpdateProducts));
export const deleteProductsAction = orgAction(DeleteProductsInput, revalidatingStorefronts(deleteProducts));
export const searchProductOptionsAction = orgAction(SearchProductOptionsInput, searchProductOptions);
