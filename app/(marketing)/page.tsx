import Link from 'next/link';
import { Brush, CalendarClock, Store, Users } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Card, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';

const KINDS = [
  { icon: Store, title: 'Shops', text: 'A storefront on your own address, your catalog, your brand colours.' },
  { icon: Users, title: 'Marketplaces', text: 'Invite sellers, couriers and staff; each sees only what their role allows.' },
  { icon: Brush, title: 'Print shops', text: 'Configurable products and production, on the same platform.' },
  { icon: CalendarClock, title: 'Service businesses', text: 'Working hours, breaks and your team, ready for bookings.' },
];

export default function LandingPage() {
  return (
    <>
      <section className="mx-auto max-w-6xl px-4 py-16 sm:px-6 sm:py-24">
        <h1 className="max-w-3xl text-4xl font-bold tracking-tight sm:text-5xl">Open your store in minutes.</h1>
        <p className="mt-4 max-w-2xl text-lg text-muted-foreground">
          Create an organization, choose what kind of business you run, and your storefront is live at once on its own
          address. Invite your team and run everything from one dashboard.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Button asChild size="lg">
            <Link href="/sign-up">Create your store</Link>
          </Button>
          <Button asChild size="lg" variant="outline">
            <Link href="/sign-in">Sign in</Link>
          </Button>
        </div>
      </section>
      <section aria-labelledby="kinds" className="mx-auto max-w-6xl px-4 pb-24 sm:px-6">
        <h2 id="kinds" className="sr-only">
          Businesses on the platform
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {KINDS.map(({ icon: Icon, title, text }) => (
            <li key={title}>
              <Card className="h-full">
                <CardHeader>
                  <Icon aria-hidden className="size-6 text-primary" />
                  <CardTitle>{title}</CardTitle>
                  <CardDescription>{text}</CardDescription>
                </CardHeader>
              </Card>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
