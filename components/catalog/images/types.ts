/** One image as the gallery shows it (plain values from listProductImages). */
export type GalleryImage = {
  id: string;
  url: string;
  thumbnailUrl: string;
  altText: string | null;
  width: number;
  height: number;
  byteSize: number;
  isPrimary: boolean;
};
