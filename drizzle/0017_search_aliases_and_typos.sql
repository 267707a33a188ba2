CREATE TABLE "search_aliases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"alias" text NOT NULL,
	"target" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "search_aliases_alias_unique" UNIQUE("alias")
);
--> statement-breakpoint
CREATE TABLE "search_term_variants" (
	"variant" text NOT NULL,
	"term" text NOT NULL,
	CONSTRAINT "search_term_variants_variant_term_pk" PRIMARY KEY("variant","term")
);
