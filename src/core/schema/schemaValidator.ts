import type { ErrorObject } from 'ajv';
import { isMarkdownKind, type Kind, type YamlKind } from '../method/kinds';
import * as generated from './generated/validators';

/** A validator compiled at build time (scripts/build-validators.mjs): Ajv's standalone code. */
type Validate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

const V = generated as unknown as Record<string, Validate>;

/** The generated validator of every YAML kind (camelCased schema file names). */
const BY_KIND: Record<YamlKind, Validate> = {
  engagement: V.engagement,
  stakeholders: V.stakeholders,
  requirements: V.requirements,
  activities: V.activities,
  'interface-form': V.interfaceForm,
  pricing: V.pricing,
  tender: V.tender,
  'deviation-table': V.deviationTable,
  'bid-control': V.bidControl,
  reviews: V.reviews,
};

/**
 * Validates a parsed value against its kind's schema. The validators are generated at build time from the
 * same schemas with the same Ajv options, so nothing is compiled (and no `new Function` runs) at run time.
 */
export function validateAgainstSchema(kind: Kind, value: unknown): ErrorObject[] {
  const validate = isMarkdownKind(kind) ? V.markdownFrontMatter : BY_KIND[kind];
  return validate(value) ? [] : [...(validate.errors ?? [])];
}
