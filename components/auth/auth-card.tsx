import { Card, CardContent, CardDescription, CardHeader } from '@/components/ui/card';

/** The card every auth page shows: a page heading, a line of help, the form. */
export function AuthCard({ title, description, children }: { title: string; description?: React.ReactNode; children: React.ReactNode }) {
  return (
    <Card className="w-full">
      <CardHeader className="gap-2">
        <h1 className="text-xl font-semibold tracking-tight">{title}</h1>
        {description && <CardDescription>{description}</CardDescription>}
      </CardHeader>
      <CardContent>{children}</CardContent>
    </Card>
  );
}
