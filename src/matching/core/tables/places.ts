/**
 * Places of the region whose names differ outright between languages (NAMES.md "Place names"):
 * no spelling rule bridges Xankəndi and Stepanakert, so the matcher knows these groups. The store's
 * gazetteer (reference/gazetteer.csv, aliases.csv) is the full list; callers that resolve places
 * pass gazetteer ids instead, and this table only helps when a birth place arrives as text.
 * Each group's first entry names it.
 */
export const PLACE_NAME_GROUPS: readonly (readonly string[])[] = [
  ['Xankəndi', 'Ստեփանակերտ', 'Степанакерт', 'Ханкенди', 'Stepanakert', 'Khankendi'],
  ['Şuşa', 'Շուշի', 'Шуша', 'Shusha', 'Shushi'],
  ['Əsgəran', 'Ասկերան', 'Аскеран', 'Askeran'],
  ['Xocalı', 'Իվանյան', 'Խոջալու', 'Ходжалы', 'Khojaly', 'Ivanyan'],
  ['Xocavənd', 'Մարտունի', 'Мартуни', 'Ходжавенд', 'Martuni', 'Khojavend'],
  ['Ağdərə', 'Մարտակերտ', 'Мартакерт', 'Мардакерт', 'Агдере', 'Martakert', 'Aghdara'],
  ['Hadrut', 'Հադրութ', 'Гадрут'],
  ['Laçın', 'Բերձոր', 'Лачин', 'Бердзор', 'Lachin', 'Berdzor'],
  ['Kəlbəcər', 'Քարվաճառ', 'Кельбаджар', 'Карвачар', 'Kalbajar', 'Karvachar'],
  ['Ağdam', 'Ակնա', 'Աղդամ', 'Агдам', 'Aghdam', 'Akna'],
  ['Füzuli', 'Վարանդա', 'Физули', 'Fuzuli', 'Varanda'],
  ['Cəbrayıl', 'Ջրական', 'Джебраил', 'Jabrayil', 'Jrakan'],
  ['Zəngilan', 'Կովսական', 'Зангелан', 'Zangilan', 'Kovsakan'],
  ['Qubadlı', 'Սանասար', 'Кубатлы', 'Qubadli', 'Sanasar'],
  ['Çartar', 'Ճարտար'],
  ['Talış', 'Թալիշ'],
  ['Suqovuşan', 'Մատաղիս', 'Matagis'],
  ['Vəng', 'Վանք', 'Vank'],
  ['Daşaltı', 'Քարին տակ', 'Karin Tak'],
  ['Çanaqçı', 'Ավետարանոց', 'Avetaranots'],
  ['Tuğ', 'Տող', 'Togh'],
  ['Şuşakənd', 'Շոշ', 'Shosh'],
  ['Böyük Tağlar', 'Մեծ Թաղեր', 'Mets Taghler'],
  ['Həsənriz', 'Հաթերք', 'Haterk'],
  ['Zabux', 'Աղավնո', 'Aghavno'],
  ['Yerevan', 'İrəvan', 'Երևան', 'Ереван'],
  ['Baku', 'Bakı', 'Բաքու', 'Баку'],
  ['Sumgait', 'Sumqayıt', 'Սումգայիթ', 'Сумгаит'],
  ['Ganja', 'Gəncə', 'Գյանջա', 'Կիրովաբադ', 'Гянджа', 'Кировабад', 'Kirovabad'],
];
