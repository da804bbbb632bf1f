import { notFound } from 'next/navigation';

/** Unknown paths on a store's host get the store's own 404 (app/s/[site]/not-found.tsx), not the platform's. */
export default function UnknownStorefrontPath() {
  notFound();
}
