/*
 * One RouterOS log record: memory log (`/log print`), `/log print detail`, console `echo:` lines,
 * Winbox/WebFig log-window copies (a row number, `Dec/06/2026` dates, tabs between columns) and
 * remote syslog as stored by a receiver (rsyslog, syslog-ng, Kiwi). The default mode reads the stamp(s); the rest of
 * the line is read as words whose text the extractor takes verbatim from the input.
 */
lexer grammar LogLexer;

// ---- DEFAULT: start of the record ---------------------------------------------------------
STAMP_WS        : [ \t]+ -> skip ;
SYSLOG_PRI      : '<' DIGIT DIGIT? DIGIT? '>' ( '1' ' ' )? ;
// the row number a log-window copy starts with: "37  2025-01-16 00:54:14 memory  system, info ..."
// (a number that goes on, such as an address or a clock, is a longer token and wins)
ROW_NUMBER      : ( '#' [ \t]* )? DIGIT+ ;
// 2026-09-18 09:51:56, 2023-03-18T20:35:05.734011+01:00, a Kiwi file's 2026-12-06<TAB>21:45:57
ISO_STAMP       : DIGIT4 '-' DIGIT2 '-' DIGIT2 ( 'T' | ' ' | '\t' ) CLOCK FRACTION? ZONE? ;
// jul/19 14:27:01 (v6 and early v7), jan/02/1970 00:41:37 (disk logs), Dec/06/2026 21:45:57 (Winbox)
MONTH_STAMP     : ( MONTH | MONTH_CAP ) '/' DIGIT2 ( '/' DIGIT4 )? [ \t] CLOCK ;
// Nov  8 17:06:34 (BSD syslog header)
BSD_STAMP       : MONTH_CAP ' '+ DIGIT DIGIT? ' ' CLOCK ;
// 17:12:32 (today's entries in the memory log)
CLOCK_STAMP     : CLOCK ;
// /log print detail: time=jul/19 14:27:01 topics=script,info message="..."
DETAIL_TIME     : 'time=' ( ( DIGIT4 '-' DIGIT2 '-' DIGIT2 ' ' CLOCK ) | ( MONTH '/' DIGIT2 ( '/' DIGIT4 )? ' ' CLOCK ) | CLOCK ) -> mode(DETAIL) ;
// anything else starts the message (a Winbox copy without stamp, or a syslog line we only half know)
// not "<13>": that is a syslog priority, and the longest-match rule must not swallow it with the stamp
STAMP_WORD
    : ( ~[ \t<] ~[ \t]* | '<' ( ~[ \t0-9] ~[ \t]* )? | '<' DIGIT+ ( ~[> \t0-9] ~[ \t]* )? ) -> mode(REST)
    ;

fragment DIGIT     : [0-9] ;
fragment DIGIT2    : DIGIT DIGIT ;
fragment DIGIT4    : DIGIT DIGIT DIGIT DIGIT ;
fragment CLOCK     : DIGIT DIGIT? ':' DIGIT2 ':' DIGIT2 ;
fragment FRACTION  : '.' DIGIT+ ;
fragment ZONE      : 'Z' | [+-] DIGIT2 ':'? DIGIT2 ;
fragment MONTH     : 'jan' | 'feb' | 'mar' | 'apr' | 'may' | 'jun' | 'jul' | 'aug' | 'sep' | 'oct' | 'nov' | 'dec' ;
fragment MONTH_CAP : 'Jan' | 'Feb' | 'Mar' | 'Apr' | 'May' | 'Jun' | 'Jul' | 'Aug' | 'Sep' | 'Oct' | 'Nov' | 'Dec' ;

// ---- DETAIL: the key=value form of /log print detail --------------------------------------
mode DETAIL;
DETAIL_WS       : [ \t]+ -> skip ;
DETAIL_TOPICS   : 'topics=' ~[ \t]+ ;
DETAIL_MESSAGE  : 'message=' ( '"' ( ~["\\] | '\\' . )* '"' | ~[ \t]+ ) ;

// ---- REST: host, topics, message -------------------------------------------------------------
mode REST;
REST_WS         : [ \t]+ -> skip ;
REST_WORD       : ~[ \t]+ ;
