import { useI18n } from '@/components/shell/i18n';
import type { MessageKey } from '@/lib/i18n';
import { OVERRIDE_LEVELS, type RuleType } from '@/lib/pack/schema';
import { appendAt, asList, asText, child, removeAt, setAt } from '@/lib/studio/edit';
import { stringsOf } from '@/lib/studio/list-edit';
import { newRule, RULE_TYPES, ruleParams } from '@/lib/studio/rules';
import type { EditorProps } from './editors';
import { FamiliesForm } from './FamiliesForm';
import { Choice, LinesField, TextField } from './fields';
import { AddByTitle, RemoveButton } from './list-controls';
import { OptionalText, ParamField } from './param-field';
import { PhrasesForm, SEVERITIES, StopFlagsForm } from './rule-lists';
import { isIndex, useViewState } from './use-view-state';

/** A parameter's label: `studio.forms.param.<key>` (a unit test checks every rule type has them). */
const paramLabel = (key: string) => `studio.forms.param.${key}` as MessageKey;

/**
 * Compliance rules as forms (issue 17 item 1): pick a rule by title or add one of any type in the
 * rule registry; what every rule has (title, source, severity, who may override, regions), then a
 * form fitted to the type's parameters as the schema declares them.
 */
export function RuleEditor({ text, value, onEdit }: EditorProps) {
  const { t } = useI18n();
  const rules = asList(child(value, 'rules'));
  const checklist = asList(child(value, 'checklist'));
  const [index, setIndex] = useViewState('rules.rule', 0, isIndex);
  const [newType, setNewType] = useState<RuleType>(RULE_TYPES[0] ?? 'callWindow');
  const at = Math.max(0, Math.min(index, rules.length - 1));
  const rule = rules[at];
  const type = RULE_TYPES.find((r) => r === asText(child(rule, 'type')));
  const name = asText(child(rule, 'title')) || `#${at + 1}`;
  const write = (key: string, v: unknown) => onEdit(setAt(text, ['rules', at, key], v), `rules.${at}.${key}`);
  const typeLabel = (v: unknown) => {
    const known = RULE_TYPES.find((r) => r === v);
    return known ? t(`studio.forms.ruleType.${known}`) : asText(v);
  };
  const scope = child(rule, 'scope');
  const regions = stringsOf(child(scope, 'regions'));
  return (
    <section aria-labelledby="studio-rules" className="studio-form">
      <h2 id="studio-rules">{t('studio.forms.rules')}</h2>
      <div className="studio-row">
        <Choice
          label={t('studio.forms.newRuleType')}
          value={newType}
          options={RULE_TYPES.map((r) => ({ value: r, label: t(`studio.forms.ruleType.${r}`) }))}
          onChange={(v) => setNewType(RULE_TYPES.find((r) => r === v) ?? newType)}
        />
        <AddByTitle
          label={t('studio.forms.newRuleTitle')}
          button={t('studio.forms.addRule')}
          onAdd={(title) => {
            onEdit(appendAt(text, ['rules'], newRule(newType, title, rules)));
            setIndex(rules.length);
          }}
        />
      </div>
      {rule === undefined ? null : (
        <>
          <Choice
            label={t('studio.forms.rule')}
            value={String(at)}
            options={rules.map((r, i) => ({
              value: String(i),
              label: `${asText(child(r, 'title')) || `#${i + 1}`} · ${typeLabel(child(r, 'type'))}`,
            }))}
            onChange={(v) => setIndex(Number(v))}
          />
          <RemoveButton name={name} onRemove={() => onEdit(removeAt(text, ['rules', at]))} />
          <div key={at}>
            <TextField
              label={t('studio.objTitle')}
              value={asText(child(rule, 'title'))}
              onChange={(v) => write('title', v)}
            />
            <TextField
              label={t('studio.forms.ruleSource')}
              value={asText(child(rule, 'source'))}
              onChange={(v) => write('source', v)}
            />
            <Choice
              label={t('studio.forms.severity')}
              value={asText(child(rule, 'severity'))}
              options={SEVERITIES.map((s) => ({ value: s, label: t(`studio.forms.severity.${s}`) }))}
              onChange={(v) => write('severity', v)}
            />
            <Choice
              label={t('studio.forms.override')}
              value={asText(child(rule, 'override'))}
              options={[
                { value: '', label: t('studio.forms.override.default') },
                ...OVERRIDE_LEVELS.map((o) => ({ value: o, label: t(`studio.forms.override.${o}`) })),
              ]}
              onChange={(v) => write('override', v || undefined)}
            />
            <LinesField
              label={t('studio.forms.regions')}
              value={regions}
              onChange={(lines) =>
                write(
                  'scope',
                  lines.length > 0 ? { ...(scope as object | undefined), regions: lines } : undefined,
                )
              }
            />
            {regions.length > 0 ? (
              <OptionalText
                label={t('studio.forms.regionField')}
                value={child(scope, 'field')}
                onChange={(v) =>
                  onEdit(setAt(text, ['rules', at, 'scope', 'field'], v), `rules.${at}.scope.field`)
                }
              />
            ) : null}
            {type === undefined
              ? null
              : ruleParams(type).map((spec) => {
                  const path = ['rules', at, spec.key];
                  if (spec.key === 'families')
                    return (
                      <FamiliesForm
                        key={spec.key}
                        text={text}
                        rulePath={['rules', at]}
                        rule={rule}
                        onEdit={onEdit}
                      />
                    );
                  if (spec.kind !== 'items' && spec.kind !== 'object')
                    return (
                      <ParamField
                        key={spec.key}
                        spec={spec}
                        label={t(paramLabel(spec.key))}
                        optionLabel={(o) =>
                          spec.kind === 'enum' && spec.phases
                            ? t(`guard.phase.${o}` as MessageKey)
                            : t(`${paramLabel(spec.key)}.${o}` as MessageKey)
                        }
                        value={child(rule, spec.key)}
                        checklist={checklist}
                        onChange={(v) => write(spec.key, v)}
                      />
                    );
                  const items = asList(child(rule, spec.key));
                  return spec.key === 'flags' ? (
                    <StopFlagsForm
                      key={spec.key}
                      text={text}
                      path={path}
                      items={items}
                      onEdit={onEdit}
                      draft={value}
                    />
                  ) : (
                    <PhrasesForm
                      key={spec.key}
                      text={text}
                      path={path}
                      items={items}
                      onEdit={onEdit}
                      rule={rule}
                    />
                  );
                })}
          </div>
        </>
      )}
    </section>
  );
}
