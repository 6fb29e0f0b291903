import type { z } from 'zod';
import type { FieldError } from '../platform/problem.js';

export type Location = 'body' | 'query' | 'path' | 'header';

// The whole value is the empty pointer (RFC 6901); "/" would name a member called "".
export const pointerOf = (path: readonly PropertyKey[]) =>
  path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');

/**
 * Turns zod's issues into the stable rule names of problem documents. The rule names are part
 * of the API (clients switch on them); zod's own codes are an implementation detail. Parse with
 * `reportInput`: only then does an issue tell a missing value from a wrong one.
 */
export function fieldErrorsFrom(error: z.ZodError, location: Location): FieldError[] {
  const out: FieldError[] = [];
  // A value of the wrong type also fails the size checks zod runs on whatever it got; only the type is worth telling.
  const mistyped = new Set(error.issues.filter((i) => i.code === 'invalid_type').map((i) => pointerOf(i.path)));
  for (const issue of error.issues) {
    if ((issue.code === 'too_small' || issue.code === 'too_big') && mistyped.has(pointerOf(issue.path))) continue;
    const base = { in: location, pointer: pointerOf(issue.path) };
    switch (issue.code) {
      case 'invalid_type':
        out.push(
          issue.input === undefined
            ? { ...base, rule: 'required' }
            : { ...base, rule: 'type', params: { expected: String(issue.expected) } },
        );
        break;
      case 'unrecognized_keys':
        for (const key of issue.keys) out.push({ ...base, pointer: pointerOf([...issue.path, key]), rule: 'unknown-field' });
        break;
      case 'too_small':
        out.push({ ...base, ...sizeRule('small', issue.origin, Number(issue.minimum)) });
        break;
      case 'too_big':
        out.push({ ...base, ...sizeRule('big', issue.origin, Number(issue.maximum)) });
        break;
      case 'invalid_format':
        out.push({ ...base, rule: 'format', params: { format: issue.format } });
        break;
      case 'invalid_value':
        out.push({ ...base, rule: 'one-of', params: { options: issue.values.map(String).join(', ') } });
        break;
      case 'custom': {
        const params = (issue.params ?? {}) as { rule?: string } & Record<string, string | number>;
        const { rule = 'invalid', ...rest } = params;
        out.push({ ...base, rule, ...(Object.keys(rest).length ? { params: rest } : {}) });
        break;
      }
      default:
        out.push({ ...base, rule: 'invalid' });
    }
  }
  return out;
}

function sizeRule(kind: 'small' | 'big', origin: string, limit: number): Pick<FieldError, 'rule' | 'params'> {
  const key = kind === 'small' ? 'min' : 'max';
  const rule =
    origin === 'string'
      ? kind === 'small' ? (limit === 1 ? 'required' : 'too-short') : 'too-long'
      : origin === 'array' || origin === 'set'
        ? kind === 'small' ? 'too-few' : 'too-many'
        : kind === 'small' ? 'too-small' : 'too-big';
  return rule === 'required' ? { rule } : { rule, params: { [key]: limit } };
}
