// The compiled interface catalogs (scripts/vite-message-catalogs.ts): each message is its text,
// or messageformat's function of its values.
declare module 'virtual:messages/*' {
  export type Messages = Record<
    string,
    string | ((values: Readonly<Record<string, string | number>>) => string)
  >;
  export const messages: Messages;
}
