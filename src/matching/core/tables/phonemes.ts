/**
 * The phoneme alphabet every script is read into before names are compared.
 *
 * One symbol stands for a whole class of sounds that the spellings in NAMES.md do not keep apart:
 *   p  բ պ փ, b p    — Western Armenian swaps voiced and voiceless stops (Bedros = Petros)
 *   t  դ տ թ, d t
 *   k  գ կ ք ղ խ, g k q gh ğ kh x — Ղ is gh/г/к/х/q, Խ is kh/x/х, Գ/Կ swap in Western Armenian
 *   č  ժ ջ ճ չ, zh j dzh dj ch tch ç č ž c(az) — zh/j/ž and j/ch are each one class in NAMES.md
 *   ʦ  ծ ց ձ, ts tz dz c(iso) ц — dz/ts devoicing
 *   š  շ, sh ş š ш щ
 *   h  հ, h һ — resolved later (dropped word-initially, г/х elsewhere, see phonetics.ts)
 * Vowels a e i o u and the glide y; ə ä ը է ы э fold into e or i.
 * The non-ASCII symbols č š ʦ read back as themselves, so a skeleton normalises to itself.
 */
export const VOWELS = 'aeiou';

/** Symbols that the Latin reader must map to themselves (idempotence of the skeleton). */
export const CLASS_SYMBOLS = { affricate: 'č', sibilant: 'š', dental: 'ʦ' } as const;
