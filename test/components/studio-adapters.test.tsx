// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nProvider } from '@/components/shell/i18n';
import { AdaptersEditor } from '@/components/studio/adapters/AdaptersEditor';
import { extractAccount } from '@/lib/crm/extract';
import '@/lib/i18n/page-strings';
import { dispatch, type Handlers } from '@/lib/messaging/receive';
import { readDraft } from '@/lib/studio/edit';
import { describePick } from '@/lib/studio/picker-label';
import { written } from '../helpers/written';

/** A draft holding only what the tab edits (forms read tolerantly; the default pack is slow in jsdom). */
const packText = `${JSON.stringify(
  {
    currency: 'CNY',
    crm: {
      adapters: [
        {
          id: 'demo-crm',
          name: '演示CRM',
          match: ['http://127.0.0.1/*'],
          accountKey: { selector: '#account', attr: 'data-account-key', parse: 'text', required: true },
          fields: {
            name: { selector: '#customer-name', parse: 'text' },
            overdueAmount: { label: '逾期金额', parse: 'money', required: true },
            balance: { label: '欠款总额', parse: 'money' },
            dpd: { label: '逾期天数', parse: 'int' },
          },
          sample: { overdueAmount: '¥12,345.67' },
        },
      ],
    },
  },
  null,
  2,
)}\n`;

function FormHost({ initial = packText }: { initial?: string }) {
  const [text, setText] = useState(initial);
  return (
    <I18nProvider locale="en">
      <AdaptersEditor text={text} value={readDraft(text)} onEdit={(edited) => setText(written(edited))} />
      <output data-testid="draft">{text}</output>
    </I18nProvider>
  );
}
const draft = () => JSON.parse(screen.getByTestId('draft').textContent ?? '');
const adapter = (i = 0) => draft().crm.adapters[i];

/** A CRM page in its own document, and a background that serves the Studio from it. */
function crmTab(html: string, pickSelector: string | null) {
  const page = document.implementation.createHTMLDocument('CRM');
  page.body.innerHTML = html;
  const handlers: Partial<Handlers> = {
    'studio/crm-tabs': async () => ({
      tabs: [{ tabId: 7, title: 'Account', url: 'https://crm.bank.cn/a/1' }],
    }),
    'studio/pick': async () => {
      const element = pickSelector === null ? null : page.querySelector(pickSelector);
      return { picked: element ? describePick(element) : null };
    },
    'studio/read': async ({ adapter }) => ({ report: extractAccount(page, adapter, 0) }),
  };
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    void dispatch(handlers, message, { role: 'extension-page' }).then(sendResponse);
    return true;
  });
}

const TABLE = `
  <div id="account" data-account-key="CC20249001"></div><h1 id="customer-name">王芳</h1>
  <table><tr><th>逾期金额：</th><td><span class="amount">¥8,420.50</span></td></tr>
  <tr><th>逾期天数</th><td>很久</td></tr></table>`;

beforeEach(() => fakeBrowser.reset());

describe('AdaptersEditor', () => {
  it('edits name, pages, and a field’s label, parse, required flag and sample; flags a bad page pattern', async () => {
    crmTab('<p></p>', null);
    const user = userEvent.setup();
    render(<FormHost />);
    await screen.findByText('CRM tab');
    const name = screen.getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Bank CRM');
    expect(adapter().name).toBe('Bank CRM');
    const notMatched =
      "This adapter's pages do not include https://crm.bank.cn/a/1: agents' panels would not read that tab with it.";
    expect(screen.getByText(notMatched)).toBeInTheDocument();
    const pages = screen.getByLabelText(/Pages it reads/);
    await user.type(pages, '{Enter}https://crm.bank.cn/a/*');
    expect(screen.queryByText(notMatched)).toBeNull();
    await user.type(pages, '{Enter}crm.bank.cn/*');
    expect(adapter().match.at(-1)).toBe('crm.bank.cn/*');
    expect(
      screen.getByText('Not an address pattern this extension can use: crm.bank.cn/*'),
    ).toBeInTheDocument();

    const overdue = screen.getByRole('group', { name: 'Overdue amount' });
    const label = within(overdue).getByLabelText('Label on the page');
    await user.clear(label);
    // An emptied box removes the key: the draft never holds an empty label.
    expect(adapter().fields.overdueAmount).not.toHaveProperty('label');
    await user.type(within(overdue).getByLabelText('CSS selector'), '#overdue');
    await user.selectOptions(within(overdue).getByLabelText('Read as'), 'text');
    await user.click(within(overdue).getByLabelText(/Required/));
    expect(adapter().fields.overdueAmount).toEqual({ selector: '#overdue', parse: 'text' });
    const sample = within(overdue).getByLabelText('Sample value (for the preview)');
    await user.clear(sample);
    await user.type(sample, '¥1.00');
    expect(adapter().sample.overdueAmount).toBe('¥1.00');
  });

  it('asks how a date field is written, and drops the order when the field is read as something else', async () => {
    crmTab('<p></p>', null);
    const user = userEvent.setup();
    render(<FormHost />);
    await screen.findByText('CRM tab');
    const dpd = screen.getByRole('group', { name: 'Days past due' });
    expect(within(dpd).queryByLabelText('Date written as')).toBeNull();
    await user.selectOptions(within(dpd).getByLabelText('Read as'), 'date');
    await user.selectOptions(within(dpd).getByLabelText('Date written as'), 'Month first (12/15/2026)');
    expect(adapter().fields.dpd).toEqual({ label: '逾期天数', parse: 'date', dateOrder: 'mdy' });
    await user.selectOptions(within(dpd).getByLabelText('Date written as'), 'Year first only (2026-12-15)');
    expect(adapter().fields.dpd).toEqual({ label: '逾期天数', parse: 'date' });
    await user.selectOptions(within(dpd).getByLabelText('Date written as'), 'Day first (15/12/2026)');
    await user.selectOptions(within(dpd).getByLabelText('Read as'), 'int');
    expect(adapter().fields.dpd).toEqual({ label: '逾期天数', parse: 'int' });
  });

  it('adds and removes fields and adapters, generating ids the lead never sees', async () => {
    crmTab('<p></p>', null);
    const user = userEvent.setup();
    render(<FormHost />);
    await screen.findByText('CRM tab');
    expect(screen.getByRole('button', { name: 'Remove this adapter' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Remove the field Balance' }));
    expect(adapter().fields).not.toHaveProperty('balance');
    await user.selectOptions(screen.getByLabelText('Field to add'), 'Balance');
    await user.click(screen.getByRole('button', { name: 'Add the field' }));
    expect(adapter().fields.balance).toEqual({ parse: 'money' });

    await user.click(screen.getByRole('button', { name: 'Add an adapter' }));
    expect(adapter(1)).toEqual({
      id: 'crm-2',
      name: 'New CRM',
      match: [],
      accountKey: { parse: 'text' },
      fields: {},
    });
    expect(screen.getByLabelText('Adapter')).toHaveDisplayValue('New CRM');
    expect(within(screen.getByRole('region', { name: 'CRM adapters' })).queryByText(/crm-2/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Remove this adapter' }));
    expect(draft().crm.adapters).toHaveLength(1);
  });
});

describe('PickerPanel', () => {
  it('proposes a picked value by the page’s label with its type, shows the extractor’s reading, and adds it', async () => {
    crmTab(TABLE, '.amount');
    const user = userEvent.setup();
    render(<FormHost />);
    await user.click(await screen.findByRole('button', { name: 'Pick a field' }));
    const proposal = await screen.findByRole('group', { name: 'Proposed field' });
    expect(within(proposal).getByText('The page shows: ¥8,420.50')).toBeInTheDocument();
    expect(within(proposal).getByText('Label on the page: “逾期金额”')).toBeInTheDocument();
    expect(within(proposal).getByLabelText('Field')).toHaveDisplayValue('Overdue amount');
    expect(within(proposal).getByLabelText('Read as')).toHaveDisplayValue('Amount of money');
    expect(await within(proposal).findByText('8420.50 CNY')).toBeInTheDocument();

    await user.selectOptions(within(proposal).getByLabelText('Read as'), 'int');
    expect(await within(proposal).findByText('unreadable as Whole number')).toBeInTheDocument();
    await user.selectOptions(within(proposal).getByLabelText('Read as'), 'money');
    await user.selectOptions(within(proposal).getByLabelText('Found by'), 'selector');
    await user.click(within(proposal).getByRole('button', { name: 'Add to the adapter' }));
    expect(adapter().fields.overdueAmount).toEqual({ selector: 'tr:nth-of-type(1) > td', parse: 'money' });
    expect(screen.getByText('Added Overdue amount to the adapter.')).toBeInTheDocument();
  });

  it('says when a pick is cancelled, and tests the whole adapter: values, missing and unreadable', async () => {
    crmTab(TABLE, null);
    const user = userEvent.setup();
    render(<FormHost />);
    await user.click(await screen.findByRole('button', { name: 'Pick a field' }));
    expect(await screen.findByText('Picking cancelled.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Test the adapter on this tab' }));
    // Read: key, name, overdue amount; unreadable: days past due ("很久"); missing: balance.
    expect(await screen.findByText('3 read, 1 missing, 1 unreadable')).toBeInTheDocument();
    const row = (name: string) => screen.getByRole('rowheader', { name }).closest('tr') as HTMLElement;
    expect(row('Overdue amount')).toHaveTextContent('¥8,420.508420.50 CNY');
    expect(row('Days past due')).toHaveTextContent('很久unreadable as Whole number');
    expect(row('Balance')).toHaveTextContent('missing');
    expect(row('Account key (tells customers apart)')).toHaveTextContent('CC20249001');
  });

  it('will not test an adapter the checks still reject', async () => {
    crmTab(TABLE, null);
    const user = userEvent.setup();
    render(<FormHost />);
    await screen.findByText('CRM tab');
    await user.click(screen.getByRole('button', { name: 'Add an adapter' }));
    await user.click(screen.getByRole('button', { name: 'Test the adapter on this tab' }));
    await waitFor(() => expect(screen.getByText(/The adapter is not complete yet/)).toBeInTheDocument());
    expect(screen.queryByRole('table')).toBeNull();
  });
});
