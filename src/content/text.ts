/**
 * Kinds of text, told apart by the type checker. Both are strings at run
 * time; the brand keeps a Markdown source from being printed as plain text
 * (its `**` and `](` would show) and plain text from being parsed as Markdown.
 * Views take them and return hast (`Element`, `Root`); only a serializer makes HTML.
 */
declare const kind: unique symbol;

/** Text a reader sees as it is: a name, a label, a sentence we wrote. Escaped by the serializer. */
export type PlainText = string & { readonly [kind]?: "plain" };

/** Markdown source from the content (a `omschrijving`, a `toelichting`); becomes hast through src/markdown/render.ts. */
export type Markdown = string & { readonly [kind]?: "markdown" };
