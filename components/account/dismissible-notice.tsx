'use client';

import { useSyncExternalStore } from 'react';
import { X } from 'lucide-react';

const EVENT = 'dismissible-notice-change';

function subscribe(onChange: () => void) {
  window.addEventListener(EVENT, onChange);
  return () => window.removeEventListener(EVENT, onChange);
}

function isDismissed(key: string) {
  try {
    return sessionStorage.getItem(key) === '1';
  } catch {
    return false;
  }
}

/** A notice the user can hide for the rest of this browser session (it comes back next time). */
export function DismissibleNotice({ storageKey, children }: { storageKey: string; children: React.ReactNode }) {
  const dismissed = useSyncExternalStore(subscribe, () => isDismissed(storageKey), () => false);
  if (dismissed) return null;
  const dismiss = () => {
    try {
      sessionStorage.setItem(storageKey, '1');
    } catch {
      // Storage unavailable: nothing to remember it in.
    }
    window.dispatchEvent(new Event(EVENT));
  };
  return (
    <div role="status" className="flex items-start gap-3 rounded-lg border border-warning/50 bg-warning/10 py-3 pr-2 pl-4">
      {children}
      <button
        type="button"
        onClick={dismiss}
        aria-label="Dismiss"
        className="-my-1 inline-flex size-9 shrink-0 items-center justify-center rounded-md text-muted-foreground transition-colors hover:bg-accent hover:text-foreground"
      >
        <X aria-hidden="true" className="size-4" />
      </button>
    </div>
  );
}
