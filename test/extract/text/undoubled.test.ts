// A dump line that is one text printed twice (a link's text beside its image's alt) is read once in the body.
import { describe, it, expect } from 'vitest';
import { undoubled } from '../../../src/extract/text/assemble.js';

describe('lines printed twice', () => {
  it('keeps one copy of a text doubled with or without a space', () => {
    expect(undoubled('Go on a Road TripGo on a Road Trip')).toBe('Go on a Road Trip');
    expect(undoubled('Sign in to Skills Sign in to Skills')).toBe('Sign in to Skills');
  });
  it('leaves short repeats, one-word repeats and ordinary lines alone', () => {
    expect(undoubled('New York New York')).toBe('New York New York');
    expect(undoubled('Walla-WallaWalla-Walla')).toBe('Walla-WallaWalla-Walla');
    expect(undoubled('The council met on Tuesday. The council met on Wednesday.')).toBe('The council met on Tuesday. The council met on Wednesday.');
  });
});
