import { Card, CardContent, CardDescription, CardHeader } from '@/components/ui/card';

/** A centred card for the storefront's sign-in and sign-up pages. */
export function StorefrontAuthCard({ title, description, children }: { title: string; description: React.ReactNode; children: React.ReactNode }) {
  return (
    <div className="flex flex-1 items-start justify-center bg-muted/40 px-4 py-8 sm:items-center sm:py-12">
      <Card className="w-full max-w-md">
        <CardHeader className="gap-2">
          <h1 className="text-xl font-semibold tracking-tight">{title}</h1>
          <CardDescription>{description}</CardDescription>
        </CardHeader>
        <CardContent>{children}</CardContent>
      </Card>
    </div>
  );
}
