import type { Dictionary } from '../en';

/**
 * Arabic (Modern Standard). Right-to-left; Arabic punctuation (، ؟) and « » for a quoted label.
 * Instructions use the imperative that Arabic interfaces use by convention ("أدخِل") or the
 * impersonal "يُرجى"; numbers filled into placeholders stay Western digits, as the widget gives them.
 * Counts inside policy rules use "label: {n}" so no noun has to agree with the number
 * (Arabic noun forms change for 3–10 and for 11+).
 *
 * Plurals: Arabic has zero, one, two, few (3–10, 103–110…), many (11–99…) and other (100–102…).
 * The key set has only `.one` and `.other`; every count but 1 falls to `.other`, which holds the
 * singular noun that "many" and "other" counts take ("30 ثانية", "100 ثانية"). Counts of 2 need the
 * dual and counts of 3–10 the plural ("5 ثوانٍ"), which this key set cannot hold.
 */
export const ar = {
  'login.title': 'تسجيل الدخول',
  'login.subtitle': 'مرحبًا بعودتك. سجِّل الدخول للمتابعة.',
  'login.submit': 'تسجيل الدخول',
  'login.pending': 'جارٍ تسجيل الدخول…',
  'login.forgotLink': 'هل نسيت كلمة المرور؟',
  'forgot.title': 'إعادة تعيين كلمة المرور',
  'forgot.instructions': 'أدخِل عنوان بريدك الإلكتروني وسنرسل إليك رابطًا لإعادة تعيين كلمة المرور.',
  'forgot.submit': 'إرسال الرسالة',
  'forgot.pending': 'جارٍ الإرسال…',
  'forgot.back': 'العودة إلى تسجيل الدخول',
  'forgot.success': 'أرسلنا إليك للتو رسالة بريد إلكتروني لإعادة تعيين كلمة المرور.',
  'unrecoverable.title': 'تسجيل الدخول غير متاح',
  'unrecoverable.body':
    'تعذّر تشغيل مربع تسجيل الدخول هذا. يُرجى المحاولة مرة أخرى لاحقًا، أو التواصل مع فريق دعم الموقع.',
  'switch.noAccount': 'ليس لديك حساب؟',
  'switch.signUp': 'أنشئ حسابًا',
  'switch.haveAccount': 'لديك حساب بالفعل؟',
  'switch.logIn': 'سجِّل الدخول',
  'signUp.title': 'أنشئ حسابك',
  'signUp.subtitle': 'أنشئ حسابًا باستخدام عنوان بريدك الإلكتروني.',
  'signUp.submit': 'إنشاء حساب',
  'signUp.pending': 'جارٍ إنشاء الحساب…',
  'signUp.success': 'تم إنشاء حسابك. يمكنك الآن تسجيل الدخول.',
  'reset.title': 'اختيار كلمة مرور جديدة',
  'reset.subtitle': 'أدخِل كلمة مرور جديدة للحساب {email}.',
  'reset.subtitleNoEmail': 'أدخِل كلمة مرور جديدة لحسابك.',
  'reset.submit': 'تغيير كلمة المرور',
  'reset.pending': 'جارٍ تغيير كلمة المرور…',
  'reset.success': 'تم تغيير كلمة المرور. يمكنك الآن تسجيل الدخول باستخدام كلمة المرور الجديدة.',
  'reset.newLink': 'أرسل لي رابطًا جديدًا',
  'reset.linkExpired': 'انتهت صلاحية هذا الرابط. اطلب رسالة جديدة لإعادة تعيين كلمة المرور.',
  'reset.linkUsed': 'سبق استخدام هذا الرابط. اطلب رسالة جديدة إذا كنت لا تزال بحاجة إلى إعادة تعيين كلمة المرور.',
  'reset.linkInvalid': 'لم يعد هذا الرابط صالحًا: ربما حلّت محله رسالة أحدث. اطلب رسالة جديدة.',
  'field.newPassword': 'كلمة المرور الجديدة',
  'field.confirmPassword': 'تأكيد كلمة المرور الجديدة',
  'policy.label': 'يجب أن تستوفي كلمة المرور ما يلي:',
  'policy.met': 'مستوفى',
  'policy.notMet': 'غير مستوفى',
  'policy.nonEmpty': 'حرف واحد على الأقل',
  'policy.lengthAtLeast': 'الحد الأدنى لعدد الأحرف: {n}',
  'policy.shouldContain': 'جميع ما يلي:',
  'policy.containsAtLeast': '{n} على الأقل من أنواع الأحرف التالية (وعددها {total}):',
  'policy.identicalChars': 'الحد الأقصى للأحرف المتطابقة المتتالية: {n}',
  'policy.lowerCase': 'أحرف لاتينية صغيرة (a–z)',
  'policy.upperCase': 'أحرف لاتينية كبيرة (A–Z)',
  'policy.numbers': 'أرقام (0–9)',
  'policy.specialCharacters': 'رموز خاصة (مثل !@#$%^&*)',
  'error.passwordStrength': 'كلمة المرور هذه ضعيفة جدًا. يجب أن تستوفي ما يلي:',
  'error.passwordHistory': 'سبق لك استخدام كلمة المرور هذه. اختر كلمة مرور لم تستخدمها مؤخرًا.',
  'error.passwordDictionary': 'كلمة المرور هذه شائعة جدًا. اختر كلمة مرور يصعب تخمينها.',
  'error.passwordNoUserInfo': 'تحتوي كلمة المرور هذه على معلوماتك الشخصية. اختر كلمة مرور أخرى.',
  'error.passwordMismatch': 'كلمتا المرور غير متطابقتين.',
  'error.invalidSignup':
    'تعذّر إنشاء حساب بهذه البيانات. إذا كان لديك حساب بالفعل، فسجِّل الدخول إليه بدلًا من ذلك.',
  'error.userExists': 'يوجد حساب بهذا البريد الإلكتروني بالفعل. سجِّل الدخول إليه بدلًا من ذلك.',
  'error.csrf': 'انتهت صلاحية هذه الصفحة. افتح الرابط الموجود في رسالة البريد الإلكتروني مرة أخرى.',
  'signedIn.title': 'تم تسجيل دخولك',
  'signedIn.body': 'تم تسجيل الدخول بنجاح.',
  'field.email': 'البريد الإلكتروني',
  'field.password': 'كلمة المرور',
  'field.showPassword': 'إظهار كلمة المرور',
  'field.hidePassword': 'إخفاء كلمة المرور',
  'dialog.close': 'إغلاق',
  'logo.alt': '',
  'validation.emailRequired': 'أدخِل عنوان بريدك الإلكتروني.',
  'validation.emailInvalid': 'أدخِل عنوان بريد إلكتروني صالحًا، مثل name@example.com.',
  'validation.passwordRequired': 'أدخِل كلمة المرور.',
  'validation.passwordPolicy': 'اختر كلمة مرور تستوفي جميع المتطلبات أدناه.',
  'validation.passwordMismatch': 'كلمتا المرور غير متطابقتين.',
  'error.invalidCredentials': 'البريد الإلكتروني أو كلمة المرور غير صحيحة.',
  'error.tooManyAttempts':
    'تم حظر حسابك بعد محاولات فاشلة كثيرة. راجع بريدك الإلكتروني لمعرفة كيفية إلغاء الحظر.',
  'error.blockedUser': 'هذا الحساب محظور. تواصل مع فريق دعم الموقع للحصول على المساعدة.',
  'error.passwordLeaked':
    'تم حظر تسجيل الدخول هذا لأن كلمة المرور الخاصة بك ظهرت في تسريب للبيانات. راجع بريدك الإلكتروني لمعرفة كيفية إلغاء الحظر.',
  'error.mfaRequired': 'يتطلب هذا الحساب مصادقة متعددة العوامل، وهي غير مدعومة بعد في مربع تسجيل الدخول هذا.',
  'error.unauthorizedClient': 'هذا التطبيق غير مسموح له بتسجيل الدخول بكلمة مرور. تواصل مع فريق دعم الموقع.',
  'error.accessDenied': 'تم رفض الوصول. {description}',
  'error.passwordChangeRequired': 'يجب تغيير كلمة المرور قبل تسجيل الدخول. استخدم «هل نسيت كلمة المرور؟».',
  'error.requiresVerification': 'أكِّد عنوان بريدك الإلكتروني قبل تسجيل الدخول.',
  'error.invalidClient': 'هذا التطبيق غير مُعدّ بشكل صحيح (عميل غير معروف). تواصل مع فريق دعم الموقع.',
  'error.connectionNotFound': 'هذا التطبيق غير مُعدّ بشكل صحيح (اتصال غير معروف). تواصل مع فريق دعم الموقع.',
  'error.invalidRequest': 'تم رفض الطلب لأنه غير صالح. تحقق مما أدخلته وحاول مرة أخرى.',
  'error.rateLimitedPasswordChange':
    'لقد بلغت الحد الأقصى لمحاولات تغيير كلمة المرور. يُرجى الانتظار {wait} قبل المحاولة مرة أخرى.',
  'error.rateLimited': 'محاولات كثيرة جدًا. يُرجى الانتظار {wait} قبل المحاولة مرة أخرى.',
  'error.server': 'حدثت مشكلة في الخادم. يُرجى المحاولة مرة أخرى بعد قليل.',
  'error.network': 'تعذّر الوصول إلى الخادم. تحقق من اتصالك وحاول مرة أخرى.',
  'error.offline': 'أنت غير متصل بالإنترنت. سنرسل طلبك فور عودة الاتصال.',
  'submit.wait': 'أعد المحاولة بعد {wait}',
  'error.timeout': 'استغرق الخادم وقتًا طويلًا للرد. يُرجى المحاولة مرة أخرى.',
  'error.unknown': 'حدث خطأ ما. يُرجى المحاولة مرة أخرى.',
  'time.seconds.one': '{n} ثانية',
  // Right for 11–99 and 100–102 ("many", "other"); 2 needs "ثانيتين" and 3–10 "{n} ثوانٍ", which this key set cannot hold.
  'time.seconds.other': '{n} ثانية',
  'time.minutes.one': '{n} دقيقة',
  // Right for 11+; 2 needs "دقيقتين" and 3–10 "{n} دقائق".
  'time.minutes.other': '{n} دقيقة',
} as const satisfies Dictionary;
