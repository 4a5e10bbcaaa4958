import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import type { Nodes, Root } from "mdast";
import { parseCrossReference } from "./cross-references.ts";

const parser = unified().use(remarkParse).use(remarkGfm).freeze();
/** A single line with no character that can start Markdown syntax, and no block marker (list, quote, heading) at its start. */
const PLAIN_LINE = /^(?![ \t]*(?:[-+>=]|\d+[.)]))[^\n\r*_`[\]<>#|~\\&]*$/;

/**
 * Markdown → plain text, for places that show no formatting (a spreadsheet
 * cell, a platform's open-text field). Paragraphs and list items stay on their
 * own lines, emphasis and links keep their words (a web link adds its address
 * in brackets, a cross-reference `[tekst](product:id)` only its text), raw HTML
 * is dropped as the website drops it.
 */
export function markdownToPlainText(markdown: string | undefined): string {
  if (!markdown) return "";
  // One line without any Markdown syntax is its own plain text: no need to parse it.
  if (PLAIN_LINE.test(markdown)) return markdown.trim();
  const tree = parser.runSync(parser.parse(markdown)) as Root;
  return blocks(tree.children).replace(/\n{3,}/g, "\n\n").trim();
}

/** Block nodes, separated by a blank line. */
function blocks(nodes: Nodes[]): string {
  return nodes.map(block).filter((t) => t !== "").join("\n\n");
}

function block(node: Nodes): string {
  switch (node.type) {
    case "paragraph":
    case "heading":
      return inline(node.children);
    case "blockquote":
      return blocks(node.children);
    case "list":
      return node.children
        .map((item, i) => {
          const marker = node.ordered ? `${(node.start ?? 1) + i}. ` : "• ";
          // A nested list or a second paragraph continues under the item's text.
          const body = item.children.map(block).filter((t) => t !== "").join("\n");
          return marker + body.replace(/\n/g, "\n  ");
        })
        .join("\n");
    case "code":
      return node.value;
    case "table":
      return node.children.map((row) => row.children.map((cell) => inline(cell.children)).join(" | ")).join("\n");
    case "thematicBreak":
    case "html":
    case "definition":
      return "";
    default:
      return "children" in node ? inline(node.children as Nodes[]) : "value" in node ? String(node.value) : "";
  }
}

function inline(nodes: Nodes[]): string {
  return nodes
    .map((n): string => {
      switch (n.type) {
        case "text":
          // A line break inside a paragraph is a space when read as running text.
          return n.value.replace(/\s*\n\s*/g, " ");
        case "inlineCode":
          return n.value;
        case "break":
          return "\n";
        case "html":
          return "";
        case "image":
          return n.alt ?? "";
        case "link": {
          const text = inline(n.children);
          // A bare address (`www.example.org`, `info@example.org`) is its own text.
          const bare = (u: string) => u.replace(/^(https?:\/\/|mailto:)/i, "");
          if (parseCrossReference(n.url) || !/^(https?:|mailto:)/i.test(n.url) || bare(text) === bare(n.url)) return text;
          return `${text} (${n.url})`;
        }
        default:
          return "children" in n ? inline(n.children as Nodes[]) : "value" in n ? String(n.value) : "";
      }
    })
    .join("");
}
