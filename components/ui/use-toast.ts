import { useSyncExternalStore } from 'react';

export type ToastVariant = 'default' | 'success' | 'destructive';

export type ToastOptions = {
  title: React.ReactNode;
  description?: React.ReactNode;
  variant?: ToastVariant;
  /** Milliseconds before auto-dismiss (radix default 5000). */
  duration?: number;
};

export type ToastItem = ToastOptions & { id: string; open: boolean };

const LIMIT = 3;
const REMOVE_DELAY = 300;
const EMPTY: ToastItem[] = [];

let toasts: ToastItem[] = EMPTY;
let counter = 0;
const listeners = new Set<() => void>();

function setToasts(next: ToastItem[]) {
  toasts = next;
  listeners.forEach((listener) => listener());
}

/** Close a toast (it is removed after its exit transition). */
export function dismissToast(id: string): void {
  setToasts(toasts.map((t) => (t.id === id ? { ...t, open: false } : t)));
  setTimeout(() => setToasts(toasts.filter((t) => t.id !== id)), REMOVE_DELAY);
}

/** Show a toast from any client component or event handler. Returns its id. Needs <Toaster /> mounted. */
export function toast(options: ToastOptions): string {
  const id = `toast-${++counter}`;
  const item: ToastItem = { variant: 'default', ...options, id, open: true };
  setToasts([...toasts, item].slice(-LIMIT));
  return id;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Current toasts (used by <Toaster />). */
export function useToasts(): ToastItem[] {
  return useSyncExternalStore(subscribe, () => toasts, () => EMPTY);
}
