import { Card, CardContent } from '@/components/ui/card';

type Props = {
  category: { slug: string; description: string | null; metaTitle: string | null; metaDescription: string | null; imageUrl: string | null; name: string };
};

/** The category read-only, for members who may see the catalog but not change it. */
export function CategoryDetails({ category }: Props) {
  const rows: [string, string | null][] = [
    ['URL slug', `/c/${category.slug}`],
    ['Description', category.description],
    ['SEO title', category.metaTitle],
    ['SEO description', category.metaDescription],
  ];
  return (
    <Card>
      <CardContent className="flex flex-col gap-6 p-6 sm:flex-row">
        {category.imageUrl && (
          // eslint-disable-next-line @next/next/no-img-element -- served by our own file route
          <img src={category.imageUrl} alt={`${category.name} category image`} className="aspect-[4/3] w-full max-w-60 rounded-lg border object-cover" />
        )}
        <dl className="grid flex-1 gap-4 text-sm sm:grid-cols-[10rem_1fr]">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium">{label}</dt>
              <dd className="text-muted-foreground">{value || '—'}</dd>
            </div>
          ))}
        </dl>
      </CardContent>
    </Card>
  );
}
