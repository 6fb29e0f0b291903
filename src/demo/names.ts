/**
 * Names for synthetic residents, each as it is written in Armenian, in Russian practice and in
 * passport-style Latin. These are common names of the region; the demo people are made up.
 */
export interface NameForms {
  hy: string;
  ru: string;
  en: string;
}

const table = (rows: string): NameForms[] =>
  rows
    .trim()
    .split('\n')
    .map((line) => {
      const [en, hy, ru] = line.trim().split(/\s+/);
      return { en: en!, hy: hy!, ru: ru! };
    });

export const maleNames = table(`
  Aram Արամ Арам
  Armen Արմեն Армен
  Arsen Արսեն Арсен
  Artur Արթուր Артур
  Ashot Աշոտ Ашот
  Davit Դավիթ Давид
  Gagik Գագիկ Гагик
  Garik Գարիկ Гарик
  Gevorg Գևորգ Геворг
  Grigor Գրիգոր Григор
  Hakob Հակոբ Акоп
  Hamlet Համլետ Гамлет
  Hayk Հայկ Айк
  Hovhannes Հովհաննես Ованес
  Karen Կարեն Карен
  Levon Լևոն Левон
  Manvel Մանվել Манвел
  Mher Մհեր Мгер
  Mikayel Միքայել Микаел
  Narek Նարեկ Нарек
  Norayr Նորայր Норайр
  Petros Պետրոս Петрос
  Ruben Ռուբեն Рубен
  Samvel Սամվել Самвел
  Sargis Սարգիս Саркис
  Suren Սուրեն Сурен
  Tigran Տիգրան Тигран
  Vahan Վահան Ваган
  Vardan Վարդան Вардан
  Vazgen Վազգեն Вазген
  Yervand Երվանդ Ерванд
  Andranik Անդրանիկ Андраник
  Edik Էդիկ Эдик
  Robert Ռոբերտ Роберт
  Hrant Հրանտ Грант
  Khachik Խաչիկ Хачик
  Arkadi Արկադի Аркадий
  Volodya Վոլոդյա Володя
`);

export const femaleNames = table(`
  Anahit Անահիտ Анаит
  Anna Աննա Анна
  Armine Արմինե Армине
  Astghik Աստղիկ Астхик
  Gayane Գայանե Гаяне
  Hasmik Հասմիկ Асмик
  Karine Կարինե Карине
  Lilit Լիլիթ Лилит
  Lusine Լուսինե Лусине
  Marine Մարինե Марине
  Mariam Մարիամ Мариам
  Narine Նարինե Нарине
  Nune Նունե Нуне
  Ruzanna Ռուզաննա Рузанна
  Siranush Սիրանուշ Сирануш
  Susanna Սուսաննա Сусанна
  Tatevik Տաթևիկ Татевик
  Zaruhi Զարուհի Заруи
  Gohar Գոհար Гоар
  Nvard Նվարդ Нвард
  Shushan Շուշան Шушан
  Alvard Ալվարդ Алвард
  Arpine Արփինե Арпине
  Emma Էմմա Эмма
  Hripsime Հռիփսիմե Рипсиме
  Knarik Քնարիկ Кнарик
  Varsenik Վարսենիկ Варсеник
  Yeva Եվա Ева
  Sona Սոնա Сона
  Ani Անի Ани
  Anush Անուշ Ануш
  Heghine Հեղինե Эгине
`);

export const surnames = table(`
  Hovhannisyan Հովհաննիսյան Оганесян
  Harutyunyan Հարությունյան Арутюнян
  Sargsyan Սարգսյան Саргсян
  Khachatryan Խաչատրյան Хачатрян
  Grigoryan Գրիգորյան Григорян
  Petrosyan Պետրոսյան Петросян
  Hakobyan Հակոբյան Акопян
  Vardanyan Վարդանյան Варданян
  Karapetyan Կարապետյան Карапетян
  Gevorgyan Գևորգյան Геворгян
  Avetisyan Ավետիսյան Аветисян
  Mkrtchyan Մկրտչյան Мкртчян
  Poghosyan Պողոսյան Погосян
  Ghazaryan Ղազարյան Казарян
  Martirosyan Մարտիրոսյան Мартиросян
  Stepanyan Ստեփանյան Степанян
  Hayrapetyan Հայրապետյան Айрапетян
  Baghdasaryan Բաղդասարյան Багдасарян
  Manukyan Մանուկյան Манукян
  Danielyan Դանիելյան Даниелян
  Simonyan Սիմոնյան Симонян
  Mnatsakanyan Մնացականյան Мнацаканян
  Galstyan Գալստյան Галстян
  Babayan Բաբայան Бабаян
  Arakelyan Առաքելյան Аракелян
  Ghukasyan Ղուկասյան Гукасян
  Melkonyan Մելքոնյան Мелконян
  Asatryan Ասատրյան Асатрян
  Yeghiazaryan Եղիազարյան Егиазарян
  Ohanyan Օհանյան Оганян
  Sahakyan Սահակյան Саакян
  Movsisyan Մովսիսյան Мовсисян
  Beglaryan Բեգլարյան Бегларян
  Ter-Petrosyan Տեր-Պետրոսյան Тер-Петросян
  Balayan Բալայան Балаян
  Hambardzumyan Համբարձումյան Амбарцумян
  Ayvazyan Այվազյան Айвазян
  Tovmasyan Թովմասյան Товмасян
  Zakaryan Զաքարյան Закарян
  Arzumanyan Արզումանյան Арзуманян
  Shahinyan Շահինյան Шагинян
  Ulubabyan Ուլուբաբյան Улубабян
  Gasparyan Գասպարյան Гаспарян
  Nersisyan Ներսիսյան Нерсисян
  Israelyan Իսրայելյան Исраелян
  Atayan Աթայան Атаян
`);

/** The father's given name as a patronymic, in each script's own convention. */
export function patronymicForms(father: NameForms, childIsFemale: boolean): NameForms {
  const irregular: Record<string, string> = { Դավիթ: 'Դավթի', Սարգիս: 'Սարգսի', Մկրտիչ: 'Մկրտչի' };
  const hy = irregular[father.hy] ?? (/[աեէըիոօ]$/u.test(father.hy) ? `${father.hy}յի` : `${father.hy}ի`);
  const stem = father.ru.replace(/й$/u, '');
  const soft = /[йжчшщц]$/u.test(father.ru);
  const ru = `${stem}${soft ? (childIsFemale ? 'евна' : 'евич') : childIsFemale ? 'овна' : 'ович'}`;
  return { hy, ru, en: /[aeiou]$/.test(father.en) ? `${father.en}yi` : `${father.en}i` };
}

/** How an Azerbaijani clerk writes a Russian-form name in Latin (BGN/PCGN 1993 correspondences). */
export function azerbaijaniLatin(russian: string): string {
  const map: Record<string, string> = {
    а: 'a', б: 'b', в: 'v', г: 'q', д: 'd', е: 'e', ё: 'yo', ж: 'j', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
    о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'x', ц: 'ts', ч: 'ç', ш: 'ş', щ: 'şç', ъ: '', ы: 'ı', ь: '',
    э: 'e', ю: 'yu', я: 'ya', '-': '-',
  };
  const out = [...russian.replace(/Дж|дж/g, (m) => (m[0] === 'Д' ? 'C' : 'c'))]
    .map((ch) => {
      const lower = ch.toLowerCase();
      const latin = map[lower] ?? ch;
      return ch === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
    })
    .join('');
  return out;
}
