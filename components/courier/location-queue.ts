/**
 * Client-safe: the courier phone's queue of positions waiting to be sent. Kept in localStorage
 * (so a reload or a dead connection loses nothing), sent oldest first in batches the server
 * accepts, and trimmed to what the server would still take.
 */
export type QueuedPoint = { latitude: number; longitude: number; accuracy: number | null; recordedAt: number };

export const BATCH_SIZE = 50;
/** The server skips older points, so there is no use keeping them. */
export const MAX_POINT_AGE_MS = 24 * 3_600_000;
/** A phone offline for a whole shift at one point per 10 s is ~3,000 points; keep the newest. */
export const MAX_QUEUED = 3_000;
export const SEND_EVERY_MS = 10_000;

const storageKey = (orgSlug: string) => `courier-location-queue:${orgSlug}`;

const isPoint = (v: unknown): v is QueuedPoint =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as QueuedPoint).latitude === 'number' &&
  typeof (v as QueuedPoint).longitude === 'number' &&
  typeof (v as QueuedPoint).recordedAt === 'number';

/** Fresh, unique by time, oldest first, at most MAX_QUEUED. */
export function tidyQueue(points: readonly QueuedPoint[], now: number): QueuedPoint[] {
  const byTime = new Map<number, QueuedPoint>();
  for (const p of points) if (now - p.recordedAt <= MAX_POINT_AGE_MS) byTime.set(p.recordedAt, p);
  return [...byTime.values()].sort((a, b) => a.recordedAt - b.recordedAt).slice(-MAX_QUEUED);
}

export function loadQueue(orgSlug: string, now: number = Date.now()): QueuedPoint[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKey(orgSlug)) ?? '[]');
    return Array.isArray(parsed) ? tidyQueue(parsed.filter(isPoint), now) : [];
  } catch {
    return [];
  }
}

export function saveQueue(orgSlug: string, points: readonly QueuedPoint[]): void {
  try {
    if (points.length === 0) localStorage.removeItem(storageKey(orgSlug));
    else localStorage.setItem(storageKey(orgSlug), JSON.stringify(points));
  } catch {
    // Storage full or disabled: the points stay in memory for this page.
  }
}

/** The queue without the points just sent (matched by their time, which is their identity on the server too). */
export function withoutSent(queue: readonly QueuedPoint[], sent: readonly QueuedPoint[]): QueuedPoint[] {
  const times = new Set(sent.map((p) => p.recordedAt));
  return queue.filter((p) => !times.has(p.recordedAt));
}

/** 2 s, 4 s, 8 s … up to a minute, with a little jitter so phones do not retry in step. */
export function retryDelayMs(failures: number, random: number = Math.random()): number {
  const base = Math.min(60_000, 2_000 * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (0.8 + 0.4 * random));
}

/**
 * The queue of one organization as a tiny external store (for useSyncExternalStore): read from
 * localStorage on first use, written back on every change, and kept in step with other tabs.
 */
export class LocationQueue {
  private points: QueuedPoint[] | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly orgSlug: string) {}

  all(): QueuedPoint[] {
    this.points ??= loadQueue(this.orgSlug);
    return this.points;
  }

  size = (): number => this.all().length;

  replace(points: QueuedPoint[]): void {
    this.points = points;
    saveQueue(this.orgSlug, points);
    this.listeners.forEach((l) => l());
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    const onStorage = (event: StorageEvent) => {
      if (event.key !== storageKey(this.orgSlug)) return;
      this.points = null;
      listener();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      this.listeners.delete(listener);
      window.removeEventListener('storage', onStorage);
    };
  };
}
