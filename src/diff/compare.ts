import type { Model } from "../model/types.ts";
import { formatDate } from "../format/dates.ts";
import { compareFields, type FieldSpec } from "./fields.ts";
import { compareEntities } from "./entities.ts";
import {
  attachmentSpec, chapterSpec, criterionSpec, lotSpec, milestoneSpec, productSpec, requirementSpec, segmentSpec, subtenderSpec, termSpec,
} from "./specs.ts";
import { followRenames } from "./renames.ts";
import type { ChangeGroup, ChangeReport, EntityChange, VersionInfo } from "./types.ts";

type Tender = Model["tender"];

function tenderFields(models: Model[]): FieldSpec<Tender>[] {
  const req = (id: string) => models.map((m) => m.requirements.find((r) => r.id === id)?.titel).find(Boolean) ?? id;
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
export function compareModels(original: Model, after: Model, sources: { from: string; to: string } = { from: "", to: "" }): ChangeReport {
  // References to renamed entities follow the rename first, so a rename is reported once.
  const before = followRenames(original, after);
  const models = [after, before];
  const groups: ChangeGroup[] = [];
  const add = (titel: string, changes: EntityChange[]) => changes.length && groups.push({ titel, changes });

  const tender = compareFields(before.tender, after.tender, tenderFields(models));
  add("Aanbesteding en planning", [
    ...(tender.length ? [{ kind: "gewijzigd" as const, soort: "aanbesteding", id: after.tender.id, label: after.tender.titel, belangrijk: tender.some((f) => f.belangrijk), fields: tender }] : []),
    ...compareEntities(before.tender.planning, after.tender.planning, milestoneSpec),
    ...compareEntities(withIds(before.tender.bijlagen), withIds(after.tender.bijlagen), attachmentSpec),
  ]);

  const procedureOf = (model: Model) => (lot: { subtenderId: string }) => model.subtenders.find((s) => s.id === lot.subtenderId)!.procedure;
  const subtenderIds = unique([...after.subtenders.map((s) => s.id), ...before.subtenders.map((s) => s.id)]);
  for (const id of subtenderIds) {
    const a = before.subtenders.find((s) => s.id === id);
    const b = after.subtenders.find((s) => s.id === id);
    const own = compareEntities(a ? [a] : [], b ? [b] : [], subtenderSpec(models));
    const criteria = compareEntities(a?.gunningscriteria ?? [], b?.gunningscriteria ?? [], criterionSpec);
    const spec = lotSpec(models, procedureOf(b ? after : before));
    const lotsBefore = before.lots.filter((l) => l.subtenderId === id);
    const lotsAfter = after.lots.filter((l) => l.subtenderId === id);
    add(b?.naam ?? a!.naam, [...own, ...criteria, ...compareEntities(lotsBefore, lotsAfter, spec), ...ownLotCriteria(lotsBefore, lotsAfter, spec.label)]);
  }

  const segmentIds = unique([...after.segments.map((s) => s.id), ...before.segments.map((s) => s.id)]);
  for (const id of segmentIds) {
    const a = before.segments.find((s) => s.id === id);
    const b = after.segments.find((s) => s.id === id);
    const inSegment = (m: Model) => m.products.filter((p) => p.segmentId === id);
    add(`Segment ${b?.naam ?? a!.naam}`, [
      ...compareEntities(a ? [a] : [], b ? [b] : [], segmentSpec),
      ...compareEntities(inSegment(before), inSegment(after), productSpec(models)),
    ]);
  }

  add("Eisen", compareEntities(before.requirements, after.requirements, requirementSpec));
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

/**
 * A lot's own award criteria, one by one as the subtender's are, for every lot
 * that has its own criteria in either version (a lot that starts or stops
 * having them shows every criterion added or removed).
 */
function ownLotCriteria(before: Model["lots"], after: Model["lots"], lotLabel: (l: Model["lots"][number]) => string): EntityChange[] {
  const own = (l: Model["lots"][number] | undefined) => (l?.eigenGunningscriteria ? l.gunningscriteria : []);
  return unique([...after.map((l) => l.id), ...before.map((l) => l.id)]).flatMap((id) => {
    const a = before.find((l) => l.id === id);
    const b = after.find((l) => l.id === id);
    const label = lotLabel((b ?? a)!);
    return compareEntities(own(a), own(b), { ...criterionSpec, label: (c) => `${c.naam} (${label.charAt(0).toLowerCase()}${label.slice(1)})` });
  });
}

const versionInfo = (m: Model, bron: string): VersionInfo => ({ bron, versie: m.tender.versie, datum: m.tender.datum, kenmerk: m.tender.kenmerk, titel: m.tender.titel });
const withIds = <T extends { nummer: string }>(xs: T[]) => xs.map((x) => ({ ...x, id: x.nummer }));
const unique = (xs: string[]) => [...new Set(xs)];

export const describeVersion = (v: VersionInfo) => `versie ${v.versie} van ${formatDate(v.datum)}`;
