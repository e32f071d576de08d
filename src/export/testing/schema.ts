import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';

/** The export JSON Schema compiled with ajv (strict mode): the whole export, or one `$defs` record. */
export const exportSchema = JSON.parse(readFileSync(new URL('../export.schema.json', import.meta.url), 'utf8'));

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
ajv.addSchema(exportSchema);

export function validator(def?: string): ValidateFunction {
  const ref = def ? `${exportSchema.$id}#/$defs/${def}` : exportSchema.$id;
  const v = ajv.getSchema(ref);
  if (!v) throw new Error(`no schema ${ref}`);
  return v;
}
