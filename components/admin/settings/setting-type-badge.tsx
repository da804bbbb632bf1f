import { Badge } from '@/components/ui/badge';
import { SETTING_TYPE_LABELS, type SettingType } from '@/lib/admin/settings/schemas';

export function SettingTypeBadge({ type }: { type: SettingType }) {
  return (
    <Badge variant={type === 'json' ? 'secondary' : 'outline'} className="font-mono">
      {SETTING_TYPE_LABELS[type]}
    </Badge>
  );
}

/** A stored value, short enough for a table cell. */
export function SettingValuePreview({ type, value }: { type: SettingType; value: unknown }) {
  if (type === 'boolean') return <span>{value === true ? 'On' : 'Off'}</span>;
  const text = type === 'string' && typeof value === 'string' ? value : JSON.stringify(value);
  if (text === '') return <span className="text-muted-foreground">Empty</span>;
  return (
    <code className="block max-w-72 truncate rounded bg-muted px-1.5 py-0.5 font-mono text-xs" title={text}>
      {text}
    </code>
  );
}
