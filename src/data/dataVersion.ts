import type { DataVersion } from './publish/version';

declare const __DATA_VERSION__: DataVersion;

/** The data version computed at build time from the validated dataset (vite.config.ts). */
export const DATA_VERSION: DataVersion = __DATA_VERSION__;
