/**
 * A minimal XML reader for checking notices: elements, attributes, text and
 * the five predefined entities plus character references; comments, the XML
 * declaration and processing instructions are skipped. Names keep their
 * prefixes (the notices use one fixed prefix per namespace, as the SDK's
 * XPaths do). Throws on a document that is not well formed.
 */
export interface Node {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
  parent?: Node;
  line: number;
}

const decode = (s: string) =>
  s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (_, e: string) =>
    e[0] === "#" ? String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ({ lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" } as Record<string, string>)[e]);

export function parseXml(xml: string): Node {
  const doc: Node = { name: "#document", attrs: {}, children: [], text: "", line: 1 };
  const stack: Node[] = [doc];
  const re = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<\/([^\s>]+)\s*>|<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  let line = 1;
  let last = 0;
  for (const m of xml.matchAll(re)) {
    if (m.index !== last) throw new Error(`XML niet welgevormd bij regel ${line}`);
    last = m.index + m[0].length;
    const top = stack[stack.length - 1];
    if (m[1] !== undefined) top.text += m[1];
    else if (m[2] !== undefined) {
      if (top.name !== m[2]) throw new Error(`XML niet welgevormd: </${m[2]}> sluit <${top.name}> op regel ${line}`);
      stack.pop();
    } else if (m[3] !== undefined) {
      const attrs: Record<string, string> = {};
      for (const a of m[4].matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[a[1]] = decode(a[2] ?? a[3]);
      const node: Node = { name: m[3], attrs, children: [], text: "", parent: top === doc ? undefined : top, line };
      top.children.push(node);
      if (!m[5]) stack.push(node);
    } else if (m[6] !== undefined) {
      if (stack.length === 1 && m[6].trim()) throw new Error(`XML niet welgevormd: tekst buiten het hoofdelement op regel ${line}`);
      top.text += decode(m[6]);
    }
    line += (m[0].match(/\n/g) ?? []).length;
  }
  if (last !== xml.length || stack.length !== 1 || doc.children.length !== 1) throw new Error("XML niet welgevormd: het document is onvolledig");
  return doc.children[0];
}
