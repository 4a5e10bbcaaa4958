import { citedParagraph, questionSubjects } from "../../documents/nota.ts";
import { leidraadOf, type LeidraadPlan } from "../../documents/outline.ts";
import { formatDate, formatDateTime } from "../../format/dates.ts";
import { notaTitle, questionAnchor, questionTitle } from "../../format/nota.ts";
import { subjectPlace } from "../../wording/nota.ts";
import type { Model, Question } from "../../model/types.ts";
import type { BestekSection, SiteBestek } from "./bestek.ts";
import { url, urlOf } from "./urls.ts";

/** A question as the site shows it: the model's question with its words and links worked out once per build. */
export interface SiteQuestion extends Question {
  anchor: string;
  title: string;
  notaTitle: string;
  notaDatum: string;
  ontvangenText?: string;
  /** What it concerns: "perceel 5 Crisispleegzorg", its page, and where the documents describe it ("§ 4.2.5"). */
  subjects: { kind: string; id: string; label: string; href: string; place?: string; placeHref?: string }[];
  /** The § the question cites, with its title and its place on the bestek pages. */
  paragraph?: { text: string; href?: string };
}

/**
 * Every question of every nota, in nota order and natural number order, with
 * the same words the nota's PDF prints (documents/nota.ts) and links to the
 * site's pages: the entity's own page, and the leidraad's § on the bestek pages.
 */
export function siteQuestions(model: Model, bestek: SiteBestek, leidraad: LeidraadPlan = leidraadOf(model)): SiteQuestion[] {
  const sections = new Map<string, string>();
  const visit = (s: BestekSection, chapterHref: string) => {
    sections.set(s.number, s.depth === 1 ? chapterHref : `${chapterHref}#${s.anchor}`);
    s.children.forEach((c) => visit(c, chapterHref));
  };
  for (const chapter of bestek.chapters) visit(chapter, url.chapter(chapter.slug));
  const hrefOf = (kind: string, id: string) => (kind === "hoofdstuk" ? (bestek.chapterHrefs[id] ?? url.chapter(id)) : urlOf(kind as Parameters<typeof urlOf>[0], id));
  return model.notas.flatMap((nota) =>
    nota.vragen.map((q): SiteQuestion => {
      const cited = citedParagraph(q, leidraad);
      return {
        ...q,
        anchor: questionAnchor(q.nummer),
        title: questionTitle(q.nummer),
        notaTitle: notaTitle(nota.nummer),
        notaDatum: formatDate(nota.datum),
        ontvangenText: q.ontvangen && formatDateTime(q.ontvangen),
        subjects: questionSubjects(model, q, leidraad).map((s) => ({
          kind: s.kind,
          id: s.id,
          label: s.label,
          href: hrefOf(s.kind, s.id),
          place: subjectPlace(s.place),
          // A § of the leidraad is a place on the bestek pages; another attachment is a download.
          placeHref: s.place && !s.place.document ? sections.get(s.place.section) : undefined,
        })),
        paragraph: cited && { text: cited.text, href: sections.get(cited.number) },
      };
    }),
  );
}
