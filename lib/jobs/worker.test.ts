import { createElement } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withGlobal } from '@/db/scope';
import { emailOutbox } from '@/db/schema';
import { startWorkerBoss, stopBoss } from './boss';
import { registerWorkers } from './handlers';
import { enqueueEmail } from './queue';
import { QUEUES } from './queues';

beforeAll(async () => {
  const boss = await startWorkerBoss();
  await registerWorkers(boss, { pollingIntervalSeconds: 0.5 });
});
afterAll(() => stopBoss());

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the worker', () => {
  it('delivers a queued email from pg-boss on the real database', async () => {
    await enqueueEmail({ to: 'worker@example.test', subject: 'Shipped', template: 'test', body: createElement('p', null, 'On its way') });
    const rows = await eventually(
      () => withGlobal((tx) => tx.select().from(emailOutbox).where(eq(emailOutbox.to, 'worker@example.test'))),
      (r) => r.length > 0,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ subject: 'Shipped', status: 'stored', template: 'test' });
    expect(rows[0]!.html).toContain('On its way');
  });

  it('schedules the card-order expiry every minute', async () => {
    const boss = await startWorkerBoss();
    const schedules = await boss.getSchedules();
    expect(schedules).toEqual(expect.arrayContaining([expect.objectContaining({ name: QUEUES.expireCardOrders, cron: '* * * * *' })]));
  });
});
