// Build step: the interface's message catalogs compiled for Lingui's runtime, so the app ships no
// message parser. The catalogs are ICU MessageFormat strings by id, in namespaces:
// src/data/i18n/catalogs/<namespace>/<locale>.json. `core` holds what the first screen says;
// every other namespace what only the views loaded later say.
//   virtual:lingui-catalog/en        English, `core` only (in the first chunk)
//   virtual:lingui-catalog/en-later  English, every other namespace (src/data/i18n/later.ts)
//   virtual:lingui-catalog/ru, …/zh  every namespace of that language (its own chunk)
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';

const PREFIX = 'virtual:lingui-catalog/';
const RESOLVED = '\0lingui-catalog:';
/** The catalogs' folder (found when first needed: tests import this module from elsewhere). */
const catalogsDir = () => fileURLToPath(new URL('../src/data/i18n/catalogs/', import.meta.url));
const CORE = 'core';

/** The namespaces (folders of the catalogs directory), `core` first. */
export function namespaces(dir = catalogsDir()): string[] {
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return [CORE, ...names.filter((name) => name !== CORE)];
}

/** The messages of `locale` in `spaces`, merged; an id in two namespaces is an error. */
export function readCatalog(
  locale: string,
  spaces: readonly string[],
  dir = catalogsDir(),
  watch: (file: string) => void = () => undefined,
): Record<string, string> {
  const merged: Record<string, string> = {};
  const owner = new Map<string, string>();
  for (const space of spaces) {
    const file = `${dir}${space}/${locale}.json`;
    watch(file);
    const source = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    for (const [id, message] of Object.entries(source)) {
      const other = owner.get(id);
      if (other) throw new Error(`lingui-catalogs: "${id}" is in both ${other} and ${space}`);
      owner.set(id, space);
      merged[id] = message;
    }
  }
  return merged;
}

export function linguiCatalogs(): Plugin {
  return {
    name: 'lingui-catalogs',
    resolveId(id) {
      return id.startsWith(PREFIX) ? RESOLVED + id.slice(PREFIX.length) : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const name = id.slice(RESOLVED.length);
      const match = /^([a-z]{2})(-later)?$/.exec(name);
      if (!match) throw new Error(`lingui-catalogs: no catalog "${name}"`);
      const locale = match[1]!;
      const all = namespaces();
      const spaces =
        locale !== 'en' ? all : match[2] ? all.filter((space) => space !== CORE) : [CORE];
      const source = readCatalog(locale, spaces, catalogsDir(), (file) => this.addWatchFile(file));
      const compiled = Object.fromEntries(
        Object.entries(source).map(([key, message]) => {
          try {
            return [key, compileMessageOrThrow(message)];
          } catch (error) {
            throw new Error(`${name}: message "${key}": ${String(error)}`, { cause: error });
          }
        }),
      );
      return `export const messages = ${JSON.stringify(compiled)};`;
    },
  };
}
