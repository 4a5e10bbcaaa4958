import { dutchList } from "../../format/lists.ts";
import { joined } from "../../views/join.ts";
import { table } from "../../views/table.ts";
import { anchored, nodes, para } from "../hast.ts";
import { partText } from "../../templates/parts.ts";
import type { Lookup } from "../../model/lookup.ts";
import { lotSection, lotsOverview, subtenderFacts } from "../blocks/lots.ts";
import { anchorFor, type Section } from "../section.ts";

/** Chapter "Opdracht": segments, then per subtender its lots, each lot a section of its own. */
export function assignmentSections(L: Lookup): Section[] {
  const { model } = L;
  const segments: Section = {
    title: "Segmenten en producten",
    anchor: "s-opdracht-segmenten",
    targets: model.segments.map((s) => ({ key: `segment:${s.id}`, label: `segment ${s.naam}`, anchor: anchorFor("segment", s.id) })),
    body: (r) =>
      nodes(
        para(partText("leidraad-segmenten", {})),
        table(
          ["Segment", "Producten", "Subtenders"],
          model.segments.map((s) => [
            anchored(anchorFor("segment", s.id), s.naam),
            dutchList(s.productIds.map((id) => L.product(id).naam)),
            joined(s.subtenderIds.map((id) => r.view.link("subtender", id, L.subtender(id).naam)), ", "),
          ]),
          "print",
          { widths: ["20%", "55%", "25%"] },
        ),
      ),
  };
  const subtenders = model.subtenders.map(
    (s): Section => ({
      title: s.naam,
      anchor: anchorFor("subtender", s.id),
      targets: [{ key: `subtender:${s.id}`, label: s.naam }],
      body: (r) => nodes(r.view.md(s.omschrijving), subtenderFacts(L, s, r), lotsOverview(L, s, r)),
      children: s.lotIds.map((id) => lotSection(L, L.lot(id), s)),
    }),
  );
  return [segments, ...subtenders];
}
