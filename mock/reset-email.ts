import type { Email } from './outbox';
import type { Tenant } from './tenant';

/**
 * The change-password email. The link is built from the tenant's configured publicUrl, never from
 * the request's Host header, so a forged Host cannot send users' tickets to another site.
 */
export function resetEmail(
  tenant: Tenant,
  to: string,
  applicationName: string,
  ticket: string,
): Omit<Email, 'id' | 'createdAt'> {
  const link = `${tenant.publicUrl}/lo/reset?ticket=${encodeURIComponent(ticket)}`;
  const text = [
    'Hello,',
    '',
    `Someone asked to reset the password of ${to} for ${applicationName}.`,
    'To choose a new password, open this link:',
    '',
    link,
    '',
    'If you did not ask for this, ignore this email: your password stays the same.',
    '',
    `${tenant.name}`,
  ].join('\n');
  return { to, from: tenant.email.from, subject: tenant.email.subject, text, link };
}
