import postgres from 'postgres';
import { hashPassword } from '../../lib/auth/password';
import { newId } from '../../lib/ids';

/**
 * Direct database access for specs: arranging what a flow needs (a platform admin) and
 * asserting what a flow must not have done. It connects as the server's owner, so it sees
 * every tenant; the app under test never does.
 */
let client: postgres.Sql | undefined;
export function sql() {
  return (client ??= postgres(process.env.E2E_DATABASE_URL!, { max: 2, onnotice: () => {} }));
}

export const uniqueSuffix = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export async function createUser(opts: { email: string; name: string; password: string; platformRole?: string }) {
  const id = newId('usr');
  await sql()`insert into users (id, email, name, password_hash, email_verified_at)
              values (${id}, ${opts.email}, ${opts.name}, ${await hashPassword(opts.password)}, now())`;
  if (opts.platformRole) {
    await sql()`insert into platform_roles (id, user_id, role) values (${newId('prl')}, ${id}, ${opts.platformRole})`;
  }
  return id;
}

export async function organizationBySlug(slug: string) {
  const [org] = await sql()<{ id: string; name: string; status: string; kind: string }[]>`
    select id, name, status, kind from organizations where slug = ${slug}`;
  return org;
}

export async function count(table: string, where: Record<string, string> = {}) {
  const keys = Object.keys(where);
  const conditions = keys.length ? sql()`where ${keys.map((k, i) => sql()`${i ? sql()`and` : sql()``} ${sql()(k)} = ${where[k]!}`)}` : sql()``;
  const [row] = await sql()<{ n: number }[]>`select count(*)::int as n from ${sql()(table)} ${conditions}`;
  return row!.n;
}

/** Links in the newest email to `to` (what a person would click). */
export async function latestEmailLinks(to: string): Promise<string[]> {
  const [mail] = await sql()<{ html: string }[]>`
    select html from email_outbox where "to" = ${to} order by created_at desc limit 1`;
  if (!mail) return [];
  return [...mail.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
}

/** An organization with its owner, as onboarding would leave it. */
export async function createOrganizationWithOwner(opts: { slug: string; name: string; ownerEmail: string; password: string; kind?: string; plan?: string }) {
  const ownerId = await createUser({ email: opts.ownerEmail, name: `${opts.name} Owner`, password: opts.password });
  const orgId = newId('org');
  await sql()`insert into organizations (id, name, slug, kind, plan, default_currency, default_locale, created_by)
              values (${orgId}, ${opts.name}, ${opts.slug}, ${opts.kind ?? 'store'}, ${opts.plan ?? 'free'}, 'USD', 'en-US', ${ownerId})`;
  await sql()`insert into memberships (id, organization_id, user_id, role) values (${newId('mem')}, ${orgId}, ${ownerId}, 'owner')`;
  return { orgId, ownerId };
}
