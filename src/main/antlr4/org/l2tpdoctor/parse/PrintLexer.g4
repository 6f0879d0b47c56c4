/*
 * RouterOS `print` output, one physical line at a time (the driver feeds lines and joins them
 * into rows). The default mode is "start of a line"; the first token decides which mode the rest
 * of the line is read in, and every token is named after the mode in which it is legal.
 */
lexer grammar PrintLexer;

// ---- DEFAULT: start of a line -------------------------------------------------------------
LINE_WS        : [ \t]+ -> skip ;
FLAGS_KW       : 'Flags:' -> mode(LEGEND) ;
COLUMNS_KW     : 'Columns:' -> mode(COLUMN_LIST) ;
HEADER_HASH    : '#' -> mode(HEADER) ;
PAGER_PROMPT   : '-- [' ~[\]]* ']' .* ;
LINE_COMMENT   : ';;;' -> mode(COMMENT) ;
// a wrapped legend: "X - disabled, D - dynamic, I - invalid, A - active; * - default"
LINE_LEGEND_ENTRY : FLAG_CHAR [ \t]+ '-' [ \t]+ FLAG_NAME -> mode(LEGEND) ;
ITEM_NUMBER    : [0-9]+ -> mode(ITEM) ;
SETTING_KEY    : NAME ':' -> mode(SETTING) ;
LINE_KEY       : NAME '=' -> mode(ITEM), pushMode(VALUE) ;
LINE_QUOTED    : QUOTED -> mode(ITEM) ;
LINE_WORD      : WORD_START WORD_CHAR* -> mode(ITEM) ;

fragment NAME       : [a-zA-Z.] [a-zA-Z0-9._-]* ;
fragment FLAG_CHAR  : [A-Za-z*+] ;
fragment FLAG_NAME  : [A-Za-z] [A-Za-z0-9_-]* ;
fragment QUOTED     : '"' ( ~["\\] | '\\' . )* '"' ;
fragment WORD_START : ~[ \t"=;] ;
fragment WORD_CHAR  : ~[ \t=] ;

// ---- LEGEND: "X - disabled, D - dynamic; * - default" ------------------------------------
mode LEGEND;
LEGEND_WS      : [ \t]+ -> skip ;
LEGEND_ENTRY   : FLAG_CHAR [ \t]* '-' [ \t]* FLAG_NAME ;
LEGEND_SEP     : [,;] ;

// ---- COLUMN_LIST: "Columns: ID, STATE, UPTIME" (v7) --------------------------------------
mode COLUMN_LIST;
COLUMN_LIST_WS : [ \t]+ -> skip ;
COLUMN_NAME    : ~[ \t,]+ ;
COLUMN_SEP     : ',' ;

// ---- HEADER: "#   NAME   SERVICE   CALLER-ID" (positions matter: tokens keep their column) --
mode HEADER;
HEADER_WS      : [ \t]+ -> skip ;
HEADER_NAME    : ~[ \t]+ ;

// ---- COMMENT: the text of a ";;; comment" ------------------------------------------------
mode COMMENT;
COMMENT_TEXT   : ~[\r\n]+ ;

// ---- SETTING: the value of "key: value" (settings menus such as l2tp-server server) -------
mode SETTING;
SETTING_WS     : [ \t]+ -> skip ;
SETTING_VALUE  : ~[ \t\r\n] ~[\r\n]* ;

// ---- ITEM: the rest of an item line or a continuation line --------------------------------
mode ITEM;
ITEM_WS        : [ \t]+ -> skip ;
ITEM_COMMENT   : ';;;' -> mode(COMMENT) ;
ITEM_KEY       : NAME '=' -> pushMode(VALUE) ;
ITEM_QUOTED    : QUOTED ;
ITEM_WORD      : WORD_START WORD_CHAR* ;
// a quote left open at the end of a line: the value continues on the next line
ITEM_OPEN_QUOTE : '"' ( ~["\\] | '\\' . )* EOF ;

// ---- VALUE: right after "key=" ------------------------------------------------------------
mode VALUE;
VALUE_QUOTED   : QUOTED -> popMode ;
VALUE_OPEN_QUOTE : '"' ( ~["\\] | '\\' . )* EOF -> popMode ;
VALUE_BARE     : ~[ \t"] ~[ \t]* -> popMode ;
VALUE_EMPTY    : [ \t]+ -> skip, popMode ;
