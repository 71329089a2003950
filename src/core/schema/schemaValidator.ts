import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Kind } from '../method/kinds';
import { schemaFor } from './schemaRegistry';

let ajv: Ajv | undefined;
const compiled = new Map<Kind, ValidateFunction>();

/** Validates a parsed value against its kind's schema; compiles each schema once, on first use. */
export function validateAgainstSchema(kind: Kind, value: unknown): ErrorObject[] {
  let validate = compiled.get(kind);
  if (!validate) {
    ajv ??= addFormats(new Ajv({ allErrors: true, strict: true, verbose: true }), ['date', 'date-time', 'email', 'uri']);
    validate = ajv.compile(schemaFor(kind));
    compiled.set(kind, validate);
  }
  return validate(value) ? [] : [...(validate.errors ?? [])];
}
