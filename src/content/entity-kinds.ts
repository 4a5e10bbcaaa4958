// The vocabulary of references in the content model: which kinds of thing a
// YAML id or a Markdown `kind:id` link can name. Loading, validation, the model
// and every writer speak it, so it sits below them all.

/** The kinds of things a reference (YAML id or Markdown `kind:id` link) can point at. */
export type EntityKind = "product" | "perceel" | "eis" | "segment" | "subtender" | "begrip" | "hoofdstuk";

export const KIND_LABEL: Record<EntityKind, string> = {
  product: "product",
  perceel: "perceel",
  eis: "eis",
  segment: "segment",
  subtender: "subtender",
  begrip: "begrip",
  hoofdstuk: "hoofdstuk",
};
