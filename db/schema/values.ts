/**
 * The values of the enums that forms and filters also need. Kept in a module with no imports,
 * so a client component can use them without pulling table definitions into its bundle.
 */
export const MEMBER_ROLES = ['owner', 'admin', 'staff', 'seller', 'courier'] as const;
export const ORGANIZATION_KINDS = ['store', 'marketplace', 'print', 'services'] as const;
export const ORGANIZATION_PLANS = ['free', 'basic', 'pro', 'enterprise'] as const;
export const ORGANIZATION_STATUSES = ['active', 'suspended', 'cancelled'] as const;
export const USER_STATUSES = ['active', 'inactive', 'suspended', 'banned'] as const;
export const PLATFORM_ROLES = ['super_admin', 'role_manager', 'accounting', 'technical_access'] as const;
export const DOMAIN_STATUSES = ['pending', 'verified', 'failed'] as const;
export const PRODUCT_STATUSES = ['draft', 'active', 'inactive', 'out_of_stock', 'discontinued'] as const;
export const PRODUCT_RELATION_KINDS = ['related', 'frequently_bought_together'] as const;
export const INVENTORY_MOVEMENT_TYPES = ['in', 'out', 'adjustment', 'transfer'] as const;
