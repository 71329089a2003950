import activities from '../../../schemas/activities.schema.json';
import bidControl from '../../../schemas/bid-control.schema.json';
import deviationTable from '../../../schemas/deviation-table.schema.json';
import engagement from '../../../schemas/engagement.schema.json';
import interfaceForm from '../../../schemas/interface-form.schema.json';
import frontMatter from '../../../schemas/markdown-front-matter.schema.json';
import pricing from '../../../schemas/pricing.schema.json';
import requirements from '../../../schemas/requirements.schema.json';
import reviews from '../../../schemas/reviews.schema.json';
import stakeholders from '../../../schemas/stakeholders.schema.json';
import tender from '../../../schemas/tender.schema.json';
import { isMarkdownKind, type Kind, type YamlKind } from '../method/kinds';

/** The JSON Schema of every YAML kind (bundled at build time; no file I/O at run time). */
const YAML_SCHEMAS: Record<YamlKind, object> = {
  engagement,
  stakeholders,
  requirements,
  activities,
  'interface-form': interfaceForm,
  pricing,
  tender,
  'deviation-table': deviationTable,
  'bid-control': bidControl,
  reviews,
};

/** The schema a file of `kind` is validated against (Markdown kinds share the front-matter schema). */
export function schemaFor(kind: Kind): object {
  return isMarkdownKind(kind) ? frontMatter : YAML_SCHEMAS[kind];
}

/** Every schema, for compiling once. */
export const ALL_SCHEMAS: readonly object[] = [...Object.values(YAML_SCHEMAS), frontMatter];
