import type { OrganizationAddress, SocialLinks } from '@/db/schema/tenancy/organizations';

/** A `tel:` link for a phone number as the merchant typed it ("+1 (555) 010-0199" → "tel:+15550100199"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** The address as display lines; the country code becomes its English name. */
export function addressLines(address: OrganizationAddress): string[] {
  const street = [address.street, address.building].filter(Boolean).join(', ');
  const city = [[address.city, address.region].filter(Boolean).join(', '), address.postalCode].filter(Boolean).join(' ');
  const country = address.country ? countryName(address.country) : '';
  return [street, address.landmark ?? '', city, country].filter(Boolean);
}

function countryName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

export type SocialLink = { network: keyof SocialLinks; label: string; href: string };

const LABELS: Record<keyof SocialLinks, string> = {
  instagram: 'Instagram',
  facebook: 'Facebook',
  twitter: 'X (Twitter)',
  whatsapp: 'WhatsApp',
  website: 'Website',
};

/** Only http(s) links are shown (a merchant-typed `javascript:` never becomes a link). */
function safeHttpUrl(value: string): string | null {
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/** The store's social links as safe hrefs; a WhatsApp phone number becomes a wa.me link. */
export function socialLinks(links: SocialLinks): SocialLink[] {
  const out: SocialLink[] = [];
  for (const network of Object.keys(LABELS) as (keyof SocialLinks)[]) {
    const raw = links[network]?.trim();
    if (!raw) continue;
    const phone = network === 'whatsapp' && /^\+?[\d\s().-]{5,}$/.test(raw) ? raw.replace(/\D/g, '') : null;
    const href = phone ? `https://wa.me/${phone}` : safeHttpUrl(raw);
    if (href) out.push({ network, label: LABELS[network], href });
  }
  return out;
}
