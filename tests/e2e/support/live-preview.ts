import type { FrameLocator, Page } from "@playwright/test";

/**
 * The live example framed on a docs page, by its title. The frame loads
 * lazily, so it is scrolled into view first: a lesson that grows above it
 * would otherwise leave it unloaded, and the test waiting on an empty frame.
 */
export async function liveExample(
  page: Page,
  title: string,
): Promise<FrameLocator> {
  const frame = page.locator(`iframe[title="${title}"]`);
  await frame.scrollIntoViewIfNeeded();
  return frame.contentFrame();
}
