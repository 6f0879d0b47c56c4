/*
 * One log record. The stamp forms are told apart by the lexer; which of the following words is
 * a host, a syslog tag, the topic list or the message is decided by LogExtractor, which knows
 * RouterOS's topic names.
 */
parser grammar LogParser;

options { tokenVocab = LogLexer; }

record
    : detailRecord EOF
    | plainRecord EOF
    | EOF
    ;

detailRecord : DETAIL_TIME DETAIL_TOPICS DETAIL_MESSAGE ;

plainRecord  : SYSLOG_PRI? ROW_NUMBER? stamp* words ;
stamp        : ISO_STAMP | MONTH_STAMP | BSD_STAMP | CLOCK_STAMP ;
words        : ( STAMP_WORD REST_WORD* )? ;
