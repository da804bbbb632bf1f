/** The product's specifications as a two-column table (name, value). */
export function SpecificationsTable({ rows }: { rows: { label: string; value: string }[] }) {
  return (
    <section aria-labelledby="product-specifications" className="flex flex-col gap-3">
      <h2 id="product-specifications" className="text-lg font-semibold">
        Specifications
      </h2>
      <table className="w-full text-sm">
        <tbody>
          {rows.map((row, i) => (
            <tr key={`${row.label}-${i}`} className="border-b last:border-0">
              <th scope="row" className="w-2/5 py-2 pr-4 text-left align-top font-medium text-muted-foreground">
                {row.label}
              </th>
              <td className="py-2 align-top break-words">{row.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
