/**
 * Red team 12: what the extractor reads in a laid-out page (jsdom has no layout). A field inside a
 * CRM's scrolling detail pane is read wherever the agent has scrolled the pane (a field one scroll
 * away is shown); a field clipped to nothing by a `height: 0; overflow: hidden` panel or a carousel
 * frame, or moved off the page, is not. The extractor runs in a plain Chromium page, bundled from
 * lib/crm/extract.ts as the content script is.
 */
import { resolve } from 'node:path';
import { type Browser, chromium, expect, type Page, test } from '@playwright/test';
import { buildSync } from 'esbuild';
import { CHROME } from '../../demo/chromium';
import type { CrmReport } from '../../lib/crm/context';
import type { Adapter } from '../../lib/pack/schema';

const bundle = buildSync({
  entryPoints: [resolve(import.meta.dirname, 'crm-layout-entry.ts')],
  bundle: true,
  write: false,
  format: 'iife',
  target: 'chrome120',
}).outputFiles[0]?.text;

const adapter: Adapter = {
  id: 'layout',
  name: 'layout',
  match: ['http://127.0.0.1/*'],
  accountKey: { selector: '#account', attr: 'data-key', parse: 'text', required: true },
  fields: {
    overdueAmount: { label: '逾期金额', parse: 'money', required: true },
    dpd: { label: '逾期天数', parse: 'int' },
    name: { selector: '.name', parse: 'text' },
  },
};

/** The pane's filler: tall enough that a field below it starts far outside the pane's box. */
const FILLER = '<div style="height:2000px">备注</div>';
const FIELDS =
  '<dl><dt>逾期金额</dt><dd>¥12,345.67</dd><dt>逾期天数</dt><dd>75</dd></dl><p class="name">张<span>三丰</span></p>';

let browser: Browser;
let page: Page;

test.beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: CHROME,
    headless: true,
    args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  });
  page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
});
test.afterAll(async () => {
  await browser.close();
});

interface Reading {
  overdue: unknown;
  dpd: unknown;
  name: unknown;
  missing: string[];
}

async function read(
  body: string,
  scroll?: { selector: string; top: number; left?: number },
): Promise<Reading> {
  await page.setContent(
    `<!doctype html><html><body style="margin:0"><div id="account" data-key="A1"></div>${body}</body></html>`,
  );
  await page.addScriptTag({ content: bundle });
  return page.evaluate(
    ({ adapter, scroll }) => {
      if (scroll) {
        const pane = document.querySelector(scroll.selector) as HTMLElement;
        pane.scrollTop = scroll.top;
        pane.scrollLeft = scroll.left ?? 0;
      }
      const report = (globalThis as unknown as { readCrm: (a: unknown) => CrmReport }).readCrm(adapter);
      if (report.kind !== 'account') throw new Error(report.reason);
      const { fields, problems } = report.context;
      return {
        overdue: fields.overdueAmount?.value ?? null,
        dpd: fields.dpd?.value ?? null,
        name: fields.name?.value ?? null,
        missing: problems.map((p) => `${p.field}:${p.problem}`),
      };
    },
    { adapter, scroll },
  );
}

const ALL: Reading = { overdue: 1234567, dpd: 75, name: '张三丰', missing: [] };
const NONE: Reading = {
  overdue: null,
  dpd: null,
  name: null,
  missing: ['overdueAmount:missing', 'dpd:missing', 'name:missing'],
};

test.describe('a field in a scrolling pane is read wherever the pane is scrolled', () => {
  const pane = (style: string, inner: string) =>
    `<header style="height:120px">客户</header><main id="pane" style="${style}">${inner}</main>`;
  const cases: [string, string, { selector: string; top: number; left?: number }][] = [
    [
      'below the pane, not scrolled',
      pane('height:300px;overflow:auto', FILLER + FIELDS),
      { selector: '#pane', top: 0 },
    ],
    [
      'above the pane, scrolled past (its box is above the page)',
      pane('height:300px;overflow-y:scroll', FIELDS + FILLER),
      { selector: '#pane', top: 1500 },
    ],
    [
      'left of a sideways pane, scrolled past',
      pane(
        'width:400px;overflow-x:auto;white-space:nowrap',
        `<div style="display:inline-block;width:400px;vertical-align:top">${FIELDS}</div><div style="display:inline-block;width:3000px">宽表</div>`,
      ),
      { selector: '#pane', top: 0, left: 2500 },
    ],
    [
      'in a pane inside a pane, both scrolled',
      pane(
        'height:300px;overflow:auto',
        `${FILLER}<section id="inner" style="height:200px;overflow:auto">${FIELDS}${FILLER}</section>${FILLER}`,
      ),
      { selector: '#pane', top: 3000 },
    ],
    [
      'in a page whose body does not scroll (a full-height app layout)',
      `<div style="position:fixed;inset:0;display:flex;flex-direction:column"><header style="height:80px">客户</header><main id="pane" style="flex:1;overflow:auto">${FIELDS}${FILLER}${FILLER}</main></div>`,
      { selector: '#pane', top: 3500 },
    ],
  ];
  for (const [name, body, scroll] of cases) {
    test(name, async () => {
      expect(await read(body, scroll)).toEqual(ALL);
    });
  }

  test('the same reading at every scroll position (scrolling never changes what is read)', async () => {
    const body = pane('height:300px;overflow:auto', FILLER + FIELDS + FILLER);
    for (const top of [0, 1000, 2000, 2100, 4000])
      expect(await read(body, { selector: '#pane', top })).toEqual(ALL);
  });
});

test.describe('a field the agent cannot bring into view is not read', () => {
  const cases: [string, string][] = [
    [
      'in a collapsed panel (height 0, overflow hidden)',
      `<div style="height:0;overflow:hidden">${FIELDS}</div>`,
    ],
    [
      'in a closed drawer (max-height 0, overflow clip)',
      `<div style="max-height:0;overflow:clip">${FIELDS}</div>`,
    ],
    [
      'in a carousel slide outside its frame',
      `<div style="width:500px;overflow:hidden;white-space:nowrap"><div style="display:inline-block;width:500px">幻灯片</div><div style="display:inline-block;width:500px;vertical-align:top">${FIELDS}</div></div>`,
    ],
    [
      'above a scrolling pane (negative offset no scroll reaches)',
      `<div style="height:300px;margin-top:3000px;overflow:auto;position:relative"><div style="position:absolute;top:-2500px">${FIELDS}</div>${FILLER}</div>`,
    ],
    ['moved off the page by a transform', `<div style="transform:translateX(-5000px)">${FIELDS}</div>`],
    ['in a zero-height scrolling pane', `<div style="height:0;overflow:auto">${FIELDS}</div>`],
  ];
  for (const [name, body] of cases) {
    test(name, async () => {
      expect(await read(body)).toEqual(NONE);
    });
  }

  test('a popup placed outside an overflow-hidden box it is not positioned in is read', async () => {
    const body = `<div style="position:relative"><div style="height:20px;overflow:hidden"><div style="position:absolute;top:40px">${FIELDS}</div></div></div>`;
    expect(await read(body)).toEqual(ALL);
  });

  test('a part of a value moved off the page is not part of it', async () => {
    const body = FIELDS.replace(
      '<span>三丰</span>',
      '<span>三丰</span><span style="display:inline-block;transform:translateX(-5000px)">旧</span>',
    );
    expect(await read(`<main style="height:200px;overflow:auto">${FILLER}${body}</main>`)).toEqual(ALL);
  });
});
