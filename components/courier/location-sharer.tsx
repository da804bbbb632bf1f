'use client';

import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { MapPin, MapPinOff, WifiOff } from 'lucide-react';
import { cn } from '@/lib/utils/cn';
import { BATCH_SIZE, LocationQueue, retryDelayMs, SEND_EVERY_MS, tidyQueue, withoutSent } from './location-queue';

type Problem = 'denied' | 'unavailable' | 'signed-out' | null;

/** A fix older than this is not where the courier is any more. */
const STALE_FIX_MS = 60_000;

const updates = (n: number) => `${n} ${n === 1 ? 'update' : 'updates'}`;

function subscribeToConnection(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}
const noSubscription = () => () => undefined;

/**
 * While one of the courier's deliveries is under way, shares the phone's position every ~10 s.
 * Points go into a queue kept in localStorage and are sent in batches; when the phone is
 * offline or the server does not answer, they wait and are retried with backoff, and the
 * 'online' event sends them at once. A batch the server refuses as invalid is dropped, since
 * sending it again would never work.
 */
export function LocationSharer({ orgSlug, active, className }: { orgSlug: string; active: boolean; className?: string }) {
  const queue = useMemo(() => new LocationQueue(orgSlug), [orgSlug]);
  const waiting = useSyncExternalStore(queue.subscribe, queue.size, () => 0);
  const online = useSyncExternalStore(subscribeToConnection, () => navigator.onLine, () => true);
  const canLocate = useSyncExternalStore(noSubscription, () => 'geolocation' in navigator, () => true);
  const [problem, setProblem] = useState<Problem>(null);
  const sending = useRef(false);
  const failures = useRef(0);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  /** `now`: the retry timer or the connection coming back; otherwise a pending retry keeps its backoff. */
  const flush = useCallback(
    async (now = false) => {
      if (sending.current || !navigator.onLine || (retryTimer.current && !now)) return;
      if (retryTimer.current) clearTimeout(retryTimer.current);
      retryTimer.current = null;
      sending.current = true;
      const retryLater = () => {
        failures.current += 1;
        retryTimer.current = setTimeout(() => {
          retryTimer.current = null;
          void flush(true);
        }, retryDelayMs(failures.current));
      };
      try {
        while (queue.all().length > 0) {
          const batch = queue.all().slice(0, BATCH_SIZE);
          let response: Response;
          try {
            response = await fetch(`/api/courier/${encodeURIComponent(orgSlug)}/location`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify({ points: batch }),
            });
          } catch {
            return retryLater();
          }
          if (response.status === 401 || response.status === 403 || response.status === 404) {
            setProblem('signed-out'); // the points wait until the courier signs in again
            return;
          }
          if (!response.ok && response.status !== 400 && response.status !== 422) return retryLater();
          failures.current = 0;
          queue.replace(withoutSent(queue.all(), batch));
        }
      } finally {
        sending.current = false;
      }
    },
    [orgSlug, queue],
  );

  // What an earlier page left unsent goes first; the connection coming back sends at once.
  useEffect(() => {
    const onOnline = () => {
      failures.current = 0;
      void flush(true);
    };
    window.addEventListener('online', onOnline);
    void flush(true);
    return () => {
      window.removeEventListener('online', onOnline);
      if (retryTimer.current) clearTimeout(retryTimer.current);
      retryTimer.current = null;
    };
  }, [flush]);

  useEffect(() => {
    if (!active || !canLocate) return;
    let latest: GeolocationPosition | null = null;
    let lastQueued = 0;
    const queueLatest = () => {
      const now = Date.now();
      if (!latest || now - latest.timestamp > STALE_FIX_MS || now - lastQueued < SEND_EVERY_MS - 500) return;
      lastQueued = now;
      const { latitude, longitude, accuracy } = latest.coords;
      queue.replace(tidyQueue([...queue.all(), { latitude, longitude, accuracy: Number.isFinite(accuracy) ? accuracy : null, recordedAt: now }], now));
      void flush();
    };
    const watch = navigator.geolocation.watchPosition(
      (position) => {
        latest = position;
        setProblem((p) => (p === 'signed-out' ? p : null));
        queueLatest();
      },
      (error) => setProblem((p) => (p === 'signed-out' ? p : error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable')),
      { enableHighAccuracy: true, maximumAge: 5_000, timeout: 30_000 },
    );
    const tick = setInterval(queueLatest, SEND_EVERY_MS);
    return () => {
      navigator.geolocation.clearWatch(watch);
      clearInterval(tick);
    };
  }, [active, canLocate, flush, queue]);

  const message = statusMessage({ active, online, problem: problem ?? (canLocate ? null : 'unavailable'), waiting });
  const Icon = problem === 'denied' || problem === 'unavailable' || !canLocate ? MapPinOff : !online ? WifiOff : MapPin;
  return (
    <p
      role="status"
      aria-live="polite"
      className={cn('flex min-h-5 items-center gap-2 text-sm', problem ? 'text-destructive' : 'text-muted-foreground', !message && 'sr-only', className)}
    >
      {message && <Icon aria-hidden="true" className="size-4 shrink-0" />}
      {message}
    </p>
  );
}

function statusMessage({ active, online, problem, waiting }: { active: boolean; online: boolean; problem: Problem; waiting: number }): string {
  const queued = waiting > 0 ? ` · ${updates(waiting)} waiting` : '';
  if (problem === 'signed-out') return `Location updates are paused: sign in again to send them${queued}.`;
  if (!online) {
    if (waiting > 0) return `You are offline · ${updates(waiting)} waiting, sent when you are back online`;
    return active ? 'You are offline · your location is kept and sent when you are back online' : '';
  }
  if (active && problem === 'denied') return 'Location is blocked. Allow location for this site so the store and the shopper can follow the delivery.';
  if (active && problem === 'unavailable') return `This phone cannot find its location right now${queued}.`;
  if (active) return `Sharing your location${queued}`;
  return waiting > 0 ? `Sending ${updates(waiting)}…` : '';
}
