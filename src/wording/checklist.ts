import type { Lot, Model, Requirement, Subtender } from "../model/types.ts";
import { partText } from "../templates/parts.ts";
import { planRule } from "./award-rules.ts";
import { formatDate, formatDateTime } from "../format/dates.ts";
import { dutchList } from "../format/lists.ts";
import { formatLevel, formatRegisters } from "./funding.ts";
import { lotName, requiredText } from "./lots.ts";
import { isOnePhase } from "./phases.ts";
import { proofOf } from "../format/requirements.ts";

/**
 * What a bidder hands in and must meet for one lot, as data: derived once here
 * from the model and the shared wording (proofOf, planRule, requiredText,
 * lotName), rendered by the website's /inschrijven/ page and by the checklist
 * attachment alike. Plain text: renderers escape it.
 */
export interface ChecklistItem {
  /** What to hand in or meet: a requirement's title, "Plan van aanpak", a criterion, a condition. */
  title: string;
  /** The kind of a requirement ("minimumeis"), shown next to the title. */
  kind?: string;
  /** How it is proven or what to hand in. */
  proof?: string;
  /** Where it is handed in (the platform, and for which part of the bid); absent when nothing is handed in for it. */
  where?: string;
  /** When it is due, in words. */
  due?: string;
  /** What it means for the bidder: a condition's consequence, the plan's rule. */
  notes?: string[];
  /** True when `proof` and `notes` are the authors' Markdown (a requirement's bewijs, a milestone's toelichting); else plain text. */
  markdown?: boolean;
  /**
   * The subtenders (ids) a requirement of the hoofdtender concerns, when its
   * text names only some of them: a bidder on other subtenders can skip it.
   */
  appliesTo?: string[];
  /** The entity the item is about, for a link. */
  ref?: { kind: "eis" | "perceel" | "product" | "subtender" | "planning"; id: string };
}

export interface ChecklistGroup {
  /**
   * Stable key, the same for every lot the group applies to ("hoofdtender",
   * "subtender:crisis", "perceel:crisispleegzorg:plan", "planning"), so a
   * renderer that shows many lots shows a shared group once.
   */
  key: string;
  scope: "inleveren" | "hoofdtender" | "samenwerking" | "subtender" | "perceel" | "planning";
  title: string;
  intro?: string;
  items: ChecklistItem[];
}

/** The lots a bidder bids on: a lot without sub-lots, or a sub-lot (bids are ranked per sub-lot). */
export const biddableLots = (model: Pick<Model, "lots">): Lot[] => model.lots.filter((l) => l.subLotIds.length === 0);

const milestone = (model: Model, s: Subtender | undefined, id: string) => s?.planning?.find((m) => m.id === id)?.datum ?? model.tender.planning.find((m) => m.id === id)?.datum;

/** When a requirement is due, from its kind and the planning. */
export function dueOf(req: Pick<Requirement, "soort">, model: Model, s?: Subtender): string {
  const deadline = milestone(model, s, "inschrijving");
  // With a selection phase first, requirements are tested there (phaseSentences); the deadline is that of the final bid.
  const selection = s && !isOnePhase(s) && s.fasen!.includes("selectie");
  const atBid = selection ? "in de selectiefase, bij uw aanmelding" : deadline ? `bij de inschrijving, uiterlijk ${formatDateTime(deadline)}` : "bij de inschrijving";
  switch (req.soort) {
    case "uitsluitingsgrond":
    case "geschiktheidseis":
      return `${atBid}; de bewijsstukken op ons verzoek, vóór de ${s?.procedure === "toelating" ? "toelatingsbeslissing" : "gunningsbeslissing"}`;
    case "minimumeis":
      return atBid;
    case "leveringsvoorwaarde":
      return "tijdens de looptijd van de overeenkomst";
    case "contractvoorwaarde": {
      const start = milestone(model, s, "ingangsdatum");
      return start ? `vanaf de ingangsdatum van de overeenkomst, ${formatDate(start)}` : "vanaf de ingangsdatum van de overeenkomst";
    }
  }
}

/** The platform bids go through (templates/leidraad/communicatie.md names it too). */
const PLATFORM = "Mercell";
/** Whether something is handed in with the bid for a requirement of this kind (a declaration, the UEA); else it is met later. */
const handedIn = (req: Pick<Requirement, "soort">) => req.soort !== "leveringsvoorwaarde" && req.soort !== "contractvoorwaarde";

/** The subtenders a requirement's own words name, by a `subtender:` or `perceel:` link in its text or proof. */
export function namedSubtenders(req: Pick<Requirement, "tekst" | "bewijs">, model: Pick<Model, "lots" | "subtenders">): string[] {
  const words = `${req.tekst ?? ""}\n${req.bewijs ?? ""}`;
  const ids = new Set<string>();
  for (const [, kind, id] of words.matchAll(/\]\((subtender|perceel):([a-z0-9-]+)\)/g)) {
    const sid = kind === "subtender" ? id : model.lots.find((l) => l.id === id)?.subtenderId;
    if (sid && model.subtenders.some((x) => x.id === sid)) ids.add(sid);
  }
  return model.subtenders.map((x) => x.id).filter((id) => ids.has(id));
}

/** The subtenders a requirement is imposed by: its subtenders, and those of the lots whose products impose it. */
function imposingSubtenders(req: Requirement, model: Model): string[] {
  const ids = new Set<string>();
  for (const u of req.usedBy) {
    if (u.kind === "subtender") ids.add(u.id);
    if (u.kind === "product") for (const l of model.lots) if (l.productIds.includes(u.id)) ids.add(l.subtenderId);
  }
  return model.subtenders.map((x) => x.id).filter((id) => ids.has(id));
}

/**
 * Where a requirement applies, when not to every bidder: a hoofdtender eis
 * whose words name only some subtenders applies to bidders on those; an eis
 * that several (not all) subtenders impose says which, so a bidder sees it
 * binds them there too.
 */
function applicability(req: Requirement, model: Model, shared: boolean): Pick<ChecklistItem, "appliesTo" | "notes"> {
  const name = (id: string) => model.subtenders.find((x) => x.id === id)!.naam;
  const all = model.subtenders.length;
  if (shared) {
    const named = namedSubtenders(req, model);
    if (!named.length || named.length === all) return {};
    return { appliesTo: named, notes: [`Geldt voor: inschrijvers op ${dutchList(named.map(name))}.`] };
  }
  const imposing = imposingSubtenders(req, model);
  if (imposing.length < 2) return {};
  return { notes: [`Geldt voor: ${dutchList(imposing.map(name))}.`] };
}

const requirementItem = (req: Requirement, model: Model, where: string, s?: Subtender): ChecklistItem => ({
  title: req.titel,
  kind: req.soort,
  proof: proofOf(req) ?? "Geen apart bewijs; u verklaart bij de inschrijving dat u eraan voldoet.",
  where: handedIn(req) ? where : undefined,
  due: dueOf(req, model, s),
  markdown: true,
  ref: { kind: "eis", id: req.id },
  ...applicability(req, model, s === undefined),
});

/** Where a part of the bid goes: once for the whole tender, once per subtender, or with the lot. */
const whereFor = {
  tender: () => `in ${PLATFORM}, één keer voor de hele aanbesteding`,
  subtender: (s: Subtender) => `in ${PLATFORM}, bij uw inschrijving voor ${s.naam}`,
  lot: (l: Lot) => `in ${PLATFORM}, bij uw inschrijving voor ${lotName(l)}`,
};

/** How a bid reaches us: the platform, by the deadline (the same for every lot). */
function handingIn(model: Model): ChecklistGroup {
  // Shared by every lot: the tender's deadline (a subtender's own deadline stands with its items).
  const deadline = milestone(model, undefined, "inschrijving");
  return {
    key: "inleveren",
    scope: "inleveren",
    title: "Waar en hoe u inlevert",
    items: [{
      title: `Uw inschrijving in ${PLATFORM}`,
      proof: `U levert alles in via ${PLATFORM}, het platform van deze aanbesteding; niet per e-mail of op papier.`,
      notes: ["Bij elk punt hieronder staat onder \"Waar\" bij welk deel van uw inschrijving het hoort."],
      due: deadline ? `uiterlijk ${formatDateTime(deadline)}` : undefined,
    }],
  };
}

/**
 * What a bidder hands in when it bids with others, subcontracts or relies on
 * another's experience: the deliverables of the leidraad's § on combinaties
 * (templates/leidraad/combinaties.md), each marked for whom it applies.
 */
function collaboration(model: Model): ChecklistGroup {
  const deadline = milestone(model, undefined, "inschrijving");
  const due = deadline ? `bij de inschrijving, uiterlijk ${formatDateTime(deadline)}` : "bij de inschrijving";
  const where = `in ${PLATFORM}, bij uw inschrijving`;
  return {
    key: "samenwerking",
    scope: "samenwerking",
    title: "Als u samen inschrijft, uitbesteedt of steunt op een ander",
    intro: "Alleen wat voor u geldt; schrijft u alleen in, zonder onderaannemer, dan slaat u dit over.",
    items: [
      { title: "Combinatie: de penvoerder en de deelnemers", proof: "Noem alle deelnemers van de combinatie en de penvoerder die namens hen optreedt.", where, due },
      { title: "Combinatie: een UEA per deelnemer", proof: "Iedere deelnemer vult een eigen UEA in en voldoet zelf aan de uitsluitingsgronden.", notes: ["Wie zorg levert, voldoet ook zelf aan de minimumeisen; aan de geschiktheidseisen voldoet de combinatie samen."], where, due },
      { title: "Onderaanneming: de lijst van onderaannemers", proof: "Noem iedere onderaannemer en het deel van het werk dat die doet.", notes: ["Een onderaannemer voldoet aan de uitsluitingsgronden en aan de eisen van zijn deel van het werk."], where, due },
      { title: "Beroep op derden: een UEA en een verklaring van die ander", proof: "Steunt u voor een geschiktheidseis op een ander, dan vult die ander een eigen UEA in.", notes: [partText("checklist-beroep-op-derden", {})], where, due },
    ],
  };
}

/**
 * What the lot's products ask of the staff (the productenboek; the
 * agreement makes it binding): products that ask the same are one item.
 */
function staffItems(model: Model, lot: Lot): ChecklistItem[] {
  const byRule = new Map<string, { names: string[]; ids: string[]; proof: string; notes: string[] }>();
  for (const id of lot.productIds) {
    const p = model.products.find((x) => x.id === id)!;
    const parts = [`Opleidingsniveau minimaal ${formatLevel(p.personeel.minimaal_opleidingsniveau)}.`];
    if (p.personeel.registratie?.length) parts.push(`Registratie: ${formatRegisters(p.personeel.registratie)}.`);
    if (p.groepsgrootte_max !== undefined) parts.push(`Groepsgrootte ten hoogste ${p.groepsgrootte_max} ${p.groepsgrootte_max === 1 ? "jeugdige" : "jeugdigen"}.`);
    const proof = parts.join(" ");
    const notes = p.personeel.toelichting ? [p.personeel.toelichting] : [];
    const key = `${proof}\n${notes.join("\n")}`;
    const entry = byRule.get(key) ?? { names: [], ids: [], proof, notes };
    entry.names.push(p.naam);
    entry.ids.push(p.id);
    byRule.set(key, entry);
  }
  return [...byRule.values()].map((e) => ({
    title: e.names.length === 1 ? e.names[0] : productList(e.names),
    proof: e.proof,
    due: "tijdens de looptijd van de overeenkomst; wij kunnen het bij de inschrijving of later laten aantonen",
    notes: e.notes,
    markdown: true,
    ref: e.ids.length === 1 ? { kind: "product" as const, id: e.ids[0] } : undefined,
  }));
}

const MAX_NAMES = 20;
/** "a, b en c", or the first names and how many more. */
const productList = (names: string[]) => (names.length <= MAX_NAMES ? dutchList(names) : `${names.slice(0, MAX_NAMES).join(", ")} en nog ${names.length - MAX_NAMES} producten`);

/**
 * What a condition costs: being contracted for a product means being
 * contracted for a lot that offers it, and whoever holds a lot delivers all
 * of its products ("dan levert u ook alle producten van perceel 1 Wonen").
 */
export function conditionConsequence(v: { vereist_product?: string; vereist_perceel?: string }, model: Model): string {
  const lot = (id: string) => model.lots.find((l) => l.id === id)!;
  const subtender = (id: string) => model.subtenders.find((s) => s.id === id)!;
  const productName = (id: string) => model.products.find((p) => p.id === id)?.naam ?? id;
  const holding = (l: Lot) => {
    const s = subtender(l.subtenderId);
    const verb = s.procedure === "toelating" ? "Wordt u daarvoor toegelaten" : "Krijgt u dat gegund";
    const names = l.productIds.map(productName);
    const all = names.length === 1 ? `dan levert u ${names[0]}` : `dan levert u ook alle producten van ${lotName(l)}: ${productList(names)}`;
    return { s, verb, all };
  };
  if (v.vereist_perceel) {
    const l = lot(v.vereist_perceel);
    const { s, verb, all } = holding(l);
    return `U schrijft ook in op ${lotName(l)} van ${s.naam}. ${verb}, ${all}.`;
  }
  const p = model.products.find((x) => x.id === v.vereist_product)!;
  const offering = p.lotIds.map(lot);
  if (!offering.length) return `Het product ${p.naam} wordt in deze aanbesteding niet ingekocht; u moet er al een overeenkomst met ons voor hebben.`;
  const routes = offering.map((l) => {
    const { s, verb, all } = holding(l);
    return `${lotName(l)} van ${s.naam} (${verb.toLowerCase()}, ${all})`;
  });
  const first = holding(offering[0]);
  if (offering.length === 1) return `Het product ${p.naam} kopen wij in via ${lotName(offering[0])} van ${first.s.naam}; u schrijft daar ook in. ${first.verb}, ${first.all}.`;
  return `Het product ${p.naam} kopen wij in via ${dutchList(routes.slice(0, -1))} of via ${routes[routes.length - 1]}; u schrijft op een daarvan ook in.`;
}

/** The full title of a lot, with its parent for a sub-lot: "Subperceel 4a LVB (perceel 4 Crisisverblijf)". */
export function checklistLotTitle(model: Pick<Model, "lots">, l: Lot): string {
  const name = lotName(l);
  const title = name.charAt(0).toUpperCase() + name.slice(1);
  const parent = l.parentId ? model.lots.find((x) => x.id === l.parentId) : undefined;
  return parent ? `${title} (${lotName(parent)})` : title;
}

/** Every group of what a bidder on `lotId` hands in and meets, in the order to read them. */
export function checklistFor(model: Model, lotId: string): ChecklistGroup[] {
  const lot = model.lots.find((l) => l.id === lotId);
  if (!lot) throw new Error(`onbekend perceel in het model: ${lotId}`);
  const s = model.subtenders.find((x) => x.id === lot.subtenderId)!;
  const req = (id: string) => model.requirements.find((r) => r.id === id)!;
  const lotById = (id: string) => model.lots.find((l) => l.id === id)!;
  const productName = (id: string) => model.products.find((p) => p.id === id)?.naam ?? id;
  const name = lotName(lot);
  const groups: ChecklistGroup[] = [];

  groups.push(handingIn(model));
  groups.push({
    key: "hoofdtender",
    scope: "hoofdtender",
    title: "Eisen van de hoofdtender",
    intro: "Deze eisen gelden voor iedere inschrijver; u toont ze één keer aan, ook als u op meer subtenders of percelen inschrijft.",
    // The same for every lot (a shared group): due dates of the tender, not of one subtender.
    items: (model.tender.hoofdtender.eisen ?? []).map((id) => requirementItem(req(id), model, whereFor.tender())),
  });
  groups.push(collaboration(model));
  if (s.eisen?.length) {
    groups.push({
      key: `subtender:${s.id}`,
      scope: "subtender",
      title: `Eisen van ${s.naam}`,
      intro: `Deze eisen gelden voor ieder perceel van ${s.naam}; u toont ze één keer aan voor al die percelen.`,
      items: s.eisen.map((id) => requirementItem(req(id), model, whereFor.subtender(s), s)),
    });
  }
  const delivery = [...new Set(lot.productIds.flatMap((id) => model.products.find((p) => p.id === id)!.leveringsvoorwaarden ?? []))];
  if (delivery.length) {
    groups.push({
      key: `perceel:${lot.id}:eisen`,
      scope: "perceel",
      title: `Eisen van ${name}`,
      intro: "De leveringsvoorwaarden van de producten van dit perceel.",
      items: delivery.map((id) => requirementItem(req(id), model, whereFor.lot(lot), s)),
    });
  }
  const staff = staffItems(model, lot);
  if (staff.length) {
    groups.push({
      key: `perceel:${lot.id}:personeel`,
      scope: "perceel",
      title: `Personeel voor ${name}`,
      intro: "Wat de producten van dit perceel van uw medewerkers vragen (productenboek); de overeenkomst maakt het bindend.",
      items: staff,
    });
  }
  if (s.procedure === "aanbesteding" && lot.gunningscriteria.length) {
    const hasSubLots = s.lotIds.some((id) => lotById(id).subLotIds.length > 0);
    const plan = s.plan_van_aanpak;
    const deadline = milestone(model, s, "inschrijving");
    const final = isOnePhase(s) ? "bij de inschrijving" : "bij de definitieve inschrijving in de gunningsfase";
    const due = deadline ? `${final}, uiterlijk ${formatDateTime(deadline)}` : final;
    const items: ChecklistItem[] = [];
    if (plan) {
      items.push({
        title: `Plan van aanpak voor ${name}`,
        where: whereFor.lot(lot),
        proof: `Eén plan van aanpak ${lot.parentId ? `voor dit subperceel: bij een perceel met subpercelen levert u één plan per subperceel` : "voor dit perceel"}, van ten hoogste ${plan.max_a4} A4 in totaal.`,
        due,
        notes: [planRule(s, hasSubLots)!],
      });
    }
    for (const c of lot.gunningscriteria) {
      items.push({
        title: `${c.naam} (weging ${c.weging}%)`,
        where: plan ? undefined : whereFor.lot(lot),
        proof: [c.omschrijving, c.max_a4 ? `Ten hoogste ${c.max_a4} A4${plan ? " binnen het plan van aanpak" : ""}.` : plan ? `Geen eigen maximum; binnen de ${plan.max_a4} A4 van het plan van aanpak.` : undefined].filter(Boolean).join(" "),
        due,
      });
    }
    groups.push({
      key: `perceel:${lot.id}:plan`,
      scope: "perceel",
      title: plan ? `Plan van aanpak voor ${name}` : `Gunningscriteria van ${name}`,
      intro: plan ? `Ten hoogste ${plan.max_a4} A4 in totaal; per criterium:` : "Per criterium:",
      items,
    });
  }
  if (lot.voorwaarden.length) {
    const award = milestone(model, s, "voorlopige-gunning");
    groups.push({
      key: `perceel:${lot.id}:voorwaarden`,
      scope: "perceel",
      title: `Voorwaarden van ${name}`,
      intro: "U moet ook gecontracteerd zijn voor een ander perceel of product. Dat betekent voor u:",
      items: lot.voorwaarden.map((v) => ({
        title: `Ook gecontracteerd voor ${requiredText(v, lotById, productName)}`,
        proof: conditionConsequence(v, model),
        due: `bij de gunningsbeslissing${award ? ` (${formatDate(award)})` : ""}: in dezelfde beslissing gegund of toegelaten, of al een overeenkomst met ons`,
        notes: v.statedOn !== lot.id ? [`Deze voorwaarde geldt voor heel ${lotName(lotById(v.statedOn))}.`] : undefined,
        ref: v.vereist_perceel ? { kind: "perceel" as const, id: v.vereist_perceel } : { kind: "product" as const, id: v.vereist_product! },
      })),
    });
  }
  groups.push({
    key: "planning",
    scope: "planning",
    title: "Planning",
    items: model.tender.planning.map((m) => ({ title: m.mijlpaal, due: formatDateTime(m.datum), notes: m.toelichting ? [m.toelichting] : undefined, markdown: true, ref: { kind: "planning" as const, id: m.id } })),
  });
  if (s.planning?.length) {
    groups.push({
      key: `planning:${s.id}`,
      scope: "planning",
      title: `Planning van ${s.naam}`,
      items: s.planning.map((m) => ({ title: m.mijlpaal, due: formatDateTime(m.datum), notes: m.toelichting ? [m.toelichting] : undefined, markdown: true })),
    });
  }
  return groups.filter((g) => g.items.length > 0);
}

/** One lot in the full checklist: its title and the groups only it has. */
export interface ChecklistLot {
  lot: Lot;
  title: string;
  /** The lot's own groups (scope "perceel"): its requirements, plan van aanpak, conditions. */
  groups: ChecklistGroup[];
}

/**
 * The checklist of every biddable lot, with what lots share said once: the
 * hoofdtender's requirements and the planning for all, the subtender's
 * requirements and planning per subtender, then each lot's own groups. Every
 * group is one that `checklistFor` gives the lot; the website and the
 * attachment render this.
 */
export interface FullChecklist {
  /** Where and how to hand in; shared by every lot. */
  inleveren?: ChecklistGroup;
  hoofdtender?: ChecklistGroup;
  /** What combinations, subcontracting and reliance on others hand in; shared by every lot. */
  samenwerking?: ChecklistGroup;
  subtenders: { subtender: Subtender; groups: ChecklistGroup[]; lots: ChecklistLot[] }[];
  planning?: ChecklistGroup;
}

export function fullChecklist(model: Model): FullChecklist {
  const leaves = biddableLots(model);
  const out: FullChecklist = { subtenders: [] };
  for (const subtender of model.subtenders) {
    const lots = leaves.filter((l) => l.subtenderId === subtender.id).map((lot) => ({ lot, title: checklistLotTitle(model, lot), all: checklistFor(model, lot.id) }));
    const first = lots[0]?.all ?? [];
    out.inleveren ??= first.find((g) => g.scope === "inleveren");
    out.hoofdtender ??= first.find((g) => g.scope === "hoofdtender");
    out.samenwerking ??= first.find((g) => g.scope === "samenwerking");
    out.planning ??= first.find((g) => g.key === "planning");
    out.subtenders.push({
      subtender,
      groups: first.filter((g) => g.scope === "subtender" || g.key === `planning:${subtender.id}`),
      lots: lots.map(({ lot, title, all }) => ({ lot, title, groups: all.filter((g) => g.scope === "perceel") })),
    });
  }
  return out;
}
