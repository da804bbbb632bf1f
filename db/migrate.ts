import path from 'node:path';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';

const MIGRATIONS = path.join(import.meta.dirname, 'migrations');

/**
 * Applies committed migrations as the connecting (owner) user, then makes sure the app role
 * exists, cannot bypass row-level security, owns nothing, and has plain DML grants; and that
 * every table with RLS enabled also has it FORCEd (so even an owner's queries are filtered).
 */
export async function migrateDatabase(url: string, appRole: string) {
  if (!/^[a-z_][a-z0-9_]*$/.test(appRole)) throw new Error(`Invalid APP_DB_ROLE: ${appRole}`);
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await migrate(drizzle(client), { migrationsFolder: MIGRATIONS });
    await client.unsafe(`
      do $$ begin
        if not exists (select 1 from pg_roles where rolname = '${appRole}') then
          create role ${appRole} nologin nobypassrls;
        end if;
      end $$;
      alter role ${appRole} nologin nobypassrls nosuperuser;
      grant usage on schema public to ${appRole};
      grant select, insert, update, delete on all tables in schema public to ${appRole};
      grant usage, select on all sequences in schema public to ${appRole};
    `);
    // A non-superuser migrator must be a member of the app role to switch to it.
    const [me] = await client`select rolsuper from pg_roles where rolname = current_user`;
    if (!me?.rolsuper) await client.unsafe(`grant ${appRole} to current_user`);
    const unforced = await client<{ name: string }[]>`
      select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r' and c.relrowsecurity and not c.relforcerowsecurity`;
    for (const { name } of unforced) await client.unsafe(`alter table "${name}" force row level security`);
    const owned = await client`
      select c.relname from pg_class c join pg_roles r on r.oid = c.relowner where r.rolname = ${appRole}`;
    if (owned.length > 0) throw new Error(`${appRole} must own no table, but owns ${owned.map((r) => r.relname).join(', ')}`);
  } finally {
    await client.end();
  }
}
