import { describe, expect, it } from "vitest";
import { fromHtml } from "hast-util-from-html";
import type { Element, Root, RootContent } from "hast";
import { renderWaitingPage } from "../../src/site/waiting-page.ts";

/** Every element of the tree with this tag name. */
const elements = (node: Root | RootContent, tag: string): Element[] =>
  node.type === "element" || node.type === "root"
    ? [...(node.type === "element" && node.tagName === tag ? [node] : []), ...node.children.flatMap((c) => elements(c, tag))]
    : [];

describe("the live preview's waiting page", () => {
  it("shows each message as text, even one that quotes markup from the content", () => {
    const page = renderWaitingPage(['segmenten/x.yaml:3:9: fout: naam `<script>alert(1)</script>` & "meer"', "aanbesteding.yaml:1:1: fout: tweede"]);
    const tree = fromHtml(page);
    expect(elements(tree, "script")).toHaveLength(0);
    const alert = elements(tree, "div").filter((d) => d.properties.role === "alert");
    expect(alert).toHaveLength(1);
    const pre = elements(alert[0], "pre");
    expect(pre).toHaveLength(1);
    const text = (pre[0].children[0] as { value: string }).value;
    expect(text).toBe('segmenten/x.yaml:3:9: fout: naam `<script>alert(1)</script>` & "meer"\naanbesteding.yaml:1:1: fout: tweede');
    expect(page.startsWith("<!doctype html>")).toBe(true);
    expect(page).toContain('<meta http-equiv="refresh" content="2">');
  });
});
