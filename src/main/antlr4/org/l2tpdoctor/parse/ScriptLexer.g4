/*
 * RouterOS console script: `/export` output (after the driver has joined `\` continuation lines),
 * the fix and verify commands that rules ship, and `print where` queries that rules are written in.
 * After an operator (`=`, `!=`, `~`, `<`...) the lexer reads one value in VALUE mode, so that
 * `dst-address=!192.168.0.0/16` or `ranges=10.0.0.2-10.0.0.9` stay one token.
 */
lexer grammar ScriptLexer;

// ---- DEFAULT -------------------------------------------------------------------------------
WS          : [ \t]+ -> skip ;
COMMENT     : '#' ~[\r\n]* ;
LBRACK      : '[' ;
RBRACK      : ']' ;
LPAREN      : '(' ;
RPAREN      : ')' ;
SEMI        : ';' ;
SLASH       : '/' ;
AND         : 'and' | '&&' ;
OR          : 'or' | '||' ;
NOT_KW      : 'not' ;
WHERE       : 'where' ;
IN          : 'in' -> pushMode(VALUE) ;
NEQ         : '!=' -> pushMode(VALUE) ;
LE          : '<=' -> pushMode(VALUE) ;
GE          : '>=' -> pushMode(VALUE) ;
LT          : '<' -> pushMode(VALUE) ;
GT          : '>' -> pushMode(VALUE) ;
EQ          : '=' -> pushMode(VALUE) ;
MATCH       : '~' -> pushMode(VALUE) ;
BANG        : '!' ;
// verbs: the words that end a menu path
VERB
    : 'add' | 'set' | 'remove' | 'print' | 'export' | 'flush' | 'move' | 'enable' | 'disable'
    | 'find' | 'get' | 'edit' | 'unset' | 'reset' | 'reset-counters' | 'reset-counters-all'
    | 'kill-connections' | 'monitor' | 'follow' | 'import' | 'reboot' | 'shutdown'
    ;
STRING      : '"' ( ~["\\] | '\\' . )* '"' ;
// no '/' inside a name: RouterOS 7 writes menus as '/ip/ipsec/peer' and commands as '/ppp/secret/add',
// so each path word and the verb after it must be tokens of their own (values keep '/': VALUE mode)
NAME        : [a-zA-Z0-9_.*$:@+-] [a-zA-Z0-9_.*$:@+,-]* ;

// ---- VALUE: one value after an operator ----------------------------------------------------
mode VALUE;
VALUE_STRING : '"' ( ~["\\] | '\\' . )* '"' -> type(STRING), popMode ;
VALUE_LBRACK : '[' -> type(LBRACK), popMode ;
VALUE_BARE   : ~[ \t\r\n[\]()"] ~[ \t\r\n[\]()]* -> popMode ;
VALUE_NONE   : [ \t]+ -> skip, popMode ;
