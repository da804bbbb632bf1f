// @ts-check
// Next.js loads this file itself (next.config.ts → cacheHandler), outside the bundle, so it is
// plain JavaScript. Types for TypeScript importers: isr-cache-handler.d.mts.
import cluster from 'node:cluster';
import FileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';

/** The message a worker sends (and receives) when cached pages were revalidated. */
export const REVALIDATE_TAGS = 'isr:revalidate-tags';

/** @type {any} */
const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule;

/**
 * @param {unknown} message
 * @returns {message is { type: typeof REVALIDATE_TAGS, tags: string[], durations?: { expire?: number } }}
 */
export function isRevalidation(message) {
  const m = /** @type {{ type?: unknown, tags?: unknown } | null} */ (message);
  return typeof m === 'object' && m !== null && m.type === REVALIDATE_TAGS && Array.isArray(m.tags);
}

/**
 * Next's own cache (pages in memory, build output on disk), made safe for several worker
 * processes (scripts/start.ts): each worker keeps its own copy of a page, and a revalidation in
 * one worker (revalidatePath after a dashboard edit) is sent to the others through the cluster
 * primary, so no worker keeps serving the page from before the edit. Tags live in a map that
 * Next shares between its runtime and this class (tags-manifest.external), which is what
 * FileSystemCache.revalidateTag updates.
 */
export default class IsrCacheHandler extends FileSystemCache {
  /**
   * @param {string | string[]} tags
   * @param {{ expire?: number }} [durations]
   */
  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    const list = typeof tags === 'string' ? [tags] : tags;
    if (cluster.isWorker && list.length > 0) process.send?.({ type: REVALIDATE_TAGS, tags: list, durations });
  }
}

// A peer's revalidation: the same update to this worker's map. The receiver stamps it with its
// own clock, a moment later than the sender's, which can only expire more, never less.
if (cluster.isWorker) {
  process.on('message', (message) => {
    if (isRevalidation(message)) void FileSystemCache.prototype.revalidateTag.call(null, message.tags, message.durations);
  });
}
