// Compiles the published schemas (../../schema) with Ajv 8 in strict mode, the validator
// react-jsonschema-form and JSON Forms use, and runs the fixture corpus through them:
// every ../fixtures/*.json must be valid, every ../fixtures/invalid/*.json invalid.
// Exit code 0 when everything is as expected, 1 otherwise. Run by tests/node_check.rs.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const here = dirname(fileURLToPath(import.meta.url));
const schemaDir = join(here, "..", "..", "schema");
const fixtureDir = join(here, "..", "fixtures");

const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));
const jsonFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".json"))
    .map((e) => e.name)
    .sort();

// Strict mode throws on anything Ajv does not understand: unknown keywords and formats,
// ambiguous types, `required` properties that are not defined, tuples without bounds.
const options = {
  strict: true,
  strictTypes: true,
  strictTuples: true,
  strictRequired: true,
  allErrors: true,
};

const profiles = [
  { file: "report.schema.json", draft: "2020-12", Class: Ajv2020 },
  { file: "report.draft-07.schema.json", draft: "draft-07", Class: Ajv },
];

const valid = jsonFiles(fixtureDir);
const invalid = jsonFiles(join(fixtureDir, "invalid"));
let failures = 0;
const fail = (message) => {
  failures += 1;
  console.error(`FAIL ${message}`);
};

if (!valid.includes("minimal.json")) fail("tests/fixtures/minimal.json is missing");
if (invalid.length < 20) fail(`only ${invalid.length} invalid fixtures`);

for (const { file, draft, Class } of profiles) {
  const schema = readJson(join(schemaDir, file));
  const ajv = new Class(options);
  addFormats(ajv);
  let validate;
  try {
    validate = ajv.compile(schema);
  } catch (e) {
    fail(`${file} (${draft}) does not compile in strict mode: ${e.message}`);
    continue;
  }
  for (const name of valid) {
    if (!validate(readJson(join(fixtureDir, name)))) {
      fail(`${file}: ${name} is invalid: ${ajv.errorsText(validate.errors)}`);
    }
  }
  for (const name of invalid) {
    if (validate(readJson(join(fixtureDir, "invalid", name)))) {
      fail(`${file}: invalid/${name} is accepted`);
    }
  }
  console.log(`${file} (${draft}): ${valid.length} valid and ${invalid.length} invalid documents checked`);
}

if (failures > 0) {
  console.error(`${failures} failure(s)`);
  process.exit(1);
}
console.log("ok");
