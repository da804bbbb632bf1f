/** Who does a step: the demo courier (courier@<slug>.test), the store's second or third courier. */
export type CourierRole = 'demo' | 'second' | 'third';

/** One thing that happens to an order and its delivery, `hoursAgo` before the seed runs. */
export type StoryStep = { hoursAgo: number } & (
  | { do: 'confirm' | 'process' | 'pack' }
  /** Opens the delivery of an order that was packed before deliveries existed (the checkout seed's). */
  | { do: 'open' }
  | { do: 'assign'; courier: CourierRole }
  | { do: 'start' | 'pickup' }
  | { do: 'fail'; reason: string }
  /** By the courier, with the shopper's code; `today` keeps it on the store's calendar day. */
  | { do: 'deliver'; today?: boolean }
  | { do: 'return'; reason: string }
  | { do: 'rate'; stars: number; feedback: string }
  /** The courier's phone sharing its position on the way to the door, every few minutes until `hoursAgo`. */
  | { do: 'track'; points: number }
);

export type Story = { name: string; steps: StoryStep[] };

/**
 * New demo orders (placed by the checkout seed's shoppers, cash on delivery) and what happened to
 * them, so the deliveries board, the courier's day, the tracking page and the cash ledger all have
 * something real: deliveries done over the last days (two rated, one after a failed try), one
 * returned, one out for delivery right now, two waiting for their courier and a fresh unassigned one.
 */
export const NEW_ORDER_STORIES: (Story & { placedHoursAgo: number; express?: boolean })[] = [
  {
    name: 'delivered three days ago, rated 5',
    placedHoursAgo: 76,
    steps: [
      { hoursAgo: 75, do: 'confirm' },
      { hoursAgo: 74, do: 'process' },
      { hoursAgo: 72, do: 'pack' },
      { hoursAgo: 71.5, do: 'assign', courier: 'demo' },
      { hoursAgo: 71, do: 'start' },
      { hoursAgo: 70.5, do: 'pickup' },
      { hoursAgo: 69.6, do: 'deliver' },
      { hoursAgo: 66, do: 'rate', stars: 5, feedback: 'Arrived early and called ahead. Thank you!' },
    ],
  },
  {
    name: 'delivered yesterday at the second try, rated 4',
    placedHoursAgo: 30,
    steps: [
      { hoursAgo: 29.5, do: 'confirm' },
      { hoursAgo: 29, do: 'process' },
      { hoursAgo: 28, do: 'pack' },
      { hoursAgo: 27.5, do: 'assign', courier: 'second' },
      { hoursAgo: 27, do: 'start' },
      { hoursAgo: 26.5, do: 'pickup' },
      { hoursAgo: 25.6, do: 'fail', reason: 'Nobody answered the door; called twice and left a note.' },
      { hoursAgo: 23.2, do: 'deliver' },
      { hoursAgo: 20, do: 'rate', stars: 4, feedback: 'Missed me the first time, but the second visit was quick.' },
    ],
  },
  {
    name: 'delivered this morning',
    placedHoursAgo: 6,
    steps: [
      { hoursAgo: 5.5, do: 'confirm' },
      { hoursAgo: 5, do: 'process' },
      { hoursAgo: 4.5, do: 'pack' },
      { hoursAgo: 4.3, do: 'assign', courier: 'demo' },
      { hoursAgo: 4, do: 'start' },
      { hoursAgo: 3.6, do: 'pickup' },
      { hoursAgo: 2.5, do: 'deliver', today: true },
    ],
  },
  {
    name: 'delivered an hour ago',
    placedHoursAgo: 5,
    steps: [
      { hoursAgo: 4.8, do: 'confirm' },
      { hoursAgo: 4.6, do: 'process' },
      { hoursAgo: 4.4, do: 'pack' },
      { hoursAgo: 4.25, do: 'assign', courier: 'demo' },
      { hoursAgo: 3.5, do: 'start' },
      { hoursAgo: 3.3, do: 'pickup' },
      { hoursAgo: 1.2, do: 'deliver', today: true },
    ],
  },
  {
    name: 'returned yesterday',
    placedHoursAgo: 34,
    steps: [
      { hoursAgo: 33, do: 'confirm' },
      { hoursAgo: 32, do: 'process' },
      { hoursAgo: 31, do: 'pack' },
      { hoursAgo: 30, do: 'assign', courier: 'third' },
      { hoursAgo: 29.5, do: 'start' },
      { hoursAgo: 29, do: 'pickup' },
      { hoursAgo: 27.5, do: 'fail', reason: 'Phone switched off and nobody at the address.' },
      { hoursAgo: 26, do: 'return', reason: 'Shopper unreachable after two tries; parcel back at the warehouse.' },
    ],
  },
  {
    name: 'out for delivery now',
    placedHoursAgo: 3,
    express: true,
    steps: [
      { hoursAgo: 2.8, do: 'confirm' },
      { hoursAgo: 2.6, do: 'process' },
      { hoursAgo: 2.2, do: 'pack' },
      { hoursAgo: 1.9, do: 'assign', courier: 'second' },
      { hoursAgo: 1.6, do: 'start' },
      { hoursAgo: 1.2, do: 'pickup' },
      { hoursAgo: 0.05, do: 'track', points: 8 },
    ],
  },
  {
    name: 'waiting for the demo courier',
    placedHoursAgo: 2.5,
    steps: [
      { hoursAgo: 2.3, do: 'confirm' },
      { hoursAgo: 2, do: 'process' },
      { hoursAgo: 1.5, do: 'pack' },
      { hoursAgo: 1, do: 'assign', courier: 'demo' },
    ],
  },
  {
    name: 'packed, no courier yet',
    placedHoursAgo: 1,
    steps: [
      { hoursAgo: 0.8, do: 'confirm' },
      { hoursAgo: 0.6, do: 'process' },
      { hoursAgo: 0.4, do: 'pack' },
    ],
  },
];

/** The first demo order index of these stories (after the checkout seed's dozen). */
export const FIRST_STORY_ORDER = 100;

/** Checkout-seed orders (by their index in ORDER_PLANS) moved on: the confirmed express one gets packed for the demo courier. */
export const CHECKOUT_ORDER_STORIES: Record<number, Story> = {
  9: {
    name: 'packed this morning for the demo courier',
    steps: [
      { hoursAgo: 1.2, do: 'process' },
      { hoursAgo: 0.9, do: 'pack' },
      { hoursAgo: 0.7, do: 'assign', courier: 'demo' },
    ],
  },
};

/** Hours after placing at which the checkout seed packed its orders (plans.ts timeline). */
export const CHECKOUT_PACKED_AFTER_HOURS = 20;
