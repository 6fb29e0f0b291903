import type { Catalogue } from './catalogue.js';

/**
 * Human messages for the validation rules named in problem documents. The rule name is the
 * stable, machine-readable part; these texts may change freely.
 */
export const ruleMessages = {
  required: {
    en: 'This field is required',
    ru: 'Обязательное поле',
    hy: 'Այս դաշտը պարտադիր է',
    az: 'Bu sahə mütləqdir',
  },
  type: {
    en: 'Expected {expected}',
    ru: 'Ожидается {expected}',
    hy: 'Սպասվում է {expected}',
    az: '{expected} gözlənilir',
  },
  'unknown-field': {
    en: 'This field is not part of the form',
    ru: 'Такого поля нет в форме',
    hy: 'Այս դաշտը ձևի մաս չէ',
    az: 'Bu sahə formaya aid deyil',
  },
  'too-short': {
    en: 'At least {min} characters',
    ru: 'Не меньше {min} символов',
    hy: 'Առնվազն {min} նիշ',
    az: 'Ən azı {min} simvol',
  },
  'too-long': {
    en: 'At most {max} characters',
    ru: 'Не больше {max} символов',
    hy: 'Առավելագույնը {max} նիշ',
    az: 'Ən çox {max} simvol',
  },
  'too-few': {
    en: 'At least {min} items',
    ru: 'Не меньше {min} элементов',
    hy: 'Առնվազն {min} տարր',
    az: 'Ən azı {min} element',
  },
  'too-many': {
    en: 'At most {max} items',
    ru: 'Не больше {max} элементов',
    hy: 'Առավելագույնը {max} տարր',
    az: 'Ən çox {max} element',
  },
  'too-small': {
    en: 'At least {min}',
    ru: 'Не меньше {min}',
    hy: 'Առնվազն {min}',
    az: 'Ən azı {min}',
  },
  'too-big': {
    en: 'At most {max}',
    ru: 'Не больше {max}',
    hy: 'Առավելագույնը {max}',
    az: 'Ən çox {max}',
  },
  format: {
    en: 'Not a valid {format}',
    ru: 'Неверный формат: {format}',
    hy: 'Անվավեր ձևաչափ՝ {format}',
    az: 'Yanlış format: {format}',
  },
  'one-of': {
    en: 'Choose one of: {options}',
    ru: 'Выберите одно из значений: {options}',
    hy: 'Ընտրեք հետևյալներից մեկը՝ {options}',
    az: 'Bunlardan birini seçin: {options}',
  },
  invalid: {
    en: 'This value is not valid',
    ru: 'Недопустимое значение',
    hy: 'Անվավեր արժեք',
    az: 'Yanlış dəyər',
  },
  'json.malformed': {
    en: 'The request body is not valid JSON',
    ru: 'Тело запроса не является корректным JSON',
    hy: 'Հարցման մարմինը վավեր JSON չէ',
    az: 'Sorğunun mətni düzgün JSON deyil',
  },
  'date.invalid': {
    en: 'This date does not exist',
    ru: 'Такой даты не существует',
    hy: 'Այդպիսի ամսաթիվ գոյություն չունի',
    az: 'Belə tarix mövcud deyil',
  },
  'date.future': {
    en: 'This date is in the future',
    ru: 'Дата в будущем',
    hy: 'Ամսաթիվը ապագայում է',
    az: 'Tarix gələcəkdədir',
  },
  'date.too-old': {
    en: 'This date is more than {years} years ago',
    ru: 'Дата более {years} лет назад',
    hy: 'Ամսաթիվը ավելի քան {years} տարի առաջ է',
    az: 'Tarix {years} ildən çox əvvəldir',
  },
  'phone.invalid': {
    en: 'Not a phone number we can reach (e.g. +994 50 123 45 67 or +374 97 123456)',
    ru: 'Номер телефона не распознан (например, +994 50 123 45 67 или +374 97 123456)',
    hy: 'Հեռախոսահամարը չի ճանաչվել (օր.՝ +994 50 123 45 67 կամ +374 97 123456)',
    az: 'Telefon nömrəsi tanınmadı (məs. +994 50 123 45 67 və ya +374 97 123456)',
  },
  'document.format': {
    en: 'This number does not look like a {type} number',
    ru: 'Номер не похож на номер документа «{type}»',
    hy: 'Համարը նման չէ «{type}» փաստաթղթի համարին',
    az: 'Nömrə «{type}» sənədinin nömrəsinə bənzəmir',
  },
  'place.unknown': {
    en: 'Unknown place; choose one from the list or write it as free text',
    ru: 'Неизвестное место; выберите из списка или введите текстом',
    hy: 'Անհայտ վայր. ընտրեք ցանկից կամ գրեք ազատ տեքստով',
    az: 'Naməlum yer; siyahıdan seçin və ya sərbəst mətnlə yazın',
  },
  'office.unknown': {
    en: 'Unknown office',
    ru: 'Неизвестный офис',
    hy: 'Անհայտ գրասենյակ',
    az: 'Naməlum ofis',
  },
  'outreach-event.unknown': {
    en: 'Unknown outreach reception',
    ru: 'Неизвестный выездной приём',
    hy: 'Անհայտ արտագնա ընդունելություն',
    az: 'Naməlum səyyar qəbul',
  },
  'location.requires-vulnerable': {
    en: 'A precise location is kept only for people who live alone, have a chronic illness or need surgery',
    ru: 'Точное местоположение хранится только для тех, кто живёт один, хронически болен или нуждается в операции',
    hy: 'Ճշգրիտ գտնվելու վայրը պահվում է միայն միայնակ ապրողների, քրոնիկ հիվանդների կամ վիրահատության կարիք ունեցողների համար',
    az: 'Dəqiq yer yalnız tək yaşayan, xroniki xəstəliyi olan və ya əməliyyata ehtiyacı olan şəxslər üçün saxlanılır',
  },
  'channel.requires-site': {
    en: 'A {channel} application needs its {site}',
    ru: 'Для заявления через канал «{channel}» укажите {site}',
    hy: '«{channel}» ալիքով դիմումի համար նշեք {site}',
    az: '«{channel}» kanalı ilə müraciət üçün {site} göstərin',
  },
  'attachment.media-type': {
    en: 'Only {allowed} files are accepted',
    ru: 'Принимаются только файлы {allowed}',
    hy: 'Ընդունվում են միայն {allowed} ֆայլեր',
    az: 'Yalnız {allowed} faylları qəbul olunur',
  },
  'attachment.size': {
    en: 'The file is larger than {max} bytes',
    ru: 'Файл больше {max} байт',
    hy: 'Ֆայլը {max} բայթից մեծ է',
    az: 'Fayl {max} baytdan böyükdür',
  },
  'reason.required': {
    en: 'Give a reason for this step',
    ru: 'Укажите причину',
    hy: 'Նշեք պատճառը',
    az: 'Səbəbi göstərin',
  },
  'comment.required': {
    en: 'Write what is needed',
    ru: 'Опишите, что требуется',
    hy: 'Նկարագրեք, թե ինչ է պահանջվում',
    az: 'Nə tələb olunduğunu yazın',
  },
  'household.one-contact': {
    en: 'A household has at most one contact person',
    ru: 'У домохозяйства может быть только одно контактное лицо',
    hy: 'Տնային տնտեսությունը կարող է ունենալ միայն մեկ կոնտակտային անձ',
    az: 'Təsərrüfatın yalnız bir əlaqə şəxsi ola bilər',
  },
  'header.idempotency-key': {
    en: 'Idempotency-Key must be 8 to 128 visible characters',
    ru: 'Idempotency-Key должен содержать от 8 до 128 видимых символов',
    hy: 'Idempotency-Key-ը պետք է պարունակի 8-ից 128 տեսանելի նիշ',
    az: 'Idempotency-Key 8-128 görünən simvoldan ibarət olmalıdır',
  },
  'header.if-match': {
    en: 'If-Match must be the ETag you received',
    ru: 'If-Match должен содержать полученный ETag',
    hy: 'If-Match-ը պետք է լինի ստացված ETag-ը',
    az: 'If-Match aldığınız ETag olmalıdır',
  },
  'credentials.invalid': {
    en: 'Wrong user name or password',
    ru: 'Неверное имя пользователя или пароль',
    hy: 'Սխալ օգտանուն կամ գաղտնաբառ',
    az: 'İstifadəçi adı və ya şifrə yanlışdır',
  },
  'password.too-short': {
    en: 'Use at least {min} characters',
    ru: 'Используйте не меньше {min} символов',
    hy: 'Օգտագործեք առնվազն {min} նիշ',
    az: 'Ən azı {min} simvol istifadə edin',
  },
  'password.common': {
    en: 'This password is too common; choose another',
    ru: 'Этот пароль слишком распространён; выберите другой',
    hy: 'Այս գաղտնաբառը չափազանց տարածված է. ընտրեք այլ',
    az: 'Bu şifrə çox geniş yayılıb; başqasını seçin',
  },
  'username.taken': {
    en: 'This user name is already taken',
    ru: 'Это имя пользователя уже занято',
    hy: 'Այս օգտանունն արդեն զբաղված է',
    az: 'Bu istifadəçi adı artıq tutulub',
  },
  'reference.invalid': {
    en: 'This is not a reference number: check each character (it looks like K7M-4XT-9PR)',
    ru: 'Это не номер заявления: проверьте каждый символ (вид: K7M-4XT-9PR)',
    hy: 'Սա դիմումի համար չէ. ստուգեք յուրաքանչյուր նիշը (օրինակ՝ K7M-4XT-9PR)',
    az: 'Bu müraciət nömrəsi deyil: hər simvolu yoxlayın (nümunə: K7M-4XT-9PR)',
  },
  'code.invalid': {
    en: 'This code is wrong, was already used or has expired; ask for a new one',
    ru: 'Код неверен, уже использован или истёк; запросите новый',
    hy: 'Կոդը սխալ է, արդեն օգտագործված է կամ ժամկետանց է. խնդրեք նորը',
    az: 'Kod yanlışdır, artıq istifadə olunub və ya vaxtı keçib; yenisini istəyin',
  },
  'contact.required': {
    en: 'Give a mobile phone number or an e-mail address, so that we can tell you about your application',
    ru: 'Укажите мобильный телефон или адрес e-mail, чтобы мы могли сообщать вам о заявлении',
    hy: 'Նշեք բջջային հեռախոս կամ էլ. հասցե, որպեսզի կարողանանք տեղեկացնել ձեր դիմումի մասին',
    az: 'Müraciətiniz barədə xəbər verə bilməyimiz üçün mobil telefon və ya e-poçt ünvanı göstərin',
  },
  'channel.unreachable': {
    en: 'We have no {channel, select, sms {mobile phone number} other {e-mail address}} for you on file',
    ru: 'У нас нет {channel, select, sms {вашего мобильного номера} other {вашего адреса e-mail}}',
    hy: 'Մենք չունենք ձեր {channel, select, sms {բջջային հեռախոսահամարը} other {էլ. հասցեն}}',
    az: 'Bizdə sizin {channel, select, sms {mobil telefon nömrəniz} other {e-poçt ünvanınız}} yoxdur',
  },
} satisfies Catalogue<string>;

export type Rule = keyof typeof ruleMessages;
