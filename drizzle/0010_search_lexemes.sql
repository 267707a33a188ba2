-- COLLATE "C" (added by hand; drizzle-kit does not model collations): the primary key then serves prefix ranges.
CREATE TABLE "search_lexemes" (
	"lexeme" text COLLATE "C" PRIMARY KEY NOT NULL
);
