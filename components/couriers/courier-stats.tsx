/** A row of figures about a courier (deliveries, earnings, rating). */
export function CourierStats({ items }: { items: { label: string; value: string; detail?: string }[] }) {
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      {items.map((item) => (
        <div key={item.label} className="flex flex-col gap-1 rounded-lg border p-4">
          <dt className="text-sm text-muted-foreground">{item.label}</dt>
          <dd className="text-xl font-semibold tabular-nums">{item.value}</dd>
          {item.detail && <dd className="text-xs text-muted-foreground">{item.detail}</dd>}
        </div>
      ))}
    </dl>
  );
}
