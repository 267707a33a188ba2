CREATE TABLE "catalog_app_counts" (
	"rating_floor" smallint NOT NULL,
	"category_set_id" integer NOT NULL,
	"app" text NOT NULL,
	"entries" integer NOT NULL,
	CONSTRAINT "catalog_app_counts_pk" PRIMARY KEY("rating_floor","category_set_id","app")
);
--> statement-breakpoint
CREATE TABLE "catalog_compat_counts" (
	"rating_floor" smallint NOT NULL,
	"category_set_id" integer NOT NULL,
	"platform" text NOT NULL,
	"min_n8n" integer NOT NULL,
	"community_nodes" boolean NOT NULL,
	"entries" integer NOT NULL,
	CONSTRAINT "catalog_compat_counts_pk" PRIMARY KEY("rating_floor","category_set_id","platform","min_n8n","community_nodes")
);
