'use client';

import { CircleCheck, CircleX } from 'lucide-react';
import { Toast, ToastClose, ToastDescription, ToastProvider, ToastTitle, ToastViewport } from './toast';
import { dismissToast, useToasts } from './use-toast';

/** Mount once in the root layout; then call `toast({...})` from client code. */
export function Toaster() {
  const toasts = useToasts();
  return (
    <ToastProvider swipeDirection="right">
      {toasts.map(({ id, title, description, variant, duration, open }) => (
        <Toast
          key={id}
          variant={variant}
          duration={duration}
          open={open}
          type={variant === 'destructive' ? 'foreground' : 'background'}
          onOpenChange={(next) => {
            if (!next) dismissToast(id);
          }}
        >
          {variant === 'success' && <CircleCheck aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-success" />}
          {variant === 'destructive' && <CircleX aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-destructive" />}
          <div className="grid gap-1">
            <ToastTitle>{title}</ToastTitle>
            {description && <ToastDescription>{description}</ToastDescription>}
          </div>
          <ToastClose />
        </Toast>
      ))}
      <ToastViewport />
    </ToastProvider>
  );
}
