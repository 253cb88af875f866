// Build step: the interface's message catalogs (src/data/i18n/catalogs/<locale>.json, ICU
// MessageFormat strings by id) compiled for Lingui's runtime, so the app ships no message parser.
// `import { messages } from 'virtual:lingui-catalog/ru'` gives the compiled Russian catalog.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';

const PREFIX = 'virtual:lingui-catalog/';
const RESOLVED = '\0lingui-catalog:';

export function linguiCatalogs(): Plugin {
  return {
    name: 'lingui-catalogs',
    resolveId(id) {
      return id.startsWith(PREFIX) ? RESOLVED + id.slice(PREFIX.length) : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const locale = id.slice(RESOLVED.length);
      if (!/^[a-z]{2}$/.test(locale)) throw new Error(`lingui-catalogs: no locale "${locale}"`);
      const file = fileURLToPath(
        new URL(`../src/data/i18n/catalogs/${locale}.json`, import.meta.url),
      );
      this.addWatchFile(file);
      const source = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
      const compiled = Object.fromEntries(
        Object.entries(source).map(([key, message]) => {
          try {
            return [key, compileMessageOrThrow(message)];
          } catch (error) {
            throw new Error(`${locale}.json: message "${key}": ${String(error)}`, { cause: error });
          }
        }),
      );
      return `export const messages = ${JSON.stringify(compiled)};`;
    },
  };
}
