// Writes docs/codes.md (the allowed codes and values) from the schemas; see codes-reference.ts.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { codesReference, CODES_PATH } from "./codes-reference.ts";

mkdirSync(dirname(CODES_PATH), { recursive: true });
writeFileSync(CODES_PATH, codesReference());
console.log(`geschreven: ${CODES_PATH}`);
