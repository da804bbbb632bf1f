import 'server-only';
import type { ReactElement } from 'react';
import type PgBoss from 'pg-boss';
import { renderEmail } from '@/lib/email/send-email';
import { getBoss } from './boss';
import { QUEUES, type JobData, type JobName } from './queues';

export type EnqueueOptions = PgBoss.SendOptions;

/** Adds a job to a queue; returns its id (null when a singleton key already holds one). */
export async function enqueue<N extends JobName>(name: N, data: JobData[N], options: EnqueueOptions = {}): Promise<string | null> {
  const boss = await getBoss();
  return boss.send(name, data, options);
}

/**
 * Renders the email now (the template and its props stay in this process) and queues its
 * delivery; the worker records it in the outbox and hands it to the transport, retrying with
 * backoff when the provider fails. Call it after the transaction that caused the email commits.
 */
export async function enqueueEmail(message: { to: string; subject: string; template: string; body: ReactElement }): Promise<string | null> {
  const rendered = await renderEmail(message);
  return enqueue(QUEUES.sendEmail, rendered, { retryLimit: 5, retryDelay: 30, retryBackoff: true });
}
