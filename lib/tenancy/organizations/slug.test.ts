import { describe, expect, it } from 'vitest';
import { slugProblem, suggestSlug } from './slug';

describe('suggestSlug', () => {
  it.each([
    ['Acme Goods', 'acme-goods'],
    ['Café Noir & Co.', 'cafe-noir-and-co'],
    ['  --Weird   Spacing!!  ', 'weird-spacing'],
    ['Алма Маркет', 'alma-market'],
    ['Qo‘qon Bozori', 'qo-qon-bozori'],
    ['A'.repeat(60), 'a'.repeat(40)],
  ])('%s -> %s', (name, slug) => {
    expect(suggestSlug(name)).toBe(slug);
  });
});

describe('slugProblem', () => {
  it('accepts ordinary slugs', () => {
    for (const slug of ['acme', 'atyrau-beauty', 'shop24', '123']) expect(slugProblem(slug), slug).toBeNull();
  });
  it('refuses what cannot be a subdomain or is reserved', () => {
    expect(slugProblem('ab')).toMatch(/3–40/);
    expect(slugProblem('Acme')).toMatch(/lower-case/);
    expect(slugProblem('acme-')).toMatch(/lower-case/);
    expect(slugProblem('xn--acme')).toMatch(/two hyphens/);
    for (const slug of ['www', 'admin', 'api', 'dashboard', 'courier', 'onboarding', 'invite', 'sign-in', 'sign-up', 'static', 'assets']) {
      expect(slugProblem(slug), slug).toMatch(/reserved/);
    }
  });
});
