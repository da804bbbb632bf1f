/**
 * The header's cart count lives in the browser (pages are cached for everyone), so whatever
 * changes the cart tells it with a window event, passing the new count when it knows it.
 */
export const CART_CHANGED_EVENT = 'storefront:cart-changed';
export type CartChangedDetail = { itemCount?: number };

export function announceCartChange(detail: CartChangedDetail = {}) {
  window.dispatchEvent(new CustomEvent<CartChangedDetail>(CART_CHANGED_EVENT, { detail }));
}
