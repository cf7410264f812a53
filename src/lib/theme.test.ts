import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BRAND_COLOUR, PAPER_COLOUR } from './theme';

const tokens = readFileSync('src/styles/tokens.css', 'utf8');
const token = (name: string) => new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{3,8})\\s*;`).exec(tokens)?.[1];

describe('theme colours', () => {
  it('are the same in TypeScript and in the stylesheet tokens', () => {
    expect(token('brand')).toBe(BRAND_COLOUR);
    expect(token('paper')).toBe(PAPER_COLOUR);
  });

  it('fill the icon with the brand colour', () => {
    expect(readFileSync('public/favicon.svg', 'utf8')).toContain(`fill="${BRAND_COLOUR}"`);
  });
});
