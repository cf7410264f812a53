import { useEffect, useState } from 'react';
import type { Answers } from '~/lib/report/fields';
import type { Step } from '~/lib/report/steps';

interface Props {
  steps: Step[];
  values: Answers;
}

/** A Vietnamese voice that runs on the device: a network voice would send the member's text away. */
function localVietnameseVoice(): SpeechSynthesisVoice | null {
  const voices = globalThis.speechSynthesis?.getVoices() ?? [];
  return voices.find((v) => v.localService && /^vi\b/i.test(v.lang)) ?? null;
}

/**
 * "Nghe lại": reads the answers aloud, so an elderly member can hear what they wrote. Shown only where
 * the device has a local Vietnamese voice.
 */
export function ListenBack({ steps, values }: Props) {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(() => localVietnameseVoice());
  const [speaking, setSpeaking] = useState(false);

  useEffect(() => {
    const synth = globalThis.speechSynthesis;
    if (!synth) return;
    const update = () => setVoice(localVietnameseVoice());
    synth.addEventListener?.('voiceschanged', update);
    return () => {
      synth.removeEventListener?.('voiceschanged', update);
      synth.cancel();
    };
  }, []);

  if (!voice) return null;
  const speak = () => {
    const synth = speechSynthesis;
    synth.cancel();
    const parts = steps.flatMap((s) => [
      s.title,
      ...s.fields.map((f) => `${f.label} ${values[f.id]?.trim() || 'Chưa trả lời.'}`),
    ]);
    parts.forEach((text, i) => {
      const u = new SpeechSynthesisUtterance(text);
      u.voice = voice;
      u.lang = voice.lang;
      u.rate = 0.9;
      if (i === parts.length - 1) u.onend = () => setSpeaking(false);
      synth.speak(u);
    });
    setSpeaking(true);
  };
  const stop = () => {
    speechSynthesis.cancel();
    setSpeaking(false);
  };
  return (
    <p className="no-print">
      {speaking ? (
        <button type="button" className="rf-button rf-button--secondary" onClick={stop}>
          Dừng đọc
        </button>
      ) : (
        <button type="button" className="rf-button rf-button--secondary" onClick={speak}>
          Nghe lại các câu trả lời
        </button>
      )}
    </p>
  );
}
