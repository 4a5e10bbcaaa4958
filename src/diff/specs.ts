import { formatEuro } from "../format/money.ts";
import { attachmentKind } from "../content/attachment-kinds.ts";
import type { Criterion, Lot, Model, Product, Requirement, Segment, Subtender, Term, Chapter } from "../model/types.ts";
import { formatDateTime } from "../format/dates.ts";
import { formatContractors, formatDuration, formatLevel, formatRegisters, formatTariff } from "../wording/funding.ts";
import type { EntityKindSpec } from "./entities.ts";
import { dutchList } from "../format/lists.ts";
import { countOf } from "../format/numbers.ts";

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

export function attachmentSpec(models: Model[]): EntityKindSpec<Attachment> {
  const subtender = nameIn(models, (m) => m.subtenders, (s) => s.naam);
  return {
    soort: "bijlage",
    label: (b) => `Bijlage ${b.nummer} ${b.titel}`,
    fields: [
      { veld: "titel", value: (b) => b.titel },
      { veld: "inhoud", value: (b) => contentInWords(b.inhoud, subtender) },
      { veld: "bestand", value: (b) => (b.inhoud === "bestand" ? b.bestand : undefined) },
      // An own file is compared by its content: the same path with other bytes is another document for bidders to read.
      { veld: "gewijzigd bestand", value: (b) => (b.inhoud === "bestand" ? `SHA-256 ${b.sha256.slice(0, 12)}…, ${formatBytes(b.bytes)}` : undefined), belangrijk: true },
    ],
  };
}

/** What an attachment holds, as a reader says it ("de overeenkomst van Opdracht A"), never as `overeenkomst:opdracht-a`. */
function contentInWords(inhoud: string, subtender: (id: string) => string): string {
  const kind = attachmentKind(inhoud);
  if (!kind) return inhoud;
  switch (kind.soort) {
    case "bestek":
      return "de aanbestedingsleidraad";
    case "productenboek":
      return "het productenboek";
    case "eisen":
      return "het programma van eisen";
    case "checklist":
      return "de checklist voor inschrijvers";
    case "bestand":
      return "een eigen bestand";
    case "subtender":
      return `de percelen van ${subtender(kind.subtender)}`;
    case "overeenkomst":
      return `de overeenkomst van ${subtender(kind.subtender)}`;
    case "nota-van-inlichtingen":
      return `Nota van Inlichtingen ${kind.nota}`;
  }
}

/**
 * The name of what a Markdown cross-reference points at, as the documents
 * word it ("perceel 2 Spoedteams", "eis VOG"), from whichever version has it.
 */
export function referenceName(models: Model[]): (kind: string, id: string) => string {
  const names: Record<string, (id: string) => string> = {
    perceel: nameIn(models, (m) => m.lots, (l) => `${l.parentId ? "subperceel" : "perceel"} ${l.nummer} ${l.naam}`),
    product: nameIn(models, (m) => m.products, (p) => `product ${p.naam}`),
    eis: nameIn(models, (m) => m.requirements, (r) => `eis ${r.titel}`),
    segment: nameIn(models, (m) => m.segments, (x) => `segment ${x.naam}`),
    subtender: nameIn(models, (m) => m.subtenders, (x) => x.naam),
    begrip: nameIn(models, (m) => m.terms, (t) => `begrip ${t.term}`),
    hoofdstuk: nameIn(models, (m) => m.chapters, (c) => `hoofdstuk ${c.titel}`),
  };
  return (kind, id) => names[kind]?.(id) ?? `${kind} ${id}`;
}

const formatBytes = (n: number) => (n < 1024 ? `${n} bytes` : `${Math.max(1, Math.round(n / 1024)).toLocaleString("nl-NL")} kB`);

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

/** A name from whichever version has the entity: a removed member is named as it was. */
export const nameIn = <T extends { id: string }>(models: Model[], pick: (m: Model) => T[], name: (e: T) => string) => (id: string) =>
  models.map((m) => pick(m).find((e) => e.id === id)).filter((e): e is T => e !== undefined).map(name)[0] ?? id;

export function lotSpec(models: Model[], procedure: (lot: Lot) => "aanbesteding" | "toelating"): EntityKindSpec<Lot> {
  const productName = nameIn(models, (m) => m.products, (p) => p.naam);
  const lotName = nameIn(models, (m) => m.lots, (l) => `perceel ${l.nummer} ${l.naam}`);
  return {
    soort: "perceel",
    // A sub-lot is named with its lot: "4a Licht verstandelijke beperking" alone does not say which 4.
    label: (l) => (l.parentId ? `Subperceel ${l.nummer} ${l.naam} (${lotName(l.parentId)})` : `Perceel ${l.nummer} ${l.naam}`),
    belangrijkBijToevoegen: () => true,
    fields: [
      // A lot's number and name are how bidders and the agreements name it: a change is wezenlijk.
      { veld: "nummer", value: (l) => l.nummer, belangrijk: true },
      { veld: "naam", value: (l) => l.naam, belangrijk: true },
      { veld: "groep", value: (l) => l.groep },
      { veld: "geraamde waarde", value: (l) => euro(l.geraamde_waarde), belangrijk: true },
      // Simonsen & Weel (C-23/20): the framework ends when its maximum is reached.
      { veld: "maximale waarde", value: (l) => euro(l.maximale_waarde), belangrijk: true },
      { veld: "aantal contractanten", value: (l) => (l.aantal_contractanten !== undefined ? String(l.aantal_contractanten) : l.subLotIds.length ? undefined : formatContractors(undefined, procedure(l))), belangrijk: true },
      // In an aanbesteding the products are the scope a contractor commits to deliver; in a toelating they only widen or narrow the admission.
      { veld: "producten", members: (l) => (l.subLotIds.length ? [] : l.productIds), label: productName, belangrijk: (l) => procedure(l) === "aanbesteding" },
      // A sub-lot has its lot's conditions and criteria: they are reported once, with the lot that states them.
      { veld: "voorwaarden", value: (l) => ownConditions(l).map((v) => (v.vereist_product ? `ook gecontracteerd voor product ${productName(v.vereist_product)}` : `ook gecontracteerd voor ${lotName(v.vereist_perceel!)}`)).join("; ") || undefined, belangrijk: true },
      // How work is divided among the contractors of the lot: it decides what a contract is worth.
      { veld: "toewijzing", text: (l) => l.toewijzing, belangrijk: true },
      { veld: "toelichting bij de voorwaarden", text: (l) => ownConditions(l).map((v) => v.toelichting ?? "").join("\n\n").trim() || undefined },
      // The criteria themselves are compared one by one (compare.ts); here only whether the lot has its own.
      { veld: "gunningscriteria", value: (l) => (l.parentId || l.gunningscriteria.length === 0 ? undefined : l.eigenGunningscriteria ? "eigen criteria van dit perceel" : "de criteria van de subtender"), belangrijk: true },
      { veld: "omschrijving", text: (l) => l.omschrijving },
    ],
  };
}

export function subtenderSpec(models: Model[]): EntityKindSpec<Subtender> {
  const req = nameIn(models, (m) => m.requirements, (r) => r.titel);
  const segment = nameIn(models, (m) => m.segments, (s) => s.naam);
  return {
    soort: "subtender",
    label: (s) => s.naam,
    belangrijkBijToevoegen: () => true,
    fields: [
      { veld: "naam", value: (s) => s.naam },
      { veld: "procedure", value: (s) => s.procedure, belangrijk: true },
      { veld: "maximale waarde", value: (s) => euro(s.maximale_waarde), belangrijk: true },
      { veld: "segmenten", members: (s) => s.segmenten, label: segment },
      { veld: "plan van aanpak", value: (s) => (s.plan_van_aanpak ? `maximaal ${s.plan_van_aanpak.max_a4} A4` : undefined), belangrijk: true },
      { veld: "eisen", members: (s) => s.eisen ?? [], label: req, belangrijk: true },
      { veld: "beoordelingsschaal", value: (s) => s.beoordelingsschaal?.map((b) => `${b.score}: ${b.omschrijving}`).join("; ") },
      // Entry during the term of a toelating: when a provider can still join.
      { veld: "toetreding", value: (s) => (s.toetreding ? entryMoments(s.toetreding) : undefined), belangrijk: true },
      { veld: "toelichting toetreding", text: (s) => s.toetreding?.toelichting },
      { veld: "omschrijving", text: (s) => s.omschrijving },
    ],
  };
}

export const segmentSpec: EntityKindSpec<Segment> = {
  soort: "segment",
  label: (s) => `Segment ${s.naam}`,
  fields: [{ veld: "naam", value: (s) => s.naam }, { veld: "omschrijving", text: (s) => s.omschrijving }],
};

export function productSpec(models: Model[]): EntityKindSpec<Product> {
  const req = nameIn(models, (m) => m.requirements, (r) => r.titel);
  const product = nameIn(models, (m) => m.products, (p) => p.naam);
  const segmentName = nameIn(models, (m) => m.segments, (s) => s.naam);
  return {
    soort: "product",
    label: (p) => p.naam,
    // A new or withdrawn product is a new or withdrawn price.
    belangrijkBijToevoegen: () => true,
    fields: [
      { veld: "naam", value: (p) => p.naam },
      { veld: "segment", value: (p) => segmentName(p.segmentId) },
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
      // Both directions, as the site and the PDFs show it.
      { veld: "niet te combineren met", members: (p) => p.notCombinableWith, label: product },
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
    // A knock-out requirement's wording decides who is excluded; any change to it weighs.
    { veld: "tekst", text: (r) => r.tekst, belangrijk: (r) => KNOCK_OUT.has(r.soort) },
    { veld: "bewijs", text: (r) => r.bewijs, belangrijk: (r) => KNOCK_OUT.has(r.soort) },
  ],
};

export const termSpec: EntityKindSpec<Term> = {
  soort: "begrip",
  label: (t) => t.term,
  fields: [{ veld: "term", value: (t) => t.term }, { veld: "definitie", text: (t) => t.definitie }],
};

export const chapterSpec: EntityKindSpec<Chapter> = {
  soort: "hoofdstuk",
  label: (c) => (c.document === "overeenkomst" ? `${c.titel} (artikel van de overeenkomst)` : c.titel),
  fields: [
    { veld: "titel", value: (c) => c.titel },
    { veld: "volgorde", value: (c) => String(c.volgorde) },
    // A text that moves between the leidraad and the agreements changes what bidders sign.
    { veld: "document", value: (c) => (c.document === "overeenkomst" ? "overeenkomst" : "aanbestedingsleidraad") },
    { veld: "tekst", text: (c) => c.markdown },
  ],
};

const entryMoments = (t: NonNullable<Subtender["toetreding"]>) =>
  `elk jaar op ${dutchList(t.momenten)}${t.beslistermijn_weken ? `; beslissing binnen ${countOf(t.beslistermijn_weken, "week", "weken")}` : ""}`;

const ownConditions = (l: Lot) => l.voorwaarden.filter((v) => v.statedOn === l.id);

/** An amount as the documents print it; absent when not given. */
const euro = (amount: number | undefined) => (amount === undefined ? undefined : formatEuro(amount));
