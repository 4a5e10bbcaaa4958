import { toHtml } from "hast-util-to-html";
import type { Product } from "../../model/types.ts";
import type { Lookup } from "../../model/lookup.ts";
import type { Renderer } from "../render-context.ts";
import { productEntry } from "../../views/product.ts";

/** The productenboek facts of one product: the one view (src/views/product.ts), serialized for this document. */
export const productFacts = (L: Lookup, p: Product, r: Renderer): string => toHtml({ type: "root", children: productEntry(L, p, r.view) });
