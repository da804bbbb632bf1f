import { createElement } from 'react';
import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withGlobal } from '@/db/scope';
import { emailOutbox } from '@/db/schema';
import { getBoss, stopBoss } from './boss';
import { enqueueEmail } from './queue';
import { runQueuedJobs } from './testing';

afterAll(() => stopBoss());

const outboxFor = (to: string) => withGlobal((tx) => tx.select().from(emailOutbox).where(eq(emailOutbox.to, to)));

describe('enqueueEmail', () => {
  it('renders the email up front and delivers it once when its job runs', async () => {
    const started = performance.now();
    await getBoss();
    // The first use in a fresh database creates pg-boss's schema; the cost is printed for the README.
    console.info(`[jobs] pg-boss start in a fresh test database: ${Math.round(performance.now() - started)} ms`);
    const again = performance.now();
    const id = await enqueueEmail({ to: 'queued@example.test', subject: 'Your order', template: 'test', body: createElement('p', null, 'Thanks for your order') });
    console.info(`[jobs] enqueueEmail once started: ${Math.round(performance.now() - again)} ms`);
    expect(id).toEqual(expect.any(String));
    expect(await outboxFor('queued@example.test')).toHaveLength(0);

    const ran = await runQueuedJobs('send-email');
    expect(ran).toHaveLength(1);
    expect(ran[0]!.data).toMatchObject({ to: 'queued@example.test', subject: 'Your order', template: 'test' });
    expect(ran[0]!.data.html).toContain('Thanks for your order');
    expect(ran[0]!.data.text).toContain('Thanks for your order');

    const rows = await outboxFor('queued@example.test');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ subject: 'Your order', status: 'stored' });
    expect(await runQueuedJobs('send-email')).toHaveLength(0);
  });
});
