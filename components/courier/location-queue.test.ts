import { describe, expect, it } from 'vitest';
import { MAX_POINT_AGE_MS, MAX_QUEUED, retryDelayMs, tidyQueue, withoutSent, type QueuedPoint } from './location-queue';

const point = (recordedAt: number): QueuedPoint => ({ latitude: 41.3, longitude: 69.2, accuracy: 10, recordedAt });

describe('the location queue', () => {
  it('keeps fresh points once each, oldest first, and at most the newest MAX_QUEUED', () => {
    const now = 1_000_000_000_000;
    expect(tidyQueue([point(now - 2), point(now - MAX_POINT_AGE_MS - 1), point(now - 5), point(now - 2)], now).map((p) => p.recordedAt)).toEqual([now - 5, now - 2]);
    const many = Array.from({ length: MAX_QUEUED + 10 }, (_, i) => point(now - i));
    const kept = tidyQueue(many, now);
    expect(kept).toHaveLength(MAX_QUEUED);
    expect(kept.at(-1)!.recordedAt).toBe(now);
  });

  it('drops exactly the points that were sent', () => {
    const queue = [point(1), point(2), point(3)];
    expect(withoutSent(queue, [point(1), point(3)])).toEqual([point(2)]);
  });

  it('backs off from 2 s to at most a minute', () => {
    expect(retryDelayMs(1, 0.5)).toBe(2_000);
    expect(retryDelayMs(3, 0.5)).toBe(8_000);
    expect(retryDelayMs(20, 0.5)).toBe(60_000);
    expect(retryDelayMs(20, 1)).toBe(72_000);
  });
});
