import os from 'node:os';
import postgres from 'postgres';

export type Machine = { cpus: number; cpuModel: string; memoryGb: number; os: string; node: string; postgres: string; postgresSettings: string };

export async function describeMachine(databaseUrl: string): Promise<Machine> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ server_version: string }[]>`show server_version`;
    const settings = await sql<{ name: string; setting: string }[]>`
      select name, current_setting(name) as setting from pg_settings
      where name in ('shared_buffers', 'effective_cache_size', 'work_mem', 'jit', 'synchronous_commit') order by name`;
    return {
      cpus: os.availableParallelism(),
      cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      node: process.version,
      postgres: row?.server_version ?? 'unknown',
      postgresSettings: settings.map((s) => `${s.name}=${s.setting}`).join(', '),
    };
  } finally {
    await sql.end();
  }
}
