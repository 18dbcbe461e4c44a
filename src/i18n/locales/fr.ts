import type { Dictionary } from '../en';

/**
 * French. Formal address ("vous"). French typography: a narrow no-break space (U+202F) before ? ! ;
 * and a no-break space (U+00A0) before : and inside « », and between a number and its unit, so
 * punctuation never wraps onto a line of its own. The escapes keep those spaces visible in review.
 * Gendered forms about the user ("connecté·e") are avoided by wording, not by inclusive spelling.
 * A wait is Intl.RelativeTimeFormat's phrase (« dans 30 secondes »). Counts that would need a singular
 * for 1 are worded as "label : {n}" or with the invariable « fois ».
 */
export const fr = {
  'login.title': 'Connexion',
  'login.subtitle': 'Bon retour parmi nous. Connectez-vous pour continuer.',
  'login.submit': 'Se connecter',
  'login.pending': 'Connexion en cours…',
  'login.forgotLink': 'Mot de passe oublié\u202F?',
  'lastLogin.instructions': 'La dernière fois, vous vous êtes connecté avec',
  'lastLogin.notYou': 'Ce n’est pas votre compte\u202F?',
  'forgot.title': 'Réinitialiser votre mot de passe',
  'forgot.instructions':
    'Saisissez votre adresse e-mail et nous vous enverrons un lien pour réinitialiser votre mot de passe.',
  'forgot.submit': 'Envoyer l’e-mail',
  'forgot.pending': 'Envoi en cours…',
  'forgot.back': 'Retour à la connexion',
  'forgot.success': 'Nous venons de vous envoyer un e-mail pour réinitialiser votre mot de passe.',
  'unrecoverable.title': 'Connexion indisponible',
  'unrecoverable.body':
    'Ce module de connexion n’a pas pu démarrer. Veuillez réessayer plus tard ou contacter l’assistance du site.',
  'switch.noAccount': 'Vous n’avez pas de compte\u202F?',
  'switch.signUp': 'Inscrivez-vous',
  'switch.haveAccount': 'Vous avez déjà un compte\u202F?',
  'switch.logIn': 'Connectez-vous',
  'signUp.title': 'Créer votre compte',
  'signUp.subtitle': 'Inscrivez-vous avec votre adresse e-mail.',
  'signUp.submit': 'S’inscrire',
  'signUp.pending': 'Inscription en cours…',
  'signUp.success': 'Votre compte a été créé. Vous pouvez maintenant vous connecter.',
  'reset.title': 'Choisir un nouveau mot de passe',
  'reset.subtitle': 'Saisissez un nouveau mot de passe pour {email}.',
  'reset.subtitleNoEmail': 'Saisissez un nouveau mot de passe pour votre compte.',
  'reset.submit': 'Modifier le mot de passe',
  'reset.pending': 'Modification en cours…',
  'reset.success':
    'Votre mot de passe a été modifié. Vous pouvez maintenant vous connecter avec le nouveau mot de passe.',
  'reset.newLink': 'M’envoyer un nouveau lien',
  'reset.linkExpired': 'Ce lien a expiré. Demandez un nouvel e-mail pour réinitialiser votre mot de passe.',
  'reset.linkUsed':
    'Ce lien a déjà été utilisé. Demandez un nouvel e-mail si vous devez encore réinitialiser votre mot de passe.',
  'reset.linkInvalid':
    'Ce lien n’est plus valide\u00A0: un e-mail plus récent l’a peut-être remplacé. Demandez un nouvel e-mail.',
  'field.newPassword': 'Nouveau mot de passe',
  'field.confirmPassword': 'Confirmer le nouveau mot de passe',
  'policy.label': 'Votre mot de passe doit comporter\u00A0:',
  'policy.met': 'respecté',
  'policy.notMet': 'non respecté',
  'policy.nonEmpty': 'Au moins 1\u00A0caractère',
  'policy.lengthAtLeast': 'Nombre minimal de caractères\u00A0: {n}',
  'policy.shouldContain': 'Tous les éléments suivants\u00A0:',
  'policy.containsAtLeast': 'Au moins {n} de ces {total}\u00A0types de caractères\u00A0:',
  'policy.identicalChars': 'Pas plus de {n}\u00A0fois le même caractère à la suite',
  'policy.lowerCase': 'Lettres minuscules (a–z)',
  'policy.upperCase': 'Lettres majuscules (A–Z)',
  'policy.numbers': 'Chiffres (0–9)',
  'policy.specialCharacters': 'Caractères spéciaux (par exemple !@#$%^&*)',
  'error.passwordStrength': 'Ce mot de passe est trop faible. Il doit comporter\u00A0:',
  'error.passwordHistory':
    'Vous avez déjà utilisé ce mot de passe. Choisissez-en un que vous n’avez pas utilisé récemment.',
  'error.passwordDictionary': 'Ce mot de passe est trop courant. Choisissez-en un plus difficile à deviner.',
  'error.passwordNoUserInfo': 'Ce mot de passe contient vos informations personnelles. Choisissez-en un autre.',
  'error.passwordMismatch': 'Les deux mots de passe ne correspondent pas.',
  'error.invalidSignup':
    'Nous n’avons pas pu créer de compte avec ces informations. Si vous avez déjà un compte, connectez-vous plutôt.',
  'error.userExists': 'Un compte existe déjà avec cette adresse e-mail. Connectez-vous plutôt.',
  'error.csrf': 'Cette page a expiré. Ouvrez de nouveau le lien reçu par e-mail.',
  'signedIn.title': 'Connexion réussie',
  'signedIn.body': 'La connexion a bien été effectuée.',
  'field.email': 'Adresse e-mail',
  'field.password': 'Mot de passe',
  'field.showPassword': 'Afficher le mot de passe',
  'field.hidePassword': 'Masquer le mot de passe',
  'dialog.close': 'Fermer',
  // The site's own `flashMessage` text, shown as given.
  'flash.text': '{description}',
  'logo.alt': '',
  'validation.emailRequired': 'Saisissez votre adresse e-mail.',
  'validation.emailInvalid': 'Saisissez une adresse e-mail de la forme nom@example.com.',
  'validation.passwordRequired': 'Saisissez votre mot de passe.',
  'validation.passwordPolicy': 'Choisissez un mot de passe qui respecte toutes les exigences ci-dessous.',
  'validation.passwordMismatch': 'Les deux mots de passe ne correspondent pas.',
  'field.username': 'Nom d’utilisateur',
  'field.usernameOrEmail': 'Nom d’utilisateur ou adresse e-mail',
  'validation.usernameRequired': 'Saisissez votre nom d’utilisateur.',
  'validation.usernameFormat': 'Utilisez de {min} à {max} lettres, chiffres et les caractères _ . + -',
  'validation.choiceRequired': 'Choisissez une option.',
  'validation.fieldInvalid': 'Vérifiez ce champ.',
  'validation.termsRequired': 'Acceptez les conditions pour vous inscrire.',
  'signUp.terms': '',
  'signUp.acceptTerms': 'J’accepte les conditions.',
  'field.choose': 'Choisir…',
  'field.loading': 'Chargement…',
  'field.loadFailed': 'Les choix n’ont pas pu être chargés. Veuillez réessayer plus tard.',
  'error.invalidCredentials': 'Adresse e-mail ou mot de passe incorrect.',
  'error.tooManyAttempts':
    'Votre compte a été bloqué après trop de tentatives infructueuses. Consultez vos e-mails pour savoir comment le débloquer.',
  'error.blockedUser': 'Ce compte est bloqué. Contactez l’assistance du site pour obtenir de l’aide.',
  'error.passwordLeaked':
    'Cette connexion a été bloquée, car votre mot de passe a été trouvé dans une fuite de données. Consultez vos e-mails pour savoir comment la débloquer.',
  'error.mfaRequired':
    'Ce compte nécessite une authentification multifacteur, que ce module de connexion ne prend pas encore en charge.',
  'error.unauthorizedClient':
    'Cette application n’est pas autorisée à se connecter avec un mot de passe. Contactez l’assistance du site.',
  'error.accessDenied': 'Accès refusé. {description}',
  'error.passwordChangeRequired':
    'Vous devez changer votre mot de passe avant de pouvoir vous connecter. Utilisez «\u00A0Mot de passe oublié\u202F?\u00A0».',
  'error.requiresVerification': 'Vérifiez votre adresse e-mail avant de vous connecter.',
  'error.invalidClient':
    'Cette application n’est pas correctement configurée (client inconnu). Contactez l’assistance du site.',
  'error.connectionNotFound':
    'Cette application n’est pas correctement configurée (connexion inconnue). Contactez l’assistance du site.',
  'error.invalidRequest': 'La requête a été refusée, car elle n’est pas valide. Vérifiez votre saisie et réessayez.',
  'error.rateLimitedPasswordChange':
    'Vous avez atteint la limite de tentatives de changement de mot de passe. Veuillez réessayer {wait}.',
  'error.rateLimited': 'Trop de tentatives. Veuillez réessayer {wait}.',
  'error.server': 'Le serveur a rencontré un problème. Veuillez réessayer dans un instant.',
  'error.network': 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
  'error.offline': 'Vous êtes hors ligne. Nous enverrons votre demande dès que la connexion sera rétablie.',
  'submit.wait': 'Réessayer {wait}',
  'error.timeout': 'Le serveur a mis trop de temps à répondre. Veuillez réessayer.',
  'error.unknown': 'Une erreur s’est produite. Veuillez réessayer.',
} as const satisfies Dictionary;
