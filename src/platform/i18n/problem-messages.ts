import type { Catalogue } from './catalogue.js';

/** Titles of problem documents, by problem code. */
export const problemTitles = {
  validation: {
    en: '{count, plural, one {One field is not valid} other {# fields are not valid}}',
    ru: '{count, plural, one {# поле заполнено неверно} few {# поля заполнены неверно} many {# полей заполнено неверно} other {# поля заполнено неверно}}',
    hy: '{count, plural, one {# դաշտը սխալ է լրացված} other {# դաշտ սխալ են լրացված}}',
    az: '{count, plural, one {# sahə düzgün doldurulmayıb} other {# sahə düzgün doldurulmayıb}}',
  },
  unauthenticated: {
    en: 'Please sign in',
    ru: 'Войдите в систему',
    hy: 'Խնդրում ենք մուտք գործել',
    az: 'Zəhmət olmasa, daxil olun',
  },
  'session-expired': {
    en: 'Your session has ended; please sign in again',
    ru: 'Ваш сеанс завершён; войдите снова',
    hy: 'Ձեր աշխատաշրջանն ավարտվել է. խնդրում ենք կրկին մուտք գործել',
    az: 'Sessiyanız başa çatıb; yenidən daxil olun',
  },
  forbidden: {
    en: 'You are not allowed to do this',
    ru: 'У вас нет прав на это действие',
    hy: 'Դուք իրավունք չունեք կատարելու այս գործողությունը',
    az: 'Bu əməliyyat üçün icazəniz yoxdur',
  },
  'not-found': {
    en: 'Not found',
    ru: 'Не найдено',
    hy: 'Չի գտնվել',
    az: 'Tapılmadı',
  },
  'method-not-allowed': {
    en: 'This method is not allowed here',
    ru: 'Этот метод здесь не поддерживается',
    hy: 'Այս մեթոդը այստեղ թույլատրված չէ',
    az: 'Bu metod burada icazəli deyil',
  },
  conflict: {
    en: 'This conflicts with the current state of the record',
    ru: 'Это противоречит текущему состоянию записи',
    hy: 'Սա հակասում է գրառման ներկայիս վիճակին',
    az: 'Bu, qeydin cari vəziyyəti ilə ziddiyyət təşkil edir',
  },
  'illegal-transition': {
    en: 'This step is not possible while the application is {state}',
    ru: 'Этот шаг невозможен, пока заявление в статусе «{state}»',
    hy: 'Այս քայլը հնարավոր չէ, քանի դեռ դիմումը «{state}» կարգավիճակում է',
    az: 'Müraciət «{state}» vəziyyətində olarkən bu addım mümkün deyil',
  },
  gone: {
    en: 'This is no longer available',
    ru: 'Это больше недоступно',
    hy: 'Սա այլևս հասանելի չէ',
    az: 'Bu artıq əlçatan deyil',
  },
  'version-mismatch': {
    en: 'Someone else changed this record since you opened it',
    ru: 'Кто-то изменил эту запись, пока вы с ней работали',
    hy: 'Մեկ ուրիշը փոխել է այս գրառումը, մինչ դուք աշխատում էիք դրա հետ',
    az: 'Siz açandan sonra bu qeydi başqası dəyişib',
  },
  'version-required': {
    en: 'Send the version you are changing (If-Match)',
    ru: 'Укажите версию, которую вы изменяете (If-Match)',
    hy: 'Նշեք այն տարբերակը, որը փոխում եք (If-Match)',
    az: 'Dəyişdirdiyiniz versiyanı göstərin (If-Match)',
  },
  'idempotency-mismatch': {
    en: 'This Idempotency-Key was already used for a different request',
    ru: 'Этот Idempotency-Key уже использован для другого запроса',
    hy: 'Այս Idempotency-Key-ն արդեն օգտագործվել է այլ հարցման համար',
    az: 'Bu Idempotency-Key artıq başqa sorğu üçün istifadə olunub',
  },
  'payload-too-large': {
    en: 'The request is too large (at most {limit} bytes)',
    ru: 'Запрос слишком большой (не более {limit} байт)',
    hy: 'Հարցումը չափազանց մեծ է (առավելագույնը {limit} բայթ)',
    az: 'Sorğu çox böyükdür (ən çox {limit} bayt)',
  },
  'unsupported-media-type': {
    en: 'Send this request as {expected}',
    ru: 'Отправьте этот запрос в формате {expected}',
    hy: 'Ուղարկեք այս հարցումը {expected} ձևաչափով',
    az: 'Bu sorğunu {expected} formatında göndərin',
  },
  'too-many-requests': {
    en: 'Too many attempts; try again in {seconds} seconds',
    ru: 'Слишком много попыток; повторите через {seconds} с',
    hy: 'Չափազանց շատ փորձեր. կրկին փորձեք {seconds} վայրկյանից',
    az: 'Həddindən çox cəhd; {seconds} saniyədən sonra yenidən cəhd edin',
  },
  unavailable: {
    en: 'The service is temporarily unavailable',
    ru: 'Сервис временно недоступен',
    hy: 'Ծառայությունը ժամանակավորապես անհասանելի է',
    az: 'Xidmət müvəqqəti olaraq əlçatan deyil',
  },
  internal: {
    en: 'Something went wrong on our side; nothing was saved',
    ru: 'Произошла ошибка на нашей стороне; ничего не сохранено',
    hy: 'Մեր կողմում սխալ է տեղի ունեցել. ոչինչ չի պահպանվել',
    az: 'Bizim tərəfdə xəta baş verdi; heç nə yadda saxlanmadı',
  },
} satisfies Catalogue<string>;
