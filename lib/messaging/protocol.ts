/**
 * Every message between the extension's contexts, in one place (STYLE.md "One protocol").
 * A message is `{ name, payload }`; each name has a zod schema for its payload and one for its
 * reply. Receivers validate with these before acting (`receive.ts`); senders are typed by them
 * (`send.ts`, which imports only types so the content script stays free of zod).
 */
import { z } from 'zod';
import { adapterSchema, FIELD_PARSERS } from '../pack/schema';
import { checkRecordSchema, syncStateSchema } from '../pack/sync-state';

const fieldValueSchema = z.union([
  z.string().max(500),
  z.number(),
  z.boolean(),
  z.array(z.string().max(200)).max(50),
]);

export const accountContextSchema = z.strictObject({
  adapterId: z.string().min(1).max(64),
  accountKey: z.string().min(1).max(200),
  fields: z.record(
    z.string().max(64),
    z.strictObject({
      raw: z.string().max(500),
      value: fieldValueSchema,
      parse: z.enum(FIELD_PARSERS),
      source: z.union([
        z.strictObject({ selector: z.string().max(200) }),
        z.strictObject({ label: z.string().max(200) }),
      ]),
    }),
  ),
  problems: z
    .array(
      z.strictObject({
        field: z.string().max(64),
        problem: z.enum(['missing', 'unparseable']),
        required: z.boolean(),
        raw: z.string().max(500).optional(),
      }),
    )
    .max(200),
  callState: z.strictObject({ raw: z.string().max(200), active: z.boolean() }).optional(),
  url: z.string().max(4000),
  readAt: z.number(),
});

export const crmReportSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('account'), context: accountContextSchema }),
  z.strictObject({
    kind: z.literal('none'),
    adapterId: z.string().max(64).nullable(),
    url: z.string().max(4000),
    readAt: z.number(),
    reason: z.string().max(200),
    cause: z.enum(['left', 'loading']).optional(),
  }),
]);

const ok = z.strictObject({ ok: z.literal(true) });

/** What the field picker sends back from the page: nothing but the label, selector and text. */
export const pickedSchema = z.strictObject({
  text: z.string().max(500),
  selector: z.string().max(200).nullable(),
  label: z.string().max(200).nullable(),
  labelWorks: z.boolean(),
});

/**
 * Who may send a message (issue 16 §8): the CRM page's content script, or the extension's own
 * pages (side panel, options). A compromised CRM page runs in the content script's messaging
 * context, so nothing that configures the extension or reads another tab is accepted from there.
 */
export type Role = 'content' | 'extension-page';

export const protocol = {
  /** Content script → background: which adapter of the active pack reads this page? */
  'crm/adapter-for': {
    from: 'content',
    request: z.strictObject({ url: z.string().max(4000) }),
    // With the traditional forms of the words the adapter compares (lib/crm/traditional-words.ts).
    reply: z.strictObject({ adapter: adapterSchema.nullable(), traditional: z.string().max(40_000) }),
  },
  /** Content script → background: what the page shows now. */
  'crm/report': { from: 'content', request: crmReportSchema, reply: ok },
  /** Options → background: register the content script for origins the user just granted. */
  'crm/register-origins': {
    from: 'extension-page',
    request: z.strictObject({ origins: z.array(z.string().max(300)).max(50) }),
    reply: z.strictObject({ registered: z.array(z.string()) }),
  },
  /** Options → background: check the pack URL now (issue 8). */
  'pack/check-now': { from: 'extension-page', request: z.strictObject({}), reply: checkRecordSchema },
  /** Options → background: the sync state and the effective configuration (policy over settings). */
  'pack/status': { from: 'extension-page', request: z.strictObject({}), reply: packStatusSchema() },
  /** Options → background: a signed envelope file chosen by the admin (same gates as sync). */
  'pack/import': {
    from: 'extension-page',
    request: z.strictObject({ text: z.string().max(6 * 1024 * 1024) }),
    reply: checkRecordSchema,
  },
  /** Studio → background: the open tabs on granted CRM origins, for the field picker (issue 17 item 6). */
  'studio/crm-tabs': {
    from: 'extension-page',
    request: z.strictObject({}),
    reply: z.strictObject({
      tabs: z
        .array(
          z.strictObject({ tabId: z.number().int(), title: z.string().max(200), url: z.string().max(4000) }),
        )
        .max(200),
    }),
  },
  /** Studio → background: let the lead click a value on that tab; null when cancelled (Escape). */
  'studio/pick': {
    from: 'extension-page',
    request: z.strictObject({ tabId: z.number().int(), hint: z.string().max(200) }),
    reply: z.strictObject({ picked: pickedSchema.nullable() }),
  },
  /** Studio → background: end a pick in progress on that tab. */
  'studio/pick-cancel': {
    from: 'extension-page',
    request: z.strictObject({ tabId: z.number().int() }),
    reply: ok,
  },
  /** Studio → background: read that tab with an adapter, with the real extractor ("test adapter"). */
  'studio/read': {
    from: 'extension-page',
    request: z.strictObject({ tabId: z.number().int(), adapter: adapterSchema }),
    reply: z.strictObject({ report: crmReportSchema }),
  },
} as const satisfies Record<string, { from: Role; request: z.ZodType; reply: z.ZodType }>;

function packStatusSchema() {
  return z.strictObject({
    state: syncStateSchema,
    config: z.strictObject({
      packUrl: z.string(),
      trustedKeys: z.array(z.strictObject({ keyId: z.string(), publicKey: z.string(), valid: z.boolean() })),
      syncMinutes: z.number(),
      allowUnsigned: z.boolean(),
      unsignedPermitted: z.boolean(),
      packId: z.string().optional(),
      managed: z.record(z.string(), z.boolean()),
    }),
    nextCheckAt: z.number().nullable(),
  });
}
export type PackStatus = z.infer<ReturnType<typeof packStatusSchema>>;

export type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type Request<N extends MessageName> = z.input<Protocol[N]['request']>;
export type Reply<N extends MessageName> = z.output<Protocol[N]['reply']>;

/** The background's port to a side panel (extension pages only): it names the tab it follows, we push that tab's report. */
export const PANEL_PORT = 'panel';
export const panelPortRequestSchema = z.strictObject({ follow: z.number().int() });
export const panelPortPushSchema = z.strictObject({
  tabId: z.number().int(),
  report: crmReportSchema.nullable(),
});
export type PanelPortPush = z.infer<typeof panelPortPushSchema>;
