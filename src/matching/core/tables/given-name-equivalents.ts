/**
 * Given names that denote the same person without being spellings of one another. Two sources:
 * - Soviet documents recorded the Russian counterpart of an Armenian name (NAMES.md lists Hakob ↔
 *   Яков … Samvel ↔ Самуил; Marshal Hovhannes Baghramyan was Иван Баграмян in Soviet papers).
 * - Everyday diminutives that people give at a reception desk (Zhora for Gevorg/Георгий,
 *   Volodya for Vladimir, Edik for Eduard, Yurik for Yuri, Rafik for Rafael, Nikol for Nikolay).
 * Spelling variants (Hagop, Акоп) are listed too so each class reads as a whole, but the
 * normaliser already brings those together; the table is read through normaliseName.
 * A match through this table is a weaker agreement level than the same skeleton.
 */
export const GIVEN_NAME_EQUIVALENTS: readonly (readonly string[])[] = [
  ['Հակոբ', 'Hakob', 'Hagop', 'Акоп', 'Яков', 'Yakov', 'Jacob', 'Jakob'],
  ['Գրիգոր', 'Grigor', 'Krikor', 'Григорий', 'Grigoriy', 'Гриша', 'Grisha', 'Gregory'],
  ['Միքայել', 'Mikayel', 'Михаил', 'Mikhail', 'Миша', 'Misha', 'Michael'],
  ['Գևորգ', 'Gevorg', 'Kevork', 'Георгий', 'Georgiy', 'Жора', 'Zhora', 'Жорик', 'George'],
  ['Պետրոս', 'Petros', 'Bedros', 'Пётр', 'Petr', 'Pyotr', 'Peter', 'Петя'],
  ['Պողոս', 'Poghos', 'Boghos', 'Павел', 'Pavel', 'Паша', 'Paul'],
  ['Վլադիմիր', 'Vladimir', 'Володя', 'Volodya', 'Вова', 'Vova'],
  ['Սամվել', 'Samvel', 'Самуил', 'Samuil', 'Samuel'],
  ['Հովհաննես', 'Hovhannes', 'Оганес', 'Иван', 'Ivan', 'John', 'Հովո', 'Hovo'],
  ['Հովսեփ', 'Hovsep', 'Иосиф', 'Iosif', 'Осип', 'Joseph'],
  ['Մովսես', 'Movses', 'Моисей', 'Moisey', 'Moses'],
  ['Դավիթ', 'Davit', 'Давид', 'David', 'Դավո', 'Davo'],
  ['Ստեփան', 'Stepan', 'Ստեփանոս', 'Stepanos', 'Стёпа', 'Stephen'],
  ['Ալեքսանդր', 'Aleksandr', 'Alexander', 'Ալեքսան', 'Aleksan', 'Саша', 'Sasha'],
  ['Նիկոլ', 'Nikol', 'Николай', 'Nikolay', 'Коля', 'Kolya'],
  ['Էդուարդ', 'Eduard', 'Էդիկ', 'Эдик', 'Edik'],
  ['Յուրի', 'Yuri', 'Юрий', 'Юра', 'Yura', 'Юрик', 'Yurik'],
  ['Ռաֆայել', 'Rafayel', 'Rafael', 'Ռաֆիկ', 'Рафик', 'Rafik'],
  ['Սերգեյ', 'Sergey', 'Серёжа', 'Seryozha', 'Серж', 'Serzh', 'Serge'],
  ['Մարիամ', 'Mariam', 'Мария', 'Maria', 'Mary', 'Մարո', 'Maro', 'Маша', 'Masha'],
  ['Աննա', 'Anna', 'Аня', 'Anya', 'Ann'],
];

/**
 * Armenian genitives that drop a vowel (NAMES.md: Դավիթ → Դավթի, Սարգիս → Սարգսի,
 * Մկրտիչ → Մկրտչի; also Խաչատուր → Խաչատրի). Pairs of stem-without-ի and nominative.
 */
export const VOWEL_DROP_GENITIVES: readonly (readonly [string, string])[] = [
  ['Դավթ', 'Դավիթ'],
  ['Սարգս', 'Սարգիս'],
  ['Մկրտչ', 'Մկրտիչ'],
  ['Խաչատր', 'Խաչատուր'],
  ['Աստվածատր', 'Աստվածատուր'],
];
