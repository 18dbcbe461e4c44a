import type { Dictionary } from '../en';

/**
 * Italian. Informal "tu", as modern Italian apps use; quotes « »; "email" and "password" are the
 * words Italian users see on every login page, so they stay.
 * A wait is Intl.RelativeTimeFormat's phrase ("tra 30 secondi"). Counts that would need a singular for 1
 * are worded as "label: {n}".
 */
export const it = {
  'login.title': 'Accedi',
  'login.subtitle': 'Che bello rivederti. Accedi per continuare.',
  'login.submit': 'Accedi',
  'login.pending': 'Accesso in corso…',
  'login.forgotLink': 'Hai dimenticato la password?',
  'forgot.title': 'Reimposta la password',
  'forgot.instructions': 'Inserisci il tuo indirizzo email e ti invieremo un link per reimpostare la password.',
  'forgot.submit': 'Invia email',
  'forgot.pending': 'Invio in corso…',
  'forgot.back': 'Torna all’accesso',
  'forgot.success': 'Ti abbiamo appena inviato un’email per reimpostare la password.',
  'unrecoverable.title': 'Accesso non disponibile',
  'unrecoverable.body':
    'Non è stato possibile avviare questa finestra di accesso. Riprova più tardi o contatta l’assistenza del sito.',
  'switch.noAccount': 'Non hai un account?',
  'switch.signUp': 'Registrati',
  'switch.haveAccount': 'Hai già un account?',
  'switch.logIn': 'Accedi',
  'signUp.title': 'Crea il tuo account',
  'signUp.subtitle': 'Registrati con il tuo indirizzo email.',
  'signUp.submit': 'Registrati',
  'signUp.pending': 'Registrazione in corso…',
  'signUp.success': 'Il tuo account è stato creato. Ora puoi accedere.',
  'reset.title': 'Scegli una nuova password',
  'reset.subtitle': 'Inserisci una nuova password per {email}.',
  'reset.subtitleNoEmail': 'Inserisci una nuova password per il tuo account.',
  'reset.submit': 'Cambia password',
  'reset.pending': 'Modifica della password in corso…',
  'reset.success': 'La password è stata cambiata. Ora puoi accedere con la nuova password.',
  'reset.newLink': 'Inviami un nuovo link',
  'reset.linkExpired': 'Questo link è scaduto. Richiedi una nuova email per reimpostare la password.',
  'reset.linkUsed': 'Questo link è già stato usato. Richiedi una nuova email se devi ancora reimpostare la password.',
  'reset.linkInvalid':
    'Questo link non è più valido: potrebbe essere stato sostituito da un’email più recente. Richiedi una nuova email.',
  'field.newPassword': 'Nuova password',
  'field.confirmPassword': 'Conferma la nuova password',
  'policy.label': 'La password deve contenere:',
  'policy.met': 'soddisfatto',
  'policy.notMet': 'non soddisfatto',
  'policy.nonEmpty': 'Almeno 1 carattere',
  'policy.lengthAtLeast': 'Numero minimo di caratteri: {n}',
  'policy.shouldContain': 'Tutti i seguenti:',
  'policy.containsAtLeast': 'Almeno {n} di questi {total} tipi di carattere:',
  'policy.identicalChars': 'Numero massimo di caratteri identici consecutivi: {n}',
  'policy.lowerCase': 'Lettere minuscole (a–z)',
  'policy.upperCase': 'Lettere maiuscole (A–Z)',
  'policy.numbers': 'Numeri (0–9)',
  'policy.specialCharacters': 'Caratteri speciali (ad esempio !@#$%^&*)',
  'error.passwordStrength': 'Questa password è troppo debole. Deve contenere:',
  'error.passwordHistory': 'Hai già usato questa password. Scegline una che non hai usato di recente.',
  'error.passwordDictionary': 'Questa password è troppo comune. Scegline una più difficile da indovinare.',
  'error.passwordNoUserInfo': 'Questa password contiene i tuoi dati personali. Scegline un’altra.',
  'error.passwordMismatch': 'Le due password non corrispondono.',
  'error.invalidSignup':
    'Non è stato possibile creare un account con questi dati. Se hai già un account, accedi con quello.',
  'error.userExists': 'Esiste già un account con questa email. Accedi con quello.',
  'error.csrf': 'Questa pagina è scaduta. Apri di nuovo il link che hai ricevuto via email.',
  'signedIn.title': 'Accesso effettuato',
  'signedIn.body': 'Hai effettuato l’accesso.',
  'field.email': 'Email',
  'field.password': 'Password',
  'field.showPassword': 'Mostra password',
  'field.hidePassword': 'Nascondi password',
  'dialog.close': 'Chiudi',
  // The site's own `flashMessage` text, shown as given.
  'flash.text': '{description}',
  'logo.alt': '',
  'validation.emailRequired': 'Inserisci il tuo indirizzo email.',
  'validation.emailInvalid': 'Inserisci un indirizzo email come nome@example.com.',
  'validation.passwordRequired': 'Inserisci la password.',
  'validation.passwordPolicy': 'Scegli una password che soddisfi tutti i requisiti qui sotto.',
  'validation.passwordMismatch': 'Le due password non corrispondono.',
  'error.invalidCredentials': 'Email o password non corretti.',
  'error.tooManyAttempts':
    'Il tuo account è stato bloccato dopo troppi tentativi non riusciti. Controlla la tua email per sapere come sbloccarlo.',
  'error.blockedUser': 'Questo account è bloccato. Contatta l’assistenza del sito per ricevere aiuto.',
  'error.passwordLeaked':
    'Questo accesso è stato bloccato perché la tua password è stata trovata in una violazione di dati. Controlla la tua email per sapere come sbloccarlo.',
  'error.mfaRequired':
    'Questo account richiede l’autenticazione a più fattori, che questa finestra di accesso non supporta ancora.',
  'error.unauthorizedClient':
    'Questa applicazione non è autorizzata ad accedere con una password. Contatta l’assistenza del sito.',
  'error.accessDenied': 'Accesso negato. {description}',
  'error.passwordChangeRequired':
    'Devi cambiare la password prima di poter accedere. Usa «Hai dimenticato la password?».',
  'error.requiresVerification': 'Verifica il tuo indirizzo email prima di accedere.',
  'error.invalidClient':
    'Questa applicazione non è configurata correttamente (client sconosciuto). Contatta l’assistenza del sito.',
  'error.connectionNotFound':
    'Questa applicazione non è configurata correttamente (connessione sconosciuta). Contatta l’assistenza del sito.',
  'error.invalidRequest': 'La richiesta è stata rifiutata perché non valida. Controlla i dati inseriti e riprova.',
  'error.rateLimitedPasswordChange': 'Hai raggiunto il limite di tentativi di modifica della password. Riprova {wait}.',
  'error.rateLimited': 'Troppi tentativi. Riprova {wait}.',
  'error.server': 'Si è verificato un problema sul server. Riprova tra poco.',
  'error.network': 'Impossibile raggiungere il server. Controlla la connessione e riprova.',
  'error.offline': 'Sei offline. Invieremo la richiesta appena la connessione sarà ripristinata.',
  'submit.wait': 'Riprova {wait}',
  'error.timeout': 'Il server ha impiegato troppo tempo a rispondere. Riprova.',
  'error.unknown': 'Si è verificato un errore. Riprova.',
} as const satisfies Dictionary;
