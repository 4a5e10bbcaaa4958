import type { Model } from "../model/types.ts";
import { formatDate } from "../format/dates.ts";
import { indexationText } from "../wording/agreement.ts";
import { countOf } from "../format/numbers.ts";
import { formatEuro } from "../format/money.ts";
import { compareFields, type FieldSpec } from "./fields.ts";
import { compareEntities } from "./entities.ts";
import {
  nameIn, referenceName, attachmentSpec, chapterSpec, criterionSpec, lotSpec, milestoneSpec, productSpec, requirementSpec, segmentSpec, subtenderSpec, termSpec,
} from "./specs.ts";
import { followRenames } from "./renames.ts";
import { questionChanges } from "./questions.ts";
import type { ChangeGroup, ChangeReport, EntityChange, VersionInfo } from "./types.ts";

type Tender = Model["tender"];

function tenderFields(models: Model[]): FieldSpec<Tender>[] {
  const req = nameIn(models, (m) => m.requirements, (r) => r.titel);
  return [
    { veld: "titel", value: (t) => t.titel },
    { veld: "kenmerk", value: (t) => t.kenmerk },
    { veld: "status", value: (t) => t.status },
    { veld: "aanbestedende dienst", value: (t) => t.aanbestedende_dienst.naam },
    { veld: "gemeenten", members: (t) => t.aanbestedende_dienst.namens ?? [] },
    { veld: "omschrijving procedure", text: (t) => t.procedure.omschrijving },
    { veld: "geraamde waarde", value: (t) => (t.aankondiging?.geraamde_waarde === undefined ? undefined : formatEuro(t.aankondiging.geraamde_waarde)), belangrijk: true },
    { veld: "eisen hoofdtender", members: (t) => t.hoofdtender.eisen, label: req, belangrijk: true },
    { veld: "toelichting hoofdtender", text: (t) => t.hoofdtender.omschrijving },
    { veld: "looptijd overeenkomst", value: (t) => `${t.overeenkomst.looptijd_maanden} maanden`, belangrijk: true },
    { veld: "verlengingen", value: (t) => (t.overeenkomst.verlengingen ?? []).map((v) => `${v} maanden`).join(" + ") || "geen", belangrijk: true },
    { veld: "opzegtermijn", value: (t) => (t.overeenkomst.opzegtermijn_maanden === undefined ? undefined : countOf(t.overeenkomst.opzegtermijn_maanden, "maand", "maanden")), belangrijk: true },
    // In the words of the agreement and the leidraad, so a changed method or percentage reads as it will be signed.
    { veld: "indexatie", value: (t) => (t.overeenkomst.indexatie ? indexationText(t.overeenkomst.indexatie) : undefined), belangrijk: true },
    { veld: "toelichting indexatie", text: (t) => t.overeenkomst.indexatie?.toelichting },
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
  const { model: before, renames } = followRenames(original, after);
  const models = [after, before];
  const groups: ChangeGroup[] = [];
  const add = (titel: string, changes: EntityChange[]) => changes.length && groups.push({ titel, changes });

  const tender = compareFields(before.tender, after.tender, tenderFields(models));
  add("Aanbesteding en planning", [
    ...(tender.length ? [{ kind: "gewijzigd" as const, soort: "aanbesteding", id: after.tender.id, label: after.tender.titel, belangrijk: tender.some((f) => f.belangrijk), fields: tender }] : []),
    ...compareEntities(before.tender.planning, after.tender.planning, milestoneSpec),
    ...compareEntities(withIds(before.tender.bijlagen), withIds(after.tender.bijlagen), attachmentSpec(models)),
  ]);

  const procedureOf = (model: Model) => (lot: { subtenderId: string }) => model.subtenders.find((s) => s.id === lot.subtenderId)!.procedure;
  for (const [a, b] of pairs(before.subtenders, after.subtenders, renames.subtender)) {
    const own = compareEntities(a ? [a] : [], b ? [b] : [], subtenderSpec(models));
    const criteria = compareEntities(a?.gunningscriteria ?? [], b?.gunningscriteria ?? [], criterionSpec).map((c) => ({ ...c, binnen: `subtender:${(b ?? a)!.id}` }));
    const spec = lotSpec(models, procedureOf(b ? after : before));
    // The earlier version's lots already name the new subtender id (renames.ts).
    const id = (b ?? a)!.id;
    const lotsBefore = before.lots.filter((l) => l.subtenderId === id);
    const lotsAfter = after.lots.filter((l) => l.subtenderId === id);
    add(b?.naam ?? a!.naam, [...own, ...criteria, ...compareEntities(lotsBefore, lotsAfter, spec), ...ownLotCriteria(lotsBefore, lotsAfter, spec.label)]);
  }

  // Products are matched across segments, so a product moved to another segment is one change (its
  // segment field), reported under the segment it is in now.
  const productChanges = compareEntities(before.products, after.products, productSpec(models));
  const segmentOf = (c: EntityChange) => (after.products.find((p) => p.id === c.id) ?? before.products.find((p) => p.id === c.id))!.segmentId;
  for (const [a, b] of pairs(before.segments, after.segments, renames.segment)) {
    const id = (b ?? a)!.id;
    add(`Segment ${b?.naam ?? a!.naam}`, [
      ...compareEntities(a ? [a] : [], b ? [b] : [], segmentSpec),
      ...productChanges.filter((c) => segmentOf(c) === id),
    ]);
  }

  add("Eisen", compareEntities(before.requirements, after.requirements, requirementSpec));
  add("Begrippen", compareEntities(before.terms, after.terms, termSpec));
  add("Hoofdstukken van het bestek", compareEntities(before.chapters, after.chapters, chapterSpec));
  add("Nota's van Inlichtingen", questionChanges(before, after));

  const all = groups.flatMap((g) => g.changes);
  nameReferences(all, referenceName(models));
  for (const c of all) c.ernst = c.belangrijk ? "wezenlijk" : "redactioneel";
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
  // A sub-lot has its lot's criteria: they are reported once, with the lot.
  const own = (l: Model["lots"][number] | undefined) => (l?.eigenGunningscriteria && !l.parentId ? l.gunningscriteria : []);
  return unique([...after.map((l) => l.id), ...before.map((l) => l.id)]).flatMap((id) => {
    const a = before.find((l) => l.id === id);
    const b = after.find((l) => l.id === id);
    const label = lotLabel((b ?? a)!);
    return compareEntities(own(a), own(b), { ...criterionSpec, label: (c) => `${c.naam} (${label.charAt(0).toLowerCase()}${label.slice(1)})` }).map((c) => ({ ...c, binnen: `perceel:${id}` }));
  });
}

/**
 * The entities of one kind paired by id, a renamed one with its new self;
 * `[earlier, later]`, either absent when the entity was added or removed.
 */
function pairs<T extends { id: string }>(before: T[], after: T[], renames: Map<string, string> = new Map()): [T | undefined, T | undefined][] {
  const renamedTo = (e: T) => renames.get(e.id) ?? e.id;
  const out: [T | undefined, T | undefined][] = after.map((b) => [before.find((a) => renamedTo(a) === b.id), b]);
  for (const a of before) if (!after.some((b) => b.id === renamedTo(a))) out.push([a, undefined]);
  return out;
}

const versionInfo = (m: Model, bron: string): VersionInfo => ({ bron, versie: m.tender.versie, datum: m.tender.datum, kenmerk: m.tender.kenmerk, titel: m.tender.titel, dienst: m.tender.aanbestedende_dienst.naam });
const withIds = <T extends { nummer: string }>(xs: T[]) => xs.map((x) => ({ ...x, id: x.nummer }));
const unique = (xs: string[]) => [...new Set(xs)];

export const describeVersion = (v: VersionInfo) => `versie ${v.versie} van ${formatDate(v.datum)}`;

/**
 * The targets of changed cross-references (`perceel spoedteams`, as compared)
 * and of a question's `over` (`perceel:crisishulp`) by the names the documents
 * give them ("perceel 2 Spoedteams"): a lawyer reads names, not ids.
 */
function nameReferences(changes: EntityChange[], name: (kind: string, id: string) => string): void {
  const named = (ref: string) => {
    const [kind, ...id] = ref.split(/[ :]/);
    return name(kind, id.join(" "));
  };
  for (const c of changes) for (const f of c.fields) {
    // A question's `over` (perceel:crisishulp) too.
    if (!f.veld.startsWith("verwijzingen in ") && !(c.soort === "vraag" && f.veld === "over")) continue;
    f.toegevoegd = f.toegevoegd?.map(named);
    f.verwijderd = f.verwijderd?.map(named);
  }
}
