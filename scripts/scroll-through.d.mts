import type { Page } from 'playwright-core';

export function scrollThrough(page: Page): Promise<void>;
