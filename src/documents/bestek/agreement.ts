import { agreementFacts } from "../../format/agreement.ts";
import { esc, facts } from "../html.ts";
import type { Lookup } from "../lookup.ts";
import type { Section } from "../section.ts";

/** The agreement's facts (src/format/agreement.ts, the same words as the website) and the authors' notes. */
export function agreementSection(L: Lookup): Section["body"] {
  const o = L.model.tender.overeenkomst;
  return (r) => facts(agreementFacts(L.model.tender).map((f) => [f.label, esc(f.text)])) + r.md(o.indexatie?.toelichting) + r.md(o.toelichting);
}
