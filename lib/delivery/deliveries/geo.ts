/** Client-safe distance helpers: straight-line distance, which is what we have without a map service. */
export type LatLng = { latitude: number; longitude: number };

const EARTH_RADIUS_KM = 6371;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: LatLng, b: LatLng): number {
  const dLat = rad(b.latitude - a.latitude);
  const dLng = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A point when both coordinates are known. */
export function latLng(latitude: number | null | undefined, longitude: number | null | undefined): LatLng | null {
  return latitude == null || longitude == null ? null : { latitude, longitude };
}

/** "850 m", "4.2 km", "—" when unknown. */
export function formatDistance(km: number | null): string {
  if (km === null) return '—';
  if (km < 1) return `${Math.round(km * 1000)} m`;
  return `${km < 10 ? km.toFixed(1) : Math.round(km)} km`;
}

/** A link that opens the point (or the address text) in the phone's maps app. */
export function mapsHref(target: LatLng | string): string {
  const q = typeof target === 'string' ? target : `${target.latitude},${target.longitude}`;
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(q)}`;
}

/** "41.3111, 69.2797": 4 decimals place a street (about 10 m), 5 a door. */
export const formatCoordinates = (p: LatLng, decimals = 4) => `${p.latitude.toFixed(decimals)}, ${p.longitude.toFixed(decimals)}`;

/** An address as one line for the maps app (the apartment does not help it find the building). */
export function addressForMaps(a: { street: string; building?: string | null; district?: string | null; city: string; postalCode?: string | null; country: string }): string {
  return [[a.street, a.building].filter(Boolean).join(' '), a.district, a.city, a.postalCode, a.country].filter(Boolean).join(', ');
}
