// The two WAV jobs of the video maker (scripts/make-illustrative-video.mjs): read espeak-ng's speech, write
// the narration track.
import { readFileSync } from 'node:fs';

/** Reads the PCM samples of a 16-bit mono WAV written by espeak-ng. */
export function readWav(path) {
  const buf = readFileSync(path);
  let at = 12;
  let rate = 0;
  while (at + 8 <= buf.length) {
    const id = buf.toString('latin1', at, at + 4);
    const size = buf.readUInt32LE(at + 4);
    if (id === 'fmt ') {
      if (buf.readUInt16LE(at + 8 + 2) !== 1 || buf.readUInt16LE(at + 8 + 14) !== 16)
        throw new Error('espeak-ng: expected 16-bit mono WAV');
      rate = buf.readUInt32LE(at + 8 + 4);
    } else if (id === 'data') {
      const end = Math.min(buf.length, at + 8 + size);
      return {
        rate,
        samples: new Int16Array(buf.buffer.slice(buf.byteOffset + at + 8, buf.byteOffset + end - ((end - at - 8) % 2))),
      };
    }
    at += 8 + size + (size % 2);
  }
  throw new Error(`${path}: no data chunk`);
}

/** A 16-bit mono WAV file of `samples` at `rate` Hz. */
export function wavFile(samples, rate) {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(36 + samples.byteLength, 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(samples.byteLength, 40);
  return Buffer.concat([header, Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength)]);
}
