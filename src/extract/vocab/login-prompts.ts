/**
 * Prompts to log in, and notices that a thread or its comments are closed: what a page says to a visitor who is not
 * signed in ("You must log in to answer this question.", "Not open for further replies."), in several languages.
 * Each pattern must match the start of a short block, lowercased with typographic apostrophes made straight.
 */
export const LOGIN_PROMPT_PATTERNS: readonly RegExp[] = [
  // en
  /^(?:you must|you need to|you have to|please) (?:be )?(?:log|sign)(?:ged)? ?in(?![\p{L}\p{N}])/u,
  /^(?:log|sign) ?in (?:or (?:register|sign up) )?to (?:reply|comment|post|answer|join|vote|provide feedback|continue|see)(?![\p{L}\p{N}])/u,
  /^create an account or (?:log|sign) ?in to /u,
  /^you(?:'re| are) not (?:signed|logged) in(?![\p{L}\p{N}])/u,
  /^(?:this|the) (?:thread|topic|discussion|question) (?:is|has been) (?:closed|locked|archived)(?![\p{L}\p{N}])/u,
  /^not open for further replies\.?$/u,
  // a subscriber's way in, as a question ("Already a subscriber?", "Subscribed to The Week? Register your account …")
  /^(?:already (?:a )?(?:subscriber|member|registered)|subscribed to [^?]{1,40})\s*\?/u,
  /^comments (?:are|have been) closed\.?$/u,
  // fr / de / es / it / pt
  /^vous devez (?:être connecté|vous connecter)(?![\p{L}\p{N}])/u,
  /^(?:bereits|schon) (?:abonnent(?:\/in|in)?|registriert|kunde)\s*\?|^déjà abonnée?\s*\?|^ya eres suscriptor\s*\?|^já é assinante\s*\?|^sei già abbonato\s*\?/u,
  /^(?:sie müssen|du musst) (?:angemeldet|eingeloggt) sein(?![\p{L}\p{N}])/u,
  /^(?:debes|tienes que) (?:iniciar sesión|estar registrado)(?![\p{L}\p{N}])/u,
  /^(?:devi|è necessario) (?:effettuare l'accesso|essere registrato|accedere)(?![\p{L}\p{N}])/u,
  /^(?:você precisa|é necessário) (?:fazer login|estar logado|entrar)(?![\p{L}\p{N}])/u,
  // "comments are closed" and "you are not logged in", as whole notices
  /^(?:die )?kommentarfunktion (?:ist|wurde) (?:geschlossen|deaktiviert)[.!]?$/u,
  /^(?:kommentare|die kommentare) (?:sind|wurden) (?:geschlossen|deaktiviert)[.!]?$/u,
  /^(?:sie sind|du bist) (?:aktuell |derzeit |momentan )?nicht (?:eingeloggt|angemeldet)[.!]?$/u,
  /^les commentaires sont (?:fermés|clos|désactivés)[.!]?$/u,
  /^vous n'êtes pas connecté[.!]?$/u,
  /^(?:los )?comentarios (?:están )?(?:cerrados|desactivados)[.!]?$/u,
  /^(?:i )?commenti (?:sono )?(?:chiusi|disabilitati)[.!]?$/u,
  /^(?:os )?comentários (?:estão )?(?:encerrados|fechados|desativados)[.!]?$/u,
];
