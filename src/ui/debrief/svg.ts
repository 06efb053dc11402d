/**
 * SVG elements for the debrief's charts, built like h() builds HTML: by
 * createElementNS and attributes, never from markup. Charts are decorative
 * for assistive technology (aria-hidden); a table beside each says the same.
 */
const NS = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Readonly<Record<string, string | number>> = {},
  ...children: (SVGElement | string | null)[]
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  for (const child of children) {
    if (typeof child === 'string') node.append(child);
    else if (child) node.append(child);
  }
  return node;
}
