// A small JSON Schema (draft-07) checker for the keywords schemas/sidecar.schema.json uses,
// so a test can hold the hand-written validator to the shipped schema. It throws on any
// keyword it does not implement, so the schema cannot grow a rule this test ignores.

type Schema = Record<string, unknown>;

const ANNOTATION_KEYWORDS = new Set(['$schema', '$id', 'title', 'description', 'definitions']);
const CHECKED = new Set(['$ref', 'type', 'required', 'properties', 'additionalProperties', 'items', 'uniqueItems', 'enum', 'const', 'pattern', 'minLength', 'minimum']);

function typeOk(type: string, v: unknown): boolean {
  switch (type) {
    case 'object':
      return typeof v === 'object' && v !== null && !Array.isArray(v);
    case 'array':
      return Array.isArray(v);
    case 'string':
      return typeof v === 'string';
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'number':
      return typeof v === 'number';
    case 'boolean':
      return typeof v === 'boolean';
    default:
      throw new Error(`type ${type} not supported by the test checker`);
  }
}

/** Paths of all violations (empty when valid). */
export function schemaErrors(root: Schema, value: unknown): string[] {
  const errors: string[] = [];
  const visit = (schema: Schema, v: unknown, path: string): void => {
    for (const key of Object.keys(schema)) {
      if (!ANNOTATION_KEYWORDS.has(key) && !CHECKED.has(key)) throw new Error(`keyword ${key} not supported by the test checker`);
    }
    if (typeof schema.$ref === 'string') {
      const name = /^#\/definitions\/(.+)$/.exec(schema.$ref)?.[1];
      const target = name ? (root.definitions as Record<string, Schema>)[name] : undefined;
      if (!target) throw new Error(`unresolved $ref ${schema.$ref}`);
      visit(target, v, path);
    }
    if (typeof schema.type === 'string' && !typeOk(schema.type, v)) return void errors.push(`${path}: type`);
    if ('const' in schema && v !== schema.const) errors.push(`${path}: const`);
    if (Array.isArray(schema.enum) && !schema.enum.includes(v)) errors.push(`${path}: enum`);
    if (typeof v === 'string') {
      if (typeof schema.minLength === 'number' && [...v].length < schema.minLength) errors.push(`${path}: minLength`);
      if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(v)) errors.push(`${path}: pattern`);
    }
    if (typeof v === 'number' && typeof schema.minimum === 'number' && v < schema.minimum) errors.push(`${path}: minimum`);
    if (Array.isArray(v)) {
      if (schema.items) v.forEach((item, i) => visit(schema.items as Schema, item, `${path}[${i}]`));
      if (schema.uniqueItems && new Set(v.map((x) => JSON.stringify(x))).size !== v.length) errors.push(`${path}: uniqueItems`);
    }
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      const obj = v as Record<string, unknown>;
      for (const r of (schema.required as string[] | undefined) ?? []) if (!(r in obj)) errors.push(`${path}: required ${r}`);
      const props = (schema.properties as Record<string, Schema> | undefined) ?? {};
      for (const [k, val] of Object.entries(obj)) {
        if (props[k]) visit(props[k]!, val, `${path}.${k}`);
        else if (schema.additionalProperties === false) errors.push(`${path}.${k}: additionalProperties`);
      }
    }
  };
  visit(root, value, '$');
  return errors;
}
