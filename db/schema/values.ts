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
export const ORDER_STATUSES = ['pending', 'confirmed', 'processing', 'packed', 'out_for_delivery', 'delivered', 'cancelled', 'refunded'] as const;
export const ORDER_PAYMENT_STATUSES = ['unpaid', 'pending', 'paid', 'partially_refunded', 'refunded', 'failed', 'voided'] as const;
export const PAYMENT_METHODS = ['card', 'cod', 'bank_transfer'] as const;
export const PAYMENT_STATUSES = ['pending', 'processing', 'completed', 'failed', 'cancelled', 'partially_refunded', 'refunded'] as const;
export const REFUND_STATUSES = ['pending', 'succeeded', 'failed'] as const;
export const FULFILMENT_METHODS = ['delivery', 'pickup'] as const;
export const COUPON_TYPES = ['percentage', 'fixed_amount', 'free_shipping'] as const;
export const RESERVATION_STATUSES = ['active', 'released', 'fulfilled'] as const;
export const ORDER_ACTOR_TYPES = ['customer', 'staff', 'system', 'courier'] as const;
export const COURIER_VEHICLES = ['on_foot', 'bicycle', 'motorbike', 'car', 'van'] as const;
export const COURIER_STATUSES = ['available', 'busy', 'offline'] as const;
export const DELIVERY_STATUSES = ['pending', 'processing', 'dispatched', 'delivered', 'returned', 'cancelled'] as const;
export const DELIVERY_EVENTS = ['created', 'status_changed', 'assigned', 'unassigned', 'failed_attempt', 'code_sent', 'rated'] as const;
export const DELIVERY_ACTOR_TYPES = ['staff', 'courier', 'customer', 'system'] as const;
export const DELIVERY_PROOF_REQUIREMENTS = ['none', 'otp', 'photo', 'otp_or_photo', 'otp_and_photo'] as const;
export const BILLING_STATUSES = ['none', 'incomplete', 'trialing', 'active', 'past_due', 'unpaid', 'canceled'] as const;
export const PLAN_CHANGE_SOURCES = ['admin', 'billing', 'grace_period', 'cancellation'] as const;
export const IMPERSONATION_MODES = ['read_only', 'read_write'] as const;
