/*
 * RouterOS console commands. `exportLine` is one logical line of an export (a menu header, a
 * command in the current menu, or a comment); `command` is a full command such as a rule's fix
 * (`/ip ipsec identity set [find] generate-policy=port-strict`); `query` is a rule selection
 * (`/ip ipsec identity where generate-policy!=port-strict`); `condition` is a rule's boolean
 * combination of named selections.
 */
parser grammar ScriptParser;

options { tokenVocab = ScriptLexer; }

exportLine
    : COMMENT EOF                       # exportComment
    | menuPath EOF                      # exportMenu
    | menuPath? verb argument* EOF      # exportCommand
    | EOF                               # exportBlank
    ;

script      : ( command? ( SEMI | COMMENT ) )* command? EOF ;
commandLine : command COMMENT? EOF ;
command     : menuPath? verb argument* whereClause? ;
query       : menuPath whereClause? EOF ;
condition   : expression EOF ;

// '/ip ipsec peer' (space form) or '/ip/ipsec/peer' (RouterOS 7 slash form), and in the slash form the
// separator before the verb: '/ppp/secret/add name=x'
menuPath    : SLASH ( pathWord ( SLASH? pathWord )* SLASH? )? ;
pathWord    : NAME | IN ;
verb        : VERB ;

whereClause : WHERE expression ;

argument
    : name operator value?              # namedArgument
    | LBRACK command RBRACK             # subcommandArgument
    | STRING                            # stringArgument
    | name                              # positionalArgument
    ;

expression
    : LPAREN expression RPAREN                  # groupExpression
    | ( BANG | NOT_KW ) expression              # notExpression
    | expression AND expression                 # andExpression
    | expression OR expression                  # orExpression
    | name operator value?                      # comparison
    | name                                      # presence
    ;

operator    : EQ | NEQ | MATCH | LT | GT | LE | GE | IN ;
value       : STRING | VALUE_BARE | LBRACK command RBRACK ;
name        : NAME | VERB | WHERE | AND | OR | NOT_KW ;
