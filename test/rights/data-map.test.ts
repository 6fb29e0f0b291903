import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataMap } from '../../src/rights/core/data-map.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { everyTable } from './support.js';

/** A table added without deciding what erasure does to it fails here, and is then added to the map. */
describe('what erasure does to every table', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('sqlite');
  });
  afterAll(() => t?.close());

  it('is decided for every table of the store, and for no table that does not exist', async () => {
    const tables = Object.keys(await everyTable(t)).sort();
    expect(Object.keys(dataMap).sort()).toEqual(tables);
  });
});
