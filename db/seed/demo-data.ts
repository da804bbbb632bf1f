import type { MemberRole, WorkingDay } from '../schema';

/** The demo tenants: one of each kind, each with an owner, a staff member and a courier. */
export const DEMO_PASSWORD = 'demo-password';
/** One back-office login per platform role, so each role's view can be tried. */
export const PLATFORM_STAFF = [
  { email: 'admin@platform.test', name: 'Platform Admin', role: 'super_admin' },
  { email: 'roles@platform.test', name: 'Rosa Roles', role: 'role_manager' },
  { email: 'accounting@platform.test', name: 'Arman Accounts', role: 'accounting' },
  { email: 'support@platform.test', name: 'Sam Support', role: 'technical_access' },
] as const;

const weekdays = (open: string, close: string, breakAt?: [string, string]): WorkingDay[] =>
  [0, 1, 2, 3, 4, 5, 6].map((day) => ({
    day,
    isOpen: day !== 0,
    openTime: open,
    closeTime: close,
    breaks: breakAt && day !== 0 ? [{ startTime: breakAt[0], endTime: breakAt[1] }] : [],
  }));

export type DemoOrganization = {
  slug: string;
  name: string;
  kind: 'store' | 'marketplace' | 'print' | 'services';
  plan: 'free' | 'basic' | 'pro' | 'enterprise';
  currency: string;
  locale: string;
  timezone: string;
  description: string;
  category: string;
  brandPrimaryColor: string;
  brandSecondaryColor: string;
  contactPhone: string;
  address: { street: string; city: string; postalCode: string; country: string };
  workingHours: WorkingDay[];
  members: { role: MemberRole; name: string; local: string }[];
  customDomains: { hostname: string; status: 'pending' | 'verified' }[];
  /** Feature flags turned on or off for this store alone, whatever its plan (organizations.features). */
  features?: Record<string, boolean>;
};

const team = (owner: string, staff: string, courier: string) => [
  { role: 'owner' as const, name: owner, local: 'owner' },
  { role: 'staff' as const, name: staff, local: 'staff' },
  { role: 'courier' as const, name: courier, local: 'courier' },
];

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    slug: 'acme',
    name: 'Acme Goods',
    kind: 'store',
    plan: 'pro',
    currency: 'USD',
    locale: 'en-US',
    timezone: 'America/New_York',
    description: 'Everyday goods, shipped fast.',
    category: 'General store',
    brandPrimaryColor: '#b91c1c',
    brandSecondaryColor: '#111827',
    contactPhone: '+1 212 555 0100',
    address: { street: '120 Market Street', city: 'New York', postalCode: '10001', country: 'US' },
    workingHours: weekdays('09:00', '18:00'),
    members: team('Alice Owner', 'Sam Staff', 'Carl Courier'),
    customDomains: [
      { hostname: 'acme-goods.test', status: 'verified' },
      { hostname: 'shop.acme-goods.test', status: 'pending' },
    ],
  },
  {
    slug: 'bazaar',
    name: 'Bazaar Market',
    kind: 'marketplace',
    plan: 'enterprise',
    currency: 'UZS',
    locale: 'uz-UZ',
    timezone: 'Asia/Tashkent',
    description: 'Hundreds of independent sellers in one market.',
    category: 'Marketplace',
    brandPrimaryColor: '#047857',
    brandSecondaryColor: '#064e3b',
    contactPhone: '+998 71 200 0000',
    address: { street: 'Amir Temur 15', city: 'Tashkent', postalCode: '100000', country: 'UZ' },
    workingHours: weekdays('08:00', '22:00'),
    members: team('Bahrom Owner', 'Dilnoza Staff', 'Jasur Courier'),
    customDomains: [],
  },
  {
    slug: 'inkwell',
    name: 'Inkwell Print',
    kind: 'print',
    plan: 'basic',
    currency: 'INR',
    locale: 'en-IN',
    timezone: 'Asia/Kolkata',
    description: 'Business cards, flyers and banners, printed overnight.',
    category: 'Print shop',
    brandPrimaryColor: '#1d4ed8',
    brandSecondaryColor: '#1e293b',
    contactPhone: '+91 80 4000 0000',
    address: { street: '12 MG Road', city: 'Bengaluru', postalCode: '560001', country: 'IN' },
    workingHours: weekdays('10:00', '19:00', ['13:30', '14:15']),
    members: team('Priya Owner', 'Ravi Staff', 'Arjun Courier'),
    customDomains: [],
  },
  {
    slug: 'atyrau-beauty',
    name: 'Atyrau Beauty Studio',
    kind: 'services',
    plan: 'free',
    currency: 'KZT',
    locale: 'ru-KZ',
    timezone: 'Asia/Atyrau',
    description: 'Hair, nails and skin care by appointment.',
    category: 'Beauty salon',
    brandPrimaryColor: '#be185d',
    brandSecondaryColor: '#4a044e',
    contactPhone: '+7 712 200 0000',
    address: { street: 'Satpayev 3', city: 'Atyrau', postalCode: '060011', country: 'KZ' },
    workingHours: weekdays('09:00', '20:00', ['13:00', '14:00']),
    members: team('Aigerim Owner', 'Dana Staff', 'Nurlan Courier'),
    customDomains: [],
    // Free has no courier deliveries; the platform turned them on for this store (its couriers are in the demo).
    features: { deliveries: true },
  },
];

export const memberEmail = (org: DemoOrganization, local: string) => `${local}@${org.slug}.test`;
