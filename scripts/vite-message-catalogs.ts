// Build step: the interface's message catalogs compiled to JavaScript functions by messageformat
// (`@messageformat/core`), so the app ships no message parser and no i18n runtime beyond
// `@messageformat/runtime`'s few plural helpers. The catalogs are ICU MessageFormat strings by
// id, in namespaces: src/data/i18n/catalogs/<namespace>/<locale>.json. `core` holds what the
// first screen says; every other namespace what only the views loaded later say.
//   virtual:messages/en        English, `core` only (in the first chunk)
//   virtual:messages/en-later  English, every other namespace (src/data/i18n/later.ts)
//   virtual:messages/ru, …/zh  every namespace of that language (its own chunk)
// In a production build the ids the code names are also shortened, in the catalogs and in the
// code alike (see `shortIds`): an id is a name for people, not bytes for every reader.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import MessageFormat from '@messageformat/core';
import compileModule from '@messageformat/core/lib/compile-module.js';
import type { Plugin } from 'vite';

const PREFIX = 'virtual:messages/';
const RESOLVED = '\0messages:';
/** The catalogs' folder (found when first needed: tests import this module from elsewhere). */
const catalogsDir = () => fileURLToPath(new URL('../src/data/i18n/catalogs/', import.meta.url));
const sourceDir = () => fileURLToPath(new URL('../src/', import.meta.url));
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
      if (other) throw new Error(`message catalogs: "${id}" is in both ${other} and ${space}`);
      owner.set(id, space);
      merged[id] = message;
    }
  }
  return merged;
}

/** A quoted string in code that may be a message id: `'nav.sources'`, `"trade.title"`. */
const QUOTED_ID = /(['"`])([a-z][\w-]*(?:\.[\w-]+)+)\1/g;
/** A string built in code that may be a message id: `` `category.${c}` ``, `` `a.${b}.c` ``. */
const BUILT_ID = /`([a-z][\w-]*(?:\.[\w-]+)*\.)(\$\{[^`}]*\}(?:\$\{[^`}]*\}|[^`$])*)`/g;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The ids a template can build: its fixed parts in order, anything between them. */
function builtPattern(start: string, rest: string): RegExp {
  const parts = rest.split(/\$\{[^`}]*\}/).map(escape);
  return new RegExp(`^${escape(start)}.+${parts.slice(1).join('.+')}$`);
}
const DIGITS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function shortName(n: number): string {
  let name = '';
  do {
    name = DIGITS[n % DIGITS.length]! + name;
    n = Math.floor(n / DIGITS.length);
  } while (n > 0);
  return name;
}

/**
 * Short names for the ids that `sources` (the app's code) name whole, in quotes. An id that a
 * template in the code could build (`category.energy` from `` `category.${c}` ``) keeps its
 * name, as does any id the code does not name: whatever the code builds is still found. Short
 * names have no dot, so they never equal a kept id.
 */
export function shortIds(ids: Iterable<string>, sources: readonly string[]): Map<string, string> {
  const named = new Set<string>();
  const built: RegExp[] = [];
  for (const source of sources) {
    for (const [, , id] of source.matchAll(QUOTED_ID)) named.add(id!);
    for (const [, start, rest] of source.matchAll(BUILT_ID))
      built.push(builtPattern(start!, rest!));
  }
  const short = new Map<string, string>();
  for (const id of [...ids].sort())
    if (named.has(id) && !built.some((pattern) => pattern.test(id)))
      short.set(id, shortName(short.size));
  return short;
}

/** Every module of the app's code (tests aside). */
function appSources(dir = sourceDir()): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => readFileSync(dir + file, 'utf8'));
}

/** A message with no ICU syntax is its own text. */
const isPlain = (message: string) => !/[{}']/.test(message);

/** The source of a module exporting `messages`: plain texts as strings, the others as
 * messageformat's compiled functions of their values. */
export function catalogModule(locale: string, source: Readonly<Record<string, string>>): string {
  const plain: Record<string, string> = {};
  const compiled: Record<string, string> = {};
  for (const [id, message] of Object.entries(source))
    (isPlain(message) ? plain : compiled)[id] = message;
  const functions = compileModule(new MessageFormat(locale), compiled).replace(
    'export default',
    'const compiled =',
  );
  return `${functions}\nexport const messages = Object.assign(compiled, ${JSON.stringify(plain)});`;
}

export function messageCatalogs(): Plugin {
  let short = new Map<string, string>();
  let shorten = false;
  const rename = (catalog: Record<string, string>) =>
    Object.fromEntries(Object.entries(catalog).map(([id, m]) => [short.get(id) ?? id, m]));
  return {
    name: 'message-catalogs',
    configResolved(config) {
      shorten = config.command === 'build' && !config.build.ssr;
    },
    buildStart() {
      if (!shorten) return;
      const ids = Object.keys(readCatalog('en', namespaces()));
      short = shortIds(ids, appSources());
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? RESOLVED + id.slice(PREFIX.length) : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const name = id.slice(RESOLVED.length);
      const match = /^([a-z]{2})(-later)?$/.exec(name);
      if (!match) throw new Error(`message catalogs: no catalog "${name}"`);
      const locale = match[1]!;
      const all = namespaces();
      const spaces =
        locale !== 'en' ? all : match[2] ? all.filter((space) => space !== CORE) : [CORE];
      const source = readCatalog(locale, spaces, catalogsDir(), (file) => this.addWatchFile(file));
      try {
        return catalogModule(locale, rename(source));
      } catch (error) {
        throw new Error(`${name}: ${String(error)}`, { cause: error });
      }
    },
    transform(code, id) {
      if (!shorten || !id.startsWith(sourceDir()) || !/\.tsx?$/.test(id)) return null;
      const renamed = code.replace(QUOTED_ID, (whole, quote: string, name: string) => {
        const to = short.get(name);
        return to ? quote + to + quote : whole;
      });
      return renamed === code ? null : { code: renamed, map: null };
    },
  };
}
