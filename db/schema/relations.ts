import { relations } from 'drizzle-orm';
import { users } from './identity/users';
import { platformRoles } from './identity/platform-roles';
import { organizations } from './tenancy/organizations';
import { domains } from './tenancy/domains';
import { memberships } from './tenancy/memberships';
import { invitations } from './tenancy/invitations';
import { customers } from './customers/customers';

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
