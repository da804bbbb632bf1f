import { describe, expect, it } from 'vitest';
import { extractEmailLinks } from './email-links';

describe('extractEmailLinks', () => {
  it('lists each http(s) link once with its text, decoding entities', () => {
    const html = `
      <p>Hello</p>
      <a href="http://localhost:3000/verify-email?token=abc&amp;x=1" style="color:red"><span>Confirm</span> email</a>
      <a href='https://example.test/help'>Help</a>
      <a href="http://localhost:3000/verify-email?token=abc&amp;x=1">again</a>
      <a href="mailto:someone@example.test">Mail us</a>
      <a name="anchor">no href</a>`;
    expect(extractEmailLinks(html)).toEqual([
      { href: 'http://localhost:3000/verify-email?token=abc&x=1', text: 'Confirm email' },
      { href: 'https://example.test/help', text: 'Help' },
    ]);
  });

  it('falls back to the address when a link has no text', () => {
    expect(extractEmailLinks('<a href="https://a.test/x"><img src="logo.png"></a>')).toEqual([{ href: 'https://a.test/x', text: 'https://a.test/x' }]);
  });
});
