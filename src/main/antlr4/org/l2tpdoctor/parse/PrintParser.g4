/*
 * One physical line of RouterOS `print` output. Which kind of line it is decides how the
 * extraction step (PrintExtractor) attaches it to the table being built.
 */
parser grammar PrintParser;

options { tokenVocab = PrintLexer; }

line
    : flagsLegend EOF
    | legendContinuation EOF
    | columnsHeader EOF
    | tableHeader EOF
    | commentLine EOF
    | itemLine EOF
    | continuationLine EOF
    | settingLine EOF
    | pagerPrompt_null EOF
    | EOF
    ;

flagsLegend        : FLAGS_KW legendEntry* ;
legendContinuation : LINE_LEGEND_ENTRY legendEntry* ;
legendEntry        : LEGEND_ENTRY | LEGEND_SEP ;

columnsHeader      : COLUMNS_KW (COLUMN_NAME | COLUMN_SEP)* ;
tableHeader        : HEADER_HASH HEADER_NAME* ;
commentLine        : LINE_COMMENT COMMENT_TEXT? ;

itemLine           : ITEM_NUMBER field* itemComment? ;
itemComment        : ITEM_COMMENT COMMENT_TEXT? ;

continuationLine   : firstField field* itemComment? ;
firstField
    : LINE_KEY value?          # firstProperty
    | LINE_WORD                # firstWord
    | LINE_QUOTED              # firstQuoted
    ;
field
    : ITEM_KEY value?          # property
    | ITEM_WORD                # word
    | ITEM_QUOTED              # quoted
    | ITEM_OPEN_QUOTE          # openQuote
    ;
value              : VALUE_QUOTED | VALUE_BARE | VALUE_OPEN_QUOTE ;

settingLine        : SETTING_KEY SETTING_VALUE? ;

// the pager's "-- [Q quit|D dump|down]" prompt carries no data
pagerPrompt_null   : PAGER_PROMPT ;
