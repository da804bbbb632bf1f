import { Star } from 'lucide-react';
import { cn } from '@/lib/utils/cn';

/** A given rating as five stars, read out as "Rated 4 of 5 stars". */
export function RatingStars({ stars, className }: { stars: number; className?: string }) {
  return (
    <span role="img" aria-label={`Rated ${stars} of 5 stars`} className={cn('inline-flex gap-0.5', className)}>
      {[1, 2, 3, 4, 5].map((n) => (
        <Star key={n} aria-hidden="true" className={cn('size-5', n <= stars ? 'fill-amber-400 text-amber-500' : 'text-muted-foreground/50')} />
      ))}
    </span>
  );
}
