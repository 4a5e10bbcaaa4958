import type { Chapter, Tender } from "../../model/types.ts";
import { partText } from "../../templates/parts.ts";
import { h } from "hastscript";
import type { ElementContent } from "hast";
import { anchored, nodes, para } from "../hast.ts";
import { table } from "../../views/table.ts";
import type { Lookup } from "../../model/lookup.ts";
import type { Renderer } from "../render-context.ts";
import { planningView, type Milestone } from "../../views/planning.ts";
import { anchorFor, chapterTarget, type Section } from "../section.ts";
import { TIE_BREAK_CHAPTER } from "../../wording/award-rules.ts";
import { assignmentSections } from "./assignment.ts";
import { agreementSection } from "./agreement.ts";
import { awardSections } from "./award.ts";
import { milestone, procedureSections } from "./procedure.ts";
import { requirementSections } from "./requirements.ts";
import { leidraadFacts } from "./facts.ts";
import { leidraadText, ownProvisionMarkdown, standardSection } from "./provisions.ts";
import { PROCEDURE_PARAGRAPH_ANCHORS, STANDARD_CHAPTER_IDS } from "../../content/standard-chapters.ts";
import { leidraadProvisions } from "../../load/provisions.ts";
import { withAddedProvisions } from "./added-provisions.ts";

/**
 * Ids of teksten chapters that open a generated chapter under another name:
 * the usual "Beoordeling en gunning" chapter of a bestek is the award chapter.
 */
const ALSO_OPENS: Record<string, string[]> = { gunning: ["beoordeling"] };

type Generated = Omit<Section, "title" | "anchor"> & {
  /** Text only for when the authors wrote no chapter of their own (a default introduction, say). */
  fallback?: (r: Renderer) => ElementContent[];
};

/** A teksten chapter whose id equals a generated chapter's id (or an alias of it) opens that chapter instead of repeating it. */
function merge(id: string, title: string, chapters: Chapter[], { fallback, ...generated }: Generated, text: (c: Chapter) => string = (c) => c.markdown): Section {
  const ids = [id, ...(ALSO_OPENS[id] ?? [])];
  // Both ids written (say `gunning` and `beoordeling`): both texts open the chapter, none is lost.
  const prose = chapters.filter((c) => ids.includes(c.id));
  const body = generated.body;
  return {
    ...generated,
    // Without a teksten chapter of its own, a `hoofdstuk:` reference to this chapter's id still lands here.
    targets: [...(generated.targets ?? []), ...(prose.length ? prose.map(chapterTarget) : [{ key: `hoofdstuk:${id}`, label: title }])],
    title: prose[0]?.titel ?? title,
    anchor: `s-${id}`,
    body: (r) => nodes(prose.length ? prose.flatMap((c) => r.view.md(text(c))) : fallback?.(r), body?.(r)),
  };
}


/** Teksten chapters that take the place of a generated section of the procedure chapter, instead of repeating its topic. */
const PROCEDURE_TOPICS: Readonly<Record<string, string>> = PROCEDURE_PARAGRAPH_ANCHORS;
/** The date the generated section named, kept under the authors' prose: [milestone id, sentence start]. */
const TOPIC_DATES: Record<string, [string, string]> = {
  communicatie: ["vragen", "Uiterste datum voor het stellen van vragen"],
  "nota-van-inlichtingen": ["nota-van-inlichtingen", "Publicatie van de Nota van Inlichtingen"],
};

/** What stays under the authors' prose in place of a procedure paragraph: the date it named, or the procedure's own description. */
function keptUnder(L: Lookup, id: string): (r: Renderer) => ElementContent[] {
  if (id === "sas-procedure") return (r) => r.view.md(L.model.tender.procedure.omschrijving);
  const [milestoneId, label] = TOPIC_DATES[id];
  const date = milestone(L.model, milestoneId);
  return () => nodes(date ? para(`${label}: ${date}.`) : undefined);
}

const GENERATED = [...STANDARD_CHAPTER_IDS, ...Object.values(ALSO_OPENS).flat(), ...Object.keys(PROCEDURE_TOPICS)];

function procedureChildren(L: Lookup, chapters: Chapter[]): Section[] {
  return procedureSections(L, chapters).map((section) => {
    const id = Object.keys(PROCEDURE_TOPICS).find((k) => PROCEDURE_TOPICS[k] === section.anchor);
    const prose = id ? chapters.find((c) => c.id === id) : undefined;
    if (!prose) return section;
    const after = keptUnder(L, prose.id);
    return { ...section, title: prose.titel, targets: [chapterTarget(prose)], body: (r) => nodes(r.view.md(prose.markdown), after(r)) };
  });
}

/** "bijlage 3 Programma van eisen": an attachment by its number and title, or `otherwise` when the bundle does not have it. */
function attachmentNamed(t: Tender, inhoud: string, otherwise: string): string {
  const a = t.bijlagen.find((b) => b.inhoud === inhoud);
  return a ? `bijlage ${a.nummer} ${a.titel}` : otherwise;
}

const ownChapter = (c: Chapter): Section => ({ title: c.titel, anchor: `s-tekst-${c.id}`, targets: [chapterTarget(c)], body: (r) => r.view.md(c.markdown) });

/** The chapters of the aanbestedingsleidraad, in the order the spec of the document set gives. */
export function bestekSections(L: Lookup, attachments: { nummer: string; titel: string; bestand: string }[]): Section[] {
  const { model } = L;
  const t = model.tender;
  const ch = model.chapters.filter((c) => c.document === "bestek");
  /** A chapter whose text, when the authors wrote none, is the template with the chapter's id. */
  const fromTemplate = (id: "inleiding" | "rechtsbescherming", generated: Generated): Section => {
    // The authors' own text may use the template's placeholders.
    if (ch.some((c) => c.id === id)) return merge(id, id, ch, generated, (c) => (c.id === id ? ownProvisionMarkdown(L, c) : c.markdown));
    const text = leidraadText(L, id);
    return merge(id, text.title, ch, { ...generated, fallback: (r) => r.view.md(text.markdown) });
  };
  const ranks = model.subtenders.some((s) => s.procedure === "aanbesteding");
  const generated: [string, Section][] = [
    ["inleiding", fromTemplate("inleiding", {})],
    ["procedure", merge("procedure", "Procedure", ch, { children: procedureChildren(L, ch) })],
    ["planning", merge("planning", "Planning", ch, {
      body: (r) =>
        nodes(
          para("Wij houden de volgende planning aan. Datums zonder tijdstip gelden voor de hele dag; tijden zijn Nederlandse tijd."),
          planningView(t.planning, r.view, "table"),
          milestone(model, "inschrijving") ? para(`Een inschrijving die na ${milestone(model, "inschrijving")!} binnenkomt, nemen wij niet in behandeling.`) : undefined,
        ),
      // Milestones of one subtender only (a dialogue round, say): which dates apply to which subtender.
      children: model.subtenders.filter((s) => s.planning?.length).map((s) => ({
        title: `Planning ${s.naam}`,
        anchor: `s-planning-${s.id}`,
        body: (r) => nodes(para(`Deze mijlpalen gelden alleen voor ${s.naam}, naast de planning hierboven.`), planningView(s.planning!, r.view, "table")),
      })),
    })],
    ["opdracht", merge("opdracht", "Opdracht", ch, { children: assignmentSections(L) })],
    ["eisen", merge("eisen", "Eisen", ch, {
      body: () => nodes(para(partText("leidraad-eisen", { productenboek: attachmentNamed(t, "productenboek", "het productenboek"), eisen: attachmentNamed(t, "eisen", "de bijlage met de eisen") }))),
      children: requirementSections(L),
    })],
    ["inschrijving", merge("inschrijving", "Inschrijving", ch, {
      children: [standardSection(L, "voorwaardelijke-inschrijving", ch), standardSection(L, "gestanddoening", ch), standardSection(L, "combinaties", ch)],
    })],
    ["gunning", merge("gunning", "Gunning", ch, { children: awardSections(L, ch) })],
    ["overeenkomst", merge("overeenkomst", "Overeenkomst", ch, {
      body: agreementSection(L),
      // The ceilings only where a subtender, lot or sub-lot has one.
      children: [...(leidraadFacts(L).maximale_waarden.length ? [standardSection(L, "maximale-waarde", ch)] : []), standardSection(L, "voorbehouden", ch)],
    })],
    // The authors' own rechtsbescherming chapter replaces the default text entirely.
    ["rechtsbescherming", fromTemplate("rechtsbescherming", {})],
  ];
  // The tie-break chapter sits in the award chapter, which has it only when some subtender ranks bids.
  // A teksten chapter with the id of an added provision replaces that provision's text where it stands.
  const added = leidraadProvisions().added.map((a) => a.id);
  const own = ch.filter((c) => !GENERATED.includes(c.id) && !added.includes(c.id) && !(c.id === TIE_BREAK_CHAPTER && ranks));
  // The authors' own chapters keep their `volgorde` relative to the teksten that open
  // generated chapters: `50-inschrijving` comes before the award chapter opened by
  // `60-beoordeling`; chapters after the last opener follow the generated ones.
  const opener = (id: string) => Math.min(...ch.filter((c) => [id, ...(ALSO_OPENS[id] ?? [])].includes(c.id)).map((c) => c.volgorde));
  const sections: Section[] = [];
  let next = 0;
  for (const [id, section] of generated) {
    const before = opener(id);
    while (Number.isFinite(before) && next < own.length && own[next].volgorde < before) sections.push(ownChapter(own[next++]));
    sections.push(withAddedProvisions(L, id, section, ch));
  }
  sections.push(...own.slice(next).map(ownChapter));
  if (model.terms.length) {
    sections.push({
      title: "Begrippen",
      anchor: "s-begrippen",
      targets: model.terms.map((term) => ({ key: `begrip:${term.id}`, label: `begrip ${term.term}`, anchor: anchorFor("begrip", term.id) })),
      body: (r) => [table(["Begrip", "Betekenis"], model.terms.map((term) => [anchored(anchorFor("begrip", term.id), term.term), r.view.inline(term.definitie)]), "print", { widths: ["28%", "72%"] })],
    });
  }
  sections.push({
    title: "Bijlagen",
    anchor: "s-bijlagen",
    body: () =>
      nodes(
        para("De volgende bijlagen horen bij deze leidraad en staan als afzonderlijke bestanden op Mercell:"),
        table(["Nummer", "Titel", "Bestand"], attachments.map((a) => [a.nummer, a.titel, h("span.file", a.bestand)]), "print", { widths: ["12%", "43%", "45%"] }),
      ),
  });
  return sections;
}
