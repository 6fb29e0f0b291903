/**
 * A blocklist of passwords that appear again and again in breach corpora, with the long forms
 * people reach for when told to use 15 characters. Repetitions and keyboard runs are refused by
 * shape in `isTrivial`, so they need not be listed.
 */
const listed = `
password passw0rd p@ssw0rd p@ssword password1 password123 password1234 passwordpassword
123456 1234567 12345678 123456789 1234567890 12345678910 123456789012345 1234567891011
qwerty qwerty123 qwertyuiop qwertyuiopasdfg qwertyuiopasdfghjkl qwertyuiop123456 1q2w3e4r5t 1q2w3e4r5t6y7u8i
1qaz2wsx 1qaz2wsx3edc 1qaz2wsx3edc4rfv zaq12wsx zaq1zaq1zaq1zaq1 asdfghjkl asdfghjkl123456 zxcvbnm zxcvbnm123456
iloveyou iloveyouiloveyou iloveyou123456 letmein letmeinletmein welcome welcome123 welcome1234567 welcometohomeward
admin admin123 administrator administrator1 administrator123 adminadminadmin rootroot toor changeme changeme123
changemenow changemeplease monkey dragon football baseball sunshine princess shadow master master123
superman batman trustno1 starwars whatever freedom abc123 abcdef abcdefghijklmno abcdefghijklmnop
abcd1234abcd1234 correcthorsebatterystaple thequickbrownfox thequickbrownfoxjumpsoverthelazydog
homeward homeward123 homewardhomeward homeward2026 registrar registrar123 reviewer reviewer123
supervisor supervisor123 migration migrationservice khankendi stepanakert xankendi karabakh artsakh
azerbaijan azerbaycan armenia hayastan yerevan baku baki qarabag qarabağ 
parol parol123 parolparol parol12345678 parolparolparol gizli sifre şifre sifre123 gaxtnabar
`;

export const commonPasswords: ReadonlySet<string> = new Set(listed.split(/\s+/).filter(Boolean));

const rows = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'abcdefghijklmnopqrstuvwxyz', 'йцукенгшщзхъ', 'фывапролджэ'];

/** One character repeated, a short chunk repeated, or a run along a keyboard row or the alphabet. */
export function isTrivial(password: string): boolean {
  const p = password.toLowerCase();
  if (/^(.{1,4})\1+$/u.test(p)) return true;
  return rows.some((row) => (row + row).includes(p) || (row + row).split('').reverse().join('').includes(p));
}
