/** Login prompts and closed-thread notices leave the body. */
import { describe, it, expect } from 'vitest';
import { parseHtml } from '../../../src/dom/index.js';
import { walkBlocks } from '../../../src/extract/html/blocks.js';
import { isLoginPrompt } from '../../../src/extract/html/login-prompts.js';
import { correctDecisions } from '../../../src/extract/html/corrections.js';
import { createContext, DEFAULTS, type ResolvedOptions } from '../../../src/pipeline/context.js';

describe('isLoginPrompt', () => {
  it('reads prompts to log in and closed-thread notices, in several languages', () => {
    for (const t of ['You must log in or register to reply here.', 'You must log in to answer this question.',
      'Please sign in to provide feedback.', 'Create an account or sign in to comment', 'You’re not signed in!', 'You are not logged in.', 'Already a subscriber? Log in', 'Bereits Abonnent/in?',
      'Subscribed to The Week? Register your account with the same email as your subscription.',
      'Not open for further replies.', 'This thread has been locked by a moderator.', 'Comments are closed.',
      'Vous devez être connecté pour publier un commentaire.', 'Sie müssen angemeldet sein, um einen Kommentar abzugeben.',
      'Kommentarfunktion ist geschlossen.', 'Sie sind aktuell nicht eingeloggt.', 'Les commentaires sont fermés.',
      'Los comentarios están cerrados.', 'I commenti sono chiusi.', 'Comentários encerrados.']) {
      expect(isLoginPrompt(t), t).toBe(true);
    }
  });

  it('leaves sentences about logging in that are the text itself', () => {
    for (const t of ['Log in to the router with the admin password printed on its label, then open the DHCP tab.',
      'Die Kommentarfunktion ist geschlossen, sagte der Verlag, seit die Debatte im Herbst eskalierte.',
      'If you must log in from a shared computer, use a private window.', 'Sign-in problems are usually cookie problems.',
      'Already a member of the Senate since 2010, Smith voted no.', 'Already registered voters can check their polling station online.',
      'The thread explains how to reset a forgotten password in three steps, with screenshots of every dialog along the way and of the confirmation mail.']) {
      expect(isLoginPrompt(t), t).toBe(false);
    }
  });

  it('in the corrections: the posts stay, the prompt under them leaves as login', () => {
    const page = `<html><body><main><h1>DHCP lease but no DNS record</h1><p>The Ubuntu server gets its address, yet no A record appears.</p>`
      + `<p>Enable dynamic updates for clients that do not ask for them, in the scope's DNS tab.</p><p>You must log in to answer this question.</p></main></body></html>`;
    const blocks = walkBlocks(parseHtml(page).children, new Set(), () => 0);
    const keep = blocks.map(() => true);
    const ctx = createContext(DEFAULTS as unknown as ResolvedOptions, 'https://serverfault.example/q/1', {});
    correctDecisions(blocks, keep, ctx, new Set(), 'forum');
    expect(blocks.filter((_, i) => keep[i]).map((b) => b.text.trim())).toEqual([
      'DHCP lease but no DNS record', 'The Ubuntu server gets its address, yet no A record appears.',
      "Enable dynamic updates for clients that do not ask for them, in the scope's DNS tab.",
    ]);
    expect(ctx.removed.items).toEqual([{ reason: 'login', text: 'You must log in to answer this question.' }]);
  });
});
