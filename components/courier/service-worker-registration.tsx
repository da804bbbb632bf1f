'use client';

import { useEffect } from 'react';

/**
 * Registers the courier app's service worker (public/courier-sw.js): an offline page when the
 * network is gone. Production only: in development it would serve stale scripts. The scope is
 * `/courier` rather than `/courier/` so that the app's start page, /courier itself (Next answers
 * /courier/ with a redirect to it), is covered too.
 */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    navigator.serviceWorker.register('/courier-sw.js', { scope: '/courier' }).catch(() => undefined);
  }, []);
  return null;
}
