import { CopyButton } from '@/components/ui/copy-button';

/** Where Stripe must send events for this organization, and which ones. */
export function StripeWebhookSetup({ url, events }: { url: string; events: string[] }) {
  return (
    <div className="flex flex-col gap-3 rounded-md border bg-muted/30 p-4 text-sm">
      <p>
        In Stripe, open <span className="font-medium">Developers → Webhooks → Add endpoint</span>, paste this address, and select the events below. Then copy the
        endpoint’s signing secret into the form.
      </p>
      <div className="flex min-w-0 items-center gap-1">
        <code className="min-w-0 flex-1 rounded bg-muted px-2 py-1 font-mono text-xs break-all">{url}</code>
        <CopyButton value={url} label="webhook address" className="size-9 shrink-0" />
      </div>
      <div className="flex flex-col gap-1.5">
        <p className="text-muted-foreground">Events to send</p>
        <ul className="flex flex-wrap gap-1.5" aria-label="Events to send">
          {events.map((e) => (
            <li key={e}>
              <code className="rounded bg-muted px-1.5 py-0.5 font-mono text-xs">{e}</code>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
