import { expect, test } from '@playwright/test';
import { count, createUser, uniqueSuffix } from './support/db';
import { E2E_BASE_URL } from './support/env';
import { signIn } from './support/flows';

const PASSWORD = 'a long enough password';

test('a server action posted from a foreign Origin is refused and writes nothing', async ({ page }) => {
  const suffix = uniqueSuffix();
  const email = `csrf-${suffix}@example.test`;
  const slug = `csrf-${suffix}`;
  await createUser({ email, name: 'Csrf Target', password: PASSWORD });
  await signIn(page, email, PASSWORD);
  await page.waitForURL('**/onboarding');

  // Capture the real action request the onboarding form sends, and stop it there.
  let captured: { url: string; headers: Record<string, string>; body: Buffer } | undefined;
  await page.route('**/onboarding', async (route) => {
    const request = route.request();
    const headers = await request.allHeaders();
    if (request.method() === 'POST' && headers['next-action']) {
      captured = { url: request.url(), headers, body: request.postDataBuffer()! };
      await route.abort();
    } else {
      await route.continue();
    }
  });
  await page.getByLabel('Business name').fill(`Csrf Shop ${suffix}`);
  await page.getByLabel('Storefront address').fill(slug);
  await page.getByRole('button', { name: 'Create organization' }).click();
  await expect.poll(() => captured).toBeDefined();

  const replay = (origin: string) => {
    const { host: _host, 'content-length': _length, ...headers } = captured!.headers;
    return page.request.post(captured!.url, { headers: { ...headers, origin }, data: captured!.body, maxRedirects: 0 });
  };

  // The same request, with the victim's cookies, but from another site: refused.
  const forged = await replay('https://evil.example');
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  expect(await count('organizations', { slug })).toBe(0);

  // Control: from our own origin the identical request does create the organization.
  const genuine = await replay(E2E_BASE_URL);
  expect(genuine.status()).toBeLessThan(400);
  expect(await count('organizations', { slug })).toBe(1);
});
