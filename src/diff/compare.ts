import type { Model } from "../model/types.ts";
import { formatDate } from "../format/dates.ts";
import { compareFields, type FieldSpec } from "./fields.ts";
import { compareEntities } from "./entities.ts";
import {
  attachmentSpec, chapterSpec, criterionSpec, lotSpec, milestoneSpec, productSpec, requirementSpec, segmentSpec, subtenderSpec, termSpec,
} from "./specs.ts";
import type { ChangeGroup, ChangeReport, EntityChange, VersionInfo } from "./types.ts";

type Tender = Model["tender"];
const KNOCK_OUT = new Set(["uitsluitingsgrond", "geschiktheidseis", "minimumeis"]);

function tenderFields(after: Model): FieldSpec<Tender>[] {
  const req = (id: string) => after.requirements.find((r) => r.id === id)?.titel ?? id;
  return [
    { veld: "titel", value: (t) => t.titel },
    { veld: "kenmerk", value: (t) => t.kenmerk },
    { veld: "status", value: (t) => t.status },
    { veld: "aanbestedende dienst", value: (t) => t.aanbestedende_dienst.naam },
    { veld: "gemeenten", members: (t) => t.aanbestedende_dienst.namens ?? [] },
    { veld: "omschrijving procedure", text: (t) => t.procedure.omschrijving },
    { veld: "eisen hoofdtender", members: (t) => t.hoofdtender.eisen, label: req, belangrijk: true },
    { veld: "toelichting hoofdtender", text: (t) => t.hoofdtender.omschrijving },
    { veld: "looptijd overeenkomst", value: (t) => `${t.overeenkomst.looptijd_maanden} maanden`, belangrijk: true },
    { veld: "verlengingen", value: (t) => (t.overeenkomst.verlengingen ?? []).map((v) => `${v} maanden`).join(" + ") || "geen", belangrijk: true },
    { veld: "toelichting overeenkomst", text: (t) => t.overeenkomst.toelichting },
  ];
}

/**
 * Compares two resolved models entity by entity, grouped as the documents
 * are. Only what changed is reported; versie and datum of the set itself are
 * the report's heading, not a change.
 */
export function compareModels(before: Model, after: Model, sources: { from: string; to: string } = { from: "", to: "" }): ChangeReport {
  const groups: ChangeGroup[] = [];
  const add = (titel: string, changes: EntityChange[]) => changes.length && groups.push({ titel, changes });

  const tender = compareFields(before.tender, after.tender, tenderFields(after));
  add("Aanbesteding en planning", [
    ...(tender.length ? [{ kind: "gewijzigd" as const, soort: "aanbesteding", id: after.tender.id, label: after.tender.titel, belangrijk: tender.some((f) => f.belangrijk), fields: tender }] : []),
    ...compareEntities(before.tender.planning, after.tender.planning, milestoneSpec),
    ...compareEntities(withIds(before.tender.bijlagen), withIds(after.tender.bijlagen), attachmentSpec),
  ]);

  // A renamed product is reported once, as renamed; lots that list it have not changed for that.
  const productRenames = new Map(
    compareEntities(before.products, after.products, productSpec(after)).filter((c) => c.kind === "hernoemd").map((c) => [c.oudId!, c.id]),
  );
  const procedureOf = (model: Model) => (lot: { subtenderId: string }) => model.subtenders.find((s) => s.id === lot.subtenderId)!.procedure;
  const subtenderIds = unique([...after.subtenders.map((s) => s.id), ...before.subtenders.map((s) => s.id)]);
  for (const id of subtenderIds) {
    const a = before.subtenders.find((s) => s.id === id);
    const b = after.subtenders.find((s) => s.id === id);
    const own = compareEntities(a ? [a] : [], b ? [b] : [], subtenderSpec(after));
    const criteria = compareEntities(a?.gunningscriteria ?? [], b?.gunningscriteria ?? [], criterionSpec);
    const lotsBefore = before.lots.filter((l) => l.subtenderId === id).map((l) => ({ ...l, productIds: l.productIds.map((p) => productRenames.get(p) ?? p) }));
    const lots = compareEntities(lotsBefore, after.lots.filter((l) => l.subtenderId === id), lotSpec([after, before], procedureOf(b ? after : before)));
    add(b?.naam ?? a!.naam, [...own, ...criteria, ...lots]);
  }

  const segmentIds = unique([...after.segments.map((s) => s.id), ...before.segments.map((s) => s.id)]);
  for (const id of segmentIds) {
    const a = before.segments.find((s) => s.id === id);
    const b = after.segments.find((s) => s.id === id);
    const inSegment = (m: Model) => m.products.filter((p) => p.segmentId === id);
    add(`Segment ${b?.naam ?? a!.naam}`, [
      ...compareEntities(a ? [a] : [], b ? [b] : [], segmentSpec),
      ...compareEntities(inSegment(before), inSegment(after), productSpec(after)),
    ]);
  }

  const requirements = compareEntities(before.requirements, after.requirements, requirementSpec).map((c) => {
    const soort = (after.requirements.find((r) => r.id === c.id) ?? before.requirements.find((r) => r.id === c.id))?.soort ?? "";
    return KNOCK_OUT.has(soort) ? { ...c, belangrijk: true } : c;
  });
  add("Eisen", requirements);
  add("Begrippen", compareEntities(before.terms, after.terms, termSpec));
  add("Hoofdstukken van het bestek", compareEntities(before.chapters, after.chapters, chapterSpec));

  const all = groups.flatMap((g) => g.changes);
  const count = (k: string) => all.filter((c) => c.kind === k).length;
  return {
    from: versionInfo(before, sources.from),
    to: versionInfo(after, sources.to),
    groups,
    counts: { toegevoegd: count("toegevoegd"), verwijderd: count("verwijderd"), gewijzigd: count("gewijzigd"), hernoemd: count("hernoemd"), belangrijk: all.filter((c) => c.belangrijk).length },
  };
}

const versionInfo = (m: Model, bron: string): VersionInfo => ({ bron, versie: m.tender.versie, datum: m.tender.datum, kenmerk: m.tender.kenmerk, titel: m.tender.titel });
const withIds = <T extends { nummer: string }>(xs: T[]) => xs.map((x) => ({ ...x, id: x.nummer }));
const unique = (xs: string[]) => [...new Set(xs)];

export const describeVersion = (v: VersionInfo) => `versie ${v.versie} van ${formatDate(v.datum)}`;
