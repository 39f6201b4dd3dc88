// UI smoke test: the real workbench opens the sample article, Policy Lens activates and puts
// its status bar item on screen, and a screenshot records what a user would see.
import assert from 'node:assert/strict';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, before, after } from 'mocha';
import { openWorkbench, waitForStatusItem, waitForEditorText } from '../harness/workbench.mjs';
import { resultsDir } from '../harness/paths.mjs';

describe('workbench with the sample article', () => {
  let wb;
  before(async () => { wb = await openWorkbench({ name: 'ui-smoke' }); });
  after(async () => { await wb?.close(); });

  it('shows the article in the editor', async () => {
    await waitForEditorText(wb.page, 'North Korea');
  });

  it('activates Policy Lens, which shows its status bar item', async () => {
    const item = await waitForStatusItem(wb.page);
    assert.match(await item.innerText(), /\S/, 'the status bar item is empty');
    assert.match(await item.getAttribute('aria-label') ?? '', /Policy Lens|entities|claims/i);
  });

  it('saves a screenshot to test-results/ui-smoke.png', async () => {
    mkdirSync(resultsDir, { recursive: true });
    const file = join(resultsDir, 'ui-smoke.png');
    await wb.page.screenshot({ path: file });
    assert.ok(statSync(file).size > 10000, 'the screenshot is suspiciously small');
  });
});
