// Generates the JSON Schemas in fixtures/ocsf/ from the OCSF schema sources (the public
// ocsf/ocsf-schema repository, Apache-2.0), for the event classes --format ocsf writes:
//   node scripts/ocsf-schemas.mjs PATH-TO-ocsf-schema-GIT-DIR [TAG]
// Each class becomes one draft-07 schema: its attributes (the class, the classes it extends and
// the profiles it includes), the dictionary's types, the enum ids, the required attributes, the
// objects it reaches (as definitions) and their at_least_one / just_one constraints. Unknown
// attributes are refused (additionalProperties: false): a misspelt field fails the tests.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

const [gitDir, tag = '1.8.0'] = process.argv.slice(2);
if (!gitDir) {
  console.error('usage: node scripts/ocsf-schemas.mjs OCSF_SCHEMA_GIT_DIR [TAG]');
  process.exit(2);
}
const read = (path) => JSON.parse(execFileSync('git', ['-C', gitDir, 'show', `${tag}:${path}`], { encoding: 'utf8', maxBuffer: 1 << 26 }));
const list = (dir) => execFileSync('git', ['-C', gitDir, 'ls-tree', '-r', '--name-only', tag, dir], { encoding: 'utf8' }).trim().split('\n');

/** The profiles the events apply (metadata.profiles): the control's outcome, the acting host's actor. */
const PROFILES = ['security_control', 'host'];
const dictionary = read('dictionary.json');
const types = dictionary.types.attributes;
const dict = dictionary.attributes;
const version = read('version.json').version;

// Classes and objects by name.
const classFiles = new Map();
for (const f of list('events')) if (f.endsWith('.json')) classFiles.set(read(f).name, f);
const objectFiles = new Map();
for (const f of list('objects')) if (f.endsWith('.json')) objectFiles.set(read(f).name, f);

/** An attribute as refined by a child: its enum values add to the parent's (0 Unknown, 99 Other). */
function merge(parent, child) {
  if (child === null) return null;
  const out = { ...parent, ...child };
  if (parent?.enum && child.enum) out.enum = { ...parent.enum, ...child.enum };
  return out;
}

/** Attributes of a class or object with its parents and $includes merged (the child wins). */
function resolved(file, files) {
  const doc = read(file);
  let attrs = {};
  let constraints = doc.constraints;
  if (doc.extends && files.has(doc.extends)) {
    const parent = resolved(files.get(doc.extends), files);
    attrs = parent.attrs;
    constraints ??= parent.constraints;
  }
  const own = { ...doc.attributes };
  for (const inc of own.$include ?? []) {
    // A profile's attributes belong to an event only when it applies the profile.
    if (inc.startsWith('profiles/') && !PROFILES.includes(inc.slice(9, -5))) continue;
    const included = read(inc).attributes;
    for (const [k, v] of Object.entries(included)) attrs[k] = merge(attrs[k], v);
  }
  delete own.$include;
  for (const [k, v] of Object.entries(own)) attrs[k] = merge(attrs[k], v);
  return { doc, attrs, constraints, category: doc.category };
}

function baseType(t) {
  let type = t;
  while (types[type]?.type) type = types[type].type;
  return type;
}

const definitions = {};

function objectRef(name) {
  if (!definitions[name]) {
    definitions[name] = {}; // placeholder against cycles
    const { attrs, constraints } = resolved(objectFiles.get(name), objectFiles);
    definitions[name] = schemaOf(attrs, constraints);
  }
  return { $ref: `#/definitions/${name}` };
}

function attributeSchema(name, spec) {
  const d = merge(dict[name], spec);
  let s;
  // "object" is OCSF's free-form object (unmapped, data): any members.
  if ((d.object_type ?? d.type) === 'object') s = { type: 'object' };
  else if (d.type === 'object_t' || (d.type && objectFiles.has(d.type))) s = objectRef(d.object_type ?? d.type);
  else {
    const base = baseType(d.type);
    s = base === 'integer_t' || base === 'long_t' ? { type: 'integer' } : base === 'float_t' ? { type: 'number' } : base === 'boolean_t' ? { type: 'boolean' } : base === 'json_t' ? {} : { type: 'string' };
    if (d.enum && s.type === 'integer') s.enum = Object.keys(d.enum).map(Number);
  }
  return d.is_array ? { type: 'array', items: s } : s;
}

function schemaOf(attrs, constraints) {
  const properties = {};
  const required = [];
  for (const [name, spec] of Object.entries(attrs)) {
    if (spec === null || !dict[name]) continue;
    properties[name] = attributeSchema(name, spec);
    if (spec.requirement === 'required') required.push(name);
  }
  const s = { type: 'object', properties, additionalProperties: false };
  if (required.length) s.required = required.sort();
  if (constraints?.at_least_one) s.anyOf = constraints.at_least_one.map((k) => ({ required: [k] }));
  if (constraints?.just_one) s.oneOf = constraints.just_one.map((k) => ({ required: [k] }));
  return s;
}

const CLASSES = ['file_activity', 'process_activity', 'http_activity', 'network_activity', 'api_activity', 'detection_finding'];
const categories = read('categories.json').attributes;
mkdirSync('fixtures/ocsf', { recursive: true });
for (const name of CLASSES) {
  for (const k of Object.keys(definitions)) delete definitions[k];
  const { doc, attrs } = resolved(classFiles.get(name), classFiles);
  // The category comes from the nearest class that names one.
  let category = doc.category;
  for (let d = doc; !category && d.extends; d = read(classFiles.get(d.extends))) category = read(classFiles.get(d.extends)).category;
  const categoryUid = categories[category].uid;
  const classUid = categoryUid * 1000 + doc.uid;
  const schema = schemaOf(attrs);
  const activities = Object.keys(attrs.activity_id.enum).map(Number);
  schema.properties.class_uid = { const: classUid };
  schema.properties.category_uid = { const: categoryUid };
  schema.properties.activity_id = { enum: activities };
  schema.properties.type_uid = { enum: activities.map((a) => classUid * 100 + a) };
  const out = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `https://schema.ocsf.io/${version}/classes/${name}.schema.json`,
    title: `OCSF ${version} ${doc.caption} (${classUid})`,
    ...schema,
    definitions: { ...definitions },
  };
  writeFileSync(`fixtures/ocsf/${name}.schema.json`, JSON.stringify(out, null, 1) + '\n');
  console.log(`${name}: class_uid ${classUid}, ${Object.keys(definitions).length} objects, required ${schema.required.join(', ')}`);
}
