import { templateFromTenant, type ResetEmailTemplate } from './email-template';
import type { Tenant } from './tenant';

/** Auth0 Classic's customised password reset page (tenant settings `change_password`). */
export interface ChangePasswordPage {
  readonly enabled: boolean;
  /** HTML with Liquid; null until one is saved. */
  readonly html: string | null;
}

/**
 * What the tenant's administrators change at run time through the Management API: the change-password email
 * template and the hosted reset page's template. POST /__reset puts both back as the tenant file has them.
 */
export class TenantSettings {
  resetEmail!: ResetEmailTemplate;
  changePasswordPage!: ChangePasswordPage;

  constructor(private readonly tenant: Tenant) {
    this.reset();
  }

  reset(): void {
    this.resetEmail = templateFromTenant(this.tenant.email);
    this.changePasswordPage = { enabled: false, html: null };
  }
}
