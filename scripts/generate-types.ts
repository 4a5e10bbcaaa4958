// Generates src/content/types.generated.ts from the JSON Schemas, so the
// schemas stay the single source of truth for the shapes of content files.
// `npm run gen:types` rewrites it; a test fails when the committed file drifts.
import { writeFileSync } from "node:fs";
import { generateContentTypes, GENERATED_TYPES_PATH } from "../src/content/generate-types.ts";

writeFileSync(GENERATED_TYPES_PATH, await generateContentTypes());
console.log(`geschreven: ${GENERATED_TYPES_PATH}`);
