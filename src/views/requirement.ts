import { h } from "hastscript";
import type { ElementContent } from "hast";
import type { Requirement } from "../model/types.ts";
import { proofOf } from "../format/requirements.ts";
import { namedSubtenders } from "../wording/checklist.ts";
import { dutchList } from "../format/lists.ts";
import type { Lookup } from "../model/lookup.ts";
import type { ViewContext } from "./context.ts";
import { facts } from "./facts.ts";
import { joined, text } from "./join.ts";

export interface ScopeOptions {
  /** On a web page listing every eis: show this many parts and fold the rest away (print.css unfolds it on paper). */
  foldAfter?: number;
}

/**
 * Who imposes a requirement, in words: "de hoofdtender (alle inschrijvers);
 * Subtender Crisis; product Pleegzorg". Every part that imposes it, products
 * included, so /eisen/, /bestek/ and the leidraad state the same scope.
 */
export function scopeView(L: Lookup, req: Requirement, ctx: ViewContext, options: ScopeOptions = {}): ElementContent[] {
  const parts = req.usedBy.map((u): ElementContent | ElementContent[] => {
    if (u.kind === "hoofdtender") {
      // A hoofdtender eis whose words name only some subtenders concerns the bidders on those (as the checklist says).
      const named = namedSubtenders(req, L.model);
      const who = named.length && named.length < L.model.subtenders.length ? `inschrijvers op ${dutchList(named.map((id) => L.subtender(id).naam))}` : "alle inschrijvers";
      const label = `de hoofdtender (${who})`;
      return ctx.hoofdtenderHref ? h("a", { href: ctx.hoofdtenderHref }, label) : text(label);
    }
    if (u.kind === "subtender") return ctx.link("subtender", u.id, L.subtender(u.id).naam);
    return [text("product "), ctx.link("product", u.id, L.product(u.id).naam)];
  });
  if (!parts.length) return [text("nog door geen onderdeel gesteld")];
  const shown = options.foldAfter;
  if (ctx.medium === "print" || shown === undefined || parts.length <= shown + 1) return joined(parts, "; ");
  const rest = parts.slice(shown);
  return [...joined(parts.slice(0, shown), "; "), text("; "), h("details", [h("summary", `en ${rest.length} andere`), h("p", joined(rest, "; "))])];
}

/** An eis: its text, how to prove it and where it applies; the same in the leidraad, the Eisen attachment, /eisen/ and /bestek/. */
export function requirementView(L: Lookup, req: Requirement, ctx: ViewContext, options: ScopeOptions = {}): ElementContent[] {
  const proof = proofOf(req);
  const table = facts([
    ["Bewijs", proof ? ctx.inline(proof) : undefined],
    ["Geldt voor", scopeView(L, req, ctx, options)],
  ], ctx.medium);
  return [...ctx.md(req.tekst), ...(table ? [table] : [])];
}
