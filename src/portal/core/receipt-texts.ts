import type { Catalogue } from '../../platform/i18n/catalogue.js';

/** The words of the printed receipt, in the resident's language. */
export const receiptTexts = {
  title: {
    en: 'Receipt for your application',
    ru: 'Расписка о приёме заявления',
    hy: 'Ձեր դիմումի ընդունման անդորրագիր',
    az: 'Müraciətinizin qəbulu haqqında qəbz',
  },
  reference: { en: 'Reference number', ru: 'Номер заявления', hy: 'Դիմումի համարը', az: 'Müraciət nömrəsi' },
  received: { en: 'Received', ru: 'Принято', hy: 'Ընդունված է', az: 'Qəbul edilib' },
  holder: {
    en: 'Applicant: {holder}, born {birthYear}',
    ru: 'Заявитель: {holder}, год рождения {birthYear}',
    hy: 'Դիմող՝ {holder}, ծնված {birthYear} թ.',
    az: 'Müraciət edən: {holder}, doğum ili {birthYear}',
  },
  follow: {
    en: 'Keep this receipt. To follow your application, open {url}, enter the reference number and your date of birth; we will send a code to your phone or e-mail.',
    ru: 'Сохраните эту расписку. Чтобы следить за заявлением, откройте {url}, введите номер заявления и дату рождения; мы пришлём код на ваш телефон или e-mail.',
    hy: 'Պահպանեք այս անդորրագիրը։ Դիմումին հետևելու համար բացեք {url}, մուտքագրեք դիմումի համարը և ծննդյան ամսաթիվը. մենք կոդ կուղարկենք ձեր հեռախոսին կամ էլ. փոստին։',
    az: 'Bu qəbzi saxlayın. Müraciətinizi izləmək üçün {url} açın, müraciət nömrəsini və doğum tarixinizi daxil edin; telefonunuza və ya e-poçtunuza kod göndərəcəyik.',
  },
  signed: {
    en: 'The QR code is signed by Homeward (key {keyId}). Anyone can check it at {url}, even without a connection, with this public key (Ed25519):',
    ru: 'QR-код подписан Homeward (ключ {keyId}). Проверить его может любой на {url}, даже без связи, с этим открытым ключом (Ed25519):',
    hy: 'QR կոդը ստորագրված է Homeward-ի կողմից (բանալի {keyId})։ Յուրաքանչյուրը կարող է ստուգել այն {url} հասցեում, նույնիսկ առանց կապի, այս բաց բանալիով (Ed25519)՝',
    az: 'QR kod Homeward tərəfindən imzalanıb (açar {keyId}). Hər kəs onu {url} ünvanında, hətta bağlantı olmadan, bu açıq açarla (Ed25519) yoxlaya bilər:',
  },
} satisfies Catalogue<string>;
