// Validates an AsyncAPI document with the official parser (schema, references, spec rules).
// Prints every diagnostic; exits 1 when the document has an error or a warning.
import { Parser, fromFile } from '@asyncapi/parser';

const file = process.argv[2];
if (!file) {
  console.error('usage: node validate-asyncapi.mjs <asyncapi.yaml>');
  process.exit(2);
}
const ERROR = 0;
const WARNING = 1;
const { document, diagnostics } = await fromFile(new Parser(), file).parse();
let failed = !document;
for (const d of diagnostics) {
  const level = ['error', 'warning', 'info', 'hint'][d.severity] ?? d.severity;
  console.log(`${level} ${d.code}: ${d.message} at ${JSON.stringify(d.path)}`);
  if (d.severity === ERROR || d.severity === WARNING) {
    failed = true;
  }
}
console.log(failed ? 'INVALID' : 'VALID');
process.exit(failed ? 1 : 0);
