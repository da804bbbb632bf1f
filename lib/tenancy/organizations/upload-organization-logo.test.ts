import { beforeAll, describe, expect, it, vi } from 'vitest';
import { asc, eq } from 'drizzle-orm';

vi.hoisted(() => {
  // Uploads of this suite go to a throwaway folder, not the dev server's .data/uploads.
  process.env.UPLOAD_DIR = `${process.env.TMPDIR ?? '/tmp'}/logo-test-${process.pid}-${Date.now()}`;
});

import { withPlatform } from '@/db/scope';
import { auditLogs, organizations, type Organization, type User } from '@/db/schema';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { getStorage } from '@/lib/storage';
import { removeOrganizationLogo } from './remove-organization-logo';
import { LOGO_MAX_BYTES, UploadLogoInput } from './schemas';
import { uploadOrganizationLogo } from './upload-organization-logo';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
const WEBP = new Uint8Array([...'RIFF'].map((c) => c.charCodeAt(0)).concat([0, 0, 0, 0], [...'WEBPVP8 '].map((c) => c.charCodeAt(0))));
const file = (bytes: Uint8Array | string, name = 'logo.png', type = 'image/png') => new File([bytes as BlobPart], name, { type });

const reload = async (orgId: string) => (await withPlatform((tx) => tx.select().from(organizations).where(eq(organizations.id, orgId))))[0]!;
const audit = (orgId: string) => withPlatform((tx) => tx.select().from(auditLogs).where(eq(auditLogs.organizationId, orgId)).orderBy(asc(auditLogs.createdAt)));

let org: Organization;
let owner: User;

beforeAll(async () => {
  ({ org, owner } = await createOrganization());
});

describe('uploadOrganizationLogo', () => {
  it('stores the image under the organization, replaces the old file after commit, and audits', async () => {
    const ctx = await orgContextFor(owner, org);
    const first = await uploadOrganizationLogo(ctx, { file: file(PNG) });
    expect(first.logoKey).toMatch(new RegExp(`^orgs/${org.id}/logo-[A-Za-z0-9_-]+\\.png$`));
    expect((await getStorage().get(first.logoKey))?.contentType).toBe('image/png');

    const second = await uploadOrganizationLogo(ctx, { file: file(WEBP, 'logo.png', 'image/png') });
    expect(second.logoKey).toMatch(/\.webp$/); // the bytes decide, not the name or the browser
    expect((await reload(org.id)).logoKey).toBe(second.logoKey);
    expect(await getStorage().get(first.logoKey)).toBeNull();
    expect((await audit(org.id)).map((a) => a.action)).toEqual(['organization.logo_updated', 'organization.logo_updated']);
  });

  it('rejects a file that is not an image, and SVG, with a message on the field', async () => {
    const ctx = await orgContextFor(owner, org);
    const before = (await reload(org.id)).logoKey;
    await expect(uploadOrganizationLogo(ctx, { file: file('just some text', 'logo.png') })).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { file: ['Upload a PNG, JPEG, WebP or GIF image.'] },
    });
    await expect(
      uploadOrganizationLogo(ctx, { file: file('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'logo.svg', 'image/svg+xml') }),
    ).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { file: [expect.stringContaining('SVG files are not accepted')] } });
    expect((await reload(org.id)).logoKey).toBe(before);
  });

  it('rejects an oversize or empty file before the verb runs', () => {
    const big = new Uint8Array(LOGO_MAX_BYTES + 1);
    big.set(PNG);
    const oversize = UploadLogoInput.safeParse({ file: file(big) });
    expect(oversize.error?.issues[0]).toMatchObject({ path: ['file'], message: 'The logo must be 2 MB or smaller.' });
    expect(UploadLogoInput.safeParse({ file: file(new Uint8Array()) }).error?.issues[0]?.message).toBe('That file is empty.');
    expect(UploadLogoInput.safeParse({ file: 'not a file' }).success).toBe(false);
  });

  it('refuses staff', async () => {
    const staff = await addMember(org, 'staff');
    await expect(uploadOrganizationLogo(await orgContextFor(staff, org), { file: file(PNG) })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(removeOrganizationLogo(await orgContextFor(staff, org), {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('never touches another organization', async () => {
    const { org: other, owner: otherOwner } = await createOrganization();
    const theirs = await uploadOrganizationLogo(await orgContextFor(otherOwner, other), { file: file(PNG) });
    await removeOrganizationLogo(await orgContextFor(owner, org), {});
    expect((await reload(other.id)).logoKey).toBe(theirs.logoKey);
    expect(await getStorage().get(theirs.logoKey)).not.toBeNull();
  });
});

describe('removeOrganizationLogo', () => {
  it('clears the logo, deletes the file and audits', async () => {
    const ctx = await orgContextFor(owner, org);
    const { logoKey } = await uploadOrganizationLogo(ctx, { file: file(PNG) });
    await expect(removeOrganizationLogo(ctx, {})).resolves.toEqual({ removed: true });
    expect((await reload(org.id)).logoKey).toBeNull();
    expect(await getStorage().get(logoKey)).toBeNull();
    expect((await audit(org.id)).at(-1)?.action).toBe('organization.logo_removed');
  });
});
