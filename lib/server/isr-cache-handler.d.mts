export declare const REVALIDATE_TAGS: 'isr:revalidate-tags';
export declare function isRevalidation(message: unknown): message is { type: typeof REVALIDATE_TAGS; tags: string[]; durations?: { expire?: number } };
declare const IsrCacheHandler: unknown;
export default IsrCacheHandler;
