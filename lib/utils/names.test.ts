import { describe, expect, it } from 'vitest';
import { DELETED_USER, displayName, initials } from './names';

describe('initials', () => {
  it('takes the first letter of up to two words', () => {
    expect(initials('Acme Goods')).toBe('AG');
    expect(initials('  bazaar  ')).toBe('B');
    expect(initials('Atyrau Beauty Salon')).toBe('AB');
    expect(initials('owner@acme.test')).toBe('O');
    expect(initials('')).toBe('?');
  });
});

describe('displayName', () => {
  it('prefers the name, then the email, then the fallback', () => {
    expect(displayName({ name: 'Olivia Owner', email: 'owner@acme.test' })).toBe('Olivia Owner');
    expect(displayName({ name: '  ', email: 'owner@acme.test' })).toBe('owner@acme.test');
    expect(displayName({ name: null, email: null })).toBe('A former member');
    expect(displayName({ name: null, email: null }, DELETED_USER)).toBe('Deleted user');
  });
});
