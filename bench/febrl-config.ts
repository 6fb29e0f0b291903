/**
 * How the FEBRL benchmark configures the engine. FEBRL records carry an address, which a registry
 * with addresses would block on too; so its rules are the person rules plus three address rules.
 * Nothing else is set: the threshold and the model are the defaults, estimated by EM.
 */
import { type BlockingRule, DEFAULT_BLOCKING_RULES } from '../src/matching/core/index.js';

export const FEBRL_BLOCKING_RULES: readonly BlockingRule[] = [
  ...DEFAULT_BLOCKING_RULES,
  ['extra:postcode', 'extra:street_number'],
  ['extra:suburb', 'birthYear'],
  ['extra:address_1', 'extra:postcode'],
];
