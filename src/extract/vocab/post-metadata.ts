/**
 * The labels a forum prints beside each post about its author and the post, not part of what anyone wrote: online
 * status, post and like counters, the post's number, buttons and quote attributions. Matched against a whole short
 * block, lowercased and trimmed; counters may carry thousands separators and a `k`.
 */
const N = String.raw`[\d][\d.,]*k?`;

/**
 * The member statistics of a forum's author pane ("Messages: 1,046", "Likes Received:", "Trophy Points:",
 * "Registered: 2016-07-02", "Beiträge:"), printed beside every post. Not "Location:": a for-sale post states its own.
 */
export const MEMBER_STAT_LABELS: readonly string[] = [
  'messages', 'posts', 'total posts', 'likes received', 'reaction score', 'trophy points', 'best answers', 'solutions',
  'points', 'joined', 'registered', 'member since', 'join date', 'thanks received',
  'beiträge', 'registriert seit', 'dabei seit', 'mitglied seit', 'inscrit le', 'inscrit', 'mensajes', 'registrado',
];

export const POST_METADATA_PATTERNS: readonly RegExp[] = [
  /^(?:offline|online|online now)$/u,
  /^#\d+$/u,
  new RegExp(`^(?:posts|messages|reactions|likes|reputation|karma):?\\s*${N}$`, 'u'),
  new RegExp(`^${N}\\s+(?:posts?|likes?|reactions?|views?|answers?)$`, 'u'),
  new RegExp(`^viewed\\s+${N}\\s+times?$`, 'u'),
  /^(?:improve this (?:answer|question)|original poster|op|reply|quote:?)$/u,
  // a quote's attribution ("trilby wrote:", "Allan wrote:"): a name of one to three words
  /^\S+(?:\s\S+){0,2}\s+wrote:$/u,
];
