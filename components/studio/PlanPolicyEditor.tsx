import { useI18n } from '@/components/shell/i18n';
import type { MessageKey } from '@/lib/i18n';
import { PLAN_TYPES } from '@/lib/pack/schema';
import { appendAt, asList, asText, child, type JsonPath, removeAt, setAt } from '@/lib/studio/edit';
import { moveItem } from '@/lib/studio/list-edit';
import type { ParamSpec } from '@/lib/studio/params';
import { newPolicy, POLICY_FIELDS, partDefault } from '@/lib/studio/plan-policies';
import type { EditorProps } from './editors';
import { Choice, TextField } from './fields';
import { ChecksField } from './form-fields';
import { AddByTitle, OpenItemList, RemoveButton } from './list-controls';
import { ParamField } from './param-field';
import { isIndex, useViewState } from './use-view-state';

const label = (key: string) => `studio.forms.plan.${key}` as MessageKey;

interface FieldsProps {
  text: string;
  fields: readonly ParamSpec[];
  /** Where the object these fields belong to sits in the draft. */
  path: JsonPath;
  value: unknown;
  currency: string;
  onEdit: EditorProps['onEdit'];
}

/** The fields of one object, nested parts and lists of terms included, each by its kind. */
function Fields({ text, fields, path, value, currency, onEdit }: FieldsProps) {
  const { t } = useI18n();
  return (
    <>
      {fields.map((spec) => {
        const at = [...path, spec.key];
        const own = child(value, spec.key);
        const name = t(label(spec.key));
        if (spec.kind === 'object')
          return (
            <fieldset key={spec.key} className="studio-checks">
              <legend>{name}</legend>
              {own === undefined ? (
                <button type="button" onClick={() => onEdit(setAt(text, at, partDefault(spec.key)))}>
                  {t('studio.forms.setUp', { name })}
                </button>
              ) : (
                <>
                  <Fields
                    text={text}
                    fields={spec.fields}
                    path={at}
                    value={own}
                    currency={currency}
                    onEdit={onEdit}
                  />
                  <RemoveButton name={name} onRemove={() => onEdit(setAt(text, at, undefined))} />
                </>
              )}
            </fieldset>
          );
        if (spec.kind === 'items') {
          const items = asList(own);
          return (
            <fieldset key={spec.key} className="studio-checks">
              <legend>{name}</legend>
              <OpenItemList
                items={items}
                nameOf={(term, i) =>
                  t('studio.forms.plan.term', { periods: String(child(term, 'periods') ?? i + 1) })
                }
                onMove={(from, to) => onEdit(moveItem(text, at, items, from, to))}
                onRemove={(i) =>
                  onEdit(items.length > 1 ? removeAt(text, [...at, i]) : setAt(text, at, undefined))
                }
              >
                {(term, i) => (
                  <Fields
                    text={text}
                    fields={spec.fields}
                    path={[...at, i]}
                    value={term}
                    currency={currency}
                    onEdit={onEdit}
                  />
                )}
              </OpenItemList>
              <button
                type="button"
                onClick={() =>
                  onEdit(
                    own === undefined
                      ? setAt(text, at, [partDefault(spec.key)])
                      : appendAt(text, at, partDefault(spec.key)),
                  )
                }
              >
                {t('studio.forms.plan.addTerm', { name })}
              </button>
            </fieldset>
          );
        }
        return (
          <ParamField
            key={spec.key}
            spec={spec}
            label={name}
            optionLabel={(o) => t(`${label(spec.key)}.${o}` as MessageKey)}
            value={own}
            currency={currency}
            onChange={(v) => onEdit(setAt(text, at, v), at.join('.'))}
          />
        );
      })}
    </>
  );
}

/**
 * Plan policies as a form (issue 17 item 1): per policy (segments choose one) its name, the plans
 * offered, the smallest instalment in money, rates as percentages, the terms of each plan, with
 * what does not parse or is out of bounds said beside the field.
 */
export function PlanPolicyEditor({ text, value, onEdit }: EditorProps) {
  const { t } = useI18n();
  const policies = asList(child(value, 'planPolicies'));
  const currency = asText(child(value, 'currency')) || 'CNY';
  const [index, setIndex] = useViewState('plans.policy', 0, isIndex);
  const at = Math.max(0, Math.min(index, policies.length - 1));
  const policy = policies[at];
  const name = asText(child(policy, 'name')) || `#${at + 1}`;
  return (
    <section aria-labelledby="studio-plans" className="studio-form">
      <h2 id="studio-plans">{t('studio.forms.plans')}</h2>
      <AddByTitle
        label={t('studio.forms.newPolicy')}
        button={t('studio.forms.addPolicy')}
        onAdd={(title) => {
          onEdit(appendAt(text, ['planPolicies'], newPolicy(title, policies)));
          setIndex(policies.length);
        }}
      />
      {policy === undefined ? null : (
        <>
          <Choice
            label={t('studio.forms.policy')}
            value={String(at)}
            options={policies.map((p, i) => ({
              value: String(i),
              label: asText(child(p, 'name')) || `#${i + 1}`,
            }))}
            onChange={(v) => setIndex(Number(v))}
          />
          <p className="studio-hint">
            {t('studio.forms.usedBy', {
              segments:
                asList(child(value, 'segments'))
                  .filter((s) => child(s, 'planPolicyId') === child(policy, 'id'))
                  .map((s) => asText(child(s, 'name')))
                  .join(', ') || t('studio.none'),
            })}
          </p>
          <RemoveButton name={name} onRemove={() => onEdit(removeAt(text, ['planPolicies', at]))} />
          <div key={at}>
            <TextField
              label={t('studio.forms.label')}
              value={asText(child(policy, 'name'))}
              onChange={(v) =>
                onEdit(setAt(text, ['planPolicies', at, 'name'], v), `planPolicies.${at}.name`)
              }
            />
            <ChecksField
              legend={t('studio.forms.plan.types')}
              options={PLAN_TYPES}
              value={asList(child(policy, 'types'))}
              labelOf={(p) => t(`studio.forms.plan.type.${p}`)}
              onChange={(v) => onEdit(setAt(text, ['planPolicies', at, 'types'], v))}
            />
            <Fields
              text={text}
              fields={POLICY_FIELDS}
              path={['planPolicies', at]}
              value={policy}
              currency={currency}
              onEdit={onEdit}
            />
          </div>
        </>
      )}
    </section>
  );
}
