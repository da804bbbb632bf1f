/** Plain-language labels for the audit actions the dashboard writes; unknown ones are spelled out from their code. */
const LABELS: Record<string, string> = {
  'organization.created': 'created the organization',
  'organization.settings_updated': 'updated the settings',
  'organization.logo_updated': 'uploaded a new logo',
  'organization.logo_removed': 'removed the logo',
  'domain.added': 'added a custom domain',
  'domain.removed': 'removed a custom domain',
  'domain.verified': 'verified a custom domain',
  'domain.check_failed': 'checked a custom domain (not verified yet)',
  'domain.primary_set': 'changed the primary address',
  'team.invitation_sent': 'invited someone to the team',
  'team.invitation_resent': 'resent an invitation',
  'team.invitation_revoked': 'revoked an invitation',
  'team.invitation_accepted': 'joined the team',
  'team.member_role_changed': 'changed a member’s role',
  'team.member_removed': 'removed a member',
  'team.member_left': 'left the organization',
};

export function activityLabel(action: string): string {
  return LABELS[action] ?? action.replace(/[._]/g, ' ');
}

/** The thing an action was about (an email or a hostname), when the audit row names one. */
export function activitySubject(row: { oldValues: unknown; newValues: unknown }): string | null {
  for (const values of [row.newValues, row.oldValues]) {
    if (values && typeof values === 'object') {
      const v = values as Record<string, unknown>;
      if (typeof v.email === 'string') return v.email;
      if (typeof v.hostname === 'string') return v.hostname;
    }
  }
  return null;
}
