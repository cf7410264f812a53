import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect, checkA11y } from './fixtures';
import { parseVtt, readVideoEntry } from '../../scripts/lib/video-files.mjs';
import { formatDuration, formatMegabytes } from '../../src/lib/format';

const entry = readVideoEntry('src/content/videos/buoi-sinh-hoat-minh-hoa.mdx');
const path = `/video/${entry.id}/`;
const chapters: { time: number; title: string }[] = entry.data.chapters;
/** What the list and the page say of the file, from the figures the video script wrote into the entry. */
const lengthText = formatDuration(entry.data.duration);
const sizeText = formatMegabytes(entry.data.bytes);
const cueCount = parseVtt(readFileSync(`public${entry.data.captions}`, 'utf8')).length;

/** HTMLTrackElement.LOADED, spelled out because the constant lives in the browser. */
const TRACK_LOADED = 2;

const player = (page: Page) => page.locator('video[data-video-player]');
const currentTime = (page: Page) => player(page).evaluate((v: HTMLVideoElement) => v.currentTime);

/** Starts a stopwatch in the page, just before the test acts. */
const markClock = (page: Page) => page.evaluate(() => Object.assign(window, { clockStart: performance.now() }));

/**
 * True once the player is at `seconds` or later, but no further on than real time since markClock allows:
 * playback runs on between two reads from the test, and this machine can be slow, so the bound is in the page.
 */
const isAt = (page: Page, seconds: number) =>
  player(page).evaluate((v: HTMLVideoElement, t) => {
    const elapsed = (performance.now() - (window as unknown as { clockStart: number }).clockStart) / 1000;
    return v.currentTime >= t && v.currentTime <= t + elapsed + 0.5;
  }, seconds);

/** Media needs time to load on a busy machine: a longer wait than the default 5 s, for polls only. */
const slow = expect.configure({ timeout: 20_000 });

test.describe('the video list', () => {
  test('lists each video with its length and size, and passes axe', async ({ page }) => {
    await page.goto('/video/');
    const item = page.locator('main li').filter({ has: page.getByRole('link', { name: entry.data.title }) });
    await expect(item).toContainText('Video minh họa');
    await expect(item).toContainText(lengthText);
    await expect(item).toContainText(sizeText);
    await checkA11y(page, 'video list');
    await item.getByRole('link', { name: entry.data.title }).click();
    await expect(page).toHaveURL(path);
  });
});

test.describe('a video page', () => {
  test('says it is an illustration, shows length and size, and loads nothing of the video before Play', async ({
    page,
  }) => {
    const media: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.mp4') || r.resourceType() === 'media') media.push(r.url());
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await expect(page.getByText('không phải ghi hình một buổi sinh hoạt thật')).toBeVisible();
    await expect(page.locator('[data-video-facts]').first()).toContainText(lengthText);
    await expect(page.locator('[data-video-facts]').first()).toContainText(sizeText);
    const video = player(page);
    await expect(video).toHaveAttribute('preload', 'none');
    await expect(video).toHaveAttribute('playsinline', '');
    await expect(video).toHaveAttribute('poster', entry.data.poster);
    expect(
      media.filter((url) => url.endsWith('.mp4')),
      'no video bytes before Play',
    ).toEqual([]);
    await checkA11y(page, 'video page');
  });

  test('Vietnamese captions are on by default and their file loads', async ({ page }) => {
    await page.goto(path);
    const track = page.locator('video[data-video-player] track[kind="captions"]');
    await expect(track).toHaveAttribute('srclang', 'vi');
    await expect(track).toHaveAttribute('label', 'Tiếng Việt');
    await slow
      .poll(() =>
        track.evaluate((t: HTMLTrackElement) => ({
          ready: t.readyState,
          mode: t.track.mode,
          cues: t.track.cues?.length ?? 0,
        })),
      )
      .toEqual({ ready: TRACK_LOADED, mode: 'showing', cues: cueCount });
  });

  test('each chapter link moves the player to the chapter start and plays', async ({ page }) => {
    await page.goto(path);
    const list = page.getByRole('navigation', { name: 'Các phần trong video' });
    await expect(list.getByRole('link')).toHaveCount(chapters.length);
    for (const index of [4, 1, 6]) {
      const chapter = chapters[index]!;
      await markClock(page);
      await list.getByRole('link', { name: chapter.title }).click();
      await slow.poll(() => isAt(page, chapter.time)).toBe(true);
    }
    // Chromium can play the file: no error, and time runs on from the chapter's start.
    await slow
      .poll(() => player(page).evaluate((v: HTMLVideoElement) => ({ error: v.error?.code ?? null, paused: v.paused })))
      .toEqual({ error: null, paused: false });
    await slow.poll(() => currentTime(page)).toBeGreaterThan(chapters[6]!.time);
    await expect(page).toHaveURL(path);
  });

  test('a timestamp in the transcript seeks too', async ({ page }) => {
    await page.goto(path);
    const chapter = chapters[2]!;
    await markClock(page);
    await page.locator('#chuong-3 + p a[data-seek]').click();
    await slow.poll(() => isAt(page, chapter.time)).toBe(true);
    await expect(player(page)).toBeInViewport();
  });

  for (const address of [`${path}#t=95`, `${path}?t=95`]) {
    test(`${address.slice(path.length)} starts the video at 95 s`, async ({ page }) => {
      await page.goto(address);
      await slow.poll(() => currentTime(page)).toBe(95);
      await markClock(page);
      await player(page).evaluate((v: HTMLVideoElement) => v.play());
      await slow.poll(() => currentTime(page)).toBeGreaterThan(95);
      expect(await isAt(page, 95)).toBe(true);
    });
  }

  test('a search result landing on #chuong-N starts at that chapter and shows its heading', async ({ page }) => {
    await page.goto(`${path}#chuong-6`);
    await slow.poll(() => currentTime(page)).toBe(chapters[5]!.time);
    await expect(page.getByRole('heading', { level: 3, name: chapters[5]!.title })).toBeInViewport();
  });

  test('without JavaScript the player, the chapters and the transcript still work as plain HTML', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(path);
    await expect(player(page)).toBeVisible();
    await expect(player(page)).toHaveAttribute('controls', '');
    await expect(page.getByRole('heading', { level: 2, name: 'Lời trong video' })).toBeVisible();
    for (const [i, chapter] of chapters.entries()) {
      await expect(page.locator(`#chuong-${i + 1}`)).toHaveText(chapter.title);
      await expect(
        page.getByRole('navigation', { name: 'Các phần trong video' }).getByRole('link', { name: chapter.title }),
      ).toHaveAttribute('href', `${entry.data.file}#t=${chapter.time}`);
    }
    await expect(page.getByText('Hết video minh họa.')).toBeVisible();
    await context.close();
  });
});
