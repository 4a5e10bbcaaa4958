import type { Criterion, Lot, Model, Product, Requirement, Segment, Subtender, Term, Chapter } from "../model/types.ts";
import { formatDateTime } from "../format/dates.ts";
import { formatContractors, formatDuration, formatLevel, formatRegisters, formatTariff } from "../format/funding.ts";
import type { EntityKindSpec } from "./entities.ts";

type Milestone = Model["tender"]["planning"][number];
type Attachment = Model["tender"]["bijlagen"][number] & { id: string };

const KNOCK_OUT = new Set(["uitsluitingsgrond", "geschiktheidseis", "minimumeis"]);

export const milestoneSpec: EntityKindSpec<Milestone> = {
  soort: "mijlpaal",
  label: (m) => m.mijlpaal,
  belangrijkBijToevoegen: () => true,
  fields: [
    { veld: "datum", value: (m) => formatDateTime(m.datum), belangrijk: true },
    { veld: "mijlpaal", value: (m) => m.mijlpaal },
    { veld: "toelichting", text: (m) => m.toelichting },
  ],
};

export const attachmentSpec: EntityKindSpec<Attachment> = {
  soort: "bijlage",
  label: (b) => `Bijlage ${b.nummer} ${b.titel}`,
  fields: [{ veld: "titel", value: (b) => b.titel }, { veld: "inhoud", value: (b) => b.inhoud }],
};

export const criterionSpec: EntityKindSpec<Criterion> = {
  soort: "gunningscriterium",
  label: (c) => c.naam,
  belangrijkBijToevoegen: () => true,
  fields: [
    { veld: "naam", value: (c) => c.naam, belangrijk: true },
    { veld: "weging", value: (c) => `${c.weging}%`, belangrijk: true },
    { veld: "maximaal aantal A4", value: (c) => (c.max_a4 === undefined ? undefined : `${c.max_a4}`) },
    { veld: "omschrijving", text: (c) => c.omschrijving },
  ],
};

export function lotSpec(models: Model[], procedure: (lot: Lot) => "aanbesteding" | "toelating"): EntityKindSpec<Lot> {
  const productName = (id: string) => models.map((m) => m.products.find((p) => p.id === id)?.naam).find(Boolean) ?? id;
  return {
    soort: "perceel",
    label: (l) => `Perceel ${l.nummer} ${l.naam}`,
    belangrijkBijToevoegen: () => true,
    fields: [
      { veld: "nummer", value: (l) => l.nummer },
      { veld: "naam", value: (l) => l.naam },
      { veld: "groep", value: (l) => l.groep },
      { veld: "aantal contractanten", value: (l) => (l.aantal_contractanten !== undefined ? String(l.aantal_contractanten) : l.subLotIds.length ? undefined : formatContractors(undefined, procedure(l))), belangrijk: true },
      { veld: "producten", members: (l) => (l.subLotIds.length ? [] : l.productIds), label: productName },
      { veld: "voorwaarden", value: (l) => l.voorwaarden.map((v) => (v.vereist_product ? `ook gecontracteerd voor product ${productName(v.vereist_product)}` : `ook gecontracteerd voor perceel ${v.vereist_perceel}`)).join("; ") || undefined, belangrijk: true },
      { veld: "eigen gunningscriteria", value: (l) => (l.eigenGunningscriteria ? l.gunningscriteria.map((c) => `${c.naam} ${c.weging}%`).join(", ") : undefined), belangrijk: true },
      { veld: "omschrijving", text: (l) => l.omschrijving },
    ],
  };
}

export function subtenderSpec(model: Model): EntityKindSpec<Subtender> {
  const req = (id: string) => model.requirements.find((r) => r.id === id)?.titel ?? id;
  return {
    soort: "subtender",
    label: (s) => s.naam,
    belangrijkBijToevoegen: () => true,
    fields: [
      { veld: "naam", value: (s) => s.naam },
      { veld: "procedure", value: (s) => s.procedure, belangrijk: true },
      { veld: "segmenten", members: (s) => s.segmenten },
      { veld: "plan van aanpak", value: (s) => (s.plan_van_aanpak ? `maximaal ${s.plan_van_aanpak.max_a4} A4` : undefined), belangrijk: true },
      { veld: "eisen", members: (s) => s.eisen ?? [], label: req, belangrijk: true },
      { veld: "beoordelingsschaal", value: (s) => s.beoordelingsschaal?.map((b) => `${b.score}: ${b.omschrijving}`).join("; ") },
      { veld: "omschrijving", text: (s) => s.omschrijving },
    ],
  };
}

export const segmentSpec: EntityKindSpec<Segment> = {
  soort: "segment",
  label: (s) => `Segment ${s.naam}`,
  fields: [{ veld: "naam", value: (s) => s.naam }, { veld: "omschrijving", text: (s) => s.omschrijving }],
};

export function productSpec(model: Model): EntityKindSpec<Product> {
  const req = (id: string) => model.requirements.find((r) => r.id === id)?.titel ?? id;
  return {
    soort: "product",
    label: (p) => p.naam,
    fields: [
      { veld: "naam", value: (p) => p.naam },
      { veld: "productcategorie", value: (p) => p.productcategorie },
      { veld: "productcode", value: (p) => p.productcode },
      { veld: "tarief", value: (p) => formatTariff(p.bekostiging), belangrijk: true },
      { veld: "bekostigingsvorm", value: (p) => p.bekostiging.vorm, belangrijk: true },
      { veld: "tariefjaar", value: (p) => String(p.bekostiging.tariefjaar) },
      { veld: "opleidingsniveau", value: (p) => formatLevel(p.personeel.minimaal_opleidingsniveau), belangrijk: true },
      { veld: "registratie", value: (p) => formatRegisters(p.personeel.registratie) },
      { veld: "maximale groepsgrootte", value: (p) => (p.groepsgrootte_max === undefined ? undefined : String(p.groepsgrootte_max)) },
      { veld: "maximale duur", value: (p) => (p.maximale_duur ? formatDuration(p.maximale_duur) : undefined) },
      { veld: "leveringsvoorwaarden", members: (p) => p.leveringsvoorwaarden ?? [], label: req, belangrijk: true },
      { veld: "omschrijving", text: (p) => p.omschrijving },
      { veld: "doelgroep", text: (p) => p.doelgroep },
      { veld: "resultaat", text: (p) => p.resultaat },
      { veld: "toelichting personeel", text: (p) => p.personeel.toelichting },
      { veld: "toelichting tarief", text: (p) => p.bekostiging.toelichting },
    ],
  };
}

export const requirementSpec: EntityKindSpec<Requirement> = {
  soort: "eis",
  label: (r) => r.titel,
  belangrijkBijToevoegen: (r) => KNOCK_OUT.has(r.soort),
  fields: [
    { veld: "titel", value: (r) => r.titel },
    { veld: "soort", value: (r) => r.soort, belangrijk: true },
    { veld: "tekst", text: (r) => r.tekst },
    { veld: "bewijs", text: (r) => r.bewijs },
  ],
};

export const termSpec: EntityKindSpec<Term> = {
  soort: "begrip",
  label: (t) => t.term,
  fields: [{ veld: "term", value: (t) => t.term }, { veld: "definitie", text: (t) => t.definitie }],
};

export const chapterSpec: EntityKindSpec<Chapter> = {
  soort: "hoofdstuk",
  label: (c) => c.titel,
  fields: [{ veld: "titel", value: (c) => c.titel }, { veld: "volgorde", value: (c) => String(c.volgorde) }, { veld: "tekst", text: (c) => c.markdown }],
};


