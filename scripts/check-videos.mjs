#!/usr/bin/env node
// Checks every video entry against its files, and prints what the page will show.
//
//   node scripts/check-videos.mjs          report; exit 1 on any problem
//   node scripts/check-videos.mjs --write  first copy the file's real duration and size into each entry
//
// It reads the MP4 header itself (the same numbers `ffprobe -show_format` prints), so it needs no ffmpeg.
import { writeFileSync } from 'node:fs';
import { checkVideoEntry } from './lib/check-video-entry.mjs';
import { readAllVideoEntries, serializeVideoEntry } from './lib/video-files.mjs';

const write = process.argv.includes('--write');
let failed = 0;
for (const entry of readAllVideoEntries()) {
  let { problems, facts } = checkVideoEntry(entry);
  if (write && facts.bytes !== undefined && facts.duration !== undefined) {
    entry.doc.set('duration', facts.duration);
    entry.doc.set('bytes', facts.bytes);
    writeFileSync(entry.path, serializeVideoEntry(entry));
    ({ problems, facts } = checkVideoEntry({ ...entry, data: entry.doc.toJS() }));
  }
  const mb = facts.bytes === undefined ? '?' : (facts.bytes / 1e6).toFixed(2);
  console.log(
    `${entry.path}: ${facts.duration ?? '?'} s, ${mb} MB, ${facts.codecs?.join('+') ?? '?'}, ${facts.cues ?? '?'} caption cues`,
  );
  for (const problem of problems) console.log(`  ✗ ${problem}`);
  if (problems.length) failed++;
}
if (failed) {
  console.log(`${failed} video entr${failed === 1 ? 'y needs' : 'ies need'} fixing.`);
  process.exit(1);
}
console.log('All video entries match their files.');
