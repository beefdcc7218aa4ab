import { checkManagedValues, type ManagedSchema, readManagedSchema } from '../../cli/release/managed-schema';
import { type Deployment, extensionPolicyKey, policyTemplates } from '../../cli/release/policy-templates';

const schema = readManagedSchema();
const CHROME_ID = 'kdaikcakebifkbpelfameohomjghmhma';
const deployment: Deployment = {
  chromeId: CHROME_ID,
  geckoId: 'call-assist@bank.example',
  chromeUpdateUrl: 'https://packs.bank.example/ca/updates.xml',
  firefoxInstallUrl: 'https://packs.bank.example/ca/call-assist.xpi',
  values: {
    packUrl: 'https://packs.bank.example/ca/pack.json',
    trustedKeys: [{ publicKey: 'AAAA"quoted"\\AAAA=' }],
    syncMinutes: 30,
    allowUnsigned: false,
    packId: 'bank-zh-CN',
    versionFloorReset: 'k-rotated-2027',
  },
};
const names = Object.keys(schema.properties).sort();

/** The values a .reg file sets under `[key]`, typed as regedit would store them. */
function regValues(text: string, key: string): Record<string, unknown> {
  const section = text.split(`[HKEY_LOCAL_MACHINE\\${key}]\r\n`)[1]?.split('\r\n\r\n')[0] ?? '';
  const values: Record<string, unknown> = {};
  for (const line of section.split('\r\n').filter(Boolean)) {
    const match = /^"([^"]+)"=(?:dword:([0-9a-f]{8})|"((?:[^"\\]|\\.)*)")$/.exec(line);
    if (!match) throw new Error(`unreadable .reg line ${line}`);
    const [, name, dword, string] = match;
    values[name as string] =
      dword !== undefined ? Number.parseInt(dword, 16) : string?.replace(/\\(.)/g, '$1');
  }
  return values;
}

/** Reads the subset of plist XML the profile uses. */
function readPlist(text: string): unknown {
  const tokens = [
    ...text
      .replace(/<\?xml[^>]*>|<!DOCTYPE[^>]*>|<\/?plist[^>]*>/g, '')
      .matchAll(/<(\/?)(\w+)(\/?)>([^<]*)/g),
  ];
  let at = 0;
  const decode = (raw: string) =>
    raw
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  const value = (): unknown => {
    const [, , tag, selfClosing, content] = tokens[at++] ?? [];
    if (selfClosing) return tag === 'true';
    if (tag === 'string' || tag === 'integer') {
      at++;
      return tag === 'integer' ? Number(content) : decode(content ?? '');
    }
    if (tag === 'array') {
      const items: unknown[] = [];
      while (tokens[at]?.[1] !== '/') items.push(value());
      at++;
      return items;
    }
    if (tag === 'dict') {
      const entries: Record<string, unknown> = {};
      while (tokens[at]?.[1] !== '/') {
        const key = decode(tokens[at]?.[4] ?? '');
        at += 2;
        entries[key] = value();
      }
      at++;
      return entries;
    }
    throw new Error(`unexpected <${tag}>`);
  };
  return value();
}

/** A registry value back to the schema's type: DWORDs to booleans, JSON text to arrays. */
function fromRegistry(values: Record<string, unknown>, from: ManagedSchema): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => {
      const type = from.properties[name]?.type;
      if (type === 'boolean') return [name, value === 1];
      if (type === 'array') return [name, JSON.parse(String(value))];
      return [name, value];
    }),
  );
}

describe('policy templates generated from managed-schema.json (issue 18)', () => {
  const templates = policyTemplates(schema, deployment);

  it('the values written are the deployment’s and fit the schema', () => {
    expect(checkManagedValues(schema, deployment.values)).toEqual([]);
  });

  it('Linux (Chrome/Chromium/Edge managed JSON) and Firefox policies.json hold every setting and force-install', () => {
    const linux = JSON.parse(templates['linux/call-assist.json'] ?? '');
    expect(linux.ExtensionInstallForcelist).toEqual([`${CHROME_ID};${deployment.chromeUpdateUrl}`]);
    expect(linux['3rdparty'].extensions[CHROME_ID]).toEqual(deployment.values);
    expect(Object.keys(linux['3rdparty'].extensions[CHROME_ID]).sort()).toEqual(names);

    const firefox = JSON.parse(templates['firefox/policies.json'] ?? '').policies;
    expect(firefox.ExtensionSettings[deployment.geckoId]).toEqual({
      installation_mode: 'force_installed',
      install_url: deployment.firefoxInstallUrl,
    });
    expect(firefox['3rdparty'].Extensions[deployment.geckoId]).toEqual(deployment.values);
  });

  it('the .reg files set every setting, typed for the schema, under each browser’s extension policy key', () => {
    for (const [file, policyKey] of [
      ['windows/chrome.reg', 'Software\\Policies\\Google\\Chrome'],
      ['windows/edge.reg', 'Software\\Policies\\Microsoft\\Edge'],
    ] as const) {
      const text = templates[file] ?? '';
      expect(text.startsWith('Windows Registry Editor Version 5.00\r\n')).toBe(true);
      const values = regValues(text, extensionPolicyKey(policyKey, CHROME_ID));
      expect(Object.keys(values).sort()).toEqual(names);
      expect(fromRegistry(values, schema)).toEqual(deployment.values);
      expect(regValues(text, `${policyKey}\\ExtensionInstallForcelist`)).toEqual({
        '1': `${CHROME_ID};${deployment.chromeUpdateUrl}`,
      });
    }
  });

  it('the ADMX has a policy per setting and browser, with the schema’s ranges, and the ADML names each', () => {
    const admx = templates['windows/call-assist.admx'] ?? '';
    const adml = templates['windows/en-US/call-assist.adml'] ?? '';
    for (const browser of ['Chrome', 'Edge']) {
      const policies = [
        ...admx.matchAll(new RegExp(`<policy name="${browser}_(\\w+)"[^>]*>([\\s\\S]*?)</policy>`, 'g')),
      ];
      expect(policies.map(([, name]) => name).sort()).toEqual(names);
      for (const [, name, body] of policies) {
        const property = schema.properties[name as string];
        if (property?.type === 'boolean') expect(body).toContain('<enabledValue><decimal value="1"/>');
        else if (property?.type === 'integer')
          expect(body).toContain(
            `<decimal id="${name}" valueName="${name}" minValue="${property.minimum}" maxValue="${property.maximum}"`,
          );
        else expect(body).toContain(`<text id="${name}" valueName="${name}"`);
      }
    }
    for (const [name, property] of Object.entries(schema.properties)) {
      expect(adml).toContain(`<string id="${name}">${property.title}</string>`);
      if (property.type !== 'boolean') expect(adml).toContain(`<presentation id="Chrome_${name}">`);
    }
  });

  it('the macOS profile force-installs and puts every setting in each browser’s extension domain', () => {
    const profile = readPlist(templates['macos/call-assist.mobileconfig'] ?? '') as {
      PayloadContent: Record<string, unknown>[];
    };
    for (const domain of ['com.google.Chrome', 'com.microsoft.Edge']) {
      const browser = profile.PayloadContent.find((p) => p.PayloadType === domain);
      expect(browser?.ExtensionInstallForcelist).toEqual([`${CHROME_ID};${deployment.chromeUpdateUrl}`]);
      const settings = profile.PayloadContent.find(
        (p) => p.PayloadType === `${domain}.extensions.${CHROME_ID}`,
      );
      const values = Object.fromEntries(
        Object.entries(settings ?? {}).filter(([key]) => !key.startsWith('Payload')),
      );
      expect(values).toEqual(deployment.values);
    }
  });

  it('a setting added to the schema appears in every template, and a deployment without it is refused', () => {
    const grown: ManagedSchema = {
      ...schema,
      properties: {
        ...schema.properties,
        quietHours: { title: 'Quiet hours', description: 'x', type: 'string' },
      },
    };
    expect(checkManagedValues(grown, deployment.values)).toEqual(['quietHours: no value']);
    const withIt = policyTemplates(grown, {
      ...deployment,
      values: { ...deployment.values, quietHours: '22-08' },
    });
    for (const text of Object.values(withIt)) expect(text).toContain('quietHours');
    expect(checkManagedValues(schema, { ...deployment.values, syncMinutes: 2 })).toEqual([
      'syncMinutes: below 5',
    ]);
  });
});

describe('recovery settings (issue 14 §5)', () => {
  it('a deployment may leave out versionFloorReset, but not an ordinary setting', () => {
    const { versionFloorReset: _recovery, ...ordinary } = deployment.values;
    expect(checkManagedValues(schema, ordinary)).toEqual([]);
    const { packId: _packId, ...missingPackId } = ordinary;
    expect(checkManagedValues(schema, missingPackId)).toEqual(['packId: no value']);
  });
});
