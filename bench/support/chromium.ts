// Debian's Chromium, launched the way the end-to-end tests launch it (playwright.config.ts).
import { chromium, type Browser } from '@playwright/test';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--autoplay-policy=no-user-gesture-required'],
  });
}

/** The size of the nurses' station screen. */
export const STATION_VIEWPORT = { width: 1920, height: 1080 };
