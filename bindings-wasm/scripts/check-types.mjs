// Fails when the hand-written declarations (src/types.d.ts) drift from the records the core hands out, as
// core/schema/records.schema.json (generated from the core's types) describes them.
//
// For every exported interface named like a `$defs` entry (or mapped in SCHEMA_NAME): the same property
// names; `?` on exactly the properties the schema does not require; and the same records and enums
// referenced by each property (`milestone_reason: Reason | null` where the schema has `$ref: Reason`, not
// `string | null`). For every exported union of string literals named like a schema enum: the same
// literals. For a union of object types tagged by `kind` (Uncertainty): the same variants, each checked as
// an interface. Every record and enum of the schema must be declared, unless listed in NOT_DECLARED.
//
// Usage: node scripts/check-types.mjs [types.d.ts] [records.schema.json]
import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const here = join(dirname(fileURLToPath(import.meta.url)), "..");
const declarationsFile = process.argv[2] ?? join(here, "src", "types.d.ts");
const schemaFile = process.argv[3] ?? join(here, "..", "core", "schema", "records.schema.json");

/** TypeScript names that differ from the core's (in JavaScript, `Plan` is the class; its data is `PlanData`). */
const SCHEMA_NAME = {
  PlanData: "Plan",
  PlanDocument: "Document",
  ObservationSetData: "ObservationSet",
  ScorecardData: "Scorecard",
  ScorecardRow: "Row",
  CatalogueData: "Catalogue",
  AlignmentData: "Alignment",
};
/** Records and enums of the schema with no declaration here, and why. */
const NOT_DECLARED = {
  MilestoneRow: "the milestone table is not bound in JavaScript",
};

const defs = JSON.parse(readFileSync(schemaFile, "utf8")).$defs;
const text = readFileSync(declarationsFile, "utf8");
const source = ts.createSourceFile(declarationsFile, text, ts.ScriptTarget.Latest, true);
const problems = [];
const problem = (message) => problems.push(message);

// ---- The schema's side ----

/** The string literals of an enum definition (`enum`, or `oneOf` of `const`s), or null. */
function enumLiterals(def) {
  if (Array.isArray(def.enum)) return def.enum;
  if (!Array.isArray(def.oneOf)) return null;
  const literals = [];
  for (const variant of def.oneOf) {
    if (typeof variant.const === "string") literals.push(variant.const);
    else if (Array.isArray(variant.enum)) literals.push(...variant.enum);
    else return null;
  }
  return literals;
}

/** The variants of a union of objects tagged by one constant property: `[tag, value, variant]`, or null. */
function taggedVariants(def) {
  if (!Array.isArray(def.oneOf) || enumLiterals(def)) return null;
  const variants = [];
  for (const variant of def.oneOf) {
    const tag = Object.entries(variant.properties ?? {}).find(([, p]) => typeof p.const === "string");
    if (!tag) return null;
    variants.push([tag[0], tag[1].const, variant]);
  }
  return variants;
}

/** What a definition is: a record (properties), an enum, a tagged union, or a scalar (`Dong`: a number). */
function kindOf(def) {
  if (def.properties) return "record";
  if (enumLiterals(def)) return "enum";
  if (taggedVariants(def)) return "tagged union";
  return "scalar";
}

/** The records and enums a schema node refers to (through `anyOf`, `items`, `prefixItems`, ...). */
function schemaRefs(node, out = new Set()) {
  if (Array.isArray(node)) {
    for (const n of node) schemaRefs(n, out);
  } else if (node && typeof node === "object") {
    if (typeof node.$ref === "string") {
      const name = node.$ref.replace("#/$defs/", "");
      if (defs[name] && kindOf(defs[name]) !== "scalar") out.add(name);
    }
    for (const value of Object.values(node)) schemaRefs(value, out);
  }
  return out;
}

// ---- The declarations' side ----

const exported = (node) => node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false;
const interfaces = new Map();
const aliases = new Map();
for (const statement of source.statements) {
  if (!exported(statement)) continue;
  if (ts.isInterfaceDeclaration(statement)) interfaces.set(statement.name.text, statement);
  if (ts.isTypeAliasDeclaration(statement)) aliases.set(statement.name.text, statement);
}
const schemaNameOf = (tsName) => SCHEMA_NAME[tsName] ?? tsName;
const declarationsPath = relative(process.cwd(), declarationsFile);
const where = (node) => {
  const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
  return `${declarationsPath}:${line + 1}`;
};
const propertyName = (name) => (ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : name.getText(source));

/** The properties of an interface (with those of the interfaces it extends) or of an object type literal. */
function propertiesOf(node) {
  const out = new Map();
  for (const clause of node.heritageClauses ?? []) {
    for (const base of clause.types) {
      const baseDecl = interfaces.get(base.expression.getText(source));
      if (baseDecl) for (const [k, v] of propertiesOf(baseDecl)) out.set(k, v);
      else problem(`${where(base)}: extends ${base.expression.getText(source)}, which is not declared in this file`);
    }
  }
  for (const member of node.members) {
    if (ts.isPropertySignature(member)) {
      const optional = member.questionToken !== undefined;
      out.set(propertyName(member.name), { optional, type: member.type, node: member });
    }
  }
  return out;
}

/** The schema records and enums a TypeScript type refers to by name. */
function typeRefs(node, out = new Set()) {
  if (!node) return out;
  if (ts.isTypeReferenceNode(node)) {
    const name = schemaNameOf(node.typeName.getText(source));
    if (defs[name] && kindOf(defs[name]) !== "scalar") out.add(name);
  }
  ts.forEachChild(node, (child) => typeRefs(child, out));
  return out;
}

/** The string literals of a union of string literal types, or null when it is anything else. */
function stringLiterals(type) {
  const members = ts.isUnionTypeNode(type) ? type.types : [type];
  const literals = [];
  for (const m of members) {
    if (ts.isLiteralTypeNode(m) && ts.isStringLiteral(m.literal)) literals.push(m.literal.text);
    else return null;
  }
  return literals;
}

// ---- The comparisons ----

const sorted = (items) => [...items].sort();
const differs = (a, b) => JSON.stringify(sorted(a)) !== JSON.stringify(sorted(b));

/** Compares the properties of a TypeScript object type (`label`, at `node`) with a schema record. */
function compareRecord(label, node, def) {
  const declared = propertiesOf(node);
  const schemaProps = def.properties ?? {};
  const required = new Set(def.required ?? []);
  for (const name of Object.keys(schemaProps)) {
    if (!declared.has(name)) problem(`${where(node)}: ${label} lacks \`${name}\`, which the core writes`);
  }
  for (const [name, p] of declared) {
    const schemaProp = schemaProps[name];
    if (!schemaProp) {
      problem(`${where(p.node)}: ${label}.${name} is not a field of the core's record`);
      continue;
    }
    if (p.optional === required.has(name)) {
      problem(
        `${where(p.node)}: ${label}.${name} is ${p.optional ? "optional (?)" : "required"} but the schema ` +
          `${required.has(name) ? "requires it" : "does not require it (declare it with ?)"}`,
      );
    }
    const want = schemaRefs(schemaProp);
    const got = typeRefs(p.type);
    if (differs(want, got)) {
      problem(
        `${where(p.node)}: ${label}.${name} refers to [${sorted(got).join(", ")}] but the schema to ` +
          `[${sorted(want).join(", ")}]`,
      );
    }
  }
}

function compareEnum(name, alias, def) {
  const literals = stringLiterals(alias.type);
  if (!literals) {
    problem(`${where(alias)}: ${name} is not a union of string literals, but the schema has it as an enum`);
    return;
  }
  const want = enumLiterals(def);
  const missing = want.filter((l) => !literals.includes(l));
  const extra = literals.filter((l) => !want.includes(l));
  if (missing.length || extra.length) {
    problem(`${where(alias)}: ${name} lacks [${missing.join(", ")}] and has extra [${extra.join(", ")}]`);
  }
}

function compareTaggedUnion(name, alias, def) {
  const members = ts.isUnionTypeNode(alias.type) ? alias.type.types : [alias.type];
  const variants = taggedVariants(def);
  const seen = new Set();
  for (const [tag, value, variant] of variants) {
    const member = members.find((m) => {
      if (!ts.isTypeLiteralNode(m)) return false;
      const p = propertiesOf(m).get(tag);
      return p !== undefined && (stringLiterals(p.type) ?? []).includes(value);
    });
    if (!member) {
      problem(`${where(alias)}: ${name} lacks the variant ${tag}: "${value}"`);
      continue;
    }
    seen.add(member);
    compareRecord(`${name} (${tag}: "${value}")`, member, variant);
  }
  for (const m of members) if (!seen.has(m)) problem(`${where(m)}: ${name} has a variant the core does not write`);
}

let records = 0;
let enums = 0;
let unions = 0;
for (const [tsName, decl] of interfaces) {
  const def = defs[schemaNameOf(tsName)];
  if (!def) continue;
  if (kindOf(def) !== "record") {
    problem(`${where(decl)}: ${tsName} is an interface but the schema's ${schemaNameOf(tsName)} is ${kindOf(def)}`);
    continue;
  }
  compareRecord(tsName, decl, def);
  records += 1;
}
for (const [tsName, alias] of aliases) {
  const def = defs[schemaNameOf(tsName)];
  if (!def) continue;
  const kind = kindOf(def);
  if (kind === "enum") {
    compareEnum(tsName, alias, def);
    enums += 1;
  } else if (kind === "tagged union") {
    compareTaggedUnion(tsName, alias, def);
    unions += 1;
  } else if (kind === "record" && ts.isTypeLiteralNode(alias.type)) {
    compareRecord(tsName, alias.type, def);
    records += 1;
  } else if (kind !== "scalar") {
    problem(`${where(alias)}: ${tsName} cannot be compared with the schema's ${schemaNameOf(tsName)} (${kind})`);
  }
}

// Every record and enum of the schema is declared, under its name or a mapped one.
const declaredSchemaNames = new Set([...interfaces.keys(), ...aliases.keys()].map(schemaNameOf));
for (const [name, def] of Object.entries(defs)) {
  if (kindOf(def) === "scalar" || declaredSchemaNames.has(name)) continue;
  if (!NOT_DECLARED[name]) problem(`${declarationsPath}: no declaration of the core's ${kindOf(def)} ${name}`);
}
for (const name of Object.keys(NOT_DECLARED)) {
  if (!defs[name]) problem(`check-types.mjs: NOT_DECLARED lists ${name}, which the schema no longer has`);
  if (declaredSchemaNames.has(name)) problem(`check-types.mjs: NOT_DECLARED lists ${name}, which is declared`);
}
for (const [tsName, schemaName] of Object.entries(SCHEMA_NAME)) {
  if (!defs[schemaName]) problem(`check-types.mjs: SCHEMA_NAME maps ${tsName} to ${schemaName}, not in the schema`);
  if (!interfaces.has(tsName) && !aliases.has(tsName)) {
    problem(`check-types.mjs: SCHEMA_NAME maps ${tsName}, which is not declared`);
  }
}

if (problems.length) {
  for (const p of problems) console.error(p);
  const schemaPath = relative(process.cwd(), schemaFile);
  console.error(`${problems.length} difference(s) between ${declarationsPath} and ${schemaPath}`);
  process.exit(1);
}
console.log(
  `types.d.ts agrees with records.schema.json: ${records} records, ${enums} enums, ${unions} tagged union(s); ` +
    `not declared: ${Object.keys(NOT_DECLARED).join(", ")}`,
);
