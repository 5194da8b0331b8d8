/**
 * React's streamed server rendering (Next.js and others) sends a page in two parts: the shell, with a
 * `<template id="B:0">` placeholder and a "Loading…" fallback where each late part goes, and at the end of the
 * body the late parts themselves, as `<div hidden id="S:0">` segments that an inline script (`$RC("B:0","S:0")`)
 * moves into place. We run no script, so this does the move: each segment's content replaces the placeholder
 * with its number (React numbers a boundary and its segment alike; script bodies are not read, so every DOM
 * backend gives the same answer), and a segment without a placeholder is shown where it stands. Without this,
 * the article of such a page is hidden content and is dropped.
 */
import type { AnyNode, Element } from 'domhandler';
import { prepend, removeElement } from 'domutils';

const SEGMENT_ID = /^S:([0-9a-f]+)$/i;
const BOUNDARY_ID = /^B:([0-9a-f]+)$/i;

/** A streamed segment: `<div hidden id="S:1">`. */
export function isStreamedSegment(el: Element): boolean {
  const id = el.attribs['id'];
  return el.name === 'div' && id !== undefined && 'hidden' in el.attribs && SEGMENT_ID.test(id);
}

/** A segment's placeholder: `<template id="B:1">`. */
export function isSegmentPlaceholder(el: Element): boolean {
  const id = el.attribs['id'];
  return el.name === 'template' && id !== undefined && BOUNDARY_ID.test(id);
}

/**
 * Moves each segment's content into the placeholder with its number, or shows the segment where it stands when
 * it has none. `placeholders`: those found in the tree, by id.
 */
export function placeStreamedSegments(segments: readonly Element[], placeholders: ReadonlyMap<string, Element>): void {
  for (const seg of segments) {
    const place = placeholders.get(`B:${SEGMENT_ID.exec(seg.attribs['id']!)![1]}`);
    if (place?.parent && !isInside(place, seg)) {
      for (const c of [...seg.children]) { removeElement(c); prepend(place, c); }
      removeElement(seg);
    } else {
      delete seg.attribs['hidden'];
    }
  }
}

/** True when `node` lies inside `ancestor` (a placeholder inside its own segment cannot take it). */
function isInside(node: AnyNode, ancestor: Element): boolean {
  for (let p = node.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}
