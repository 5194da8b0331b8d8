/**
 * What a page prints to a browser without scripts or of the wrong age ("JavaScript is disabled. For a better
 * experience, please enable JavaScript", "You are using an out of date browser"): a `<noscript>` or upgrade
 * notice that a text dump keeps and no reader came for. One line, case-insensitive; compiled for unchrome
 * (en fr de es it pt nl zh ja).
 */
export const BROWSER_NOTICE =
  /(?<![\p{L}\p{N}_])(?:(?:please |you (?:must|need to|have to) |to )?(?:enable|turn on|activate|allow) javascript|javascript (?:is |seems to be |appears to be |must be )?(?:disabled|required|turned off|not enabled|needs to be enabled)|(?:your |this )?browser (?:does not|doesn't|doesn’t|did not) (?:seem to )?support (?:javascript|the video tag|the audio element|iframes|html5 video)|(?:an? )?(?:out[- ]of[- ]date|outdated|unsupported|older) (?:web )?browser|(?:update|upgrade) your (?:web )?browser|activer (?:le )?javascript|javascript est désactivé|navigateur (?:obsolète|n'est pas à jour|n’est pas à jour)|javascript aktivieren|(?:bitte )?(?:aktiviere|aktivieren sie) (?:bitte )?javascript|javascript ist deaktiviert|veraltete[nr]? browser|(?:habilitar|activar) (?:el )?javascript|javascript está (?:deshabilitado|desactivado)|navegador (?:desactualizado|obsoleto)|abilita(?:re)? (?:il )?javascript|javascript è disabilitato|ativar o javascript|javascript está desativado|javascript inschakelen|javascript is uitgeschakeld)(?![\p{L}\p{N}_])|(?:启用|开启|启动)\s*javascript|浏览器(?:版本过低|不支持)|javascriptを有効|ブラウザ(?:は|が)サポートされていません/iu;
