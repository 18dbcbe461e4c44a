import type { Email } from './outbox';
import type { Tenant } from './tenant';

/**
 * The reset page's address for a ticket. Built from the tenant's configured publicUrl, never from a
 * request's Host header, so a forged Host cannot send users' tickets to another site.
 */
export function resetLink(tenant: Tenant, ticket: string): string {
  return `${tenant.publicUrl}/lo/reset?ticket=${encodeURIComponent(ticket)}`;
}

/**
 * The notice after a reset through the email link (OWASP: tell the user). It has no action link, so
 * `link` is empty; it names no password and no ticket.
 */
export function passwordChangedEmail(tenant: Tenant, to: string): Omit<Email, 'id' | 'createdAt'> {
  const text = [
    'Hello,',
    '',
    `The password of ${to} was just changed, and every session signed in with the old one was ended.`,
    '',
    'If you did not do this, reset your password now and contact us.',
    '',
    `${tenant.name}`,
  ].join('\n');
  return { to, from: tenant.email.from, subject: 'Your password was changed', text, link: '' };
}
