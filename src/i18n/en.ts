/**
 * English: the source of truth for every string Latch shows.
 * Other dictionaries `satisfies Dictionary`, so a missing key is a compile error.
 * Values are plain text; `{name}` placeholders are filled by `format()`, never parsed as HTML.
 */
export const en = {
  'login.title': 'Log in',
  'login.subtitle': 'Welcome back. Log in to continue.',
  'login.submit': 'Log in',
  'login.pending': 'Logging in…',
  'login.forgotLink': "Don't remember your password?",
  'forgot.title': 'Reset your password',
  'forgot.instructions': "Enter your email address and we'll send you a link to reset your password.",
  'forgot.submit': 'Send email',
  'forgot.pending': 'Sending…',
  'forgot.back': 'Back to log in',
  'forgot.success': "We've just sent you an email to reset your password.",
  'unrecoverable.title': 'Log in is unavailable',
  'unrecoverable.body': 'This login box could not start. Please try again later, or contact the site’s support.',
  'signedIn.title': "You're logged in",
  'signedIn.body': 'You have signed in successfully.',
  'field.email': 'Email',
  'field.password': 'Password',
  'field.showPassword': 'Show password',
  'field.hidePassword': 'Hide password',
  'dialog.close': 'Close',
  'logo.alt': '',
  'validation.emailRequired': 'Enter your email address.',
  'validation.emailInvalid': 'Enter an email address like name@example.com.',
  'validation.passwordRequired': 'Enter your password.',
  'error.invalidCredentials': 'Wrong email or password.',
  'error.tooManyAttempts':
    'Your account has been blocked after too many failed attempts. Check your email for how to unblock it.',
  'error.blockedUser': 'This account is blocked. Contact the site’s support for help.',
  'error.passwordLeaked':
    'This login has been blocked because your password was found in a data breach. Check your email for how to unblock it.',
  'error.mfaRequired': 'This account needs multi-factor authentication, which this login box cannot do yet.',
  'error.unauthorizedClient': 'This application is not allowed to log in with a password. Contact the site’s support.',
  'error.accessDenied': 'Access was denied. {description}',
  'error.passwordChangeRequired': 'You need to change your password before you can log in. Use "Don\'t remember your password?".',
  'error.requiresVerification': 'Verify your email address before you log in.',
  'error.invalidClient': 'This application is not set up correctly (unknown client). Contact the site’s support.',
  'error.connectionNotFound': 'This application is not set up correctly (unknown connection). Contact the site’s support.',
  'error.invalidRequest': 'The request was refused as invalid. Check what you entered and try again.',
  'error.rateLimitedPasswordChange':
    'You have reached the limit on password change attempts. Please wait {wait} before trying again.',
  'error.rateLimited': 'Too many attempts. Please wait {wait} before trying again.',
  'error.server': 'The server had a problem. Please try again in a moment.',
  'error.network': 'We could not reach the server. Check your connection and try again.',
  'error.timeout': 'The server took too long to answer. Please try again.',
  'error.unknown': 'Something went wrong. Please try again.',
  'time.seconds.one': '{n} second',
  'time.seconds.other': '{n} seconds',
  'time.minutes.one': '{n} minute',
  'time.minutes.other': '{n} minutes',
} as const;

export type MessageKey = keyof typeof en;
/** A complete dictionary: every key of English, each a string. */
export type Dictionary = { readonly [K in MessageKey]: string };
