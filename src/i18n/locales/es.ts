import type { Dictionary } from '../en';

/**
 * Spanish. Informal "tú", as most Spanish-language apps and login pages use; inverted ¿ ¡ and
 * angle quotes « ». Vocabulary kept neutral between Spain and Latin America where a common word
 * exists ("correo electrónico", "contraseña", "restablecer").
 * A wait is Intl.RelativeTimeFormat's phrase ("dentro de 30 segundos"). Counts that would need a
 * singular for 1 are worded as "label: {n}".
 */
export const es = {
  'login.title': 'Iniciar sesión',
  'login.subtitle': 'Te damos la bienvenida de nuevo. Inicia sesión para continuar.',
  'login.submit': 'Iniciar sesión',
  'login.pending': 'Iniciando sesión…',
  'login.forgotLink': '¿Olvidaste tu contraseña?',
  'lastLogin.instructions': 'La última vez iniciaste sesión con',
  'lastLogin.notYou': '¿No es tu cuenta?',
  'forgot.title': 'Restablece tu contraseña',
  'forgot.instructions':
    'Escribe tu dirección de correo electrónico y te enviaremos un enlace para restablecer tu contraseña.',
  'forgot.submit': 'Enviar correo',
  'forgot.pending': 'Enviando…',
  'forgot.back': 'Volver a iniciar sesión',
  'forgot.success': 'Te acabamos de enviar un correo para restablecer tu contraseña.',
  'unrecoverable.title': 'No se puede iniciar sesión',
  'unrecoverable.body':
    'No se pudo cargar este cuadro de inicio de sesión. Vuelve a intentarlo más tarde o ponte en contacto con el soporte del sitio.',
  'switch.noAccount': '¿No tienes una cuenta?',
  'switch.signUp': 'Regístrate',
  'switch.haveAccount': '¿Ya tienes una cuenta?',
  'switch.logIn': 'Inicia sesión',
  'signUp.title': 'Crea tu cuenta',
  'signUp.subtitle': 'Regístrate con tu dirección de correo electrónico.',
  'signUp.submit': 'Registrarse',
  'signUp.pending': 'Registrando…',
  'signUp.success': 'Tu cuenta se ha creado. Ya puedes iniciar sesión.',
  'reset.title': 'Elige una nueva contraseña',
  'reset.subtitle': 'Escribe una nueva contraseña para {email}.',
  'reset.subtitleNoEmail': 'Escribe una nueva contraseña para tu cuenta.',
  'reset.submit': 'Cambiar contraseña',
  'reset.pending': 'Cambiando contraseña…',
  'reset.success': 'Tu contraseña se ha cambiado. Ya puedes iniciar sesión con la nueva contraseña.',
  'reset.newLink': 'Envíame un nuevo enlace',
  'reset.linkExpired': 'Este enlace ha caducado. Solicita un nuevo correo para restablecer tu contraseña.',
  'reset.linkUsed':
    'Este enlace ya se ha utilizado. Solicita un nuevo correo si aún necesitas restablecer tu contraseña.',
  'reset.linkInvalid':
    'Este enlace ya no es válido: es posible que lo haya sustituido un correo más reciente. Solicita un nuevo correo.',
  'field.newPassword': 'Nueva contraseña',
  'field.confirmPassword': 'Confirma la nueva contraseña',
  'policy.label': 'Tu contraseña debe tener:',
  'policy.met': 'cumplido',
  'policy.notMet': 'no cumplido',
  'policy.nonEmpty': 'Al menos 1 carácter',
  'policy.lengthAtLeast': 'Número mínimo de caracteres: {n}',
  'policy.shouldContain': 'Todos los siguientes:',
  'policy.containsAtLeast': 'Al menos {n} de estos {total} tipos de caracteres:',
  'policy.identicalChars': 'Máximo de caracteres idénticos seguidos: {n}',
  'policy.lowerCase': 'Letras minúsculas (a–z)',
  'policy.upperCase': 'Letras mayúsculas (A–Z)',
  'policy.numbers': 'Números (0–9)',
  'policy.specialCharacters': 'Caracteres especiales (como !@#$%^&*)',
  'error.passwordStrength': 'Esta contraseña es demasiado débil. Debe tener:',
  'error.passwordHistory': 'Ya has usado esta contraseña. Elige una que no hayas usado recientemente.',
  'error.passwordDictionary': 'Esta contraseña es demasiado común. Elige una que sea más difícil de adivinar.',
  'error.passwordNoUserInfo': 'Esta contraseña contiene tu información personal. Elige otra.',
  'error.passwordMismatch': 'Las dos contraseñas no coinciden.',
  'error.invalidSignup':
    'No hemos podido crear una cuenta con estos datos. Si ya tienes una cuenta, inicia sesión con ella.',
  'error.userExists': 'Ya existe una cuenta con este correo electrónico. Inicia sesión con ella.',
  'error.csrf': 'Esta página ha caducado. Vuelve a abrir el enlace de tu correo.',
  'signedIn.title': 'Has iniciado sesión',
  'signedIn.body': 'El inicio de sesión se ha completado correctamente.',
  'field.email': 'Correo electrónico',
  'field.password': 'Contraseña',
  'field.showPassword': 'Mostrar contraseña',
  'field.hidePassword': 'Ocultar contraseña',
  'dialog.close': 'Cerrar',
  // The site's own `flashMessage` text, shown as given.
  'flash.text': '{description}',
  'logo.alt': '',
  'validation.emailRequired': 'Escribe tu dirección de correo electrónico.',
  'validation.emailInvalid': 'Escribe una dirección de correo como nombre@example.com.',
  'validation.passwordRequired': 'Escribe tu contraseña.',
  'validation.passwordPolicy': 'Elige una contraseña que cumpla todos los requisitos que aparecen abajo.',
  'validation.passwordMismatch': 'Las dos contraseñas no coinciden.',
  'field.username': 'Nombre de usuario',
  'field.usernameOrEmail': 'Nombre de usuario o correo electrónico',
  'validation.usernameRequired': 'Introduce tu nombre de usuario.',
  'validation.usernameFormat': 'Usa de {min} a {max} letras, números y los caracteres _ . + -',
  'validation.choiceRequired': 'Elige una opción.',
  'validation.fieldInvalid': 'Revisa este campo.',
  'validation.termsRequired': 'Acepta los términos para registrarte.',
  'signUp.terms': '',
  'signUp.acceptTerms': 'Acepto los términos.',
  'field.choose': 'Elige…',
  'field.loading': 'Cargando…',
  'field.loadFailed': 'No se pudieron cargar las opciones. Inténtalo de nuevo más tarde.',
  'error.invalidCredentials': 'El correo electrónico o la contraseña no son correctos.',
  'error.tooManyAttempts':
    'Tu cuenta se ha bloqueado tras demasiados intentos fallidos. Revisa tu correo para saber cómo desbloquearla.',
  'error.blockedUser': 'Esta cuenta está bloqueada. Ponte en contacto con el soporte del sitio para obtener ayuda.',
  'error.passwordLeaked':
    'Se ha bloqueado este inicio de sesión porque tu contraseña apareció en una filtración de datos. Revisa tu correo para saber cómo desbloquearlo.',
  'error.mfaRequired':
    'Esta cuenta requiere autenticación multifactor, algo que este cuadro de inicio de sesión todavía no admite.',
  'error.unauthorizedClient':
    'Esta aplicación no tiene permiso para iniciar sesión con contraseña. Ponte en contacto con el soporte del sitio.',
  'error.accessDenied': 'Se ha denegado el acceso. {description}',
  'error.passwordChangeRequired':
    'Tienes que cambiar tu contraseña antes de iniciar sesión. Usa «¿Olvidaste tu contraseña?».',
  'error.requiresVerification': 'Verifica tu dirección de correo electrónico antes de iniciar sesión.',
  'error.invalidClient':
    'Esta aplicación no está bien configurada (cliente desconocido). Ponte en contacto con el soporte del sitio.',
  'error.connectionNotFound':
    'Esta aplicación no está bien configurada (conexión desconocida). Ponte en contacto con el soporte del sitio.',
  'error.invalidRequest':
    'La solicitud se ha rechazado por no ser válida. Revisa los datos que has escrito y vuelve a intentarlo.',
  'error.rateLimitedPasswordChange':
    'Has alcanzado el límite de intentos de cambio de contraseña. Vuelve a intentarlo {wait}.',
  'error.rateLimited': 'Demasiados intentos. Vuelve a intentarlo {wait}.',
  'error.server': 'El servidor ha tenido un problema. Vuelve a intentarlo en unos instantes.',
  'error.network': 'No hemos podido conectar con el servidor. Comprueba tu conexión y vuelve a intentarlo.',
  'error.offline': 'No tienes conexión. Lo enviaremos en cuanto vuelvas a estar en línea.',
  'submit.wait': 'Vuelve a intentarlo {wait}',
  'error.timeout': 'El servidor ha tardado demasiado en responder. Vuelve a intentarlo.',
  'error.unknown': 'Se ha producido un error. Vuelve a intentarlo.',
} as const satisfies Dictionary;
