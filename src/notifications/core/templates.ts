import { createTranslator, type Catalogue } from '../../platform/i18n/catalogue.js';
import type { Locale } from '../../platform/i18n/locale.js';

/**
 * What the applicant is told at each step, in their language. Texts are short enough for SMS
 * and say what happens next; the reference number is always there so a person can follow up.
 */
export const notificationEvents = [
  'received',
  'in-review',
  'information-requested',
  'resubmitted',
  'approved',
  'rejected',
  'documents-issued',
  'withdrawn',
  'factors-reset',
  'access-code',
] as const;
export type NotificationEvent = (typeof notificationEvents)[number];

const texts = {
  received: {
    en: 'Homeward: your application was received. Reference {reference}. Keep it to check the status at any time.',
    ru: 'Homeward: ваше заявление принято. Номер {reference}. Сохраните его, чтобы узнавать статус в любое время.',
    hy: 'Homeward. ձեր դիմումն ընդունված է։ Համարը՝ {reference}։ Պահպանեք այն՝ կարգավիճակը ցանկացած պահի ստուգելու համար։',
    az: 'Homeward: müraciətiniz qəbul edildi. Nömrə {reference}. Statusu istənilən vaxt yoxlamaq üçün onu saxlayın.',
  },
  'in-review': {
    en: 'Homeward: application {reference} is now being reviewed.',
    ru: 'Homeward: заявление {reference} рассматривается.',
    hy: 'Homeward. {reference} դիմումը քննարկվում է։',
    az: 'Homeward: {reference} nömrəli müraciətə baxılır.',
  },
  'information-requested': {
    en: 'Homeward: for application {reference} we need more information: {comment}',
    ru: 'Homeward: по заявлению {reference} нужны дополнительные сведения: {comment}',
    hy: 'Homeward. {reference} դիմումի համար անհրաժեշտ է լրացուցիչ տեղեկություն՝ {comment}',
    az: 'Homeward: {reference} nömrəli müraciət üçün əlavə məlumat lazımdır: {comment}',
  },
  resubmitted: {
    en: 'Homeward: we received the information you sent for application {reference}.',
    ru: 'Homeward: мы получили сведения по заявлению {reference}.',
    hy: 'Homeward. մենք ստացանք {reference} դիմումի համար ուղարկված տեղեկությունը։',
    az: 'Homeward: {reference} nömrəli müraciət üzrə göndərdiyiniz məlumatı aldıq.',
  },
  approved: {
    en: 'Homeward: application {reference} was approved. We will tell you when your documents are ready.',
    ru: 'Homeward: заявление {reference} одобрено. Мы сообщим, когда документы будут готовы.',
    hy: 'Homeward. {reference} դիմումը հաստատված է։ Մենք կտեղեկացնենք, երբ փաստաթղթերը պատրաստ լինեն։',
    az: 'Homeward: {reference} nömrəli müraciət təsdiqləndi. Sənədləriniz hazır olanda sizə xəbər verəcəyik.',
  },
  rejected: {
    en: 'Homeward: application {reference} was not approved. Reason: {reason}. You may ask the office to explain or appeal.',
    ru: 'Homeward: заявление {reference} не одобрено. Причина: {reason}. Вы можете обратиться в офис за разъяснением или обжаловать решение.',
    hy: 'Homeward. {reference} դիմումը չի հաստատվել։ Պատճառը՝ {reason}։ Կարող եք դիմել գրասենյակ՝ պարզաբանման կամ բողոքարկման համար։',
    az: 'Homeward: {reference} nömrəli müraciət təsdiqlənmədi. Səbəb: {reason}. İzahat və ya şikayət üçün ofisə müraciət edə bilərsiniz.',
  },
  'documents-issued': {
    en: 'Homeward: the documents for application {reference} have been issued.',
    ru: 'Homeward: документы по заявлению {reference} выданы.',
    hy: 'Homeward. {reference} դիմումի փաստաթղթերը տրված են։',
    az: 'Homeward: {reference} nömrəli müraciət üzrə sənədlər verildi.',
  },
  withdrawn: {
    en: 'Homeward: application {reference} was withdrawn.',
    ru: 'Homeward: заявление {reference} отозвано.',
    hy: 'Homeward. {reference} դիմումը հետ է կանչվել։',
    az: 'Homeward: {reference} nömrəli müraciət geri götürüldü.',
  },
  // To a staff member, when an administrator reset their second factors (access/users.ts).
  'factors-reset': {
    en: 'Homeward: an administrator reset the second factors (authenticator app, passkeys) of your staff account. At your next sign-in you will set up a new one. If you did not ask for this, tell your supervisor at once.',
    ru: 'Homeward: администратор сбросил второй фактор (приложение-аутентификатор, ключи доступа) вашей служебной учётной записи. При следующем входе вы настроите новый. Если вы об этом не просили, немедленно сообщите руководителю.',
    hy: 'Homeward. ադմինիստրատորը վերակայել է ձեր աշխատանքային հաշվի երկրորդ գործոնները (նույնականացման հավելված, մուտքի բանալիներ)։ Հաջորդ մուտքի ժամանակ դուք կկարգավորեք նորը։ Եթե դուք դա չեք խնդրել, անմիջապես տեղեկացրեք ձեր ղեկավարին։',
    az: 'Homeward: administrator xidməti hesabınızın ikinci faktorlarını (autentifikator tətbiqi, giriş açarları) sıfırladı. Növbəti girişdə yenisini quracaqsınız. Bunu siz istəməmisinizsə, dərhal rəhbərinizə bildirin.',
  },
  'access-code': {
    en: 'Homeward: your code to follow application {reference} is {code}. It works once, for 10 minutes. Nobody from Homeward will ask you for it.',
    ru: 'Homeward: ваш код для просмотра заявления {reference}: {code}. Действует один раз, 10 минут. Сотрудники Homeward никогда его не спрашивают.',
    hy: 'Homeward. {reference} դիմումին հետևելու ձեր կոդը՝ {code}։ Գործում է մեկ անգամ, 10 րոպե։ Homeward-ից ոչ ոք այն չի հարցնի։',
    az: 'Homeward: {reference} nömrəli müraciəti izləmək üçün kodunuz {code}. Bir dəfə, 10 dəqiqə ərzində keçərlidir. Homeward əməkdaşları onu heç vaxt soruşmur.',
  },
} satisfies Catalogue<NotificationEvent>;

const subjects = {
  subject: {
    en: 'Your application {reference}',
    ru: 'Ваше заявление {reference}',
    hy: 'Ձեր դիմումը՝ {reference}',
    az: 'Müraciətiniz {reference}',
  },
  'factors-reset': {
    en: 'Your Homeward staff account',
    ru: 'Ваша служебная учётная запись Homeward',
    hy: 'Ձեր Homeward աշխատանքային հաշիվը',
    az: 'Homeward xidməti hesabınız',
  },
} satisfies Catalogue<'subject' | 'factors-reset'>;

export const reasonLabels = {
  'identity-not-established': {
    en: 'identity could not be established',
    ru: 'не удалось установить личность',
    hy: 'ինքնությունը հնարավոր չեղավ հաստատել',
    az: 'şəxsiyyət müəyyən edilə bilmədi',
  },
  'not-eligible': {
    en: 'the conditions are not met',
    ru: 'условия не выполнены',
    hy: 'պայմանները բավարարված չեն',
    az: 'şərtlər ödənilmir',
  },
  'information-not-provided': {
    en: 'the requested information was not provided',
    ru: 'запрошенные сведения не представлены',
    hy: 'պահանջված տեղեկությունը չի ներկայացվել',
    az: 'tələb olunan məlumat təqdim edilmədi',
  },
  'duplicate-application': {
    en: 'another application for the same person exists',
    ru: 'уже есть заявление этого же человека',
    hy: 'նույն անձի համար արդեն կա դիմում',
    az: 'eyni şəxs üçün başqa müraciət var',
  },
  'false-information': {
    en: 'the information given was not correct',
    ru: 'представлены неверные сведения',
    hy: 'ներկայացված տեղեկությունը ճիշտ չէր',
    az: 'təqdim edilən məlumat düzgün deyildi',
  },
  'applicant-request': {
    en: 'at the applicant’s request',
    ru: 'по просьбе заявителя',
    hy: 'դիմողի խնդրանքով',
    az: 'müraciət edənin xahişi ilə',
  },
  'applicant-deceased': {
    en: 'the applicant has died',
    ru: 'заявитель скончался',
    hy: 'դիմողը մահացել է',
    az: 'müraciət edən vəfat edib',
  },
  other: {
    en: 'see the explanation from the office',
    ru: 'см. пояснение офиса',
    hy: 'տես գրասենյակի պարզաբանումը',
    az: 'ofisin izahatına baxın',
  },
} satisfies Catalogue<string>;

export const notificationCatalogues = { texts, subjects, reasonLabels };

const text = createTranslator(texts);
const subject = createTranslator(subjects);
const reason = createTranslator(reasonLabels);

export interface NotificationParams {
  /** The application's reference; messages to staff about their account have none. */
  reference?: string;
  comment?: string;
  reasonCode?: string;
  /** A one-time code for the portal (access-code messages only). */
  code?: string;
}

export interface RenderedMessage {
  subject: string;
  text: string;
}

export function renderNotification(event: NotificationEvent, locale: Locale, params: NotificationParams): RenderedMessage {
  const values = {
    reference: params.reference ?? '',
    comment: params.comment ?? '',
    code: params.code ?? '',
    reason: params.reasonCode ? reason(locale, params.reasonCode as keyof typeof reasonLabels) : '',
  };
  return { subject: subject(locale, event === 'factors-reset' ? event : 'subject', values), text: text(locale, event, values) };
}
