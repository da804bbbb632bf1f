import { relations } from 'drizzle-orm';
import { users } from './identity/users';
import { platformRoles } from './identity/platform-roles';
import { organizations } from './tenancy/organizations';
import { domains } from './tenancy/domains';
import { memberships } from './tenancy/memberships';
import { invitations } from './tenancy/invitations';
import { customers } from './customers/customers';
import { categories } from './catalog/categories';
import { products } from './catalog/products';
import { productImages } from './catalog/product-images';
import { productVariants } from './catalog/product-variants';
import { productAttributes } from './catalog/product-attributes';
import { warehouses } from './inventory/warehouses';
import { stockLevels } from './inventory/stock-levels';

export const usersRelations = relations(users, ({ many }) => ({
  memberships: many(memberships),
  platformRoles: many(platformRoles),
}));

export const organizationsRelations = relations(organizations, ({ many }) => ({
  domains: many(domains),
  memberships: many(memberships),
  invitations: many(invitations),
  customers: many(customers),
}));

export const membershipsRelations = relations(memberships, ({ one }) => ({
  organization: one(organizations, { fields: [memberships.organizationId], references: [organizations.id] }),
  user: one(users, { fields: [memberships.userId], references: [users.id] }),
}));

export const domainsRelations = relations(domains, ({ one }) => ({
  organization: one(organizations, { fields: [domains.organizationId], references: [organizations.id] }),
}));

export const invitationsRelations = relations(invitations, ({ one }) => ({
  organization: one(organizations, { fields: [invitations.organizationId], references: [organizations.id] }),
}));

export const customersRelations = relations(customers, ({ one }) => ({
  organization: one(organizations, { fields: [customers.organizationId], references: [organizations.id] }),
  user: one(users, { fields: [customers.userId], references: [users.id] }),
}));

export const platformRolesRelations = relations(platformRoles, ({ one }) => ({
  user: one(users, { fields: [platformRoles.userId], references: [users.id] }),
}));

export const categoriesRelations = relations(categories, ({ one, many }) => ({
  parent: one(categories, { fields: [categories.parentId], references: [categories.id], relationName: 'category_parent' }),
  children: many(categories, { relationName: 'category_parent' }),
  products: many(products),
}));

export const productsRelations = relations(products, ({ one, many }) => ({
  category: one(categories, { fields: [products.categoryId], references: [categories.id] }),
  variants: many(productVariants),
  images: many(productImages),
  attributes: many(productAttributes),
  stockLevels: many(stockLevels),
}));

export const productVariantsRelations = relations(productVariants, ({ one, many }) => ({
  product: one(products, { fields: [productVariants.productId], references: [products.id] }),
  image: one(productImages, { fields: [productVariants.imageId], references: [productImages.id] }),
  stockLevels: many(stockLevels),
}));

export const productImagesRelations = relations(productImages, ({ one }) => ({
  product: one(products, { fields: [productImages.productId], references: [products.id] }),
}));

export const productAttributesRelations = relations(productAttributes, ({ one }) => ({
  product: one(products, { fields: [productAttributes.productId], references: [products.id] }),
}));

export const warehousesRelations = relations(warehouses, ({ many }) => ({
  stockLevels: many(stockLevels),
}));

export const stockLevelsRelations = relations(stockLevels, ({ one }) => ({
  warehouse: one(warehouses, { fields: [stockLevels.warehouseId], references: [warehouses.id] }),
  product: one(products, { fields: [stockLevels.productId], references: [products.id] }),
  variant: one(productVariants, { fields: [stockLevels.variantId], references: [productVariants.id] }),
}));
