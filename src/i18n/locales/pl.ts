import type { Dictionary } from '../en';

/**
 * Polish. Second-person imperatives ("Podaj", "Spróbuj"), as Polish login pages use, and impersonal
 * forms ("Konto zostało…", "Nie udało się…") wherever a past-tense verb about the user would have
 * to pick a gender ("użyłeś/użyłaś"). Quotes „…”.
 * Counts inside policy rules use "label: {n}" so no noun has to agree with the number.
 *
 * A wait is Intl.RelativeTimeFormat's phrase, which has every Polish form ("za 1 sekundę",
 * "za 2 sekundy", "za 5 sekund", "za 22 sekundy").
 */
export const pl = {
  'login.title': 'Logowanie',
  'login.subtitle': 'Witamy ponownie. Zaloguj się, aby kontynuować.',
  'login.submit': 'Zaloguj się',
  'login.pending': 'Logowanie…',
  'login.forgotLink': 'Nie pamiętasz hasła?',
  'forgot.title': 'Resetowanie hasła',
  'forgot.instructions': 'Podaj swój adres e-mail, a wyślemy Ci link do zresetowania hasła.',
  'forgot.submit': 'Wyślij e-mail',
  'forgot.pending': 'Wysyłanie…',
  'forgot.back': 'Wróć do logowania',
  'forgot.success': 'Wysłaliśmy Ci wiadomość e-mail z linkiem do zresetowania hasła.',
  'unrecoverable.title': 'Logowanie jest niedostępne',
  'unrecoverable.body':
    'Nie udało się uruchomić okna logowania. Spróbuj ponownie później lub skontaktuj się z pomocą techniczną witryny.',
  'switch.noAccount': 'Nie masz konta?',
  'switch.signUp': 'Zarejestruj się',
  'switch.haveAccount': 'Masz już konto?',
  'switch.logIn': 'Zaloguj się',
  'signUp.title': 'Utwórz konto',
  'signUp.subtitle': 'Zarejestruj się, podając adres e-mail.',
  'signUp.submit': 'Zarejestruj się',
  'signUp.pending': 'Rejestrowanie…',
  'signUp.success': 'Konto zostało utworzone. Możesz się teraz zalogować.',
  'reset.title': 'Ustaw nowe hasło',
  'reset.subtitle': 'Wpisz nowe hasło do konta {email}.',
  'reset.subtitleNoEmail': 'Wpisz nowe hasło do swojego konta.',
  'reset.submit': 'Zmień hasło',
  'reset.pending': 'Zmienianie hasła…',
  'reset.success': 'Hasło zostało zmienione. Możesz się teraz zalogować, używając nowego hasła.',
  'reset.newLink': 'Wyślij mi nowy link',
  'reset.linkExpired': 'Ten link wygasł. Poproś o nową wiadomość e-mail, aby zresetować hasło.',
  'reset.linkUsed':
    'Ten link został już użyty. Jeśli nadal chcesz zresetować hasło, poproś o nową wiadomość e-mail.',
  'reset.linkInvalid':
    'Ten link jest już nieważny: mogła go zastąpić nowsza wiadomość e-mail. Poproś o nową wiadomość.',
  'field.newPassword': 'Nowe hasło',
  'field.confirmPassword': 'Potwierdź nowe hasło',
  'policy.label': 'Hasło musi spełniać te wymagania:',
  'policy.met': 'spełnione',
  'policy.notMet': 'niespełnione',
  'policy.nonEmpty': 'Co najmniej 1 znak',
  'policy.lengthAtLeast': 'Minimalna liczba znaków: {n}',
  'policy.shouldContain': 'Wszystkie z poniższych:',
  'policy.containsAtLeast': 'Co najmniej {n} z tych {total} rodzajów znaków:',
  'policy.identicalChars': 'Maksymalna liczba identycznych znaków z rzędu: {n}',
  'policy.lowerCase': 'Małe litery (a–z)',
  'policy.upperCase': 'Wielkie litery (A–Z)',
  'policy.numbers': 'Cyfry (0–9)',
  'policy.specialCharacters': 'Znaki specjalne (np. !@#$%^&*)',
  'error.passwordStrength': 'To hasło jest za słabe. Musi spełniać te wymagania:',
  'error.passwordHistory': 'To hasło było już używane. Wybierz inne, którego nie używano ostatnio.',
  'error.passwordDictionary': 'To hasło jest zbyt popularne. Wybierz takie, które trudniej odgadnąć.',
  'error.passwordNoUserInfo': 'To hasło zawiera Twoje dane osobowe. Wybierz inne.',
  'error.passwordMismatch': 'Hasła nie są takie same.',
  'error.invalidSignup': 'Nie udało się utworzyć konta z tymi danymi. Jeśli masz już konto, zaloguj się.',
  'error.userExists': 'Konto z tym adresem e-mail już istnieje. Zaloguj się.',
  'error.csrf': 'Ta strona wygasła. Otwórz ponownie link z wiadomości e-mail.',
  'signedIn.title': 'Zalogowano',
  'signedIn.body': 'Logowanie przebiegło pomyślnie.',
  'field.email': 'Adres e-mail',
  'field.password': 'Hasło',
  'field.showPassword': 'Pokaż hasło',
  'field.hidePassword': 'Ukryj hasło',
  'dialog.close': 'Zamknij',
  // The site's own `flashMessage` text, shown as given.
  'flash.text': '{description}',
  'logo.alt': '',
  'validation.emailRequired': 'Podaj adres e-mail.',
  'validation.emailInvalid': 'Podaj adres e-mail w formacie nazwa@example.com.',
  'validation.passwordRequired': 'Podaj hasło.',
  'validation.passwordPolicy': 'Wybierz hasło, które spełnia wszystkie poniższe wymagania.',
  'validation.passwordMismatch': 'Hasła nie są takie same.',
  'error.invalidCredentials': 'Nieprawidłowy adres e-mail lub hasło.',
  'error.tooManyAttempts':
    'Konto zostało zablokowane po zbyt wielu nieudanych próbach. Instrukcję odblokowania znajdziesz w wiadomości e-mail.',
  'error.blockedUser': 'To konto jest zablokowane. Aby uzyskać pomoc, skontaktuj się z pomocą techniczną witryny.',
  'error.passwordLeaked':
    'To logowanie zostało zablokowane, ponieważ Twoje hasło znaleziono w wycieku danych. Instrukcję odblokowania znajdziesz w wiadomości e-mail.',
  'error.mfaRequired':
    'To konto wymaga uwierzytelniania wieloskładnikowego, którego to okno logowania jeszcze nie obsługuje.',
  'error.unauthorizedClient':
    'Ta aplikacja nie ma uprawnień do logowania hasłem. Skontaktuj się z pomocą techniczną witryny.',
  'error.accessDenied': 'Odmowa dostępu. {description}',
  'error.passwordChangeRequired':
    'Przed zalogowaniem musisz zmienić hasło. Użyj opcji „Nie pamiętasz hasła?”.',
  'error.requiresVerification': 'Przed zalogowaniem potwierdź swój adres e-mail.',
  'error.invalidClient':
    'Ta aplikacja jest nieprawidłowo skonfigurowana (nieznany klient). Skontaktuj się z pomocą techniczną witryny.',
  'error.connectionNotFound':
    'Ta aplikacja jest nieprawidłowo skonfigurowana (nieznane połączenie). Skontaktuj się z pomocą techniczną witryny.',
  'error.invalidRequest': 'Żądanie zostało odrzucone jako nieprawidłowe. Sprawdź wprowadzone dane i spróbuj ponownie.',
  'error.rateLimitedPasswordChange': 'Osiągnięto limit prób zmiany hasła. Spróbuj ponownie {wait}.',
  'error.rateLimited': 'Zbyt wiele prób. Spróbuj ponownie {wait}.',
  'error.server': 'Wystąpił problem z serwerem. Spróbuj ponownie za chwilę.',
  'error.network': 'Nie udało się połączyć z serwerem. Sprawdź połączenie i spróbuj ponownie.',
  'error.offline': 'Brak połączenia z internetem. Wyślemy żądanie, gdy tylko połączenie wróci.',
  'submit.wait': 'Spróbuj ponownie {wait}',
  'error.timeout': 'Serwer zbyt długo nie odpowiadał. Spróbuj ponownie.',
  'error.unknown': 'Coś poszło nie tak. Spróbuj ponownie.',
} as const satisfies Dictionary;
