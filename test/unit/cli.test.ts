import * as assert from 'node:assert/strict';
import { main } from '../../src/cli/main';
import { VERSION } from '../../src/core/version';
import pkg from '../../package.json';

describe('policy-lens CLI', () => {
  it('prints the package version', async () => {
    let out = '';
    const code = await main(['--version'], (s) => (out += s));
    assert.equal(code, 0);
    assert.equal(out.trim(), pkg.version);
    assert.equal(VERSION, pkg.version);
  });
  it('rejects an unknown verb with a one-line error and exit 2', async () => {
    let err = '';
    const code = await main(['frobnicate'], () => undefined, (s) => (err += s));
    assert.equal(code, 2);
    assert.match(err, /unknown command 'frobnicate'/);
  });
});
