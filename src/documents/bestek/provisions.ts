import type { Chapter, Model } from "../../model/types.ts";
import { formatDate, formatDateTime, daysBetween } from "../../format/dates.ts";
import { addDays, periodEnd, STANDSTILL_DAYS, weekday } from "../../format/calendar.ts";
import { formatEuro, keepAmountsTogether } from "../../format/money.ts";
import { entryText, SAME_END_DATE } from "../../format/admission.ts";
import { noVolumeGuaranteeText } from "../../format/agreement.ts";
import { countOf, numberWord } from "../../format/numbers.ts";
import { isOnePhase, phaseLabel, phaseSentences } from "../../format/phases.ts";
import { dutchList, esc, p, table } from "../html.ts";
import { lotName } from "../../format/lots.ts";
import type { Lookup } from "../lookup.ts";
import type { Renderer } from "../render-context.ts";
import { chapterTarget, type Section } from "../section.ts";

/**
 * The standard provisions every leidraad has, whatever the authors wrote:
 * each is derived from the data where it can be, and each has an id. A
 * `teksten/` chapter with that id replaces the default text (its title and
 * Markdown stand in its place), so a team can word a provision itself
 * without losing its place in the document. The README lists the ids.
 *
 * Texts are plain Dutch in our own words, written for the light regime for
 * social and other specific services (Aanbestedingswet 2012, art. 2.38-2.39)
 * and the Gids Proportionaliteit.
 */

export interface Provision {
  /** The id a `teksten/` chapter uses to replace the default. */
  id: string;
  title: string;
  body: (r: Renderer) => string;
}

/** The ids of all standard provisions: a `teksten/` chapter with one of them replaces it instead of standing on its own. */
export { PROVISION_IDS } from "../../content/standard-chapters.ts";

/** A provision as a section: the authors' chapter with the same id when there is one, else the default. */
export function provisionSection(provision: Provision, chapters: Chapter[]): Section {
  const own = chapters.find((c) => c.id === provision.id);
  return own
    ? { title: own.titel, anchor: `s-${provision.id}`, targets: [chapterTarget(own)], body: (r) => r.md(own.markdown) }
    : { title: provision.title, anchor: `s-${provision.id}`, targets: [{ key: `hoofdstuk:${provision.id}`, label: provision.title }], body: provision.body };
}

/** The raw date (YYYY-MM-DD…) of a planning milestone of the tender. */
const dateOf = (model: Model, id: string) => model.tender.planning.find((m) => m.id === id)?.datum;
const competitive = (model: Model) => model.subtenders.filter((s) => s.procedure === "aanbesteding");
const admissions = (model: Model) => model.subtenders.filter((s) => s.procedure === "toelating");
const list = (items: string[]) => `<ul>${items.map((i) => `<li>${i}</li>`).join("")}</ul>`;

/** SAS ≥ € 750.000 must be announced in the EU; an estimated value below it says so. */
const SAS_THRESHOLD = 750_000;

export function announcement(L: Lookup): Provision {
  const { model } = L;
  const published = dateOf(model, "publicatie");
  const value = model.tender.aankondiging?.geraamde_waarde;
  const eu = value === undefined || value >= SAS_THRESHOLD
    ? "Wij kondigen deze opdracht aan op TenderNed; TenderNed stuurt de aankondiging door naar het Publicatieblad van de Europese Unie (TED)."
    : `De geraamde waarde (${formatEuro(value)}) ligt onder de Europese drempel voor sociale en andere specifieke diensten (${formatEuro(SAS_THRESHOLD)}); wij kondigen de opdracht aan op TenderNed.`;
  return {
    id: "aankondiging",
    title: "Aankondiging en Mercell",
    body: () =>
      p(eu + (published ? ` De aankondiging verschijnt op ${esc(formatDate(published))}.` : "")) +
      p("De aanbestedingsstukken staan op Mercell. Mercell is het platform waarop u vragen stelt, de Nota's van Inlichtingen ontvangt en inschrijft; de aankondiging zelf staat op TenderNed. Spreken de aankondiging en deze stukken elkaar tegen, dan gaan deze stukken voor."),
  };
}

/** The rules of the Aanbestedingswet that apply, only as stated: the light regime applies few of them by law. */
export const SAS_FRAMING =
  "Van de regels voor Europese aanbestedingen passen wij alleen toe wat deze leidraad beschrijft, en alleen zoals hij het beschrijft: de uitsluitingsgronden van artikel 2.86 en 2.87 van de Aanbestedingswet 2012, het Uniform Europees Aanbestedingsdocument (UEA) als eigen verklaring, een opschortende termijn (standstill) van 20 kalenderdagen na de gunningsbeslissing, een vervaltermijn voor rechtsbescherming en de regels voor het wijzigen van een overeenkomst tijdens de looptijd (artikel 2.163a tot en met 2.163g). Andere bepalingen van deel 2 van de Aanbestedingswet 2012 passen wij niet toe, ook niet naar analogie, tenzij deze leidraad dat uitdrukkelijk zegt.";

export function phases(L: Lookup): Provision {
  const subs = L.model.subtenders;
  const allOne = subs.every(isOnePhase);
  return {
    id: "fasen",
    title: allOne ? "Selectie en gunning in één fase" : "Fasen per subtender",
    body: (r) => {
      if (allOne) {
        return p("Selectie en gunning vinden in één fase plaats: u dient uw inschrijving in één keer volledig in. Wij toetsen eerst de uitsluitingsgronden, geschiktheidseisen en minimumeisen; alleen een inschrijving die daaraan voldoet, beoordelen wij verder.") +
          (competitive(L.model).length ? p(`In ${esc(dutchList(competitive(L.model).map((s) => s.naam)))} beoordelen wij de inschrijvingen daarna op de gunningscriteria en gunnen wij per perceel aan het vastgestelde aantal contractanten.`) : "") +
          (admissions(L.model).length ? p("In een toelating sluiten wij een overeenkomst met iedere inschrijver die aan de eisen voldoet; er is geen maximum aantal contractanten.") : "");
      }
      const rows = subs.map((s) => [
        r.link("subtender", s.id, s.naam),
        esc(isOnePhase(s) ? "één fase: selectie en gunning samen" : dutchList((s.fasen ?? []).map(phaseLabel))),
        esc(s.planning?.length ? s.planning.map((m) => `${m.mijlpaal}: ${formatDateTime(m.datum)}`).join("; ") : "de planning van de aanbesteding"),
      ]);
      return p("De subtenders hebben niet allemaal dezelfde fasen. De planning van de aanbesteding geldt voor alle subtenders; de mijlpalen in de laatste kolom gelden alleen voor die subtender.") +
        table(["Subtender", "Fasen", "Eigen mijlpalen"], rows, { widths: ["26%", "30%", "44%"] }) +
        subs.map((s) => p(phaseSentences(s).map(esc).join(" "))).join("");
    },
  };
}

export function documentOrder(L: Lookup): Provision {
  // The notas stand above the leidraad already; the checklist is an aid that restates the documents and ranks nowhere.
  const others = L.model.tender.bijlagen.filter((b) => b.inhoud !== "bestek" && b.inhoud !== "checklist" && !b.inhoud.startsWith("nota-van-inlichtingen:"));
  const checklist = L.model.tender.bijlagen.find((b) => b.inhoud === "checklist");
  const agreements = others.some((b) => b.inhoud.startsWith("overeenkomst:"));
  return {
    id: "rangorde-documenten",
    title: "Rangorde van de documenten",
    body: () =>
      p("Spreken de aanbestedingsstukken elkaar tegen, dan geldt deze rangorde, van hoog naar laag:") +
      `<ol><li>de Nota's van Inlichtingen, de laatst gepubliceerde eerst;</li><li>deze aanbestedingsleidraad;</li>${others.length ? `<li>de bijlagen, in de volgorde van hun nummer: ${esc(dutchList(others.map((b) => `bijlage ${b.nummer} ${b.titel}`)))}.</li>` : ""}</ol>` +
      (agreements ? p("Deze rangorde geldt voor de procedure. Voor de uitvoering van de opdracht gaat na de gunning de overeenkomst voor, met de rangorde die zij zelf noemt.") : "") +
      (checklist ? p(`${esc(`Bijlage ${checklist.nummer} ${checklist.titel}`)} is een hulpmiddel dat de eisen uit de andere stukken op een rij zet; zij heeft geen plaats in de rangorde en voegt geen eisen toe.`) : "") +
      p("Voor zover het een subtender betreft, gaat de bijlage van die subtender voor de andere bijlagen. Binnen één document gaat een bepaling die iets specifiek regelt voor een algemene bepaling. Ziet u een tegenstrijdigheid, meld die dan als vraag: wij lossen haar op in een Nota van Inlichtingen, zodat iedereen van hetzelfde uitgaat."),
  };
}

export const clarification: Provision = {
  id: "verduidelijking",
  title: "Verduidelijking en herstel van kennelijke fouten",
  body: () =>
    p("Na de uiterste inschrijfdatum kunnen wij u vragen uw inschrijving te verduidelijken of een kennelijke fout te herstellen, zoals een verschrijving of een rekenfout die uit de inschrijving zelf blijkt. Wij doen dat bij alle inschrijvers in dezelfde situatie op dezelfde manier.") +
    p("Een verduidelijking mag uw inschrijving niet wijzigen of aanvullen: u voegt niets toe wat de beoordeling verandert. Ontbreekt een document dat al bestond vóór de uiterste inschrijfdatum en waarvan de datum objectief vaststaat, zoals een uittreksel of een certificaat, dan kunnen wij u vragen het alsnog te sturen. Een plan van aanpak of een antwoord op een gunningscriterium kunt u nooit later aanvullen."),
};

export function complaints(L: Lookup): Provision {
  const questions = dateOf(L.model, "vragen");
  const dienst = L.model.tender.aanbestedende_dienst;
  const where = dienst.contact?.email ? ` via ${esc(dienst.contact.email)}` : " via het klachtenmeldpunt dat in Mercell staat vermeld";
  return {
    id: "klachten",
    title: "Bezwaren tegen de stukken en klachten",
    body: () =>
      p(`Vindt u een bepaling in de aanbestedingsstukken onduidelijk, tegenstrijdig, disproportioneel of in strijd met het aanbestedingsrecht, meld dat dan zo vroeg mogelijk via de vragenmodule van Mercell${questions ? `, uiterlijk op ${esc(formatDateTime(questions))}` : ", vóór de uiterste datum voor vragen"}. Wij kunnen het dan nog voor iedereen herstellen. Wie een bezwaar niet op tijd meldt, kan er na de inschrijving niet meer over klagen of procederen: het recht daarop vervalt. Tegen wat in een Nota van Inlichtingen nieuw is of verandert, meldt u bezwaar binnen vijf werkdagen na de publicatie ervan. Blijft u na de Nota van Inlichtingen bij uw bezwaar, dan maakt u vóór de uiterste inschrijfdatum een kort geding aanhangig; anders vervalt uw recht om er later over te klagen of te procederen.`) +
      p(`Een klacht over de manier waarop wij deze aanbesteding uitvoeren, dient u in${where}. Beschrijf wat u bezwaarlijk vindt en wat u voorstelt. Wij beantwoorden een klacht binnen tien werkdagen, en een klacht over de stukken in elk geval vóór de uiterste inschrijfdatum. Een klacht schort de procedure en de termijnen in deze leidraad niet op. Bent u het niet eens met de afhandeling, dan kunt u zich wenden tot de Commissie van Aanbestedingsexperts.`),
  };
}

export const unconditional: Provision = {
  id: "voorwaardelijke-inschrijving",
  title: "Onvoorwaardelijk inschrijven",
  body: () =>
    p("U schrijft onvoorwaardelijk in. Een inschrijving onder voorbehoud of met eigen voorwaarden, zoals eigen leveringsvoorwaarden, een ander tarief dan in het productenboek of een beperking van uw aansprakelijkheid, is ongeldig: wij beoordelen haar niet verder. De tarieven liggen vast in het productenboek; u biedt geen eigen prijs."),
};

/**
 * Bids stay binding until the agreement exists, with room for a kort geding:
 * 60 days after the planned signing (a milestone `ondertekening`) or else the
 * definitive award, which then forms the agreement. Without either, the usual
 * 180 days after the deadline.
 */
export function bidValidity(L: Lookup): Provision {
  const deadline = dateOf(L.model, "inschrijving");
  const signing = dateOf(L.model, "ondertekening");
  const award = dateOf(L.model, "definitieve-gunning");
  const formed = signing ?? award;
  const until = formed ? addDays(formed.slice(0, 10), 60) : deadline ? addDays(deadline.slice(0, 10), 180) : undefined;
  const why = signing ? "60 dagen na de geplande ondertekening van de overeenkomsten" : award ? "60 dagen na de geplande definitieve gunning" : "180 dagen na de uiterste inschrijfdatum";
  const formation = signing
    ? `De overeenkomst komt tot stand door de ondertekening, gepland op ${formatDate(signing)}.`
    : award ? "De overeenkomst komt tot stand door de definitieve gunning." : "";
  return {
    id: "gestanddoening",
    title: "Gestanddoening",
    body: () =>
      (until && deadline
        ? p(`Uw inschrijving blijft geldig (gestand) tot en met ${esc(formatDate(until))}: ${daysBetween(deadline, until)} dagen na de uiterste inschrijfdatum, tot ${why}. Tot die dag kunt u uw inschrijving niet intrekken of wijzigen. Loopt de procedure uit, bijvoorbeeld door een kort geding, dan kunnen wij u vragen de termijn te verlengen. U mag dat weigeren; uw inschrijving vervalt dan, en uw plaats gaat naar de eerstvolgende in de rangorde.`)
        : p("Uw inschrijving blijft geldig (gestand) tot 180 dagen na de uiterste inschrijfdatum. Tot die dag kunt u uw inschrijving niet intrekken of wijzigen.")) +
      p(esc(formation)),
  };
}

export function combinations(L: Lookup): Provision {
  const grounds = L.model.requirements.filter((q) => q.soort === "uitsluitingsgrond" && q.usedBy.some((u) => u.kind !== "product"));
  const imposed = (soort: string) => L.model.requirements.filter((q) => q.soort === soort && q.usedBy.some((u) => u.kind !== "product"));
  const suitability = imposed("geschiktheidseis");
  const minimum = imposed("minimumeis");
  return {
    id: "combinaties",
    title: "Combinaties, onderaanneming en beroep op derden",
    body: (r) =>
      p("<strong>Combinatie.</strong> U mag met andere aanbieders samen inschrijven. De combinatie wijst één penvoerder aan die namens alle deelnemers optreedt en met wie wij communiceren; alle deelnemers zijn hoofdelijk aansprakelijk voor de uitvoering van de overeenkomst.") +
      p(`Iedere deelnemer voldoet zelf aan de uitsluitingsgronden${grounds.length ? ` (${grounds.map((q) => r.link("eis", q.id, q.titel)).join(", ")})` : ""}${minimum.length ? `, en iedere deelnemer die zorg levert ook aan de minimumeisen (${minimum.map((q) => r.link("eis", q.id, q.titel)).join(", ")})` : ""}. Aan de geschiktheidseisen${suitability.length ? ` (${suitability.map((q) => r.link("eis", q.id, q.titel)).join(", ")})` : ""} voldoet de combinatie samen, tenzij bij een eis staat dat iedere deelnemer eraan voldoet. In het UEA vult iedere deelnemer een eigen verklaring in.`) +
      p("<strong>Onderaanneming.</strong> U mag een deel van het werk laten uitvoeren door een onderaannemer. U blijft tegenover ons verantwoordelijk voor het hele werk. Noem bij uw inschrijving de onderaannemers en het deel van het werk dat zij doen; een onderaannemer voldoet aan de uitsluitingsgronden en aan de eisen die gelden voor het werk dat hij uitvoert.") +
      p("<strong>Beroep op derden.</strong> Steunt u voor een geschiktheidseis op de ervaring of capaciteit van een ander, dan toont u aan dat u daarover tijdens de hele looptijd echt beschikt, bijvoorbeeld met een verklaring van die ander. Die ander voldoet aan de uitsluitingsgronden en aan de eisen waarvoor u op hem steunt, vult een eigen UEA in en voert zelf het werk uit waarvoor die ervaring nodig is."),
  };
}

export const committee: Provision = {
  id: "beoordelingscommissie",
  title: "Beoordelingscommissie en belangenverstrengeling",
  body: () =>
    p("Een commissie van deskundigen beoordeelt de inschrijvingen. Ieder lid beoordeelt eerst afzonderlijk; daarna stelt de commissie de scores samen vast, met een motivering per criterium. De tarieven liggen vast; de commissie beoordeelt alleen de kwaliteit.") +
    p("Ieder lid verklaart vooraf schriftelijk dat hij of zij geen persoonlijk of zakelijk belang heeft bij een inschrijver, en trekt zich terug als dat wel zo is of zo lijkt. Ziet u zelf een mogelijk belangenconflict, bijvoorbeeld een (oud-)medewerker van u in de commissie of bij ons, meld het dan direct via Mercell. Wij nemen dan passende maatregelen (artikel 1.10a van de Aanbestedingswet 2012)."),
};

/** Fallback rules for lots with a fixed number of contractors: they follow from `aantal_contractanten`. */
export function contractorCountRules(L: Lookup): Provision {
  const lots = L.model.lots.filter((l) => l.aantal_contractanten !== undefined && L.subtender(l.subtenderId).procedure === "aanbesteding");
  const one = lots.filter((l) => l.aantal_contractanten === 1).length;
  return {
    id: "aantal-contractanten",
    title: "Minder inschrijvingen dan plaatsen, afvallers en opvolging",
    body: () =>
      p(`Elk perceel en subperceel met een vast aantal contractanten (${numberWord(lots.length)}${one ? `, waarvan ${numberWord(one)} met één contractant` : ""}) volgt deze regels:`) +
      list([
        "<strong>Minder inschrijvingen dan plaatsen.</strong> Wij gunnen aan alle inschrijvingen op dat perceel die geldig zijn en voor gunning in aanmerking komen (geen score 0 op een criterium, de voorwaarden van het perceel vervuld). De plaatsen die overblijven, blijven open; wij kunnen ze later opnieuw aanbesteden.",
        "<strong>Geen geldige inschrijving.</strong> Wij gunnen het perceel niet. Wij kunnen het opnieuw aanbesteden, ook in een andere vorm.",
        "<strong>Afvallen bij de controle.</strong> Vóór wij de gunningsbeslissing verzenden, vragen wij de bewijsstukken op bij de inschrijvers aan wie wij willen gunnen. Levert een inschrijver die niet op tijd of niet volledig, of blijkt hij niet aan de eisen te voldoen, dan valt hij af en komt de eerstvolgende in de rangorde in aanmerking, na dezelfde controle. Valt een inschrijver na de gunningsbeslissing toch af, dan verzenden wij voor dat perceel een nieuwe gunningsbeslissing, met een nieuwe opschortende termijn en vervaltermijn.",
        "<strong>Een contractant die tijdens de looptijd stopt.</strong> Eindigt een overeenkomst tijdens de looptijd (opzegging, ontbinding of faillissement), dan bieden wij de plaats aan de eerstvolgende in de oorspronkelijke rangorde aan die nog aan de eisen voldoet, op dezelfde voorwaarden en met dezelfde einddatum, als de resterende looptijd meer dan twaalf maanden is. Anders blijft de plaats open.",
      ]),
  };
}

/** A condition between lots is met at the award and lasts as long as the agreement it asks for. */
export function lotConditionRules(L: Lookup): Provision {
  const conditioned = L.model.lots.filter((l) => l.voorwaarden.some((v) => v.statedOn === l.id));
  return {
    id: "voorwaarden-tussen-percelen",
    title: "Voorwaarden tussen percelen",
    body: (r) =>
      p(`Voor ${conditioned.map((l) => r.link("perceel", l.id, lotName(l))).join(", ")} geldt een voorwaarde: u moet ook gecontracteerd zijn voor een ander perceel of product. Die voorwaarde toetsen wij bij de gunning:`) +
      list([
        "u komt voor het perceel alleen in aanmerking als wij u in dezelfde gunningsbeslissing ook het vereiste perceel of product gunnen of u daarvoor toelaten, of als u daarvoor al een overeenkomst met ons heeft;",
        "valt u voor het vereiste perceel of product af, dan vervalt ook uw plaats op het perceel met de voorwaarde; die plaats gaat naar de eerstvolgende in de rangorde die wel aan de voorwaarde voldoet;",
        "eindigt tijdens de looptijd uw overeenkomst voor het vereiste perceel of product, dan eindigt op dezelfde dag ook uw overeenkomst voor het perceel met de voorwaarde.",
      ]),
  };
}

export function awardDecision(L: Lookup): Provision {
  const provisional = dateOf(L.model, "voorlopige-gunning");
  const hasAdmissions = admissions(L.model).length > 0;
  return {
    id: "gunningsbeslissing",
    title: "De gunningsbeslissing",
    body: () =>
      p(`Wij maken de voorlopige gunning (de gunningsbeslissing)${provisional ? ` op ${esc(formatDate(provisional))}` : ""} tegelijk via Mercell bekend aan alle inschrijvers. Per perceel staan daarin:`) +
      list([
        "uw score per gunningscriterium en uw totaalscore, met de motivering;",
        "uw plaats in de rangorde en de naam van de inschrijvers aan wie wij willen gunnen;",
        "de kenmerken en relatieve voordelen van de inschrijvingen die wij gunnen, tegenover die van u;",
        "de redenen waarom uw inschrijving niet of wel voor gunning in aanmerking komt, en wanneer een inschrijving ongeldig was, waarom;",
        `de opschortende termijn (standstill) van ${STANDSTILL_DAYS} kalenderdagen en de vervaltermijn (zie het hoofdstuk over rechtsbescherming).`,
      ]) +
      (hasAdmissions ? p("In een toelating staat in de beslissing of u wordt toegelaten, en zo niet, aan welke eis u niet voldoet.") : ""),
  };
}

/** A toelating is outside the procurement rules only as a true open house: everyone who qualifies, during the whole term. */
export function openHouse(L: Lookup): Provision {
  const subs = admissions(L.model);
  const site = L.model.tender.aanbestedende_dienst.contact?.website;
  return {
    id: "open-house",
    title: "Toelating: iedere aanbieder die voldoet",
    body: (r) =>
      p(`In ${subs.map((s) => r.link("subtender", s.id, s.naam)).join(" en ")} is er geen selectie, geen rangorde en geen maximum aantal contractanten: wij sluiten een overeenkomst met iedere aanbieder die aan de eisen van de hoofdtender en de subtender voldoet. De voorwaarden liggen vooraf vast en zijn voor iedereen gelijk. Wij publiceren de voorwaarden, de toetredingsmomenten en de manier van aanvragen gedurende de hele looptijd, met verlengingen, op TenderNed${site ? ` en op ${esc(site)}` : ""}.`) +
      subs.map((s) => p(esc(entryText(s))) + r.md(s.toetreding?.toelichting)).join("") +
      p(esc(SAME_END_DATE)) +
      p("Wijzen wij een aanvraag af, dan zeggen wij schriftelijk aan welke eis u niet voldoet. Een afwijzing bij de eerste toelating maakt deel uit van de gunningsbeslissing en valt onder de vervaltermijn van het hoofdstuk over rechtsbescherming; een verzoek om heroverweging schort die termijn niet op. Bij een afwijzing tijdens de looptijd kunt u binnen 20 kalenderdagen om heroverweging vragen, op een volgend toetredingsmoment opnieuw aanvragen of de beslissing voorleggen aan de civiele rechter; daarvoor geldt geen vervaltermijn."),
  };
}

/** Task-funded products (budgets, lump sums) are paid whatever the volume: the no-volume reservation says so. */
export function reservations(L: Lookup): Provision {
  const budgets = L.model.products.some((p) => p.bekostiging.vorm === "taakgericht" && p.lotIds.length > 0);
  return {
  id: "voorbehouden",
  title: "Voorbehouden",
  body: () =>
    list([
      "<strong>Besluitvorming.</strong> De definitieve gunning gebeurt onder voorbehoud van de besluiten die het bevoegde bestuur daarvoor moet nemen. Blijft zo'n besluit uit, dan trekken wij de gunning in, zonder vergoeding.",
      "<strong>Budget.</strong> Vóór de definitieve gunning kunnen wij de aanbesteding of een perceel intrekken als de middelen niet beschikbaar komen. Na de gunning wijzigen wij een overeenkomst alleen zoals zij zelf bepaalt en binnen artikel 2.163a tot en met 2.163g van de Aanbestedingswet 2012.",
      `<strong>Geen afnamegarantie.</strong> ${keepAmountsTogether(esc(noVolumeGuaranteeText(budgets)))}`,
      "<strong>Wijzigen en intrekken.</strong> Vóór de uiterste inschrijfdatum wijzigen wij de stukken alleen met een Nota van Inlichtingen, zo nodig met een latere inschrijfdatum. Daarna wijzigen wij de stukken niet meer; om een zwaarwegende reden, die wij motiveren, kunnen wij de aanbesteding, een subtender of een perceel wel opschorten of intrekken. Wij maken dat via Mercell aan iedereen tegelijk bekend. Inschrijvers hebben dan geen recht op vergoeding van hun kosten.",
    ]),
  };
}

/** The vervaltermijn runs from the day after the gunningsbeslissing is sent; its last day follows the Algemene termijnenwet. */
export function legalProtection(L: Lookup): Provision {
  const provisional = dateOf(L.model, "voorlopige-gunning");
  const final = dateOf(L.model, "definitieve-gunning");
  const period = provisional ? periodEnd(provisional, STANDSTILL_DAYS) : undefined;
  const moved = period && period.end !== period.nominal;
  return {
    id: "rechtsbescherming",
    title: "Rechtsbescherming",
    body: () =>
      p(`Bent u het niet eens met de gunningsbeslissing, dan kunt u binnen ${STANDSTILL_DAYS} kalenderdagen een kort geding aanhangig maken bij de voorzieningenrechter van de rechtbank in het arrondissement waar de aanbestedende dienst is gevestigd. Die termijn is een vervaltermijn: hij begint op de dag na de dag waarop wij de gunningsbeslissing via Mercell hebben verzonden. De termijn is alleen gehaald als de dagvaarding binnen de termijn aan ons is betekend. Valt de laatste dag op een zaterdag, zondag of algemeen erkende feestdag, dan loopt de termijn door tot en met de eerstvolgende werkdag (Algemene termijnenwet). Wie niet binnen de termijn dagvaardt, kan de gunningsbeslissing daarna niet meer aanvechten. De vervaltermijn is een voorwaarde van deze aanbesteding die u met uw inschrijving aanvaardt; de opschortende termijn ontlenen wij aan artikel 2.127 van de Aanbestedingswet 2012, dat wij vrijwillig toepassen.`) +
      (period && provisional
        ? p(`Verzenden wij de gunningsbeslissing op ${esc(formatDate(provisional))}, dan is de laatste dag van de termijn ${esc(weekday(period.end))} ${esc(formatDate(period.end))}${moved ? ` (de twintigste dag, ${esc(weekday(period.nominal))} ${esc(formatDate(period.nominal))}, is geen werkdag; volgens de Algemene termijnenwet loopt de termijn dan door tot de eerstvolgende werkdag)` : ""}.`)
        : "") +
      p(`Wij gunnen niet definitief vóór het einde van die termijn${final ? `; de definitieve gunning staat gepland op ${esc(formatDate(final))}` : ""}. Is binnen de termijn een kort geding aanhangig gemaakt, dan wachten wij de uitspraak af. Een klacht schort de termijn niet op.`),
  };
}
