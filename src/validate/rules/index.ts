import type { Rule } from "../rule.ts";
import { funding } from "./funding.ts";
import { markdownReferences } from "./markdown-references.ts";
import { planning } from "./planning.ts";
import { procedureKinds } from "./procedure-kinds.ts";
import { references } from "./references.ts";
import { requirementKinds } from "./requirement-kinds.ts";
import { uniqueIds } from "./unique-ids.ts";
import { unusedProducts } from "./unused-products.ts";
import { weights } from "./weights.ts";

/** The rules of the trade, in the order of the content model's list. */
export const RULES: Rule[] = [uniqueIds, references, markdownReferences, weights, procedureKinds, planning, funding, requirementKinds, unusedProducts];
