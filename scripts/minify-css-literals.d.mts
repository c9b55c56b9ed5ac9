import type { Plugin } from 'esbuild';

export const CSS_FILE: RegExp;
export function minifyCssLiterals(source: string): string;
export function minifyCss(css: string, position: { first: boolean; last: boolean }): string;
export const minifyCssLiteralsPlugin: Plugin;
