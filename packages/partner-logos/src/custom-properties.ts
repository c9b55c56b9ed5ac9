/**
 * `<ul ${customProperties({ '--_columns': '3' })}>`: sets CSS custom properties
 * on an element through the CSSOM (`style.setProperty`), never through a
 * `style` attribute.
 *
 * Why not Lit's `styleMap`: its first render writes a `style="…"` attribute,
 * which a Content-Security-Policy without `'unsafe-inline'` in `style-src`
 * blocks (and reports). The CSSOM is not governed by CSP.
 */
import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

class CustomPropertiesDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT)
      throw new Error('customProperties() goes in the element position: <ul ${…}>');
  }

  render(_properties: Readonly<Record<string, string>>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Readonly<Record<string, string>>]) {
    const { style } = part.element as HTMLElement;
    for (const name of this.previous) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(properties));
    return noChange;
  }
}

/** Sets these custom properties (`--_name: value`) on the element, CSP-safe. */
export const customProperties = directive(CustomPropertiesDirective);
