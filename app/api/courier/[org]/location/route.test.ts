import { describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { withPlatform } from '@/db/scope';
import { deliveryTrackingPoints } from '@/db/schema';
import { createOrganization } from '@/db/test/factories';
import { createTestCourier } from '@/db/test/delivery-factories';
import { requireCourierContext } from '@/lib/courier/context';
import { pickUp } from '@/lib/courier/pick-up';
import { start } from '@/lib/courier/start';
import { assignedDelivery, courierContextFor } from '@/lib/courier/test-helpers';
import { notFound } from '@/lib/server/errors';
import { POST } from './route';

vi.mock('@/lib/delivery/deliveries/notify-shopper', () => ({ notifyShopper: vi.fn(async () => undefined) }));
// The session is the one thing a test cannot bring: the courier context stands in for it.
vi.mock('@/lib/courier/context', async (original) => ({ ...(await original<typeof import('@/lib/courier/context')>()), requireCourierContext: vi.fn() }));
const resolveCourier = vi.mocked(requireCourierContext);

const post = (org: string, body: unknown, origin: string | null = 'http://app.localhost') =>
  POST(
    new Request(`http://app.localhost/api/courier/${org}/location`, {
      method: 'POST',
      headers: { host: 'app.localhost', 'content-type': 'application/json', ...(origin ? { origin } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
    { params: Promise.resolve({ org }) },
  );

describe('POST /api/courier/[org]/location', () => {
  it('stores a batch for the courier’s delivery under way, once however often it is sent', async () => {
    const { org } = await createOrganization();
    const { user, courier } = await createTestCourier(org, { status: 'available' });
    const cc = await courierContextFor(user, org);
    const { delivery } = await assignedDelivery(org, courier.id);
    await start(cc, { deliveryId: delivery.id });
    await pickUp(cc, { deliveryId: delivery.id });
    resolveCourier.mockResolvedValue(cc);

    const points = [0, 1, 2].map((i) => ({ latitude: 41.3 + i / 1000, longitude: 69.2, accuracy: 5, recordedAt: Date.now() - (3 - i) * 10_000 }));
    const first = await post(org.slug, { points });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ data: { recorded: 3, skipped: 0, deliveries: 1 } });
    expect(await (await post(org.slug, { points })).json()).toEqual({ data: { recorded: 0, skipped: 0, deliveries: 1 } });
    const stored = await withPlatform((tx) => tx.select().from(deliveryTrackingPoints).where(eq(deliveryTrackingPoints.deliveryId, delivery.id)));
    expect(stored).toHaveLength(3);
    expect(resolveCourier).toHaveBeenCalledWith(org.slug);
  });

  it('answers JSON errors: another site, not a courier here, not JSON, too many or bad points', async () => {
    const { org } = await createOrganization();
    const { user } = await createTestCourier(org);
    resolveCourier.mockResolvedValue(await courierContextFor(user, org));
    const point = { latitude: 41.3, longitude: 69.2, recordedAt: Date.now() };

    for (const origin of [null, 'https://evil.example']) {
      const refused = await post(org.slug, { points: [point] }, origin);
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    }
    const notJson = await post(org.slug, 'latitude=41');
    expect([notJson.status, (await notJson.json()).error.code]).toEqual([422, 'INVALID']);
    const tooMany = await post(org.slug, { points: Array.from({ length: 51 }, (_, i) => ({ ...point, recordedAt: point.recordedAt - i })) });
    expect(tooMany.status).toBe(422);
    expect((await tooMany.json()).error.fieldErrors.points).toEqual(['Send at most 50 points at a time.']);
    const offTheMap = await post(org.slug, { points: [{ ...point, latitude: 123 }] });
    expect(offTheMap.status).toBe(422);
    expect(Object.keys((await offTheMap.json()).error.fieldErrors)).toEqual(['points.0.latitude']);

    resolveCourier.mockRejectedValue(notFound('Organization'));
    const stranger = await post('someone-elses-store', { points: [point] });
    expect([stranger.status, (await stranger.json()).error.code]).toEqual([404, 'NOT_FOUND']);
  });
});
