import type { CourierVehicle, DeliveryProofRequirement } from '../../schema';

/** A point on the map, [latitude, longitude]. */
export type Point = [number, number];

export type CourierSpec = {
  /** `${local}@${slug}.test`; `courier` is the demo courier every demo store already has. */
  local: string;
  name: string;
  phone: string;
  vehicle: CourierVehicle;
  /** Per delivered parcel, in major units of the store's currency. */
  fee: number;
  /** How the courier is at the end of the seed (a busy one is busy because of their delivery under way). */
  online: boolean;
};

export type DeliveryDemo = {
  /** Pick-up points of the catalog seed's warehouses, by warehouse name. */
  warehouses: Record<string, Point>;
  /** Centres of the checkout seed's zones, by zone name. */
  zones: Record<string, Point>;
  /** Saved delivery settings; absent = the defaults (the shopper's code at the door). */
  proof?: DeliveryProofRequirement;
  /** The demo courier first, then the store's other couriers. */
  couriers: [CourierSpec, ...CourierSpec[]];
};

/**
 * Each demo store's couriers, map points and proof rule, by slug. Points are real places in each
 * store's city (the warehouse's street, a zone's central district).
 */
export const DELIVERY_DEMOS: Record<string, DeliveryDemo> = {
  acme: {
    warehouses: { 'Main warehouse': [40.7218, -74.1311], 'West Coast depot': [34.0325, -118.2316] },
    zones: { Manhattan: [40.7424, -73.9927], 'Brooklyn & Queens': [40.705, -73.92], 'Jersey City': [40.7178, -74.0431] },
    proof: 'otp',
    couriers: [
      { local: 'courier', name: 'Carl Courier', phone: '+1 646 555 0117', vehicle: 'van', fee: 6.5, online: true },
      { local: 'courier2', name: 'Maria Lopez', phone: '+1 917 555 0163', vehicle: 'car', fee: 6.5, online: true },
      { local: 'courier3', name: 'Devon Brooks', phone: '+1 347 555 0128', vehicle: 'bicycle', fee: 5, online: false },
    ],
  },
  bazaar: {
    warehouses: { 'Tashkent central': [41.2856, 69.2034], 'Samarkand hub': [39.6547, 66.975] },
    zones: { 'Toshkent markazi': [41.3111, 69.2797], 'Toshkent chekkasi': [41.2256, 69.2196], Samarqand: [39.6542, 66.9597] },
    proof: 'otp_or_photo',
    couriers: [
      { local: 'courier', name: 'Jasur Courier', phone: '+998 90 318 44 21', vehicle: 'car', fee: 15000, online: true },
      { local: 'courier2', name: 'Bekzod Tursunov', phone: '+998 93 402 17 65', vehicle: 'motorbike', fee: 12000, online: true },
      { local: 'courier3', name: 'Shahzod Aliyev', phone: '+998 97 155 90 32', vehicle: 'car', fee: 15000, online: false },
    ],
  },
  inkwell: {
    warehouses: { 'Bengaluru print floor': [12.9755, 77.6068], 'Mumbai dispatch': [19.1197, 72.8697] },
    zones: { 'Central Bengaluru': [12.9716, 77.5946], 'Greater Bengaluru': [12.9698, 77.75], Mysuru: [12.2958, 76.6394] },
    couriers: [
      { local: 'courier', name: 'Arjun Courier', phone: '+91 98860 43120', vehicle: 'motorbike', fee: 60, online: true },
      { local: 'courier2', name: 'Suresh Kumar', phone: '+91 99020 18745', vehicle: 'motorbike', fee: 60, online: true },
      { local: 'courier3', name: 'Lakshmi Naidu', phone: '+91 97310 56218', vehicle: 'bicycle', fee: 45, online: false },
    ],
  },
  'atyrau-beauty': {
    warehouses: { 'Studio stockroom': [47.1097, 51.9156], 'Atyrau city warehouse': [47.103, 51.9235] },
    zones: { 'Атырау, центр': [47.106, 51.92], 'Атырау, пригород': [47.132, 51.873] },
    couriers: [
      { local: 'courier', name: 'Nurlan Courier', phone: '+7 701 318 2244', vehicle: 'car', fee: 1200, online: true },
      { local: 'courier2', name: 'Yerlan Abenov', phone: '+7 702 611 7788', vehicle: 'car', fee: 1200, online: true },
      { local: 'courier3', name: 'Aliya Tulegenova', phone: '+7 747 205 3311', vehicle: 'car', fee: 1000, online: false },
    ],
  },
};
