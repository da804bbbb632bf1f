import { describe, expect, it } from 'vitest';
import { routeOrder } from './route-order';

const at = (latitude: number, longitude: number) => ({ latitude, longitude });
const stop = (id: string, point: { latitude: number; longitude: number } | null, estimatedAt: string | null = null) => ({
  id,
  point,
  estimatedAt: estimatedAt ? new Date(estimatedAt) : null,
});
const ids = (stops: { id: string }[]) => stops.map((s) => s.id);

describe('routeOrder', () => {
  it('always goes on to the nearest drop-off not visited yet', () => {
    // Along one street: the courier is at 0, the stops at 3, 1, 2 and 5 km (roughly).
    const stops = [stop('three', at(41.027, 69)), stop('one', at(41.009, 69)), stop('two', at(41.018, 69)), stop('five', at(41.045, 69))];
    expect(ids(routeOrder(at(41, 69), stops))).toEqual(['one', 'two', 'three', 'five']);
    // Starting at the far end reverses it.
    expect(ids(routeOrder(at(41.05, 69), stops))).toEqual(['five', 'three', 'two', 'one']);
  });

  it('is greedy from where the courier stands, not the shortest loop', () => {
    const stops = [stop('east', at(41, 69.02)), stop('west', at(41, 68.99)), stop('far-east', at(41, 69.05))];
    expect(ids(routeOrder(at(41, 69), stops))).toEqual(['west', 'east', 'far-east']);
  });

  it('without a start, begins at the earliest expected drop-off', () => {
    const stops = [stop('late', at(41, 69), '2025-03-05T12:00:00Z'), stop('early', at(41.1, 69), '2025-03-05T09:00:00Z'), stop('near-early', at(41.101, 69))];
    expect(ids(routeOrder(null, stops))).toEqual(['early', 'near-early', 'late']);
  });

  it('puts stops without coordinates last, in their estimated-time order', () => {
    const stops = [
      stop('unknown-late', null, '2025-03-05T15:00:00Z'),
      stop('mapped', at(41, 69)),
      stop('unknown-none', null),
      stop('unknown-early', null, '2025-03-05T10:00:00Z'),
    ];
    expect(ids(routeOrder(at(41, 69), stops))).toEqual(['mapped', 'unknown-early', 'unknown-late', 'unknown-none']);
  });

  it('breaks ties by estimate then by the given order, and keeps every stop exactly once', () => {
    const same = at(41, 69);
    const stops = [stop('b', same), stop('a', same, '2025-03-05T08:00:00Z'), stop('c', same)];
    expect(ids(routeOrder(at(41.5, 69), stops))).toEqual(['a', 'b', 'c']);
    expect(routeOrder(null, [])).toEqual([]);
    const many = Array.from({ length: 30 }, (_, i) => stop(`s${i}`, i % 4 === 0 ? null : at(41 + ((i * 7) % 13) / 100, 69 + ((i * 5) % 11) / 100)));
    expect(ids(routeOrder(at(41, 69), many)).sort()).toEqual(ids(many).sort());
  });
});
