import { Clock, Mail, MapPin, Phone } from 'lucide-react';
import type { Organization } from '@/db/schema';
import { env } from '@/lib/env';
import { addressLines, socialLinks, telHref } from '@/lib/storefront/store-contact';
import { summarizeWorkingHours } from '@/lib/storefront/working-hours';

/** Contact details, address, opening hours and social links, as the merchant set them. */
export function StorefrontFooter({ org }: { org: Organization }) {
  const address = addressLines(org.address);
  const hours = summarizeWorkingHours(org.workingHours);
  const social = socialLinks(org.socialLinks);
  const hasContact = Boolean(org.contactEmail || org.contactPhone || address.length);

  return (
    <footer className="border-t bg-muted/40">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:grid-cols-2 sm:px-6 lg:grid-cols-3">
        {hasContact && (
          <section aria-labelledby="store-contact">
            <h2 id="store-contact" className="text-sm font-semibold">
              Contact
            </h2>
            <ul className="mt-3 flex flex-col gap-2 text-sm text-muted-foreground">
              {org.contactPhone && (
                <li className="flex items-start gap-2">
                  <Phone aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
                  <a href={telHref(org.contactPhone)} className="hover:text-foreground hover:underline">
                    {org.contactPhone}
                  </a>
                </li>
              )}
              {org.contactEmail && (
                <li className="flex items-start gap-2">
                  <Mail aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
                  <a href={`mailto:${org.contactEmail}`} className="break-all hover:text-foreground hover:underline">
                    {org.contactEmail}
                  </a>
                </li>
              )}
              {address.length > 0 && (
                <li className="flex items-start gap-2">
                  <MapPin aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
                  <address className="not-italic">
                    {address.map((line) => (
                      <span key={line} className="block">
                        {line}
                      </span>
                    ))}
                  </address>
                </li>
              )}
            </ul>
          </section>
        )}
        {hours.length > 0 && (
          <section aria-labelledby="store-hours">
            <h2 id="store-hours" className="flex items-center gap-2 text-sm font-semibold">
              <Clock aria-hidden="true" className="size-4" />
              Opening hours
            </h2>
            <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
              {hours.map((line) => (
                <div key={line.days} className="contents">
                  <dt className="font-medium">{line.days}</dt>
                  <dd className="text-muted-foreground">{line.hours}</dd>
                </div>
              ))}
            </dl>
            {org.timezone !== 'UTC' && <p className="mt-2 text-xs text-muted-foreground">Local time ({org.timezone.replace(/_/g, ' ')})</p>}
          </section>
        )}
        {social.length > 0 && (
          <section aria-labelledby="store-social">
            <h2 id="store-social" className="text-sm font-semibold">
              Follow {org.name}
            </h2>
            <ul className="mt-3 flex flex-col gap-2 text-sm">
              {social.map((link) => (
                <li key={link.network}>
                  <a href={link.href} target="_blank" rel="noopener noreferrer" className="text-muted-foreground hover:text-foreground hover:underline">
                    {link.label}
                    <span className="sr-only"> (opens in a new tab)</span>
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
      <div className="border-t">
        <div className="mx-auto flex max-w-6xl flex-col gap-1 px-4 py-4 text-xs text-muted-foreground sm:flex-row sm:justify-between sm:px-6">
          <p>
            © {new Date().getFullYear()} {org.name}
          </p>
          <p>
            Powered by{' '}
            <a href={env.appUrl} className="font-medium hover:text-foreground hover:underline">
              Commerce Platform
            </a>
          </p>
        </div>
      </div>
    </footer>
  );
}
