import { toHtml } from "hast-util-to-html";
import type { Requirement } from "../../model/types.ts";
import type { Lookup } from "../../model/lookup.ts";
import type { Renderer } from "../render-context.ts";
import { requirementView } from "../../views/requirement.ts";

/** An eis as a section body: the one view (src/views/requirement.ts), serialized for this document. */
export const requirementBody = (L: Lookup, req: Requirement, r: Renderer): string => toHtml(requirementView(L, req, r.view));
