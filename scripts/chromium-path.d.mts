export const CHROMIUM_ADVICE: string;
export function findChromium(): string | null;
export const QUIET_FLAGS: string[];
