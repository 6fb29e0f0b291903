import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { match } from '../../src/cli/match.js';
import { loadConfig } from '../../src/config.js';

/** A partner's list with three people written twice, in other scripts, and a father/son pair that must stay apart. */
const list = `id,given_name,patronymic,family_name,sex,birth_date,phone,document_number
a1,Արամ,Գագիկի,Հովհաննիսյան,male,1961-03-14,+37497123456,
a2,Арам,Гагикович,Оганесян,male,1961-03-14,,
b1,Hasmik,,Ghazaryan,female,1975-11-02,,AR1452415
b2,Асмик,,Казарян,female,1975-02-11,,АR1452415
c1,Gevorg,,Sargsyan,male,1950-02-01,+37497654321,
c2,Gevorg,Gevorgovich,Sargsyan,male,1976-08-09,+37497654321,
d1,Լուսինե,,Մարտիրոսյան,female,1988,,
d2,Lusine,,Martirosyan,female,1988-06-30,,
e1,Anna,,Petrosyan,female,1990-01-01,,
`;

describe('homeward match FILE.csv', () => {
  it('writes the pairs that are one person, and only those', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'homeward-match-'));
    const input = path.join(dir, 'list.csv');
    const out = path.join(dir, 'pairs.csv');
    fs.writeFileSync(input, list);
    await match(loadConfig({ HOMEWARD_DATA_DIR: dir }), input, { out });
    const [header, ...lines] = fs.readFileSync(out, 'utf8').trim().split('\n');
    expect(header).toBe('id_a,id_b,score');
    const pairs = lines.map((l) => l.split(',').slice(0, 2).sort().join('+')).sort();
    expect(pairs).toEqual(['a1+a2', 'b1+b2', 'd1+d2']);
    for (const l of lines) expect(Number(l.split(',')[2])).toBeGreaterThanOrEqual(0.9);
  });
});
