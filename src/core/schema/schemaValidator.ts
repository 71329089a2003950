import type { ErrorObject } from 'ajv';
import { VALIDATORS, type SchemaName, type Validate } from '../../../generated/validators';
import { KIND_SPECS, type Kind } from '../method/kinds';

/**
 * Validates a parsed value against the schema its kind names (`KindSpec.schema`). The validators are
 * generated at build time (scripts/build-validators.mjs) from the same schemas with the same Ajv options, so
 * nothing is compiled (and no `new Function` runs) at run time. A kind naming a schema that does not exist
 * fails loudly here, never silently validates nothing (test/unit/schema/generatedValidators.test.ts).
 */
export function validateAgainstSchema(kind: Kind, value: unknown): ErrorObject[] {
  const validate = validatorOf(KIND_SPECS[kind].schema);
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

/** The generated validator of a schema name. */
export function validatorOf(schema: string): Validate {
  const validate = Object.prototype.hasOwnProperty.call(VALIDATORS, schema) ? VALIDATORS[schema as SchemaName] : undefined;
  if (!validate) throw new Error(`no schema named "${schema}" in schemas/ (rebuild: node scripts/build-validators.mjs)`);
  return validate;
}
