import { sql } from 'drizzle-orm';
import { index, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { currency, currentUserId, deletedAt, id, readPolicy, tenantPolicy, timestamps } from '../columns';
import { ORGANIZATION_KINDS, ORGANIZATION_PLANS, ORGANIZATION_STATUSES } from '../values';

export const organizationKind = pgEnum('organization_kind', ORGANIZATION_KINDS);
export const organizationPlan = pgEnum('organization_plan', ORGANIZATION_PLANS);
export const organizationStatus = pgEnum('organization_status', ORGANIZATION_STATUSES);

export type OrganizationAddress = {
  street?: string;
  building?: string;
  city?: string;
  region?: string;
  postalCode?: string;
  country?: string;
  landmark?: string;
};
export type WorkingDay = {
  /** 0 = Sunday … 6 = Saturday (seed 004). */
  day: number;
  isOpen: boolean;
  openTime: string;
  closeTime: string;
  breaks: { startTime: string; endTime: string }[];
};
export type SocialLinks = { instagram?: string; facebook?: string; twitter?: string; whatsapp?: string; website?: string };

/**
 * The tenant (seed 001 organizations, seed 004 businesses). The slug is its storefront
 * subdomain and never changes after creation; custom domains live in `domains`.
 */
export const organizations = pgTable(
  'organizations',
  {
    id: id('org'),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    kind: organizationKind('kind').notNull(),
    plan: organizationPlan('plan').notNull().default('free'),
    status: organizationStatus('status').notNull().default('active'),
    statusReason: text('status_reason'),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }),
    defaultCurrency: currency('default_currency').notNull(),
    defaultLocale: text('default_locale').notNull(),
    timezone: text('timezone').notNull().default('UTC'),
    description: text('description'),
    category: text('category'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    address: jsonb('address').$type<OrganizationAddress>().notNull().default({}),
    workingHours: jsonb('working_hours').$type<WorkingDay[]>().notNull().default([]),
    socialLinks: jsonb('social_links').$type<SocialLinks>().notNull().default({}),
    /** Storage keys (lib/storage). */
    logoKey: text('logo_key'),
    coverImageKey: text('cover_image_key'),
    brandPrimaryColor: text('brand_primary_color').notNull().default('#4f46e5'),
    brandSecondaryColor: text('brand_secondary_color').notNull().default('#0f172a'),
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
    /** Feature flags on top of what the kind and plan enable. */
    features: jsonb('features').$type<Record<string, boolean>>().notNull().default({}),
    createdBy: text('created_by'),
    ...timestamps(),
    deletedAt: deletedAt(),
  },
  (t) => [
    uniqueIndex('organizations_slug_key').on(t.slug),
    index('organizations_status_plan_idx').on(t.status, t.plan),
    index('organizations_name_idx').on(sql`lower(${t.name})`),
    // Members may see the organizations they belong to (the org switcher) without an org set.
    tenantPolicy(t.id),
    readPolicy('member_read', sql`${t.id} in (select m.organization_id from memberships m where m.user_id = ${currentUserId})`),
  ],
);

export type Organization = typeof organizations.$inferSelect;
