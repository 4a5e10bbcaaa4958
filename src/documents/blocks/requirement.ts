import type { ElementContent } from "hast";
import type { Requirement } from "../../model/types.ts";
import type { Lookup } from "../../model/lookup.ts";
import type { Renderer } from "../render-context.ts";
import { requirementView } from "../../views/requirement.ts";

/** An eis as a section body: the one view (src/views/requirement.ts), for this document. */
export const requirementBody = (L: Lookup, req: Requirement, r: Renderer): ElementContent[] => requirementView(L, req, r.view);
