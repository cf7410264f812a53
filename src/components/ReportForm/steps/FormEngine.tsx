import { memo, useLayoutEffect, useState } from 'react';
import { useForm, useWatch, type Resolver, type UseFormReturn } from 'react-hook-form';
import type { Answers } from '~/lib/report/fields';

export interface EngineState {
  methods: UseFormReturn<Answers>;
  /** Every answer, as react-hook-form holds it. */
  values: Answers;
  /** The message of each field that failed validation. */
  errors: Record<string, string | undefined>;
}

interface Props {
  /** The answers as they are on the page when the engine arrives (read once). */
  initial: () => Answers;
  resolver: Resolver<Answers>;
  /** Called after every render of the engine with what the form shows. */
  onState: (state: EngineState) => void;
}

/**
 * react-hook-form, loaded with import() on the member's first touch of the form (see useAnswers): the
 * first step paints and takes typing without it. It renders nothing; it hands its methods, the answers
 * and the errors to the form, which renders the fields.
 */
function FormEngine({ initial, resolver, onState }: Props) {
  const [defaultValues] = useState(initial);
  const methods = useForm<Answers>({ defaultValues, resolver, shouldFocusError: false });
  const values = useWatch({ control: methods.control }) as Answers;
  // Read during render: the form state proxy then re-renders the engine when the errors change.
  const { errors } = methods.formState;
  const messages: Record<string, string | undefined> = {};
  for (const [id, error] of Object.entries(errors)) messages[id] = error?.message;
  useLayoutEffect(() => onState({ methods, values, errors: messages }));
  return null;
}

export default memo(FormEngine);
