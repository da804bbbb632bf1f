import { distanceKm, type LatLng } from '@/lib/delivery/deliveries/geo';

/** A drop-off to visit: where it is (when known) and when it is expected. */
export type RouteStop = { point: LatLng | null; estimatedAt: Date | null };

const byEstimate = (a: RouteStop, b: RouteStop) => {
  if (a.estimatedAt && b.estimatedAt) return a.estimatedAt.getTime() - b.estimatedAt.getTime();
  return a.estimatedAt ? -1 : b.estimatedAt ? 1 : 0;
};

/**
 * Client-safe: the order to visit the drop-offs in, without a map service. From `start` (the
 * courier's position, or the pick-up point) always go to the nearest stop not visited yet;
 * with no start, begin at the earliest expected stop. Stops without coordinates cannot be
 * placed, so they follow in their estimated-time order. Ties keep the earlier estimate, then
 * the given order, so the list never reshuffles for nothing.
 */
export function routeOrder<T extends RouteStop>(start: LatLng | null, stops: readonly T[]): T[] {
  const indexed = stops.map((stop, index) => ({ stop, index }));
  const stable = (a: { stop: T; index: number }, b: { stop: T; index: number }) => byEstimate(a.stop, b.stop) || a.index - b.index;
  const placed = indexed.filter((s) => s.stop.point !== null).sort(stable);
  const unplaced = indexed.filter((s) => s.stop.point === null).sort(stable);

  const route: T[] = [];
  let here = start;
  while (placed.length > 0) {
    let best = 0;
    if (here) {
      let bestKm = Infinity;
      placed.forEach((s, i) => {
        const km = distanceKm(here!, s.stop.point!);
        if (km < bestKm) [best, bestKm] = [i, km];
      });
    }
    const [next] = placed.splice(best, 1);
    route.push(next!.stop);
    here = next!.stop.point;
  }
  return [...route, ...unplaced.map((s) => s.stop)];
}
