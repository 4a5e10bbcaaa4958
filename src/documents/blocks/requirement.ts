import type { Requirement } from "../../model/types.ts";
import { facts } from "../html.ts";
import { proofOf } from "../../format/requirements.ts";
import type { Lookup } from "../lookup.ts";
import type { Renderer } from "../render-context.ts";

/** Who imposes a requirement, in words: "de hoofdtender; Subtender Crisis; product Pleegzorg". */
export function usedByText(L: Lookup, req: Requirement, r: Renderer, withProducts: boolean): string {
  const parts = req.usedBy
    .filter((u) => withProducts || u.kind !== "product")
    .map((u) =>
      u.kind === "hoofdtender"
        ? "de hoofdtender (alle inschrijvers)"
        : u.kind === "subtender"
          ? r.link("subtender", u.id, L.subtender(u.id).naam)
          : `product ${r.link("product", u.id, L.product(u.id).naam)}`,
    );
  return parts.length ? parts.join("; ") : "nog door geen onderdeel gesteld";
}

/** Text of a requirement with how to prove it and where it applies. */
export function requirementBody(L: Lookup, req: Requirement, r: Renderer, options: { withProducts: boolean }): string {
  return r.md(req.tekst) + facts([
    ["Bewijs", proofOf(req) && r.inline(proofOf(req))],
    ["Geldt voor", usedByText(L, req, r, options.withProducts)],
  ]);
}
