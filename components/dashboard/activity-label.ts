/** Plain-language labels for the audit actions the dashboard writes; unknown ones are spelled out from their code. */
const LABELS: Record<string, string> = {
  'organization.created': 'created the organization',
  'organization.settings_updated': 'updated the settings',
  'organization.logo_updated': 'uploaded a new logo',
  'organization.logo_removed': 'removed the logo',
  'domain.added': 'added a custom domain',
  'domain.removed': 'removed a custom domain',
  'domain.verified': 'verified a custom domain',
  'domain.check_failed': 'checked a custom domain (not verified yet)',
  'domain.primary_set': 'changed the primary address',
  'team.invitation_sent': 'invited someone to the team',
  'team.invitation_resent': 'resent an invitation',
  'team.invitation_revoked': 'revoked an invitation',
  'team.invitation_accepted': 'joined the team',
  'team.member_role_changed': 'changed a member’s role',
  'team.member_removed': 'removed a member',
  'team.member_left': 'left the organization',
  'category.created': 'created a category',
  'category.updated': 'updated a category',
  'category.moved': 'moved a category',
  'category.reordered': 'reordered categories',
  'category.deleted': 'deleted a category',
  'category.image_updated': 'changed a category image',
  'category.image_removed': 'removed a category image',
  'product.created': 'added a product',
  'product.updated': 'updated a product',
  'product.published': 'published a product',
  'product.archived': 'archived a product',
  'product.category_changed': 'moved a product to another category',
  'product.deleted': 'deleted a product',
  'product.options_updated': 'changed a product’s options',
  'product.images_uploaded': 'uploaded product images',
  'product.images_reordered': 'reordered product images',
  'product.primary_image_set': 'chose a product’s main image',
  'product_image.alt_updated': 'described a product image',
  'product_image.deleted': 'deleted a product image',
  'variant.updated': 'updated a variant',
  'variant.bulk_updated': 'updated variants',
  'catalog.imported': 'imported products from a CSV file',
  'warehouse.created': 'added a warehouse',
  'warehouse.updated': 'updated a warehouse',
  'warehouse.default_set': 'changed the default warehouse',
  'warehouse.deactivated': 'deactivated a warehouse',
  'warehouse.reactivated': 'reactivated a warehouse',
  'stock.adjusted': 'adjusted stock',
  'stock.transferred': 'transferred stock',
  'stock.levels_set': 'set reorder levels',
  'delivery.created': 'created a delivery',
  'delivery.courier_assigned': 'assigned a courier to a delivery',
  'delivery.courier_reassigned': 'reassigned a delivery',
  'delivery.courier_unassigned': 'took a delivery back from its courier',
  'delivery.status_changed': 'changed a delivery’s status',
  'delivery.code_resent': 'sent a shopper a new delivery code',
  'delivery.claimed': 'took a delivery',
  'delivery.failed_attempt': 'recorded a failed delivery attempt',
  'delivery.proof_photo_added': 'added a proof-of-delivery photo',
  'courier.went_online': 'went online as a courier',
  'courier.went_offline': 'went offline as a courier',
  'courier.updated': 'updated a courier’s profile',
  'courier_cash.handed_in': 'recorded cash handed in by a courier',
  'delivery_settings.updated': 'changed the delivery settings',
};

export function activityLabel(action: string): string {
  return LABELS[action] ?? action.replace(/[._]/g, ' ');
}

/** The thing an action was about (an email, a hostname or a name), when the audit row names one. */
export function activitySubject(row: { oldValues: unknown; newValues: unknown }): string | null {
  for (const values of [row.newValues, row.oldValues]) {
    if (values && typeof values === 'object') {
      const v = values as Record<string, unknown>;
      if (typeof v.email === 'string') return v.email;
      if (typeof v.hostname === 'string') return v.hostname;
      if (typeof v.name === 'string') return v.name;
    }
  }
  return null;
}
