import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { sendEmail } from '@/lib/email/send-email';
import { getMailboxEmail } from './get-mailbox-email';
import { listMailboxEmails, MAILBOX_PAGE_SIZE } from './list-mailbox-emails';

const send = (to: string, subject: string) => sendEmail({ to, subject, template: 'test', body: createElement('p', null, subject) });

describe('development mailbox', () => {
  it('lists stored emails newest first, 20 a page, filtered by recipient', async () => {
    for (let i = 0; i < MAILBOX_PAGE_SIZE + 2; i++) await send(`bulk_${i}@mailbox.test`, `Bulk ${i}`);
    await send('Someone.Else@mailbox.test', 'For someone else');

    const first = await listMailboxEmails({});
    expect(first).toMatchObject({ total: MAILBOX_PAGE_SIZE + 3, page: 1, totalPages: 2 });
    expect(first.items).toHaveLength(MAILBOX_PAGE_SIZE);
    expect(first.items[0]!.subject).toBe('For someone else');
    expect((await listMailboxEmails({ page: 2 })).items).toHaveLength(3);
    expect((await listMailboxEmails({ page: 99 })).page).toBe(2);

    const filtered = await listMailboxEmails({ to: 'someone.ELSE' });
    expect(filtered.items.map((e) => e.subject)).toEqual(['For someone else']);
    // LIKE wildcards in the filter are taken literally.
    expect((await listMailboxEmails({ to: 'bulk_1' })).total).toBe(11);
    expect((await listMailboxEmails({ to: '%' })).total).toBe(0);
  });

  it('shows one email with its HTML, or nothing for an unknown id', async () => {
    const id = await send('one@mailbox.test', 'Just one');
    expect(await getMailboxEmail(id)).toMatchObject({ to: 'one@mailbox.test', subject: 'Just one', status: 'stored' });
    expect((await getMailboxEmail(id))!.html).toContain('Just one');
    expect(await getMailboxEmail('eml_unknown')).toBeNull();
  });
});
