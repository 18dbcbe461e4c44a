import type { Dictionary } from '../en';

/**
 * Dutch. Informal "je", as Dutch and Flemish apps use; single quotes ‘…’ for a quoted label.
 * A wait is Intl.RelativeTimeFormat's phrase ("over 30 seconden"), placed where Dutch puts the time.
 * Counts are worded so any number reads right ("label: {n}", "{n} keer").
 */
export const nl = {
  'login.title': 'Inloggen',
  'login.subtitle': 'Welkom terug. Log in om verder te gaan.',
  'login.submit': 'Inloggen',
  'login.pending': 'Bezig met inloggen…',
  'login.forgotLink': 'Wachtwoord vergeten?',
  'forgot.title': 'Wachtwoord opnieuw instellen',
  'forgot.instructions':
    'Vul je e-mailadres in, dan sturen we je een link om je wachtwoord opnieuw in te stellen.',
  'forgot.submit': 'E-mail versturen',
  'forgot.pending': 'Bezig met versturen…',
  'forgot.back': 'Terug naar inloggen',
  'forgot.success': 'We hebben je zojuist een e-mail gestuurd om je wachtwoord opnieuw in te stellen.',
  'unrecoverable.title': 'Inloggen is niet beschikbaar',
  'unrecoverable.body':
    'Dit inlogvenster kon niet worden gestart. Probeer het later opnieuw of neem contact op met de support van de website.',
  'switch.noAccount': 'Nog geen account?',
  'switch.signUp': 'Registreren',
  'switch.haveAccount': 'Heb je al een account?',
  'switch.logIn': 'Inloggen',
  'signUp.title': 'Maak je account aan',
  'signUp.subtitle': 'Registreer je met je e-mailadres.',
  'signUp.submit': 'Registreren',
  'signUp.pending': 'Bezig met registreren…',
  'signUp.success': 'Je account is aangemaakt. Je kunt nu inloggen.',
  'reset.title': 'Kies een nieuw wachtwoord',
  'reset.subtitle': 'Vul een nieuw wachtwoord in voor {email}.',
  'reset.subtitleNoEmail': 'Vul een nieuw wachtwoord in voor je account.',
  'reset.submit': 'Wachtwoord wijzigen',
  'reset.pending': 'Bezig met wijzigen…',
  'reset.success': 'Je wachtwoord is gewijzigd. Je kunt nu inloggen met je nieuwe wachtwoord.',
  'reset.newLink': 'Stuur me een nieuwe link',
  'reset.linkExpired': 'Deze link is verlopen. Vraag een nieuwe e-mail aan om je wachtwoord opnieuw in te stellen.',
  'reset.linkUsed':
    'Deze link is al gebruikt. Vraag een nieuwe e-mail aan als je je wachtwoord nog opnieuw moet instellen.',
  'reset.linkInvalid':
    'Deze link is niet meer geldig: misschien is hij vervangen door een nieuwere e-mail. Vraag een nieuwe e-mail aan.',
  'field.newPassword': 'Nieuw wachtwoord',
  'field.confirmPassword': 'Bevestig je nieuwe wachtwoord',
  'policy.label': 'Je wachtwoord moet bevatten:',
  'policy.met': 'voldaan',
  'policy.notMet': 'niet voldaan',
  'policy.nonEmpty': 'Minstens 1 teken',
  'policy.lengthAtLeast': 'Minimaal aantal tekens: {n}',
  'policy.shouldContain': 'Al het volgende:',
  'policy.containsAtLeast': 'Minstens {n} van deze {total} soorten tekens:',
  'policy.identicalChars': 'Hetzelfde teken niet vaker dan {n} keer achter elkaar',
  'policy.lowerCase': 'Kleine letters (a–z)',
  'policy.upperCase': 'Hoofdletters (A–Z)',
  'policy.numbers': 'Cijfers (0–9)',
  'policy.specialCharacters': 'Speciale tekens (zoals !@#$%^&*)',
  'error.passwordStrength': 'Dit wachtwoord is te zwak. Het moet bevatten:',
  'error.passwordHistory':
    'Je hebt dit wachtwoord al eerder gebruikt. Kies er een dat je de laatste tijd niet hebt gebruikt.',
  'error.passwordDictionary': 'Dit wachtwoord komt te vaak voor. Kies er een dat moeilijker te raden is.',
  'error.passwordNoUserInfo': 'Dit wachtwoord bevat je persoonlijke gegevens. Kies een ander wachtwoord.',
  'error.passwordMismatch': 'De twee wachtwoorden komen niet overeen.',
  'error.invalidSignup':
    'We konden met deze gegevens geen account aanmaken. Heb je al een account? Log dan daarmee in.',
  'error.userExists': 'Er bestaat al een account met dit e-mailadres. Log daarmee in.',
  'error.csrf': 'Deze pagina is verlopen. Open de link uit je e-mail opnieuw.',
  'signedIn.title': 'Je bent ingelogd',
  'signedIn.body': 'Het inloggen is gelukt.',
  'field.email': 'E-mailadres',
  'field.password': 'Wachtwoord',
  'field.showPassword': 'Wachtwoord tonen',
  'field.hidePassword': 'Wachtwoord verbergen',
  'dialog.close': 'Sluiten',
  // The site's own `flashMessage` text, shown as given.
  'flash.text': '{description}',
  'logo.alt': '',
  'validation.emailRequired': 'Vul je e-mailadres in.',
  'validation.emailInvalid': 'Vul een e-mailadres in zoals naam@example.com.',
  'validation.passwordRequired': 'Vul je wachtwoord in.',
  'validation.passwordPolicy': 'Kies een wachtwoord dat aan alle eisen hieronder voldoet.',
  'validation.passwordMismatch': 'De twee wachtwoorden komen niet overeen.',
  'field.username': 'Gebruikersnaam',
  'field.usernameOrEmail': 'Gebruikersnaam of e-mailadres',
  'validation.usernameRequired': 'Vul je gebruikersnaam in.',
  'validation.usernameFormat': 'Gebruik {min} tot {max} letters, cijfers en de tekens _ . + -',
  'validation.choiceRequired': 'Kies een optie.',
  'validation.fieldInvalid': 'Controleer dit veld.',
  'validation.termsRequired': 'Accepteer de voorwaarden om je te registreren.',
  'signUp.terms': '',
  'signUp.acceptTerms': 'Ik accepteer de voorwaarden.',
  'field.choose': 'Kies…',
  'field.loading': 'Laden…',
  'field.loadFailed': 'De keuzes konden niet worden geladen. Probeer het later opnieuw.',
  'error.invalidCredentials': 'Onjuist e-mailadres of wachtwoord.',
  'error.tooManyAttempts':
    'Je account is geblokkeerd na te veel mislukte pogingen. In je e-mail lees je hoe je de blokkade opheft.',
  'error.blockedUser': 'Dit account is geblokkeerd. Neem contact op met de support van de website voor hulp.',
  'error.passwordLeaked':
    'Deze inlogpoging is geblokkeerd omdat je wachtwoord in een datalek is gevonden. In je e-mail lees je hoe je de blokkade opheft.',
  'error.mfaRequired': 'Voor dit account is meervoudige verificatie nodig, en dat kan dit inlogvenster nog niet.',
  'error.unauthorizedClient':
    'Deze applicatie mag niet inloggen met een wachtwoord. Neem contact op met de support van de website.',
  'error.accessDenied': 'Toegang geweigerd. {description}',
  'error.passwordChangeRequired':
    'Je moet je wachtwoord wijzigen voordat je kunt inloggen. Gebruik ‘Wachtwoord vergeten?’.',
  'error.requiresVerification': 'Bevestig je e-mailadres voordat je inlogt.',
  'error.invalidClient':
    'Deze applicatie is niet goed ingesteld (onbekende client). Neem contact op met de support van de website.',
  'error.connectionNotFound':
    'Deze applicatie is niet goed ingesteld (onbekende verbinding). Neem contact op met de support van de website.',
  'error.invalidRequest':
    'Het verzoek is geweigerd omdat het ongeldig is. Controleer wat je hebt ingevuld en probeer het opnieuw.',
  'error.rateLimitedPasswordChange':
    'Je hebt het maximale aantal pogingen om je wachtwoord te wijzigen bereikt. Probeer het {wait} opnieuw.',
  'error.rateLimited': 'Te veel pogingen. Probeer het {wait} opnieuw.',
  'error.server': 'Er is een probleem met de server. Probeer het zo meteen opnieuw.',
  'error.network': 'We kunnen de server niet bereiken. Controleer je verbinding en probeer het opnieuw.',
  'error.offline': 'Je bent offline. We versturen dit zodra je weer verbinding hebt.',
  'submit.wait': 'Opnieuw proberen {wait}',
  'error.timeout': 'De server deed er te lang over om te antwoorden. Probeer het opnieuw.',
  'error.unknown': 'Er is iets misgegaan. Probeer het opnieuw.',
} as const satisfies Dictionary;
