/**
 * CLDR 48 facts for the two languages whose data browsers lack (reference/locale_cldr48.json):
 * Chrome's ICU ships no Armenian and only part of Azerbaijani, so Intl there formats hy dates as
 * US English and az numbers with the wrong separators. A test keeps these facts equal to the reference.
 */
export interface CldrFacts {
  /** The medium date pattern (LDML). */
  mediumDate: string;
  shortTime: string;
  monthsAbbr: string[];
  monthsStandaloneWide: string[];
  decimal: string;
  group: string;
  minimumGroupingDigits: number;
  /** What correct formatting gives, to tell whether the browser's Intl can be trusted. */
  samples: { instant: string; medium: string; number: string };
}

export const cldrFacts: Record<'az' | 'hy', CldrFacts> = {
  az: {"mediumDate": "d MMM y", "shortTime": "HH:mm", "monthsAbbr": ["yan", "fev", "mar", "apr", "may", "iyn", "iyl", "avq", "sen", "okt", "noy", "dek"], "monthsStandaloneWide": ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"], "decimal": ",", "group": ".", "minimumGroupingDigits": 1, "samples": {"instant": "2023-09-28T14:05:00Z", "medium": "28 sen 2023", "number": "1.234.567,891"}},
  hy: {"mediumDate": "dd MMM, y թ.", "shortTime": "HH:mm", "monthsAbbr": ["հնվ", "փտվ", "մրտ", "ապր", "մյս", "հնս", "հլս", "օգս", "սեպ", "հոկ", "նոյ", "դեկ"], "monthsStandaloneWide": ["հունվար", "փետրվար", "մարտ", "ապրիլ", "մայիս", "հունիս", "հուլիս", "օգոստոս", "սեպտեմբեր", "հոկտեմբեր", "նոյեմբեր", "դեկտեմբեր"], "decimal": ",", "group": " ", "minimumGroupingDigits": 2, "samples": {"instant": "2023-09-28T14:05:00Z", "medium": "28 սեպ, 2023 թ.", "number": "1 234 567,891"}},
};
