/**
 * The builder page's only script: registers every widget (for the preview)
 * and the builder, and gives the builder the widgets' options from their
 * custom elements manifests. Both lists are made at build time
 * (scripts/build.mjs), so a new widget or attribute needs no change here.
 */
import { manifests } from 'lc:builder-widgets';
import { widgetCatalogue } from './catalogue.ts';
import './define.ts';

const builder = document.querySelector('lc-snippet-builder');
if (builder) builder.catalogue = widgetCatalogue(manifests);
