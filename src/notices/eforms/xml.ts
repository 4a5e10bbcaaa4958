/** A small XML tree and its serialisation (UTF-8, two-space indentation). */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

type Child = XmlElement | string | number | undefined | false | null | Child[];

export function el(name: string, attrs: Record<string, string | undefined> | Child = {}, ...children: Child[]): XmlElement {
  let a: Record<string, string> = {};
  if (attrs && typeof attrs === "object" && !Array.isArray(attrs) && !("name" in attrs && "children" in attrs)) {
    for (const [k, v] of Object.entries(attrs as Record<string, string | undefined>)) if (v !== undefined) a[k] = v;
  } else {
    children.unshift(attrs as Child);
    a = {};
  }
  const flat: (XmlElement | string)[] = [];
  const add = (c: Child) => {
    if (c === undefined || c === null || c === false) return;
    if (Array.isArray(c)) c.forEach(add);
    else flat.push(typeof c === "number" ? String(c) : c);
  };
  children.forEach(add);
  return { name, attrs: a, children: flat };
}

export const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function serialize(root: XmlElement): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const write = (e: XmlElement, depth: number) => {
    const pad = "  ".repeat(depth);
    const attrs = Object.entries(e.attrs).map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join("");
    if (!e.children.length) out.push(`${pad}<${e.name}${attrs}/>`);
    else if (e.children.every((c) => typeof c === "string")) out.push(`${pad}<${e.name}${attrs}>${escapeXml(e.children.join(""))}</${e.name}>`);
    else {
      out.push(`${pad}<${e.name}${attrs}>`);
      for (const c of e.children) if (typeof c === "string") out.push(pad + "  " + escapeXml(c)); else write(c, depth + 1);
      out.push(`${pad}</${e.name}>`);
    }
  };
  write(root, 0);
  return out.join("\n") + "\n";
}
