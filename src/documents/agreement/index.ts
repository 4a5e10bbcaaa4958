import { newArticleNumber } from "../../content/agreement-articles.ts";
import { entryText, sameEndDate } from "../../wording/admission.ts";
import { agreementFacts, agreementKind, noVolumeGuaranteeText } from "../../wording/agreement.ts";
import { formatUnit } from "../../wording/funding.ts";
import { lotName, ownConditionsLine } from "../../wording/lots.ts";
import { formatEuro } from "../../format/money.ts";
import { countOf } from "../../format/numbers.ts";
import type { Attachment, Lot, Requirement, Subtender } from "../../model/types.ts";
import { h } from "hastscript";
import type { ElementContent } from "hast";
import { dutchList } from "../../format/lists.ts";
import { facts, type Fact } from "../../views/facts.ts";
import { text } from "../../views/join.ts";
import { table } from "../../views/table.ts";
import { amountsTogether, nodes, para } from "../hast.ts";
import type { Lookup } from "../../model/lookup.ts";
import type { Renderer } from "../render-context.ts";
import { chapterTarget, type Section } from "../section.ts";
import { articleText, standardArticles } from "./articles.ts";
import { hasDialogue } from "../../wording/phases.ts";
import { partMarkdown } from "../../templates/parts.ts";

/**
 * The agreement of one subtender as an attachment: a raamovereenkomst for an
 * `aanbesteding`, a toelatingsovereenkomst for a `toelating`. Articles 1, 2, …
 * (the document's sections, printed as "Artikel N"), generated from the data;
 * the standard articles after them are replaced by a `teksten/` chapter with
 * `document: overeenkomst` and the article's id when the team wrote one
 * (articles.ts), and the team's new articles `artikel-<n>` follow them.
 */

/** Where a fill-in field stands: the contractor's details are not known when the document is made. */
const BLANK = "………………………………………………";

/** "bijlage 2 Productenboek", or the document's name when the bundle does not have it. */
function attachmentRef(L: Lookup, inhoud: Attachment["inhoud"], otherwise: string): string {
  const a = L.model.tender.bijlagen.find((b) => b.inhoud === inhoud);
  return a ? `bijlage ${a.nummer} ${a.titel}` : otherwise;
}

/** The lots of a subtender in document order: each lot, then its sub-lots. */
function lotsOf(L: Lookup, s: Subtender): Lot[] {
  return s.lotIds.flatMap((id) => {
    const lot = L.lot(id);
    return [lot, ...lot.subLotIds.map((sub) => L.lot(sub))];
  });
}

/** The leverings- and contractvoorwaarden that apply to this subtender: from the hoofdtender, the subtender or one of its products. */
function conditionsOf(L: Lookup, s: Subtender, productIds: Set<string>): Requirement[] {
  return L.model.requirements.filter(
    (q) =>
      (q.soort === "leveringsvoorwaarde" || q.soort === "contractvoorwaarde") &&
      q.usedBy.some((u) => u.kind === "hoofdtender" || (u.kind === "subtender" && u.id === s.id) || (u.kind === "product" && productIds.has(u.id))),
  );
}

export function agreementSections(L: Lookup, subtenderId: string): Section[] {
  const t = L.model.tender;
  const s = L.subtender(subtenderId);
  const raam = s.procedure === "aanbesteding";
  const kind = agreementKind(s);
  const dienst = t.aanbestedende_dienst;
  const namens = dienst.namens ?? [];
  const top = s.lotIds.map((id) => L.lot(id));
  const lots = lotsOf(L, s);
  const productIds = [...new Set(lots.flatMap((l) => l.productIds))];
  const products = productIds.map((id) => L.product(id));
  const budgets = products.some((x) => x.bekostiging.vorm === "taakgericht");
  const productenboek = attachmentRef(L, "productenboek", "het productenboek");
  const leidraad = attachmentRef(L, "bestek", "de aanbestedingsleidraad");
  const eisen = attachmentRef(L, "eisen", "de bijlage met de eisen");
  // Only a bundle with a checklist names it in the rangorde.
  const checklistAttachment = t.bijlagen.find((b) => b.inhoud === "checklist");
  const checklist = checklistAttachment ? `Bijlage ${checklistAttachment.nummer} ${checklistAttachment.titel}` : undefined;
  const chapters = L.model.chapters;
  const anchor = (id: string) => `s-artikel-${id}`;
  /** The article number of a generated article, for references between articles. */
  const number = (id: string) => String(articles.findIndex((a) => a.anchor === anchor(id)) + 1);

  const lotList = dutchList(
    top.map((lot) => (lot.subLotIds.length ? `${lotName(lot)} (${dutchList(lot.subLotIds.map((id) => lotName(L.lot(id))))})` : lotName(lot))),
  );

  const parties: Section = {
    title: "Partijen",
    anchor: anchor("partijen"),
    body: (r) =>
      nodes(
        para(
          h("strong", "De opdrachtgever:"),
          ` ${dienst.naam}${dienst.adres?.plaats ? `, gevestigd in ${dienst.adres.plaats}` : ""}${dienst.kvk ? `, KvK-nummer ${dienst.kvk}` : ""}${namens.length ? `, die deze overeenkomst sluit namens de gemeenten ${dutchList(namens)}` : ""} (hierna: de opdrachtgever);`,
        ),
        para(h("strong", "De opdrachtnemer:")),
        facts(
          [
            ["Naam", BLANK],
            ["Gevestigd in", BLANK],
            ["KvK-nummer", BLANK],
            ["AGB-code", BLANK],
            ["Vertegenwoordigd door", BLANK],
          ],
          "print",
        ),
        para("(hierna: de opdrachtnemer; samen: partijen)."),
        r.view.md(partMarkdown("overeenkomst-partijen", { soort: kind, raamovereenkomst: raam, subtender: s.naam, aanbesteding: t.titel, kenmerk: t.kenmerk, artikelen: { voorwerp: number("voorwerp") } })),
      ),
  };

  const terms: Section = {
    title: "Begrippen en rangorde",
    anchor: anchor("begrippen"),
    body: (r) =>
      r.view.md(
        partMarkdown("overeenkomst-begrippen", {
          leidraad,
          productenboek,
          begrippen: L.model.terms.length > 0,
          subtender: s.naam,
          raamovereenkomst: raam,
          checklist: checklist ?? null,
          artikelen: { voorwerp: number("voorwerp") },
        }),
      ),
  };

  const object: Section = {
    title: "Voorwerp van de overeenkomst",
    anchor: anchor("voorwerp"),
    body: (r) => {
      const rows = lots
        .filter((l) => !l.subLotIds.length)
        .map((l) => {
          const note = ownConditionsLine(l, L.lot, (id) => L.product(id).naam);
          const name: ElementContent[] = [text(lotName(l)), ...(note ? [h("br"), h("span.note", note)] : [])];
          return [name, dutchList(l.productIds.map((id) => L.product(id).naam)), raam ? "☐ gegund" : "☐ toegelaten"];
        });
      const tariffs = products.map((x) => [x.productcode ? `${x.naam} (${x.productcode})` : x.naam, formatUnit(x.bekostiging), amountsTogether(formatEuro(x.bekostiging.tarief)), String(x.bekostiging.tariefjaar)]);
      return nodes(
        // The subtender's omschrijving is written to bidders ("u schrijft in") and may announce what the
        // procedure still holds (an ontwikkeltraject): the agreement refers to it instead of repeating it.
        r.view.md(partMarkdown("overeenkomst-voorwerp", { subtender: s.naam, percelen: lotList, leidraad, dialoog: hasDialogue(s), raamovereenkomst: raam })),
        table(["Perceel", "Producten", raam ? "Gegund" : "Toegelaten"], rows, "print", { widths: ["40%", "42%", "18%"] }),
        r.view.md(partMarkdown("overeenkomst-voorwerp-tarieven", { productenboek, artikelen: { tarieven: number("tarieven") } })),
        table(["Product", "Eenheid", "Tarief", "Tariefjaar"], tariffs, "print", { numeric: [2, 3], widths: ["46%", "22%", "18%", "14%"] }),
      );
    },
  };

  const contractors: Section = raam
    ? {
        title: articleText(L, s, "opdrachtnemers").title,
        anchor: anchor("opdrachtnemers"),
        body: (r) =>
          nodes(
            r.view.md(articleText(L, s, "opdrachtnemers").markdown),
            h(
              "ul",
              lots.filter((l) => l.aantal_contractanten !== undefined).map((l) => h("li", `De opdrachtgever contracteert voor ${lotName(l)} ${countOf(l.aantal_contractanten!, "opdrachtnemer", "opdrachtnemers")}.`)),
            ),
            ...lots.flatMap((l) => {
              if (l.toewijzing) return [para(h("strong", `Verdeling in ${lotName(l)}.`)), ...r.view.md(l.toewijzing)];
              const parent = l.parentId ? L.lot(l.parentId) : undefined;
              const many = (l.aantal_contractanten ?? 0) > 1 && !parent?.toewijzing;
              return many ? [para(h("strong", `Verdeling in ${lotName(l)}.`), " De jeugdige en zijn ouders kiezen, met de verwijzer, een van de opdrachtnemers.")] : [];
            }),
          ),
      }
    : {
        title: articleText(L, s, "toelating").title,
        anchor: anchor("toelating"),
        body: (r) =>
          nodes(
            r.view.md(articleText(L, s, "toelating").markdown),
            h("ul", lots.map((l) => h("li", `Voor ${lotName(l)} geldt geen maximum aantal aanbieders.`))),
            para(entryText(s, "overeenkomst")),
            r.view.md(s.toetreding?.toelichting),
            para(`${sameEndDate()} Voor een aanbieder die toetreedt, gaat de overeenkomst in op de dag van zijn toelating.`),
          ),
      };

  // The ceilings of this raamovereenkomst (Simonsen & Weel, C-23/20): the subtender's, and those of its lots and sub-lots.
  const ceilings = raam ? lots.filter((l) => l.maximale_waarde !== undefined) : [];
  const capped = raam && (s.maximale_waarde !== undefined || ceilings.length > 0);
  const volume: Section = {
    title: capped ? "Geen afnamegarantie en maximale waarde" : "Geen afnamegarantie",
    anchor: anchor("afname"),
    body: (r) => nodes(para(amountsTogether(noVolumeGuaranteeText(budgets, "opdrachtgever"))), capped ? r.view.md(articleText(L, s, "maximale-waarde").markdown) : undefined),
  };

  const o = t.overeenkomst;
  // The agreement speaks of "de opdrachtgever", never as "wij" (the leidraad's voice).
  const termFacts = agreementFacts(t, "opdrachtgever");
  const termText = articleText(L, s, "looptijd");
  const term: Section = {
    title: termText.title,
    anchor: anchor("looptijd"),
    body: (r) =>
      nodes(
        para("De overeenkomst gaat in op de ingangsdatum en loopt zoals hieronder staat."),
        // The opzegtermijn is stated once, in the article's text with who may give notice (issue 23: one fact, one presentation).
        facts(termFacts.filter((f) => f.label !== "Indexatie" && !(f.label === "Opzegtermijn" && o.opzegtermijn_maanden)).map((f): Fact => [f.label, f.text]), "print"),
        r.view.md(termText.markdown),
        r.view.md(o.toelichting),
      ),
  };

  const tariffText = articleText(L, s, "tarieven");
  const tariffs: Section = {
    title: tariffText.title,
    anchor: anchor("tarieven"),
    body: (r) => r.view.md(tariffText.markdown),
  };

  const conditions = conditionsOf(L, s, new Set(productIds));
  const delivery: Section = {
    title: "Leverings- en contractvoorwaarden",
    anchor: anchor("voorwaarden"),
    body: () =>
      nodes(
        para(`De opdrachtnemer blijft de hele looptijd voldoen aan de eisen waaraan hij bij ${raam ? "de inschrijving" : "de toelating"} moest voldoen (${eisen}).`),
        para(conditions.length ? "Daarnaast gelden de volgende leverings- en contractvoorwaarden:" : "Voor deze subtender gelden geen afzonderlijke leverings- of contractvoorwaarden."),
      ),
    children: conditions.map(
      (q): Section => ({
        title: q.titel,
        anchor: anchor(`eis-${q.id}`),
        body: (r) =>
          nodes(
            r.view.md(q.tekst),
            facts(
              [
                ["Soort", q.soort === "leveringsvoorwaarde" ? "leveringsvoorwaarde" : "contractvoorwaarde"],
                ["Geldt voor", appliesTo(L, q, s, new Set(productIds))],
              ],
              "print",
            ),
          ),
      }),
    ),
  };

  const articleTexts = chapters.filter((c) => c.document === "overeenkomst");
  const ownArticle = (own: (typeof chapters)[number], id: string): Section => ({ title: own.titel, anchor: anchor(id), targets: [chapterTarget(own)], body: (r: Renderer) => r.view.md(own.markdown) });
  const standard = standardArticles(L, s, (id) => articleTexts.some((c) => c.id === id)).map((a): Section => {
    const own = articleTexts.find((c) => c.id === a.id);
    return own ? ownArticle(own, a.id) : { title: a.title, anchor: anchor(a.id), body: a.body };
  });
  // Validation made sure the new articles number on without gaps (artikel-16, artikel-17, …).
  const added = articleTexts
    .filter((c) => newArticleNumber(c.id) !== undefined)
    .sort((a, b) => newArticleNumber(a.id)! - newArticleNumber(b.id)!)
    .map((c) => ownArticle(c, c.id));

  const signing: Section = {
    title: "Ondertekening",
    anchor: anchor("ondertekening"),
    body: () =>
      nodes(
        para("Aldus overeengekomen en ondertekend:"),
        table(
        ["", "Voor de opdrachtgever", "Voor de opdrachtnemer"],
        [
          ["Organisatie", dienst.naam, BLANK],
          ["Naam", BLANK, BLANK],
          ["Functie", BLANK, BLANK],
          ["Plaats en datum", BLANK, BLANK],
          ["Handtekening", BLANK, BLANK],
        ],
        "print",
        { widths: ["22%", "39%", "39%"], className: "data signatures" },
      ),
      ),
  };

  const articles: Section[] = [parties, terms, object, contractors, volume, term, tariffs, delivery, ...standard, ...added, signing];
  return articles;
}

/** Who a condition binds, in words: "alle opdrachtnemers", "de producten Spoedbed en Spoedteam". */
function appliesTo(L: Lookup, q: Requirement, s: Subtender, productIds: Set<string>): string {
  if (q.usedBy.some((u) => u.kind === "hoofdtender" || (u.kind === "subtender" && u.id === s.id))) return "alle producten van deze overeenkomst";
  const names = q.usedBy.filter((u) => u.kind === "product" && productIds.has(u.id)).map((u) => L.product(u.id).naam);
  return `${names.length === 1 ? "het product" : "de producten"} ${dutchList(names)}`;
}
