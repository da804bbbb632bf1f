import type { OrderAddress as Address } from '@/db/schema';

/** A postal address as lines, with the phone linked for calling. */
export function OrderAddress({ address }: { address: Address }) {
  const lines = [
    [address.street, address.building, address.apartment].filter(Boolean).join(', '),
    [address.district, address.city, address.postalCode].filter(Boolean).join(', '),
    address.country,
  ].filter(Boolean);
  return (
    <address className="flex flex-col gap-0.5 text-sm not-italic">
      <span className="font-medium">{address.fullName}</span>
      {lines.map((line) => (
        <span key={line}>{line}</span>
      ))}
      {address.phone && (
        <a href={`tel:${address.phone}`} className="w-fit underline-offset-4 hover:underline">
          {address.phone}
        </a>
      )}
      {address.instructions && <span className="mt-1 text-muted-foreground">“{address.instructions}”</span>}
    </address>
  );
}
