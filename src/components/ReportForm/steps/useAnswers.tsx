import { useCallback, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Resolver, UseFormReturn } from 'react-hook-form';
import type { AnyField } from '~/schemas/report-template';
import type { Answers } from '~/lib/report/fields';
import { retrying } from '~/lib/retrying';
import type { SummaryError } from './ErrorSummary';
import type { EngineState } from './FormEngine';

type Engine = typeof import('./FormEngine').default;

type Control = HTMLInputElement | HTMLTextAreaElement;

/** What a field's input gets: react-hook-form's `register(id)`, or the same props before it has loaded. */
export interface Registration {
  name: string;
  onChange: (event: { target: unknown }) => unknown;
  onBlur: (event: { target: unknown }) => unknown;
  ref: (el: Control | null) => void;
}

export interface AnswersForm {
  /** Every answer as typed (re-renders the form on each change). */
  values: Answers;
  /** The message of each field that failed validation. */
  errors: Record<string, string | undefined>;
  register: (id: string) => Registration;
  getValues: () => Answers;
  setValue: (id: string, text: string) => void;
  reset: (answers: Answers) => void;
  setFocus: (id: string) => void;
  /**
   * Validates the fields named (all without names); waits for the engine the first time. Rejects when
   * the engine or the validation's code could not be downloaded (nothing typed is lost; call again to retry).
   */
  trigger: (ids?: string[]) => Promise<boolean>;
  /** A field's error after the last validation. */
  errorOf: (id: string) => string | undefined;
  /** Start loading the engine (call on the member's first touch of the form). */
  load: () => void;
  /** Render this once inside the form's tree: it is the engine, and renders nothing. */
  engine: ReactNode;
}

const isControl = (el: unknown): el is Control => el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement;

/**
 * The answers of one template's form. Until react-hook-form has loaded, the inputs are plain uncontrolled
 * inputs whose values this hook keeps (so the first step paints, and the member types, with none of its
 * code); the engine starts loading at the member's first touch of the form and, once there, takes over
 * the same inputs, with what was typed meanwhile. Anything that validates waits for it.
 */
export function useAnswers(initialValues: Answers, resolver: Resolver<Answers>): AnswersForm {
  const [shimValues, setShimValues] = useState(initialValues);
  const latest = useRef(initialValues);
  const elements = useRef(new Map<string, Control>());
  // Inputs that had a value before the engine: it adopts what they hold when it first registers them.
  const beforeEngine = useRef(new WeakSet<Control>());
  const typedBeforeIsland = useRef(new Set<string>());
  const [engine, setEngine] = useState<EngineState | null>(null);
  const methods = useRef<UseFormReturn<Answers> | null>(null);
  // react-hook-form is most of the form's own code: it loads on the member's first touch of the form.
  // Not React.lazy: a failed download would unmount the form; here the next touch tries again.
  const [FormEngine, setFormEngine] = useState<Engine | null>(null);
  const download = useMemo(() => retrying(() => import('./FormEngine')), []);
  const loading = useRef(false);
  // What waits for the engine (a validation): resumed when it is there, failed when its download fails.
  const waiting = useRef<{ resume: (m: UseFormReturn<Answers>) => void; fail: (error: unknown) => void }[]>([]);

  // In the commit that registered the inputs with the engine: from now on it holds the answers, and
  // what waited for it goes on.
  useLayoutEffect(() => {
    if (!engine) return;
    methods.current = engine.methods;
    for (const { resume } of waiting.current.splice(0)) resume(engine.methods);
  }, [engine]);

  const load = useCallback(() => {
    if (loading.current) return;
    loading.current = true;
    download().then(
      (m) => setFormEngine(() => m.default),
      (error: unknown) => {
        // Not kept: the next touch, or the next "Tiếp tục", downloads it again.
        loading.current = false;
        for (const { fail } of waiting.current.splice(0)) fail(error);
      },
    );
  }, [download]);
  const ready = useCallback((): Promise<UseFormReturn<Answers>> => {
    if (methods.current) return Promise.resolve(methods.current);
    load();
    return new Promise((resume, fail) => waiting.current.push({ resume, fail }));
  }, [load]);
  const keep = (answers: Answers) => {
    latest.current = answers;
    setShimValues(answers);
  };

  const api = useMemo(
    () => ({
      getValues: (): Answers => methods.current?.getValues() ?? { ...latest.current },
      setValue: (id: string, text: string) => {
        if (methods.current) return methods.current.setValue(id, text);
        const el = elements.current.get(id);
        if (el) el.value = text;
        keep({ ...latest.current, [id]: text });
      },
      reset: (answers: Answers) => {
        if (methods.current) return methods.current.reset(answers);
        for (const [id, el] of elements.current) el.value = answers[id] ?? '';
        keep({ ...answers });
      },
      setFocus: (id: string) => {
        if (methods.current) methods.current.setFocus(id);
        else elements.current.get(id)?.focus();
      },
      trigger: async (ids?: string[]) => (await ready()).trigger(ids),
      errorOf: (id: string) => methods.current?.getFieldState(id).error?.message,
    }),
    [ready],
  );

  const register = (id: string): Registration => {
    const m = engine?.methods;
    if (m) {
      const props = m.register(id);
      return {
        ...props,
        ref: (el) => {
          if (el && beforeEngine.current.has(el)) {
            beforeEngine.current.delete(el);
            // Typed while the engine was on its way: the input's text wins over the engine's copy.
            if (m.getValues(id) !== el.value) m.setValue(id, el.value);
          }
          props.ref(el);
        },
      };
    }
    return {
      name: id,
      onChange: (e) => {
        if (isControl(e.target)) keep({ ...latest.current, [id]: e.target.value });
      },
      onBlur: () => undefined,
      ref: (el) => {
        if (!el) return;
        if (!beforeEngine.current.has(el)) {
          // Typed into the page's own copy of the step before the island took it over: kept (see below).
          if (el.value && !latest.current[id]) typedBeforeIsland.current.add(id);
          else el.value = latest.current[id] ?? '';
          beforeEngine.current.add(el);
        }
        elements.current.set(id, el);
      },
    };
  };

  // In the commit that took the page's copy over: what was typed there becomes the answers (and is saved).
  useLayoutEffect(() => {
    const typed = [...typedBeforeIsland.current];
    typedBeforeIsland.current.clear();
    if (typed.length > 0)
      keep({
        ...latest.current,
        ...Object.fromEntries(typed.map((id) => [id, elements.current.get(id)?.value ?? ''])),
      });
    // Once, at the first commit.
  }, []);

  const initial = useCallback(() => ({ ...latest.current }), []);
  const onState = useCallback((state: EngineState) => setEngine(state), []);
  return {
    ...api,
    values: engine?.values ?? shimValues,
    errors: engine?.errors ?? {},
    register,
    load,
    engine: FormEngine && <FormEngine initial={initial} resolver={resolver} onState={onState} />,
  };
}

/** The errors of `fields` after the last validation, in their order, for the error summary. */
export function fieldErrors(form: Pick<AnswersForm, 'errorOf'>, fields: readonly AnyField[]): SummaryError[] {
  return fields.flatMap((f) => {
    const message = form.errorOf(f.id);
    return message ? [{ id: f.id, message }] : [];
  });
}
