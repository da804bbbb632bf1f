import { initials } from '@/lib/utils/names';
import { cn } from '@/lib/utils/cn';

type AvatarProps = {
  /** A person's or an organization's name; shown as up to two initials. */
  name: string;
  shape?: 'circle' | 'square';
  className?: string;
  /** e.g. an organization's own brand colours. */
  style?: React.CSSProperties;
};

/** Initials standing in for a picture or logo. Decorative: the name is always written beside it. */
export function Avatar({ name, shape = 'circle', className, style }: AvatarProps) {
  return (
    <span
      aria-hidden="true"
      style={style}
      className={cn(
        'flex size-8 shrink-0 items-center justify-center bg-primary text-xs font-semibold text-primary-foreground select-none',
        shape === 'circle' ? 'rounded-full' : 'rounded-md',
        className,
      )}
    >
      {initials(name)}
    </span>
  );
}
