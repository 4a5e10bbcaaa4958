import type { ElementContent } from "hast";
import type { Markdown, PlainText } from "../content/text.ts";
import type { EntityKind } from "../content/entity-kinds.ts";

/** Where a view is shown. They differ only where a reader's device does: a phone's narrow screen, a link vs a § reference. */
export type Medium = "print" | "web";

/**
 * What a view needs from the medium it is shown in. The PDF documents and the
 * website each build one (src/documents/render-context.ts, src/site/lib/views.ts);
 * the view itself never knows a URL or a § number.
 */
export interface ViewContext {
  medium: Medium;
  /** Markdown as blocks (paragraphs, lists), sanitized. */
  md(markdown: Markdown | undefined): ElementContent[];
  /** Markdown as inline content (a single paragraph unwrapped), for a cell or a short field. */
  inline(markdown: Markdown | undefined): ElementContent[];
  /** `text` linked to the entity where this medium has a place for it, else the text alone. */
  link(kind: EntityKind, id: string, text: PlainText): ElementContent;
  /** `text` with where the entity is described, as a cross-reference reads ("… (zie § 7.1.1)"); absent where `link` says enough. */
  see?(kind: EntityKind, id: string, text: PlainText): ElementContent[];
  /** Where the hoofdtender is described, when this medium has such a place. */
  hoofdtenderHref?: string;
}
