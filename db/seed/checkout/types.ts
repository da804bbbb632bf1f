/** The shape of one demo organization's checkout data (amounts in major units of the org's currency). */
export type TariffSpec = { name: string; base: number; perKg?: number; minOrder?: number; freeFrom?: number; hours?: number };
export type ZoneSpec = { name: string; description?: string; city: string; districts?: string[]; postalCodes?: string[]; tariffs: TariffSpec[] };
export type CouponSpec = {
  code: string;
  name: string;
  description: string;
  type: 'percentage' | 'fixed_amount' | 'free_shipping';
  /** Percent for a percentage, major units for a fixed amount, 0 for free shipping. */
  value: number;
  minOrder?: number;
  maxDiscount?: number;
  usageLimit?: number;
  perCustomer?: number;
  /** Days from now (negative = in the past). */
  startsInDays?: number;
  endsInDays?: number;
};
export type ShopperSpec = { name: string; email: string; phone: string; district: string; street: string; postalCode: string };
export type CheckoutDemo = {
  settings: {
    bankTransferInstructions: string;
    pickupEnabled: boolean;
    pickupInstructions?: string;
    pricesIncludeTax: boolean;
  };
  zones: ZoneSpec[];
  coupons: CouponSpec[];
  /** Who the demo orders are from; each one's address is in the first zone's city. */
  shoppers: ShopperSpec[];
};
