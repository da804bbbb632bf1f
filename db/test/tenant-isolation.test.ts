import { describe, expect, it, beforeAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { db } from '../client';
import { withOrg, withPlatform, withGlobal, withUser } from '../scope';
import { auditLogs, customers, domains, invitations, memberships, organizations, type Organization } from '../schema';
import { createOrganization, createUser } from './factories';
import { env } from '../../lib/env';

/**
 * Row-level security is the backstop behind the scoped verbs: for every tenant table, a
 * transaction scoped to organization A sees, changes and creates nothing of organization B,
 * and a transaction with no tenant set sees nothing at all.
 */
type TenantTable = {
  name: string;
  orgColumn: string;
  /** A valid row of `org`, for inserting through raw SQL. */
  row: (org: Organization, userId: string) => Record<string, unknown>;
};

/** A placed order with the fields a real one needs (its snapshot's shape does not matter to RLS). */
function orderRow(o: Organization) {
  return {
    id: `ord_${o.slug}`,
    organization_id: o.id,
    number: 'A1B2C',
    email: `c@${o.slug}.test`,
    customer_name: 'Shopper',
    payment_method: 'cod',
    currency: 'USD',
    subtotal: 1000,
    total: 1000,
    prices_include_tax: true,
    price_snapshot: JSON.stringify({ subtotal: 1000, total: 1000 }),
    access_token_hash: `token-${o.slug}`,
  };
}

const TENANT_TABLES: TenantTable[] = [
  { name: 'organizations', orgColumn: 'id', row: (o) => ({ id: `org_x${o.id.slice(4)}`, name: 'x', slug: `x-${o.slug}`, kind: 'store', default_currency: 'USD', default_locale: 'en' }) },
  { name: 'domains', orgColumn: 'organization_id', row: (o) => ({ id: `dom_${o.slug}`, organization_id: o.id, hostname: `shop.${o.slug}.test`, verification_token: 't' }) },
  { name: 'memberships', orgColumn: 'organization_id', row: (o, u) => ({ id: `mem_${o.slug}`, organization_id: o.id, user_id: u, role: 'staff' }) },
  { name: 'invitations', orgColumn: 'organization_id', row: (o, u) => ({ id: `inv_${o.slug}`, organization_id: o.id, email: `i@${o.slug}.test`, role: 'staff', token_hash: `h-${o.slug}`, invited_by: u, expires_at: new Date(Date.now() + 1e6).toISOString() }) },
  { name: 'customers', orgColumn: 'organization_id', row: (o) => ({ id: `cus_${o.slug}`, organization_id: o.id, name: 'Shopper', email: `c@${o.slug}.test`, currency: 'USD' }) },
  { name: 'audit_logs', orgColumn: 'organization_id', row: (o, u) => ({ id: `aud_${o.slug}`, organization_id: o.id, actor_user_id: u, actor_type: 'user', action: 'test', entity_type: 'test' }) },
  // Catalog and inventory: rows reference earlier ones by these fixed ids, so the order matters.
  { name: 'categories', orgColumn: 'organization_id', row: (o) => ({ id: `cat_${o.slug}`, organization_id: o.id, name: 'Shoes', slug: `shoes-${o.slug}` }) },
  { name: 'products', orgColumn: 'organization_id', row: (o) => ({ id: `prod_${o.slug}`, organization_id: o.id, name: 'Boot', slug: `boot-${o.slug}`, base_price: 1000, currency: 'USD' }) },
  { name: 'product_images', orgColumn: 'organization_id', row: (o) => ({ id: `img_${o.slug}`, organization_id: o.id, product_id: `prod_${o.slug}`, storage_key: 'k', thumbnail_key: 't', width: 1, height: 1, byte_size: 1 }) },
  { name: 'product_variants', orgColumn: 'organization_id', row: (o) => ({ id: `var_${o.slug}`, organization_id: o.id, product_id: `prod_${o.slug}`, name: 'Default', sku: `sku-${o.slug}` }) },
  { name: 'product_attributes', orgColumn: 'organization_id', row: (o) => ({ id: `attr_${o.slug}`, organization_id: o.id, product_id: `prod_${o.slug}`, name: 'Material', value: 'Leather' }) },
  { name: 'product_relations', orgColumn: 'organization_id', row: (o) => ({ organization_id: o.id, product_id: `prod_${o.slug}`, related_product_id: `prod2_${o.slug}` }) },
  { name: 'warehouses', orgColumn: 'organization_id', row: (o) => ({ id: `wh_${o.slug}`, organization_id: o.id, name: 'Main' }) },
  { name: 'stock_levels', orgColumn: 'organization_id', row: (o) => ({ id: `stk_${o.slug}`, organization_id: o.id, warehouse_id: `wh_${o.slug}`, product_id: `prod_${o.slug}`, variant_id: `var_${o.slug}`, quantity: 5 }) },
  { name: 'inventory_movements', orgColumn: 'organization_id', row: (o) => ({ id: `mov_${o.slug}`, organization_id: o.id, product_id: `prod_${o.slug}`, variant_id: `var_${o.slug}`, warehouse_id: `wh_${o.slug}`, type: 'in', quantity: 5, quantity_after: 5 }) },
  // Delivery, promotions, carts, orders and payments (migration 0004), again in reference order.
  { name: 'delivery_zones', orgColumn: 'organization_id', row: (o) => ({ id: `dzn_${o.slug}`, organization_id: o.id, name: 'Centre', city: 'Springfield' }) },
  { name: 'delivery_tariffs', orgColumn: 'organization_id', row: (o) => ({ id: `dtf_${o.slug}`, organization_id: o.id, zone_id: `dzn_${o.slug}`, name: 'Standard', base_cost: 500, currency: 'USD' }) },
  { name: 'coupons', orgColumn: 'organization_id', row: (o) => ({ id: `cpn_${o.slug}`, organization_id: o.id, code: 'WELCOME10', name: 'Welcome', type: 'percentage', value: 1000, currency: 'USD' }) },
  { name: 'carts', orgColumn: 'organization_id', row: (o) => ({ id: `cart_${o.slug}`, organization_id: o.id, token_hash: `cart-${o.slug}`, currency: 'USD' }) },
  { name: 'cart_items', orgColumn: 'organization_id', row: (o) => ({ id: `cit_${o.slug}`, organization_id: o.id, cart_id: `cart_${o.slug}`, product_id: `prod_${o.slug}`, variant_id: `var_${o.slug}`, quantity: 1, unit_price_at_add: 1000 }) },
  { name: 'orders', orgColumn: 'organization_id', row: (o) => orderRow(o) },
  { name: 'order_items', orgColumn: 'organization_id', row: (o) => ({ id: `oit_${o.slug}`, organization_id: o.id, order_id: `ord_${o.slug}`, product_id: `prod_${o.slug}`, variant_id: `var_${o.slug}`, product_name: 'Boot', quantity: 1, unit_price: 1000, subtotal: 1000, total: 1000 }) },
  { name: 'order_status_history', orgColumn: 'organization_id', row: (o) => ({ id: `osh_${o.slug}`, organization_id: o.id, order_id: `ord_${o.slug}`, to_status: 'pending', actor_type: 'customer' }) },
  { name: 'order_notes', orgColumn: 'organization_id', row: (o, u) => ({ id: `ont_${o.slug}`, organization_id: o.id, order_id: `ord_${o.slug}`, body: 'Call first', author_id: u }) },
  { name: 'coupon_redemptions', orgColumn: 'organization_id', row: (o) => ({ id: `cpr_${o.slug}`, organization_id: o.id, coupon_id: `cpn_${o.slug}`, order_id: `ord_${o.slug}`, email: `c@${o.slug}.test`, discount_amount: 100, currency: 'USD' }) },
  { name: 'stock_reservations', orgColumn: 'organization_id', row: (o) => ({ id: `rsv_${o.slug}`, organization_id: o.id, order_id: `ord_${o.slug}`, order_item_id: `oit_${o.slug}`, product_id: `prod_${o.slug}`, variant_id: `var_${o.slug}`, warehouse_id: `wh_${o.slug}`, quantity: 1 }) },
  { name: 'payments', orgColumn: 'organization_id', row: (o) => ({ id: `pay_${o.slug}`, organization_id: o.id, order_id: `ord_${o.slug}`, amount: 1000, currency: 'USD', method: 'cod' }) },
  { name: 'refunds', orgColumn: 'organization_id', row: (o) => ({ id: `rfd_${o.slug}`, organization_id: o.id, payment_id: `pay_${o.slug}`, order_id: `ord_${o.slug}`, amount: 100, currency: 'USD' }) },
  { name: 'payment_gateways', orgColumn: 'organization_id', row: (o) => ({ id: `pgw_${o.slug}`, organization_id: o.id, secret_key_encrypted: 'sealed', webhook_secret_encrypted: 'sealed', secret_key_hint: '4242', mode: 'test' }) },
  { name: 'checkout_settings', orgColumn: 'organization_id', row: (o) => ({ id: `cks_${o.slug}`, organization_id: o.id }) },
  { name: 'processed_webhook_events', orgColumn: 'organization_id', row: (o) => ({ id: `pwe_${o.slug}`, organization_id: o.id, provider: 'stripe', event_id: `evt_${o.slug}`, event_type: 'payment_intent.succeeded' }) },
  // Deliveries and couriers (migration 0005).
  { name: 'couriers', orgColumn: 'organization_id', row: (o, u) => ({ id: `cour_${o.slug}`, organization_id: o.id, user_id: u, currency: 'USD' }) },
  { name: 'deliveries', orgColumn: 'organization_id', row: (o) => ({ id: `dlv_${o.slug}`, organization_id: o.id, order_id: `ord_${o.slug}`, courier_id: `cour_${o.slug}`, tracking_number: `TRK${o.slug.slice(0, 8).toUpperCase()}`, address: JSON.stringify({ city: 'x' }), items: '[]', currency: 'USD' }) },
  { name: 'delivery_status_history', orgColumn: 'organization_id', row: (o) => ({ id: `dsh_${o.slug}`, organization_id: o.id, delivery_id: `dlv_${o.slug}`, event: 'created', to_status: 'pending', actor_type: 'system' }) },
  { name: 'delivery_tracking_points', orgColumn: 'organization_id', row: (o) => ({ id: `dtp_${o.slug}`, organization_id: o.id, delivery_id: `dlv_${o.slug}`, courier_id: `cour_${o.slug}`, latitude: 1, longitude: 2, recorded_at: new Date().toISOString() }) },
  { name: 'courier_cash_handins', orgColumn: 'organization_id', row: (o) => ({ id: `cash_${o.slug}`, organization_id: o.id, courier_id: `cour_${o.slug}`, amount: 100, currency: 'USD' }) },
  { name: 'delivery_settings', orgColumn: 'organization_id', row: (o) => ({ id: `dls_${o.slug}`, organization_id: o.id }) },
  // Platform billing (migration 0007): an organization's subscription (keyed by the org) and its plan history.
  { name: 'billing_subscriptions', orgColumn: 'organization_id', row: (o) => ({ organization_id: o.id, stripe_customer_id: `cus_bill_${o.slug}` }) },
  { name: 'plan_changes', orgColumn: 'organization_id', row: (o) => ({ id: `plc_${o.slug}`, organization_id: o.id, from_plan: 'free', to_plan: 'pro', source: 'admin' }) },
];

/** Tables with an organization_id that are not tenant tables (see the coverage test). */
const GLOBAL_TABLES_WITH_ORG_COLUMN = ['billing_webhook_events'];
/** Owned by a user, not the organization they are about (policy on the user; tested below). */
const USER_TABLES_WITH_ORG_COLUMN = ['impersonation_sessions'];

/** Drizzle wraps the driver's error; the Postgres one is the cause. */
async function expectRlsViolation(work: Promise<unknown>) {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  expect(cause?.message).toMatch(/row-level security/);
}

function insertSql(table: string, row: Record<string, unknown>) {
  const cols = Object.keys(row);
  return sql`insert into ${sql.identifier(table)} (${sql.join(cols.map((c) => sql.identifier(c)), sql`, `)}) values (${sql.join(cols.map((c) => sql`${row[c]}`), sql`, `)})`;
}

let a: Organization;
let b: Organization;
let bOwner: string;

beforeAll(async () => {
  ({ org: a } = await createOrganization());
  const created = await createOrganization();
  b = created.org;
  bOwner = created.owner.id;
  // Give every table a row of B to attack. Each org also gets a second product to relate to.
  const secondProduct = (o: Organization) => ({ id: `prod2_${o.slug}`, organization_id: o.id, name: 'Shoe', slug: `shoe-${o.slug}`, base_price: 500, currency: 'USD' });
  await withPlatform(async (tx) => {
    await tx.execute(insertSql('products', secondProduct(a)));
    for (const t of TENANT_TABLES.filter((t) => t.name !== 'organizations' && t.name !== 'memberships')) {
      await tx.execute(insertSql(t.name, t.row(b, bOwner)));
      if (t.name === 'products') await tx.execute(insertSql('products', secondProduct(b)));
    }
  });
});

describe('every table with an organization column is a forced-RLS tenant table', () => {
  it('has row-level security enabled and forced, and is covered by this suite', async () => {
    const rows = await withPlatform((tx) =>
      tx.execute<{ table_name: string; rls: boolean; forced: boolean }>(sql`
        select c.relname as table_name, c.relrowsecurity as rls, c.relforcerowsecurity as forced
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r'
          and (exists (select 1 from information_schema.columns col
                       where col.table_schema = 'public' and col.table_name = c.relname and col.column_name = 'organization_id')
               or c.relname = 'organizations')`),
    );
    // billing_webhook_events is global on purpose: a Stripe event arrives before its organization is known (it is only noted there).
    for (const r of rows.filter((r) => USER_TABLES_WITH_ORG_COLUMN.includes(r.table_name))) expect({ table: r.table_name, rls: r.rls, forced: r.forced }).toEqual({ table: r.table_name, rls: true, forced: true });
    const names = rows.map((r) => r.table_name).filter((n) => !GLOBAL_TABLES_WITH_ORG_COLUMN.includes(n) && !USER_TABLES_WITH_ORG_COLUMN.includes(n)).sort();
    expect(names).toEqual(TENANT_TABLES.map((t) => t.name).sort());
    for (const r of rows.filter((r) => !GLOBAL_TABLES_WITH_ORG_COLUMN.includes(r.table_name) && !USER_TABLES_WITH_ORG_COLUMN.includes(r.table_name))) expect({ table: r.table_name, rls: r.rls, forced: r.forced }).toEqual({ table: r.table_name, rls: true, forced: true });
  });

  it('the app role owns no table and cannot bypass RLS, even though DATABASE_URL is a superuser', async () => {
    const [role] = await db.execute<{ current_user: string; rolbypassrls: boolean; rolsuper: boolean }>(
      sql`select current_user, r.rolbypassrls, r.rolsuper from pg_roles r where r.rolname = current_user`,
    );
    expect(role).toEqual({ current_user: env.appDbRole, rolbypassrls: false, rolsuper: false });
    const owned = await db.execute(sql`select 1 from pg_class c join pg_roles r on r.oid = c.relowner where r.rolname = current_user`);
    expect(owned.length).toBe(0);
  });
});

describe('impersonation_sessions (support sessions belong to the admin who opened them)', () => {
  it('the organization they are about cannot see them, nor can another user; the admin can', async () => {
    const [admin, other] = [await createUser(), await createUser()];
    await withPlatform((tx) =>
      tx.execute(sql`insert into impersonation_sessions (id, admin_user_id, organization_id, reason, expires_at)
                     values (${`imp_${a.slug}`}, ${admin.id}, ${a.id}, 'Customer asked for help', now() + interval '30 minutes')`),
    );
    expect((await withOrg(a.id, (tx) => tx.execute(sql`select 1 from impersonation_sessions`))).length).toBe(0);
    expect((await withUser(other.id, (tx) => tx.execute(sql`select 1 from impersonation_sessions`))).length).toBe(0);
    expect((await withUser(admin.id, (tx) => tx.execute(sql`select 1 from impersonation_sessions`))).length).toBe(1);
    await expectRlsViolation(
      withUser(other.id, (tx) =>
        tx.execute(sql`insert into impersonation_sessions (id, admin_user_id, organization_id, reason, expires_at)
                       values ('imp_forged', ${admin.id}, ${a.id}, 'forged for someone else', now() + interval '1 hour')`),
      ),
    );
  });
});

describe.each(TENANT_TABLES)('$name', (table) => {
  const col = sql.identifier(table.orgColumn);
  const name = sql.identifier(table.name);

  it("with A's context, B's rows cannot be read", async () => {
    const seen = await withOrg(a.id, (tx) => tx.execute(sql`select 1 from ${name} where ${col} = ${b.id}`));
    expect(seen.length).toBe(0);
    const all = await withPlatform((tx) => tx.execute(sql`select 1 from ${name} where ${col} = ${b.id}`));
    expect(all.length).toBeGreaterThan(0); // the row exists; RLS hid it
  });

  it("with A's context, B's rows cannot be updated or deleted", async () => {
    const updated = await withOrg(a.id, (tx) => tx.execute(sql`update ${name} set ${col} = ${col} where ${col} = ${b.id} returning 1`));
    expect(updated.length).toBe(0);
    const deleted = await withOrg(a.id, (tx) => tx.execute(sql`delete from ${name} where ${col} = ${b.id} returning 1`));
    expect(deleted.length).toBe(0);
    const still = await withPlatform((tx) => tx.execute(sql`select 1 from ${name} where ${col} = ${b.id}`));
    expect(still.length).toBeGreaterThan(0);
  });

  it("with A's context, a row for B cannot be inserted, nor an A row moved to B", async () => {
    const user = await createUser();
    const row = table.row(b, user.id);
    if (table.name === 'organizations') row.id = `org_forged_${b.slug}`;
    else if ('id' in row) row.id = `${String(row.id)}_forged`;
    await expectRlsViolation(withOrg(a.id, (tx) => tx.execute(insertSql(table.name, row))));
    if (table.name !== 'organizations') {
      await withOrg(a.id, (tx) => tx.execute(insertSql(table.name, table.row(a, user.id))));
      await expectRlsViolation(withOrg(a.id, (tx) => tx.execute(sql`update ${name} set ${col} = ${b.id} where ${col} = ${a.id}`)));
    }
  });

  it('with no tenant set, nothing is visible', async () => {
    const seen = await withGlobal((tx) => tx.execute(sql`select 1 from ${name}`));
    expect(seen.length).toBe(0);
    const outsideTx = await db.execute(sql`select 1 from ${name}`);
    expect(outsideTx.length).toBe(0);
  });
});

describe('references stay inside one tenant (foreign-key checks bypass RLS, so the keys carry the org)', () => {
  async function expectFkViolation(work: Promise<unknown>) {
    const error = await work.then(() => null, (e: unknown) => e);
    expect((error as { cause?: { code?: string } } | null)?.cause?.code).toBe('23503');
  }

  it("A's product cannot be put in B's category, nor A's variant given B's image", async () => {
    await expectFkViolation(withOrg(a.id, (tx) => tx.execute(sql`update products set category_id = ${`cat_${b.slug}`} where id = ${`prod_${a.slug}`}`)));
    await expectFkViolation(withOrg(a.id, (tx) => tx.execute(sql`update product_variants set image_id = ${`img_${b.slug}`} where id = ${`var_${a.slug}`}`)));
  });

  it("a variant's image and a stock row's variant must belong to the same product", async () => {
    await withPlatform((tx) =>
      tx.execute(insertSql('product_images', { id: `img2_${a.slug}`, organization_id: a.id, product_id: `prod2_${a.slug}`, storage_key: 'k', thumbnail_key: 't', width: 1, height: 1, byte_size: 1 })),
    );
    await expectFkViolation(withOrg(a.id, (tx) => tx.execute(sql`update product_variants set image_id = ${`img2_${a.slug}`} where id = ${`var_${a.slug}`}`)));
    await expectFkViolation(withOrg(a.id, (tx) => tx.execute(sql`update stock_levels set product_id = ${`prod2_${a.slug}`} where id = ${`stk_${a.slug}`}`)));
  });

  it("an order item cannot point at another tenant's order or product, nor a tariff at another tenant's zone", async () => {
    await expectFkViolation(withOrg(a.id, (tx) => tx.execute(sql`update order_items set order_id = ${`ord_${b.slug}`} where id = ${`oit_${a.slug}`}`)));
    await expectFkViolation(withOrg(a.id, (tx) => tx.execute(sql`update order_items set product_id = ${`prod_${b.slug}`}, variant_id = ${`var_${b.slug}`} where id = ${`oit_${a.slug}`}`)));
    await expectFkViolation(withOrg(a.id, (tx) => tx.execute(sql`update delivery_tariffs set zone_id = ${`dzn_${b.slug}`} where id = ${`dtf_${a.slug}`}`)));
    await expectFkViolation(withOrg(a.id, (tx) => tx.execute(sql`update coupon_redemptions set coupon_id = ${`cpn_${b.slug}`} where id = ${`cpr_${a.slug}`}`)));
  });
});

describe('user-scoped windows stay read-only', () => {
  it('a user sees their own memberships and organizations across tenants, and cannot join another org', async () => {
    const { owner, org } = await createOrganization();
    const { withUser } = await import('../scope');
    const visible = await withUser(owner.id, (tx) => tx.select().from(organizations));
    expect(visible.map((o) => o.id)).toEqual([org.id]);
    await expectRlsViolation(
      withUser(owner.id, (tx) => tx.insert(memberships).values({ organizationId: b.id, userId: owner.id, role: 'owner' })),
    );
    const mine = await withUser(owner.id, (tx) => tx.select().from(memberships));
    expect(mine.map((m) => m.organizationId)).toEqual([org.id]);
    const others = await withUser(owner.id, (tx) => tx.select().from(customers));
    expect(others).toEqual([]);
  });

  it('platform-level audit rows (no organization) are visible only in the platform scope', async () => {
    await withPlatform((tx) => tx.insert(auditLogs).values({ actorType: 'system', action: 'platform.test', entityType: 'test' }));
    const fromOrg = await withOrg(a.id, (tx) => tx.select().from(auditLogs).where(sql`${auditLogs.organizationId} is null`));
    expect(fromOrg).toEqual([]);
    const fromPlatform = await withPlatform((tx) => tx.select().from(auditLogs).where(sql`${auditLogs.organizationId} is null`));
    expect(fromPlatform.length).toBeGreaterThan(0);
  });

  it('the tenant setting ends with the transaction on a pooled connection', async () => {
    await withOrg(b.id, (tx) => tx.select().from(domains));
    const after = await db.select().from(domains);
    expect(after).toEqual([]);
    const inv = await db.select().from(invitations);
    expect(inv).toEqual([]);
  });
});
