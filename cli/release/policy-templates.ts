/**
 * Policy templates for the managed settings (issue 18), generated from `managed-schema.json`:
 * Windows ADMX/ADML and .reg files (Chrome and Edge read an extension's managed storage from
 * `…\3rdparty\extensions\<id>\policy`), a Linux managed-policy JSON for Chrome/Chromium, Firefox's
 * `policies.json` (all systems), and a macOS configuration profile. Arrays go to the registry as a
 * JSON string, which Chrome parses against the schema ("complex policies on Windows").
 */
import { createHash } from 'node:crypto';
import type { ManagedSchema, ManagedValues, SchemaProperty } from './managed-schema';

export interface Deployment {
  /** Chrome/Edge extension id (from the bank's key). */
  chromeId: string;
  /** Firefox add-on id (`browser_specific_settings.gecko.id`). */
  geckoId: string;
  /** Where Chrome/Edge fetch the update manifest (`updates.xml`). */
  chromeUpdateUrl: string;
  /** Where Firefox fetches the signed .xpi. */
  firefoxInstallUrl: string;
  values: ManagedValues;
}

/** The Chromium-family browsers an extension policy is written for. */
export const CHROMIUMS = [
  { name: 'Chrome', policyKey: 'Software\\Policies\\Google\\Chrome', macDomain: 'com.google.Chrome' },
  { name: 'Edge', policyKey: 'Software\\Policies\\Microsoft\\Edge', macDomain: 'com.microsoft.Edge' },
] as const;

export const extensionPolicyKey = (policyKey: string, id: string) =>
  `${policyKey}\\3rdparty\\extensions\\${id}\\policy`;

export const forceInstallEntry = (deployment: Deployment) =>
  `${deployment.chromeId};${deployment.chromeUpdateUrl}`;

/** A value as a string registry/ADMX entry takes it: arrays as JSON. */
const asText = (value: ManagedValues[string]) => (typeof value === 'string' ? value : JSON.stringify(value));

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// ---- Windows -------------------------------------------------------------------------------

const regString = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

function regValue(property: SchemaProperty, value: ManagedValues[string]): string {
  if (property.type === 'boolean') return `dword:${value ? '00000001' : '00000000'}`;
  if (property.type === 'integer') return `dword:${Number(value).toString(16).padStart(8, '0')}`;
  return regString(asText(value));
}

/** A .reg file for one browser: force-install and the managed settings. Encoded UTF-16LE by the caller. */
export function registryFile(schema: ManagedSchema, deployment: Deployment, policyKey: string): string {
  const root = `HKEY_LOCAL_MACHINE\\${policyKey}`;
  const lines = [
    'Windows Registry Editor Version 5.00',
    '',
    `; Call Assist: force-install and managed settings. If ExtensionInstallForcelist already has an entry "1", renumber.`,
    `[${root}\\ExtensionInstallForcelist]`,
    `"1"=${regString(forceInstallEntry(deployment))}`,
    '',
    `[HKEY_LOCAL_MACHINE\\${extensionPolicyKey(policyKey, deployment.chromeId)}]`,
  ];
  for (const [name, property] of Object.entries(schema.properties)) {
    const value = deployment.values[name];
    if (value !== undefined) lines.push(`${regString(name)}=${regValue(property, value)}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

const policyName = (browser: string, setting: string) => `${browser}_${setting}`;

function admxElements(name: string, property: SchemaProperty): string {
  if (property.type === 'boolean')
    return `      <enabledValue><decimal value="1"/></enabledValue>\n      <disabledValue><decimal value="0"/></disabledValue>\n`;
  if (property.type === 'integer') {
    const range = `${property.minimum === undefined ? '' : ` minValue="${property.minimum}"`}${property.maximum === undefined ? '' : ` maxValue="${property.maximum}"`}`;
    return `      <elements><decimal id="${name}" valueName="${name}"${range} required="true"/></elements>\n`;
  }
  return `      <elements><text id="${name}" valueName="${name}" maxLength="4096" required="true"/></elements>\n`;
}

export function admxFile(schema: ManagedSchema, deployment: Deployment): string {
  const policies = CHROMIUMS.flatMap((browser) =>
    Object.entries(schema.properties).map(
      ([name, property]) =>
        `    <policy name="${policyName(browser.name, name)}" class="Machine" displayName="$(string.${name})" explainText="$(string.${name}_Explain)"` +
        `${property.type === 'boolean' ? ` valueName="${name}"` : ` presentation="$(presentation.${policyName(browser.name, name)})"`}` +
        ` key="${xml(extensionPolicyKey(browser.policyKey, deployment.chromeId))}">\n` +
        `      <parentCategory ref="CallAssist_${browser.name}"/>\n      <supportedOn ref="SUPPORTED_MV3"/>\n` +
        `${admxElements(name, property)}    </policy>`,
    ),
  );
  const categories = CHROMIUMS.map(
    (browser) =>
      `    <category name="CallAssist_${browser.name}" displayName="$(string.CallAssist_${browser.name})"><parentCategory ref="CallAssist"/></category>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">
  <policyNamespaces>
    <target prefix="callassist" namespace="CallAssist.Policies.${deployment.chromeId}"/>
  </policyNamespaces>
  <resources minRequiredRevision="1.0"/>
  <supportedOn>
    <definitions><definition name="SUPPORTED_MV3" displayName="$(string.SUPPORTED_MV3)"/></definitions>
  </supportedOn>
  <categories>
    <category name="CallAssist" displayName="$(string.CallAssist)"/>
${categories.join('\n')}
  </categories>
  <policies>
${policies.join('\n')}
  </policies>
</policyDefinitions>
`;
}

export function admlFile(schema: ManagedSchema): string {
  const strings = [
    ['CallAssist', 'Call Assist'],
    ['SUPPORTED_MV3', 'Chrome 137 / Edge 137 or later'],
    ...CHROMIUMS.map((browser) => [`CallAssist_${browser.name}`, `Call Assist (${browser.name})`]),
    ...Object.entries(schema.properties).flatMap(([name, property]) => [
      [name, property.title],
      [
        `${name}_Explain`,
        `${property.description}${property.type === 'array' ? ' Enter the value as JSON, for example [{"publicKey":"…"}].' : ''}`,
      ],
    ]),
  ];
  const presentations = CHROMIUMS.flatMap((browser) =>
    Object.entries(schema.properties)
      .filter(([, property]) => property.type !== 'boolean')
      .map(([name, property]) => {
        const id = policyName(browser.name, name);
        const box =
          property.type === 'integer'
            ? `<decimalTextBox refId="${name}">${xml(property.title)}</decimalTextBox>`
            : `<textBox refId="${name}"><label>${xml(property.title)}</label></textBox>`;
        return `      <presentation id="${id}">${box}</presentation>`;
      }),
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">
  <displayName>Call Assist</displayName>
  <description>Managed settings of the Call Assist extension.</description>
  <resources>
    <stringTable>
${strings.map(([id, text]) => `      <string id="${id}">${xml(text ?? '')}</string>`).join('\n')}
    </stringTable>
    <presentationTable>
${presentations.join('\n')}
    </presentationTable>
  </resources>
</policyDefinitionResources>
`;
}

// ---- Linux and Firefox ---------------------------------------------------------------------

/** For /etc/opt/chrome/policies/managed/ (Chrome), /etc/chromium/policies/managed/, /etc/opt/edge/policies/managed/. */
export function linuxChromiumPolicy(deployment: Deployment): string {
  const policy = {
    ExtensionInstallForcelist: [forceInstallEntry(deployment)],
    '3rdparty': { extensions: { [deployment.chromeId]: deployment.values } },
  };
  return `${JSON.stringify(policy, null, 2)}\n`;
}

/** Firefox's `policies.json` (all systems): force-install from the install URL, and the managed settings. */
export function firefoxPolicies(deployment: Deployment): string {
  const policies = {
    policies: {
      ExtensionSettings: {
        [deployment.geckoId]: {
          installation_mode: 'force_installed',
          install_url: deployment.firefoxInstallUrl,
        },
      },
      '3rdparty': { Extensions: { [deployment.geckoId]: deployment.values } },
    },
  };
  return `${JSON.stringify(policies, null, 2)}\n`;
}

// ---- macOS ---------------------------------------------------------------------------------

function plistValue(value: unknown, indent: string): string {
  if (typeof value === 'boolean') return `${indent}<${value}/>`;
  if (typeof value === 'number') return `${indent}<integer>${value}</integer>`;
  if (typeof value === 'string') return `${indent}<string>${xml(value)}</string>`;
  if (Array.isArray(value))
    return `${indent}<array>\n${value.map((item) => plistValue(item, `${indent}  `)).join('\n')}\n${indent}</array>`;
  const entries = Object.entries(value as Record<string, unknown>).map(
    ([key, item]) => `${indent}  <key>${xml(key)}</key>\n${plistValue(item, `${indent}  `)}`,
  );
  return `${indent}<dict>\n${entries.join('\n')}\n${indent}</dict>`;
}

/** A stable UUID for a payload, so regenerating gives the same profile (an update, not a second one). */
function payloadUuid(identifier: string): string {
  const hex = createHash('sha256').update(identifier).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`.toUpperCase();
}

function payload(type: string, content: Record<string, unknown>): Record<string, unknown> {
  const identifier = `callassist.${type}`;
  return {
    PayloadType: type,
    PayloadIdentifier: identifier,
    PayloadUUID: payloadUuid(identifier),
    PayloadVersion: 1,
    PayloadDisplayName: `Call Assist: ${type}`,
    ...content,
  };
}

/**
 * A configuration profile: Chrome/Edge force-install, and the managed settings in each browser's
 * extension domain (`com.google.Chrome.extensions.<id>`), which is where macOS Chrome reads them.
 */
export function macProfile(deployment: Deployment): string {
  const payloads = CHROMIUMS.flatMap((browser) => [
    payload(browser.macDomain, { ExtensionInstallForcelist: [forceInstallEntry(deployment)] }),
    payload(`${browser.macDomain}.extensions.${deployment.chromeId}`, deployment.values),
  ]);
  const profile = {
    PayloadContent: payloads,
    PayloadDisplayName: 'Call Assist',
    PayloadIdentifier: `callassist.profile.${deployment.chromeId}`,
    PayloadScope: 'System',
    PayloadType: 'Configuration',
    PayloadUUID: payloadUuid(`callassist.profile.${deployment.chromeId}`),
    PayloadVersion: 1,
  };
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
${plistValue(profile, '')}
</plist>
`;
}

/** Every template, by path under the output's `policies/` folder. */
export function policyTemplates(schema: ManagedSchema, deployment: Deployment): Record<string, string> {
  return {
    'windows/call-assist.admx': admxFile(schema, deployment),
    'windows/en-US/call-assist.adml': admlFile(schema),
    ...Object.fromEntries(
      CHROMIUMS.map((browser) => [
        `windows/${browser.name.toLowerCase()}.reg`,
        registryFile(schema, deployment, browser.policyKey),
      ]),
    ),
    'linux/call-assist.json': linuxChromiumPolicy(deployment),
    'firefox/policies.json': firefoxPolicies(deployment),
    'macos/call-assist.mobileconfig': macProfile(deployment),
  };
}
