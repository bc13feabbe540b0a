import * as faces from './messages/faces';
import * as overview from './messages/overview';
import * as labels from './messages/labels';
import * as persons from './messages/persons';
import * as review from './messages/review';
import * as search from './messages/search';
import * as sources from './messages/sources';

/** Every interface string, in English and Arabic. Keys are shared; a missing Arabic string falls back to English. */
const core = {
  'app.name': 'Athar',
  'app.tagline': 'Verification of detainee records',
  'nav.review': 'Triage',
  'nav.persons': 'Persons',
  'nav.sources': 'Sources',
  'nav.overview': 'Overview',
  'nav.audit': 'Audit',
  'nav.account': 'Account',
  'nav.users': 'Users',
  'nav.tip': 'Send a tip',
  'nav.signOut': 'Sign out',
  'lang.switch': 'العربية',
  'login.title': 'Sign in',
  'login.email': 'Email',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.failed': 'The email or password is not right.',
  'login.limited': 'Too many attempts. Wait 15 minutes and try again.',
  'login.expired': 'The sign-in form expired; please try again.',
  'account.title': 'Your account',
  'account.language': 'Interface language',
  'account.save': 'Save',
  'account.password': 'Change password',
  'account.current': 'Current password',
  'account.new': 'New password (at least 10 characters)',
  'account.changed': 'Your password was changed. Other sessions were signed out.',
  'account.changedTokens': 'Your password was changed. Other sessions were signed out and your API tokens revoked: create new ones below.',
  'account.display': 'Dates and numbers',
  'account.timeZone': 'Time zone (dates and times are shown in it)',
  'account.digits': 'Digits',
  'account.displayExample': 'Now',
  'account.displaySaved': 'Saved: dates and numbers are now shown your way.',
  'account.badTimeZone': 'That is not a time zone: choose one from the list, such as Asia/Damascus.',
  'account.keepTokens': 'Keep my API tokens working (otherwise they are revoked with the old password)',
  'account.wrongCurrent': 'The current password is not right.',
  'account.tokens': 'API tokens',
  'account.tokensHelp': 'For scripts and tools using the API (documented at /api/docs): send a token as "Authorization: Bearer <token>".',
  'account.tokenOnce': 'Your new token. Copy it now: it is shown only this once.',
  'account.tokenName': 'Name',
  'account.tokenCreated': 'Created',
  'account.tokenUsed': 'Last used',
  'account.createToken': 'Create a token',
  'account.revoke': 'Revoke',
  'account.tokenRevoked': 'The token was revoked.',
  'account.tokenRevokedAt': 'revoked {at}',
  'review.title': 'Triage queue',
  'review.empty': 'Nothing waits for review.',
  'review.open': 'Open',
  'review.claimedBy': 'Being reviewed by {name}',
  'review.mentions': { one: '{n} name', other: '{n} names' },
  'review.photos': 'photos',
  'review.filters': 'Filters',
  'review.sort.newest': 'Newest first',
  'review.sort.mentions': 'Most names first',
  'review.apply': 'Apply',
  'review.language': 'Language',
  'review.any': 'Any',
  'review.hasPhoto': 'With photos only',
  'review.takenElsewhere': 'Another reviewer has this post open. Choose another.',
  'post.source': 'Source',
  'post.published': 'Published',
  'post.collected': 'Collected',
  'post.sha256': 'sha256 of the raw item',
  'post.link': 'Original post',
  'post.videos': { one: 'The post has a video; its thumbnail is among the photos', other: 'The post has {n} videos; their thumbnails are among the photos' },
  'post.video': 'video {n}',
  'post.mentions': 'Names in this post',
  'post.noMentions': 'No names were found in this post.',
  'post.photos': 'Photos',
  'post.nearDuplicate': 'Re-posted elsewhere (distance {d})',
  'post.irrelevant': 'Not relevant',
  'post.relevant': 'Relevant, done',
  'post.release': 'Release',
  'post.status': 'Review status',
  'mention.role': 'Role',
  'mention.attributes': 'Facts',
  'mention.cues': 'Because of',
  'mention.suggestions': 'Could be',
  'mention.confirmNew': 'New person',
  'mention.confirmInto': 'Same person',
  'mention.reject': 'Not a person',
  'mention.status': 'Verdict',
  'mention.linked': 'Linked to {name}',
  'mention.noSuggestions': 'No known person matches.',
  'role.detainee': 'detained',
  'role.released': 'released',
  'role.missing': 'missing',
  'role.dead': 'died in detention',
  'role.relative': 'relative',
  'role.official': 'official',
  'role.other': 'other',
  'persons.title': 'Persons',
  'persons.search': 'Name in any script',
  'persons.empty': 'No persons yet.',
  'person.status': 'Status',
  'person.verification': 'Verification',
  'person.verify': 'Verify',
  'person.verified': 'Verified by a second reviewer',
  'person.spellings': 'Known spellings',
  'person.fromMention': 'from a post',
  'person.secondReviewer': 'A second reviewer must verify this record: any reviewer but {name}, who made its last change.',
  'person.youMayVerify': 'Any reviewer but {name}, who made the last change, may verify this record: you may.',
  'person.history': 'History',
  'error.title': 'Something is not right',
  'error.forbidden': 'You do not have access to this page.',
  'error.notFound': 'This page does not exist.',
  'error.back': 'Back',
  'users.title': 'Users',
  'users.name': 'Name',
  'users.email': 'Email',
  'users.roles': 'Roles',
  'users.since': 'Added',
  'users.disabled': 'disabled',
  'users.saveRoles': 'Save roles',
  'users.disable': 'Disable',
  'users.enable': 'Enable',
  'users.resetLink': 'Password reset link',
  'users.resetOnce':
    'A one-time link to set a new password for {email}, valid for 24 hours. Copy it now and pass it on by a channel you trust; it is shown only this once:',
  'users.add': 'Add a user',
  'users.addHelp': 'The new user has no password: make a reset link for them once they are added.',
  'users.addSubmit': 'Add',
  'users.saved': 'Saved.',
  'users.unknown': 'There is no such user.',
  'reset.title': 'Set a new password',
  'reset.submit': 'Set the password',
  'reset.invalid': 'This link is not valid: it was used already, it expired, or it was mistyped. Ask an admin for a new one.',
  'error.internal': 'Something went wrong on our side. Try again; if it happens again, tell an admin.',
  shortcuts: 'Keys: j/k next/previous name · n new person · s same person · l link with the other posts · x not a person · i post not relevant · d done',
} as const;

const en = { ...core, ...sources.en, ...overview.en, ...persons.en, ...search.en, ...review.en, ...faces.en, ...labels.en };
export type MessageKey = keyof typeof en;

const coreAr: Partial<Record<keyof typeof core, Message>> = {
  'app.name': 'أثر',
  'app.tagline': 'التحقق من سجلات المعتقلين',
  'nav.review': 'الفرز',
  'nav.users': 'المستخدمون',
  'nav.tip': 'أرسل بلاغاً',
  'nav.persons': 'الأشخاص',
  'nav.sources': 'المصادر',
  'nav.overview': 'نظرة عامة',
  'nav.audit': 'سجل التدقيق',
  'nav.account': 'الحساب',
  'nav.signOut': 'تسجيل الخروج',
  'lang.switch': 'English',
  'login.title': 'تسجيل الدخول',
  'login.email': 'البريد الإلكتروني',
  'login.password': 'كلمة المرور',
  'login.submit': 'دخول',
  'login.failed': 'البريد الإلكتروني أو كلمة المرور غير صحيحة.',
  'login.limited': 'محاولات كثيرة. انتظر ١٥ دقيقة ثم حاول مجدداً.',
  'login.expired': 'انتهت صلاحية نموذج الدخول، حاول مرة أخرى.',
  'account.title': 'حسابك',
  'account.language': 'لغة الواجهة',
  'account.save': 'حفظ',
  'account.password': 'تغيير كلمة المرور',
  'account.current': 'كلمة المرور الحالية',
  'account.new': 'كلمة المرور الجديدة (١٠ أحرف على الأقل)',
  'account.changed': 'تم تغيير كلمة المرور، وأُغلقت الجلسات الأخرى.',
  'account.changedTokens': 'تم تغيير كلمة المرور، وأُغلقت الجلسات الأخرى وأُلغيت رموز الواجهة البرمجية: أنشئ رموزاً جديدة أدناه.',
  'account.display': 'التواريخ والأرقام',
  'account.timeZone': 'المنطقة الزمنية (تُعرض التواريخ والأوقات بحسبها)',
  'account.digits': 'الأرقام',
  'account.displayExample': 'الآن',
  'account.displaySaved': 'حُفظ: تُعرض التواريخ والأرقام الآن كما اخترت.',
  'account.badTimeZone': 'هذه ليست منطقة زمنية: اختر واحدة من القائمة، مثل Asia/Damascus.',
  'account.keepTokens': 'أبقِ رموز الواجهة البرمجية صالحة (وإلا أُلغيت مع كلمة المرور القديمة)',
  'account.wrongCurrent': 'كلمة المرور الحالية غير صحيحة.',
  'account.tokens': 'رموز الواجهة البرمجية',
  'account.tokensHelp': 'للبرامج والأدوات التي تستخدم الواجهة البرمجية (موثقة في ‎/api/docs‎): أرسل الرمز في ترويسة "Authorization: Bearer <token>".',
  'account.tokenOnce': 'رمزك الجديد. انسخه الآن: لن يظهر إلا هذه المرة.',
  'account.tokenName': 'الاسم',
  'account.tokenCreated': 'أُنشئ',
  'account.tokenUsed': 'آخر استخدام',
  'account.createToken': 'إنشاء رمز',
  'account.revoke': 'إلغاء',
  'account.tokenRevoked': 'أُلغي الرمز.',
  'account.tokenRevokedAt': 'أُلغي {at}',
  'review.title': 'قائمة الفرز',
  'review.empty': 'لا شيء بانتظار المراجعة.',
  'review.open': 'فتح',
  'review.claimedBy': 'قيد المراجعة لدى {name}',
  'review.mentions': { zero: 'لا أسماء', one: 'اسم واحد', two: 'اسمان', few: '{n} أسماء', many: '{n} اسماً', other: '{n} اسم' },
  'review.photos': 'صور',
  'review.filters': 'تصفية',
  'review.sort.newest': 'الأحدث أولاً',
  'review.sort.mentions': 'الأكثر أسماءً أولاً',
  'review.apply': 'تطبيق',
  'review.language': 'اللغة',
  'review.any': 'الكل',
  'review.hasPhoto': 'مع صور فقط',
  'review.takenElsewhere': 'يراجع هذا المنشور مراجعٌ آخر. اختر غيره.',
  'post.source': 'المصدر',
  'post.published': 'تاريخ النشر',
  'post.collected': 'تاريخ الجمع',
  'post.sha256': 'بصمة sha256 للمادة الأصلية',
  'post.link': 'المنشور الأصلي',
  'post.videos': {
    one: 'في المنشور مقطع فيديو، وصورته المصغّرة بين الصور',
    two: 'في المنشور مقطعا فيديو، وصورتاهما المصغّرتان بين الصور',
    few: 'في المنشور {n} مقاطع فيديو، وصورها المصغّرة بين الصور',
    many: 'في المنشور {n} مقطعاً، وصورها المصغّرة بين الصور',
    other: 'في المنشور {n} مقطع فيديو، وصورها المصغّرة بين الصور',
  },
  'post.video': 'الفيديو {n}',
  'post.mentions': 'الأسماء في هذا المنشور',
  'post.noMentions': 'لم يُعثر على أسماء في هذا المنشور.',
  'post.photos': 'الصور',
  'post.nearDuplicate': 'منشورة في مكان آخر (مسافة {d})',
  'post.irrelevant': 'غير ذي صلة',
  'post.relevant': 'ذو صلة، تمّ',
  'post.release': 'إفلات',
  'post.status': 'حالة المراجعة',
  'mention.role': 'الصفة',
  'mention.attributes': 'معلومات',
  'mention.cues': 'بسبب',
  'mention.suggestions': 'قد يكون',
  'mention.confirmNew': 'شخص جديد',
  'mention.confirmInto': 'الشخص نفسه',
  'mention.reject': 'ليس شخصاً',
  'mention.status': 'القرار',
  'mention.linked': 'مرتبط بـ {name}',
  'mention.noSuggestions': 'لا يطابقه شخص معروف.',
  'role.detainee': 'معتقل',
  'role.released': 'مُفرج عنه',
  'role.missing': 'مفقود',
  'role.dead': 'توفي في المعتقل',
  'role.relative': 'قريب',
  'role.official': 'مسؤول',
  'role.other': 'آخر',
  'persons.title': 'الأشخاص',
  'persons.search': 'الاسم بأي كتابة',
  'persons.empty': 'لا أشخاص بعد.',
  'person.status': 'الحالة',
  'person.verification': 'التحقق',
  'person.verify': 'تحقّق',
  'person.verified': 'تحقّق منه مراجع ثانٍ',
  'person.spellings': 'الكتابات المعروفة للاسم',
  'person.fromMention': 'من منشور',
  'person.secondReviewer': 'يجب أن يتحقق من هذا السجل مراجعٌ ثانٍ: أيّ مراجع غير {name} الذي أجرى آخر تغيير عليه.',
  'person.youMayVerify': 'يمكن لأي مراجع غير {name} الذي أجرى آخر تغيير أن يتحقق من هذا السجل: يمكنك ذلك.',
  'person.history': 'السجل',
  'error.title': 'هناك خطأ',
  'error.forbidden': 'لا تملك صلاحية الوصول إلى هذه الصفحة.',
  'error.notFound': 'هذه الصفحة غير موجودة.',
  'error.back': 'رجوع',
  'users.title': 'المستخدمون',
  'users.name': 'الاسم',
  'users.email': 'البريد الإلكتروني',
  'users.roles': 'الأدوار',
  'users.since': 'أُضيف',
  'users.disabled': 'معطَّل',
  'users.saveRoles': 'حفظ الأدوار',
  'users.disable': 'تعطيل',
  'users.enable': 'تفعيل',
  'users.resetLink': 'رابط إعادة تعيين كلمة المرور',
  'users.resetOnce': 'رابط لمرة واحدة لتعيين كلمة مرور جديدة لـ {email}، صالح ٢٤ ساعة. انسخه الآن وأوصله عبر قناة تثق بها؛ لن يظهر إلا هذه المرة:',
  'users.add': 'إضافة مستخدم',
  'users.addHelp': 'لا كلمة مرور للمستخدم الجديد: أنشئ له رابط إعادة تعيين بعد إضافته.',
  'users.addSubmit': 'إضافة',
  'users.saved': 'حُفظ.',
  'users.unknown': 'لا يوجد مستخدم كهذا.',
  'reset.title': 'تعيين كلمة مرور جديدة',
  'reset.submit': 'تعيين كلمة المرور',
  'reset.invalid': 'هذا الرابط غير صالح: استُخدم من قبل، أو انتهت صلاحيته، أو كُتب خطأً. اطلب رابطاً جديداً من مسؤول.',
  'error.internal': 'حدث خطأ من جهتنا. حاول مجدداً؛ وإن تكرر فأخبر مسؤولاً.',
  shortcuts: 'المفاتيح: j/k الاسم التالي/السابق · n شخص جديد · s الشخص نفسه · l اربط بالمنشورات الأخرى · x ليس شخصاً · i غير ذي صلة · d تمّ',
};

const ar: Partial<Record<MessageKey, Message>> = {
  ...coreAr,
  ...sources.ar,
  ...overview.ar,
  ...persons.ar,
  ...search.ar,
  ...review.ar,
  ...faces.ar,
  ...labels.ar,
};

export type Language = 'en' | 'ar';
export const LANGUAGES: Language[] = ['en', 'ar'];

/**
 * A message that depends on a number: one form per plural category of the language
 * (Arabic has six: zero, one, two, few, many, other), chosen by Intl.PluralRules from {n}.
 */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | Plural;

/** Digits a reader chose: Western (0-9) or Arabic-Indic (٠-٩). */
export type Digits = 'latn' | 'arab';

/** The reader's language and digits; a PageContext is one. */
export interface Locale {
  lang: Language;
  digits?: Digits;
}

const pluralRules = new Map<Language, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(locale: Language | Locale, n: number): string {
  const { lang, digits } = typeof locale === 'string' ? { lang: locale, digits: 'latn' as Digits } : { lang: locale.lang, digits: locale.digits ?? 'latn' };
  const key = `${lang}-${digits}`;
  let format = numberFormats.get(key);
  if (!format)
    numberFormats.set(
      key,
      (format = new Intl.NumberFormat(lang === 'ar' ? 'ar' : 'en-GB', { numberingSystem: digits, useGrouping: true, maximumFractionDigits: 2 })),
    );
  return format.format(n);
}

/** Digits of a text (a year, a count) in the reader's digits. */
export function localDigits(locale: Language | Locale, text: string): string {
  const digits = typeof locale === 'string' ? 'latn' : (locale.digits ?? 'latn');
  return digits === 'arab' ? text.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d))) : text;
}

/** An interface string in the reader's language, its {params} filled in (numbers in the reader's digits). */
export function t(locale: Language | Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const lang = typeof locale === 'string' ? locale : locale.lang;
  const message: Message = (lang === 'ar' ? ar[key] : undefined) ?? en[key];
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    let rules = pluralRules.get(lang);
    if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
    text = message[rules.select(Number(params.n ?? 0))] ?? message.other;
  }
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    return typeof value === 'number' ? formatNumber(locale, value) : String(value ?? '');
  });
}

export function dir(lang: Language): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

export const MESSAGE_KEYS = Object.keys(en) as MessageKey[];
export const ARABIC_MESSAGES = ar;
