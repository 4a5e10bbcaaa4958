import type { ElementContent } from "hast";
import type { Product } from "../../model/types.ts";
import type { Lookup } from "../../model/lookup.ts";
import type { Renderer } from "../render-context.ts";
import { productEntry } from "../../views/product.ts";

/** The productenboek facts of one product: the one view (src/views/product.ts), for this document. */
export const productFacts = (L: Lookup, p: Product, r: Renderer): ElementContent[] => productEntry(L, p, r.view);
