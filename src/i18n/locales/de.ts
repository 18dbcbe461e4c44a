import type { Dictionary } from '../en';

/**
 * German. Formal address ("Sie"), as German login and account pages use; quotes „…“.
 * A wait is Intl.RelativeTimeFormat's phrase ("in 30 Sekunden"), placed where German puts the time.
 * Counts are worded so any number reads right ("höchstens 2-mal").
 */
export const de = {
  'login.title': 'Anmelden',
  'login.subtitle': 'Willkommen zurück. Melden Sie sich an, um fortzufahren.',
  'login.submit': 'Anmelden',
  'login.pending': 'Anmeldung läuft…',
  'login.forgotLink': 'Passwort vergessen?',
  'lastLogin.instructions': 'Zuletzt haben Sie sich angemeldet als',
  'lastLogin.notYou': 'Nicht Ihr Konto?',
  'forgot.title': 'Passwort zurücksetzen',
  'forgot.instructions':
    'Geben Sie Ihre E-Mail-Adresse ein. Wir senden Ihnen dann einen Link, mit dem Sie Ihr Passwort zurücksetzen können.',
  'forgot.submit': 'E-Mail senden',
  'forgot.pending': 'Wird gesendet…',
  'forgot.back': 'Zurück zur Anmeldung',
  'forgot.success': 'Wir haben Ihnen soeben eine E-Mail zum Zurücksetzen Ihres Passworts gesendet.',
  'unrecoverable.title': 'Anmeldung nicht verfügbar',
  'unrecoverable.body':
    'Das Anmeldefenster konnte nicht gestartet werden. Bitte versuchen Sie es später erneut oder wenden Sie sich an den Support der Website.',
  'switch.noAccount': 'Noch kein Konto?',
  'switch.signUp': 'Registrieren',
  'switch.haveAccount': 'Sie haben bereits ein Konto?',
  'switch.logIn': 'Anmelden',
  'signUp.title': 'Konto erstellen',
  'signUp.subtitle': 'Registrieren Sie sich mit Ihrer E-Mail-Adresse.',
  'signUp.submit': 'Registrieren',
  'signUp.pending': 'Registrierung läuft…',
  'signUp.success': 'Ihr Konto wurde erstellt. Sie können sich jetzt anmelden.',
  'reset.title': 'Neues Passwort festlegen',
  'reset.subtitle': 'Geben Sie ein neues Passwort für {email} ein.',
  'reset.subtitleNoEmail': 'Geben Sie ein neues Passwort für Ihr Konto ein.',
  'reset.submit': 'Passwort ändern',
  'reset.pending': 'Passwort wird geändert…',
  'reset.success': 'Ihr Passwort wurde geändert. Sie können sich jetzt mit dem neuen Passwort anmelden.',
  'reset.newLink': 'Neuen Link senden',
  'reset.linkExpired': 'Dieser Link ist abgelaufen. Fordern Sie eine neue E-Mail zum Zurücksetzen Ihres Passworts an.',
  'reset.linkUsed':
    'Dieser Link wurde bereits verwendet. Fordern Sie eine neue E-Mail an, falls Sie Ihr Passwort noch zurücksetzen müssen.',
  'reset.linkInvalid':
    'Dieser Link ist nicht mehr gültig: Möglicherweise wurde er durch eine neuere E-Mail ersetzt. Fordern Sie eine neue E-Mail an.',
  'field.newPassword': 'Neues Passwort',
  'field.confirmPassword': 'Neues Passwort bestätigen',
  'policy.label': 'Ihr Passwort muss Folgendes enthalten:',
  'policy.met': 'erfüllt',
  'policy.notMet': 'nicht erfüllt',
  'policy.nonEmpty': 'Mindestens 1 Zeichen',
  'policy.lengthAtLeast': 'Mindestens {n} Zeichen',
  'policy.shouldContain': 'Alle folgenden Zeichenarten:',
  'policy.containsAtLeast': 'Mindestens {n} dieser {total} Zeichenarten:',
  'policy.identicalChars': 'Dasselbe Zeichen höchstens {n}-mal hintereinander',
  'policy.lowerCase': 'Kleinbuchstaben (a–z)',
  'policy.upperCase': 'Großbuchstaben (A–Z)',
  'policy.numbers': 'Ziffern (0–9)',
  'policy.specialCharacters': 'Sonderzeichen (z. B. !@#$%^&*)',
  'error.passwordStrength': 'Dieses Passwort ist zu schwach. Es muss Folgendes enthalten:',
  'error.passwordHistory':
    'Sie haben dieses Passwort schon einmal verwendet. Wählen Sie eines, das Sie in letzter Zeit nicht verwendet haben.',
  'error.passwordDictionary': 'Dieses Passwort ist zu verbreitet. Wählen Sie eines, das schwerer zu erraten ist.',
  'error.passwordNoUserInfo': 'Dieses Passwort enthält persönliche Angaben von Ihnen. Wählen Sie ein anderes.',
  'error.passwordMismatch': 'Die beiden Passwörter stimmen nicht überein.',
  'error.invalidSignup':
    'Mit diesen Angaben konnten wir kein Konto erstellen. Wenn Sie bereits ein Konto haben, melden Sie sich stattdessen an.',
  'error.userExists': 'Für diese E-Mail-Adresse gibt es bereits ein Konto. Melden Sie sich stattdessen an.',
  'error.csrf': 'Diese Seite ist abgelaufen. Öffnen Sie den Link aus Ihrer E-Mail erneut.',
  'signedIn.title': 'Sie sind angemeldet',
  'signedIn.body': 'Die Anmeldung war erfolgreich.',
  'field.email': 'E-Mail-Adresse',
  'field.password': 'Passwort',
  'field.showPassword': 'Passwort anzeigen',
  'field.hidePassword': 'Passwort verbergen',
  'dialog.close': 'Schließen',
  // The site's own `flashMessage` text, shown as given.
  'flash.text': '{description}',
  'logo.alt': '',
  'validation.emailRequired': 'Geben Sie Ihre E-Mail-Adresse ein.',
  'validation.emailInvalid': 'Geben Sie eine E-Mail-Adresse im Format name@example.com ein.',
  'validation.passwordRequired': 'Geben Sie Ihr Passwort ein.',
  'validation.passwordPolicy': 'Wählen Sie ein Passwort, das alle unten stehenden Anforderungen erfüllt.',
  'validation.passwordMismatch': 'Die beiden Passwörter stimmen nicht überein.',
  'field.username': 'Benutzername',
  'field.usernameOrEmail': 'Benutzername oder E-Mail',
  'validation.usernameRequired': 'Geben Sie Ihren Benutzernamen ein.',
  'validation.usernameFormat': 'Verwenden Sie {min} bis {max} Buchstaben, Ziffern und die Zeichen _ . + -',
  'validation.choiceRequired': 'Wählen Sie eine Option.',
  'validation.fieldInvalid': 'Prüfen Sie dieses Feld.',
  'validation.termsRequired': 'Akzeptieren Sie die Bedingungen, um sich zu registrieren.',
  'signUp.terms': '',
  'signUp.acceptTerms': 'Ich akzeptiere die Bedingungen.',
  'field.choose': 'Auswählen…',
  'field.loading': 'Wird geladen…',
  'field.loadFailed': 'Die Auswahl konnte nicht geladen werden. Bitte versuchen Sie es später erneut.',
  'error.invalidCredentials': 'E-Mail-Adresse oder Passwort ist falsch.',
  'error.tooManyAttempts':
    'Ihr Konto wurde nach zu vielen fehlgeschlagenen Versuchen gesperrt. In Ihrem E-Mail-Postfach finden Sie eine Anleitung zum Entsperren.',
  'error.blockedUser': 'Dieses Konto ist gesperrt. Wenden Sie sich an den Support der Website.',
  'error.passwordLeaked':
    'Diese Anmeldung wurde gesperrt, weil Ihr Passwort in einem Datenleck gefunden wurde. In Ihrem E-Mail-Postfach finden Sie eine Anleitung zum Entsperren.',
  'error.mfaRequired':
    'Für dieses Konto ist eine Multi-Faktor-Authentifizierung erforderlich, die dieses Anmeldefenster noch nicht unterstützt.',
  'error.unauthorizedClient':
    'Diese Anwendung ist nicht für die Anmeldung mit Passwort freigegeben. Wenden Sie sich an den Support der Website.',
  'error.accessDenied': 'Der Zugriff wurde verweigert. {description}',
  'error.passwordChangeRequired':
    'Sie müssen Ihr Passwort ändern, bevor Sie sich anmelden können. Verwenden Sie dazu „Passwort vergessen?“.',
  'error.requiresVerification': 'Bestätigen Sie Ihre E-Mail-Adresse, bevor Sie sich anmelden.',
  'error.invalidClient':
    'Diese Anwendung ist nicht richtig eingerichtet (unbekannter Client). Wenden Sie sich an den Support der Website.',
  'error.connectionNotFound':
    'Diese Anwendung ist nicht richtig eingerichtet (unbekannte Verbindung). Wenden Sie sich an den Support der Website.',
  'error.invalidRequest':
    'Die Anfrage wurde als ungültig abgelehnt. Prüfen Sie Ihre Eingaben und versuchen Sie es erneut.',
  'error.rateLimitedPasswordChange':
    'Sie haben die maximale Anzahl an Versuchen für eine Passwortänderung erreicht. Bitte versuchen Sie es {wait} erneut.',
  'error.rateLimited': 'Zu viele Versuche. Bitte versuchen Sie es {wait} erneut.',
  'error.server': 'Auf dem Server ist ein Problem aufgetreten. Bitte versuchen Sie es gleich noch einmal.',
  'error.network': 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  'error.offline': 'Sie sind offline. Wir senden Ihre Anfrage, sobald die Verbindung wieder besteht.',
  'submit.wait': 'Erneut versuchen {wait}',
  'error.timeout': 'Der Server hat zu lange nicht geantwortet. Bitte versuchen Sie es erneut.',
  'error.unknown': 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
} as const satisfies Dictionary;
