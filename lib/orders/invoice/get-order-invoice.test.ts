import { beforeAll, describe, expect, it } from 'vitest';
import type { Organization, User } from '@/db/schema';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { placedOrder, stockedStore } from '../test-helpers';
import { getOrderInvoice } from './get-order-invoice';

/**
 * The text an uncompressed pdfkit file shows: with an embedded font, strings are glyph ids in
 * hex, mapped back to Unicode by the font's ToUnicode table; with Helvetica, literal strings.
 */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const glyphs = new Map<string, string>();
  for (const [, start, list] of raw.matchAll(/<([0-9a-f]{4})> <[0-9a-f]{4}> \[([^\]]*)\]/g)) {
    // An entry may hold several code points (a ligature such as "fi": <0066 0069>).
    [...list!.matchAll(/<([0-9a-f ]+)>/g)].forEach(([, uni], i) => {
      const chars = uni!.replace(/ /g, '').match(/.{4}/g)!.map((u) => String.fromCharCode(parseInt(u, 16)));
      glyphs.set((parseInt(start!, 16) + i).toString(16).padStart(4, '0'), chars.join(''));
    });
  }
  const lines: string[] = [];
  for (const [, array] of raw.matchAll(/\[([^\]]*)\] TJ/g)) {
    const hex = [...array!.matchAll(/<([0-9a-f]+)>/g)].map(([, h]) => h!.match(/.{4}/g)!.map((id) => glyphs.get(id) ?? '?').join('')).join('');
    const literal = [...array!.matchAll(/\(((?:\\.|[^)])*)\)/g)].map(([, s]) => s).join('');
    lines.push(hex || literal);
  }
  return lines.join('\n');
}

let org: Organization;
let owner: User;

beforeAll(async () => {
  ({ org, owner } = await createOrganization({
    name: 'Corner Shop',
    contactEmail: 'hello@corner.test',
    address: { street: '5 Market Rd', city: 'Almaty', country: 'KZ' },
  }));
});

describe('getOrderInvoice', () => {
  it('renders a PDF invoice numbered like the order, with the lines, totals and the tax note', async () => {
    const stock = await stockedStore(org, 20, { name: 'Рубашка льняная', basePrice: 2500 });
    const order = await placedOrder(org, stock, { quantity: 2, set: { customerName: 'Ада Лавлейс' } });
    const { filename, pdf } = await getOrderInvoice(await orgContextFor(owner, org), order.id, { compress: false });

    expect(filename).toBe(`invoice-${order.number}.pdf`);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain(`Invoice number: ${order.number}`);
    expect(text).toContain('Corner Shop');
    expect(text).toContain('hello@corner.test');
    expect(text).toContain('5 Market Rd');
    expect(text).toContain('Рубашка льняная');
    expect(text).toContain('Springfield');
    expect(text).toContain('$25.00');
    expect(text).toContain('$50.00');
    expect(text).toContain('Prices include tax.');
  });

  it('compresses by default', async () => {
    const stock = await stockedStore(org, 5);
    const order = await placedOrder(org, stock);
    const { pdf } = await getOrderInvoice(await orgContextFor(owner, org), order.id);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/FlateDecode');
  });

  it('is for members who may see orders, in their own organization only', async () => {
    const stock = await stockedStore(org, 5);
    const order = await placedOrder(org, stock);
    await expect(getOrderInvoice(await orgContextFor(await addMember(org, 'courier'), org), order.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const { org: other, owner: otherOwner } = await createOrganization();
    await expect(getOrderInvoice(await orgContextFor(otherOwner, other), order.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
