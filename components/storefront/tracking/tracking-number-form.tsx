import Form from 'next/form';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';

/** Enter a tracking number: a plain GET form to /track, which sends the shopper on to /track/<number>. */
export function TrackingNumberForm({ defaultValue = '', error }: { defaultValue?: string; error?: string | null }) {
  return (
    <Form action="/track" className="flex flex-col gap-2">
      <label htmlFor="tracking-number" className="text-sm font-medium">
        Tracking number
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <Input
          id="tracking-number"
          name="number"
          defaultValue={defaultValue}
          placeholder="TRK…"
          required
          maxLength={40}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby="tracking-number-hint tracking-number-error"
          className="font-mono"
        />
        <Button type="submit">Track</Button>
      </div>
      <p id="tracking-number-hint" className="text-sm text-muted-foreground">
        It starts with TRK and is in the email you got when your order left the store.
      </p>
      <p id="tracking-number-error" role="alert" className="text-sm font-medium text-destructive empty:hidden">
        {error}
      </p>
    </Form>
  );
}
