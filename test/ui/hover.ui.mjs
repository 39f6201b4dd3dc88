// UI test in the real workbench: the sample article lights up (entity backgrounds and claim
// underlines painted in the DOM), hovering "Ri Yong-ho" shows his entity card, and screenshots
// of both are saved to test-results/ (the README's come from here).
/* global document, NodeFilter, getComputedStyle -- page.evaluate callbacks run in the workbench page */
import assert from 'node:assert/strict';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, before, after } from 'mocha';
import { openWorkbench, waitForStatusItem, waitForEditorText } from '../harness/workbench.mjs';
import { resultsDir } from '../harness/paths.mjs';

const HOVER = '.monaco-hover:not(.hidden) .monaco-hover-content';

/**
 * Screen rectangle of the first match of `pattern` in the editor's rendered lines, found with a
 * DOM Range over the text nodes (a match may span several token spans), or null.
 */
function findWord(page, pattern) {
  return page.evaluate((source) => {
    const re = new RegExp(source);
    for (const line of document.querySelectorAll('.monaco-editor .view-line')) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let text = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n, at: text.length });
        text += n.data;
      }
      const m = re.exec(text);
      if (!m) continue;
      const locate = (offset) => {
        const hit = nodes.findLast((x) => x.at <= offset);
        return [hit.node, offset - hit.at];
      };
      const range = document.createRange();
      range.setStart(...locate(m.index));
      range.setEnd(...locate(m.index + m[0].length));
      const r = range.getBoundingClientRect();
      if (r.width > 0) return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    return null;
  }, pattern.source);
}

/** Painted Policy Lens decorations: decoration types render as `.ced-*` elements. */
function paintedDecorations(page) {
  return page.evaluate(() => {
    let backgrounds = 0;
    let underlines = 0;
    for (const el of document.querySelectorAll('.monaco-editor .view-overlays [class*="ced-"]')) {
      const style = getComputedStyle(el);
      if (!/^rgba\(\d+, \d+, \d+, 0\)$|^transparent$/.test(style.backgroundColor)) backgrounds += 1;
      if (style.borderBottomStyle !== 'none' && parseFloat(style.borderBottomWidth) > 0) underlines += 1;
    }
    return { backgrounds, underlines };
  });
}

describe('highlights and hover cards in the workbench', () => {
  let wb;
  before(async () => {
    mkdirSync(resultsDir, { recursive: true });
    wb = await openWorkbench({ name: 'ui-hover' });
  });
  after(async () => { await wb?.close(); });

  it('paints entity backgrounds and claim underlines on the sample article', async () => {
    const { page } = wb;
    await waitForEditorText(page, 'North Korea');
    await waitForStatusItem(page);
    // Wrap lines so whole sentences (and "Ri Yong-ho", far right on its line) are on screen.
    await page.locator('.monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Alt+Z');
    let painted;
    const deadline = Date.now() + 30000;
    do {
      await page.waitForTimeout(500);
      painted = await paintedDecorations(page);
    } while ((painted.backgrounds < 10 || painted.underlines < 5) && Date.now() < deadline);
    assert.ok(painted.backgrounds >= 10, `entity backgrounds painted: ${painted.backgrounds}`);
    assert.ok(painted.underlines >= 5, `claim underlines painted: ${painted.underlines}`);
  });

  it('saves a screenshot of the highlighted article with the Policy Lens view', async () => {
    const { page } = wb;
    await page.locator('.activitybar .action-item a[aria-label^="Policy Lens"]').first().click();
    await page.locator('.pane-header', { hasText: 'Entities' }).first().waitFor({ timeout: 15000 });
    await page.locator('.monaco-list-row', { hasText: 'Iran' }).first().waitFor({ timeout: 15000 });
    // Park the mouse on the empty tab bar: no hover, no tooltip in the picture.
    await page.mouse.move(1000, 52);
    await page.waitForTimeout(800);
    const file = join(resultsDir, 'highlights.png');
    await page.screenshot({ path: file });
    assert.ok(statSync(file).size > 20000, 'the screenshot is suspiciously small');
  });

  it('shows the entity card when "Ri Yong-ho" is hovered, and saves a screenshot of it', async () => {
    const { page } = wb;
    let card = '';
    const deadline = Date.now() + 60000;
    while (Date.now() < deadline) {
      const word = await findWord(page, /Ri\sYong-ho/);
      if (word) {
        // Away and back: the hover only opens on a mouse move onto the word.
        await page.mouse.move(word.x + word.width / 2, word.y - 3 * word.height);
        await page.waitForTimeout(200);
        await page.mouse.move(word.x + word.width / 2, word.y + word.height / 2, { steps: 3 });
        try {
          await page.locator(HOVER).first().waitFor({ timeout: 4000 });
          card = (await page.locator(HOVER).first().innerText()).replace(/\s+/g, ' ');
          if (/Person/.test(card)) break;
        } catch {
          // no hover yet: the extension may still be analysing
        }
      }
      await page.waitForTimeout(1000);
    }
    assert.match(card, /Person · Ri Yong-ho/);
    assert.match(card, /Recognised by/);
    assert.match(card, /Mentions: \d+ in this article/);
    await page.waitForTimeout(300);
    const file = join(resultsDir, 'hover-card.png');
    await page.screenshot({ path: file });
    assert.ok(statSync(file).size > 20000, 'the screenshot is suspiciously small');
  });
});
