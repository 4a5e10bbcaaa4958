import { notaOf } from "../content/attachment-kinds.ts";
import { partText } from "../templates/parts.ts";
import type { Model, Question } from "../model/types.ts";
import { formatDateTime } from "../format/dates.ts";
import { compareQuestionNumbers, PENDING, questionAnchor, questionTitle } from "../format/nota.ts";
import { legalStatusText } from "../wording/nota.ts";
import { subjectLabel, subjectText, type SubjectNames } from "../wording/nota.ts";
import { h } from "hastscript";
import type { ElementContent } from "hast";
import { facts } from "../views/facts.ts";
import { joined, text } from "../views/join.ts";
import { nodes, para } from "./hast.ts";
import type { Lookup } from "../model/lookup.ts";
import type { Renderer } from "./render-context.ts";
import { walk, type Section } from "./section.ts";
import type { LeidraadPlan } from "./xref.ts";

/** What a question concerns, for every renderer: its words and where the documents describe it. */
export interface Subject {
  kind: string;
  id: string;
  /** "perceel 5 Crisispleegzorg". */
  label: string;
  /** Where the leidraad (no `document`) or another attachment describes it. */
  place?: { section: string; document?: string };
  /** "perceel 5 Crisispleegzorg (zie § 4.2.5)". */
  text: string;
}

/** The § a question cites, with the title the leidraad gives it: "§ 2.5 Communicatie en vragen via Mercell". */
export interface CitedParagraph {
  number: string;
  title: string;
  text: string;
}

/**
 * The changes published with a nota, as the build derived them from the
 * comparison with the version it amends (`--compare`, src/diff/nota-changes.ts):
 * each with where it lands and the questions that caused it.
 */
export interface NotaChanges {
  /** The nota these changes belong to: the one published with this version. */
  nota: number;
  /** "versie 1.0 van 1 november 2021": what the documents are compared with. */
  sinds: string;
  wijzigingen: {
    /** "W-01". */
    nummer: string;
    /** "Gewijzigde mijlpaal: Uiterste inschrijfdatum". */
    wat: string;
    /** "opzegtermijn: zes maanden → drie maanden". */
    velden: string[];
    /** "bijlage 1 Aanbestedingsleidraad, § 8 Overeenkomst". */
    waar: string[];
    /** The numbers of the questions whose `wijzigt` names it. */
    vragen: string[];
  }[];
  /** Text the build derived from these changes (a period from a date): where it is. */
  afgeleid: string[];
}

/** The anchor of a nota's section "Wijzigingen in de aanbestedingsstukken": the site shows the same section. */
export const NOTA_CHANGES_ANCHOR = "s-nota-wijzigingen";

/**
 * What a question concerns, in words, with the § of the leidraad that
 * describes it (or the attachment and § when the leidraad does not): the one
 * derivation the nota's PDF and the site's question list both show.
 */
export function questionSubjects(model: Model, q: Question, leidraad: LeidraadPlan): Subject[] {
  const { doc, index } = leidraad;
  const byId = <T extends { id: string }>(xs: T[], id: string) => xs.find((x) => x.id === id)!;
  const names: SubjectNames = {
    lot: (id) => byId(model.lots, id),
    product: (id) => byId(model.products, id),
    requirement: (id) => byId(model.requirements, id),
    segment: (id) => byId(model.segments, id),
    subtender: (id) => byId(model.subtenders, id),
    term: (id) => byId(model.terms, id),
    chapter: (id) => index.resolve(doc, `hoofdstuk:${id}`).see?.label ?? model.chapters.find((c) => c.id === id)?.titel ?? id,
  };
  return q.over.map(({ kind, id }) => {
    const see = index.resolve(doc, `${kind}:${id}`).see;
    const place = see ? { section: see.section, document: see.document } : undefined;
    const label = subjectLabel(kind, id, names);
    return { kind, id, label, place, text: subjectText(label, place) };
  });
}

/** The § a question cites, as the leidraad numbers and titles it. */
export function citedParagraph(q: Question, leidraad: LeidraadPlan): CitedParagraph | undefined {
  if (!q.paragraaf) return undefined;
  const section = [...walk(leidraad.doc.sections)].find((s) => s.number === q.paragraaf);
  const title = section?.title ?? "";
  return { number: q.paragraaf, title, text: `§ ${q.paragraaf}${title ? ` ${title}` : ""}` };
}

/** The name of the leidraad in the nota's opening: "de aanbestedingsleidraad (bijlage 1)". */
function leidraadName(model: Model): string {
  const bijlage = model.tender.bijlagen.find((b) => b.inhoud === "bestek");
  return bijlage ? `de aanbestedingsleidraad (bijlage ${bijlage.nummer})` : "de aanbestedingsleidraad";
}

/** The heading of a question, with the anchor its references jump to. */
const questionHeading = (nummer: string): ElementContent => h("h2.question", { id: questionAnchor(nummer) }, questionTitle(nummer));

/** A bold lead-in line above a part of a question ("Vraag", "Antwoord"). */
const leadIn = (label: string): ElementContent => h("p.lead-in", h("strong", label));

/** One question: number, referentie, what it concerns, the question, the answer and the change. */
function questionView(model: Model, q: Question, leidraad: LeidraadPlan, r: Renderer): ElementContent[] {
  const cited = citedParagraph(q, leidraad);
  return nodes(
    questionHeading(q.nummer),
    facts(
      [
        ["Referentie", q.referentie],
        ["Over", questionSubjects(model, q, leidraad).map((s) => s.text).join("; ")],
        ["Paragraaf", cited?.text],
        ["Ontvangen", q.ontvangen && formatDateTime(q.ontvangen)],
      ],
      "print",
    ),
    leadIn("Vraag"),
    r.view.md(q.vraag),
    leadIn("Antwoord"),
    q.antwoord ? r.view.md(q.antwoord) : para(h("em", `${PENDING.charAt(0).toUpperCase() + PENDING.slice(1)}.`)),
    q.wijziging ? [leadIn("Wijziging van de aanbestedingsstukken"), ...r.view.md(q.wijziging)] : undefined,
  );
}

/** A number left out on purpose, in its place among the questions: "Vraag 2.3 — vervallen: Samengevoegd met vraag 2.2." */
function withdrawnView(v: { nummer: string; reden: string }): ElementContent[] {
  return nodes(questionHeading(v.nummer), para(h("em", "Vervallen."), ` ${v.reden}`));
}

/**
 * A Nota van Inlichtingen as an attachment: its legal status, the answers that
 * change the documents, then every question in natural number order.
 */
export function notaSections(L: Lookup, nummer: number, leidraad: () => LeidraadPlan, derived?: NotaChanges): Section[] {
  const model = L.model;
  const nota = model.notas.find((n) => n.nummer === nummer);
  if (!nota) throw new Error(`onbekende nota in het model: ${nummer}`);
  const changing = nota.vragen.filter((q) => q.wijziging);
  const pending = nota.vragen.filter((q) => !q.antwoord);
  return [
    {
      title: "Status van deze nota",
      anchor: "s-nota-status",
      body: () =>
        nodes(
          para(legalStatusText(nota.nummer, nota.datum, leidraadName(model))),
          para(partText("nota-inleiding", { vragen: nota.vragen.length, wijzigend: changing.length })),
          pending.length ? para(`${pending.length === 1 ? "Eén vraag is" : `${pending.length} vragen zijn`} nog ${PENDING}: ${pending.map((q) => questionTitle(q.nummer)).join(", ")}.`) : undefined,
        ),
    },
    {
      title: "Wijzigingen in de aanbestedingsstukken",
      anchor: NOTA_CHANGES_ANCHOR,
      body: (r) => (derived?.nota === nota.nummer ? derivedChanges(derived, r) : statedChanges(changing, r)),
    },
    {
      title: "Vragen en antwoorden",
      anchor: "s-nota-vragen",
      body: (r) =>
        [...nota.vragen.map((q) => ({ nummer: q.nummer, view: () => questionView(model, q, leidraad(), r) })), ...nota.vervallen.map((v) => ({ nummer: v.nummer, view: () => withdrawnView(v) }))]
          .sort((a, b) => compareQuestionNumbers(a.nummer, b.nummer))
          .flatMap((q) => q.view()),
    },
  ];
}

/** A link to a question further on in this nota. */
const questionLink = (nummer: string, text: string): ElementContent => h("a", { href: `#${questionAnchor(nummer)}` }, text);

/** The changes as the answers word them (`wijziging`): a nota built without a comparison. */
function statedChanges(changing: Question[], r: Renderer): ElementContent[] {
  return changing.length
    ? nodes(
        para("De volgende antwoorden wijzigen de aanbestedingsstukken. De wijziging geldt vanaf de publicatie van deze nota."),
        h(
          "ul.nota-changes",
          changing.map((q) => h("li", [questionLink(q.nummer, questionTitle(q.nummer)), ...(q.referentie ? [text(` (${q.referentie})`)] : []), text(": "), ...r.view.inline(q.wijziging)])),
        ),
      )
    : nodes(para("De antwoorden in deze nota wijzigen de aanbestedingsstukken niet; zij verduidelijken ze."));
}

/**
 * The changes as the build found them, compared with the version this nota
 * amends: every change with where it lands and the question that caused it,
 * or the buyer's own initiative; then the text the build derived from them.
 */
function derivedChanges(c: NotaChanges, _r: Renderer): ElementContent[] {
  if (!c.wijzigingen.length && !c.afgeleid.length) return nodes(para(`Ten opzichte van ${c.sinds} zijn de aanbestedingsstukken niet gewijzigd; de antwoorden in deze nota verduidelijken ze.`));
  const cause = (vragen: string[]): ElementContent[] =>
    vragen.length ? [text("Naar aanleiding van "), ...joined(vragen.map((v) => questionLink(v, questionTitle(v).toLowerCase())), " en "), text(".")] : [text("Op initiatief van de aanbestedende dienst.")];
  const items = c.wijzigingen.map((w) =>
    h("li", { id: w.nummer.toLowerCase() }, [
      h("strong", w.nummer),
      text(` ${w.wat}${w.velden.length ? `: ${w.velden.join("; ")}` : ""}.`),
      ...(w.waar.length ? [text(` Waar: ${w.waar.join("; ")}.`)] : []),
      text(" "),
      ...cause(w.vragen),
    ]),
  );
  return nodes(
    para(partText("nota-wijzigingen", { sinds: c.sinds })),
    items.length ? h("ol.nota-changes", items) : undefined,
    c.afgeleid.length ? para(`Daaruit volgt ook nieuwe tekst in: ${c.afgeleid.join("; ")}.`) : undefined,
  );
}

/** "Nota van Inlichtingen 2" for an attachment's `inhoud`, when it is a nota. */
export const notaNumberOf = notaOf;
