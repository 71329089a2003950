import { danglingReferences } from '../validate/danglingReferences';
import { missingDeliverables } from '../validate/missingDeliverables';
import type { Rule } from './rule';

/** Every engagement-level rule, in report order. Adding a rule means adding it here. */
export const RULES: readonly Rule[] = [missingDeliverables, danglingReferences];
