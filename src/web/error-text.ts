import type { Locale } from './i18n';
import { localDigits } from './i18n';

/**
 * Services explain a refusal in English (the API's words, which scripts match on). Pages show the
 * same refusal in the reader's language: each known sentence has its Arabic here. An unknown one
 * is shown as it is, isolated, rather than hidden.
 */
const ARABIC: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^This person is already verified\.$/, () => 'تم التحقق من هذا الشخص من قبل.'],
  [/^A second reviewer must verify a person: not the one who made its last change\.$/, () => 'يجب أن يتحقق من الشخص مراجع ثانٍ، لا من أجرى آخر تغيير عليه.'],
  [/^The person changed meanwhile; reload and try again\.$/, () => 'تغيّر الشخص في الأثناء؛ أعد تحميل الصفحة وحاول مجدداً.'],
  [/^Choose a status: missing, detained, released, dead or unknown\.$/, () => 'اختر حالة: مفقود، معتقل، مُفرج عنه، متوفى أو غير معروف.'],
  [/^Only an admin can mark a person dead\.$/, () => 'وحده المسؤول يستطيع تسجيل شخص متوفى.'],
  [/^A note needs some text\.$/, () => 'تحتاج الملاحظة إلى نص.'],
  [/^A note may be at most (\d+) characters\.$/, (m) => `يجب ألا تزيد الملاحظة على ${m[1]} حرف.`],
  [/^The linked post must be the id or page URL of one of our posts\.$/, () => 'يجب أن يكون المنشور المرتبط معرّف أحد منشوراتنا أو عنوان صفحته.'],
  [/^Give a reason for the merge\.$/, () => 'اذكر سبب الدمج.'],
  [/^Give the id \(or page URL\) of the person to merge into\.$/, () => 'اختر الشخص الذي يُدمج فيه.'],
  [/^A person cannot be merged into itself\.$/, () => 'لا يمكن دمج شخص في نفسه.'],
  [/^Other persons are merged into this one; split them first\.$/, () => 'أشخاص آخرون مدموجون في هذا السجل؛ افصلهم أولاً.'],
  [/^This person is not merged into another\.$/, () => 'هذا الشخص ليس مدموجاً في غيره.'],
  [/^The record of this merge is missing; it cannot be split automatically\.$/, () => 'سجل هذا الدمج مفقود؛ لا يمكن فصله تلقائياً.'],
  [/^This person is merged into another; split it first\.$/, () => 'هذا الشخص مدموج في غيره؛ افصله أولاً.'],
  [/^Another reviewer has this post open\.$/, () => 'يراجع هذا المنشور مراجعٌ آخر.'],
  [
    /^Open the post for review first \(another reviewer may have it, or your claim expired\)\.$/,
    () => 'افتح المنشور للمراجعة أولاً (ربما فتحه مراجع آخر، أو انتهت مهلتك).',
  ],
  [/^A name may be at most (\d+) characters\.$/, (m) => `يجب ألا يزيد الاسم على ${m[1]} حرف.`],
  [/^Unknown role (.+)\.$/, (m) => `صفة غير معروفة: ${m[1]}.`],
  [/^(\w+) must be a whole number from (\d+) to (\d+)\.$/, (m) => `يجب أن تكون القيمة عدداً صحيحاً من ${m[2]} إلى ${m[3]}.`],
  [/^Nothing was changed\.$/, () => 'لم يتغير شيء.'],
  [/^Give the id or page address of the post this one duplicates\.$/, () => 'اذكر معرّف المنشور الذي يكرره هذا المنشور أو عنوان صفحته.'],
  [/^A post cannot duplicate itself\.$/, () => 'لا يمكن لمنشور أن يكرر نفسه.'],
  [/^No (person|post|mention|source) with id (.+)\.$/, (m) => `لا ${{ person: 'شخص', post: 'منشور', mention: 'اسم', source: 'مصدر' }[m[1]]} بالمعرّف ${m[2]}.`],
  [
    /^This form has expired or did not come from Athar; reload the page and try again\.$/,
    () => 'انتهت صلاحية هذا النموذج أو لم يأتِ من أثر؛ أعد تحميل الصفحة وحاول مجدداً.',
  ],
  [/^This source is being collected right now; try again when the run has finished\.$/, () => 'يجري جمع هذا المصدر الآن؛ حاول مجدداً بعد انتهاء التشغيل.'],
  [/^The page could not be collected: (.+)\.$/, (m) => `تعذّر جمع الصفحة: ${m[1]}.`],
  [/^Give a URL or some text\.$/, () => 'أعطِ عنواناً أو نصاً.'],
  [/^Confirm that every face and every descriptor is to be deleted\.$/, () => 'أكّد حذف كل الوجوه وكل بصماتها.'],
  [/^Faces are switched off: an admin can switch them on at \/faces\.$/, () => 'البحث بالوجوه متوقف: يستطيع المسؤول تشغيله من صفحة الوجوه.'],
  [/^Faces are switched off: switch them on first\.$/, () => 'البحث بالوجوه متوقف: شغّله أولاً.'],
  [/^Send a photo: a multipart form with a "photo" file, or an image body/, () => 'أرسل صورة بصيغة شائعة.'],
  [/^The face model is not available right now; try again in a minute\.$/, () => 'نموذج الوجوه غير متاح الآن؛ حاول مجدداً بعد دقيقة.'],
  [/^The photo is larger than the size limit \(MEDIA_MAX_BYTES\)\.$/, () => 'الصورة أكبر من الحجم المسموح.'],
  [/^The photo was not searched: it could not be read\.$/, () => 'لم يُبحث في الصورة: تعذّرت قراءتها.'],
  [/^This person is merged into another; attach the face to that one\.$/, () => 'هذا الشخص مدموج في غيره؛ اربط الوجه بذلك الشخص.'],
];

export function errorText(locale: Locale, message: string): string {
  if (locale.lang !== 'ar') return message;
  for (const [pattern, ar] of ARABIC) {
    const m = pattern.exec(message);
    if (m) return localDigits(locale, ar(m));
  }
  return message;
}
