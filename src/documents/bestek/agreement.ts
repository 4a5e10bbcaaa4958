import { agreementFacts, agreementKind } from "../../wording/agreement.ts";
import { subtenderOf } from "../../content/attachment-kinds.ts";
import { dutchList } from "../../format/lists.ts";
import { facts, type Fact } from "../../views/facts.ts";
import { nodes, para } from "../hast.ts";
import type { Lookup } from "../../model/lookup.ts";
import type { Section } from "../section.ts";

/**
 * Where the agreement is: "De overeenkomst staat in bijlage 6 Raamovereenkomst
 * Crisis." (one per subtender in the bundle), or nothing when the bundle has none.
 */
export function agreementAttachmentsText(L: Lookup): string {
  const found = L.model.tender.bijlagen.flatMap((a) => {
    const id = subtenderOf(a.inhoud, "overeenkomst");
    const s = id === undefined ? undefined : L.model.subtenders.find((x) => x.id === id);
    return s ? [{ a, s }] : [];
  });
  if (!found.length) return "";
  const where = ({ a }: (typeof found)[number]) => `bijlage ${a.nummer} ${a.titel}`;
  const first =
    found.length === 1 && L.model.subtenders.length === 1
      ? `De overeenkomst staat in ${where(found[0])}.`
      : `De overeenkomst staat per subtender in een eigen bijlage: ${dutchList(found.map((f) => `de ${agreementKind(f.s)} voor ${f.s.naam} in ${where(f)}`))}.`;
  return `${first} Met uw inschrijving aanvaardt u de overeenkomst van elke subtender waarvoor u inschrijft, zoals zij daar staat.`;
}

/** The agreement's facts (src/wording/agreement.ts, the same words as the website) and the authors' notes. */
export function agreementSection(L: Lookup): Section["body"] {
  const o = L.model.tender.overeenkomst;
  return (r) =>
    nodes(
      para(agreementAttachmentsText(L)),
      facts(agreementFacts(L.model.tender).map((f): Fact => [f.label, f.text]), "print"),
      r.view.md(o.indexatie?.toelichting),
      r.view.md(o.toelichting),
    );
}
