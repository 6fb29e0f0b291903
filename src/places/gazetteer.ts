import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { referenceFile } from '../platform/paths.js';

export interface GazetteerPlace {
  id: string;
  kind: string;
  district_id: string;
  name_az: string;
  name_hy: string;
  name_hy_latn: string;
  name_ru: string;
  name_en: string;
  lat: string;
  lon: string;
  note: string;
}

export interface GazetteerAlias {
  place_id: string;
  name: string;
  lang: string;
  name_type: string;
  period: string;
  source: string;
}

const read = <T>(file: string): T[] => parse(fs.readFileSync(referenceFile(file)), { columns: true, skip_empty_lines: true, trim: true }) as T[];

/** The shipped gazetteer (reference/gazetteer.csv and aliases.csv). */
export function readGazetteer() {
  return { places: read<GazetteerPlace>('gazetteer.csv'), aliases: read<GazetteerAlias>('aliases.csv') };
}

/**
 * A gazetteer cell may hold several names ("Ханкенди / Степанакерт", "Khojalu (Ivanyan)");
 * each one is a name the place can be found by.
 */
export function splitNames(cell: string): string[] {
  return cell
    .split(/\s+\/\s+|[()]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 1);
}
