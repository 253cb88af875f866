// The compiled interface catalogs (scripts/vite-lingui-catalogs.ts).
declare module 'virtual:lingui-catalog/*' {
  import type { Messages } from '@lingui/core';
  export const messages: Messages;
}
