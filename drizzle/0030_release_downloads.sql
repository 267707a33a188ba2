CREATE TABLE "release_downloads" (
	"purchase_id" uuid NOT NULL,
	"release_id" uuid NOT NULL,
	"first_downloaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_downloaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"downloads" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "release_downloads_purchase_id_release_id_pk" PRIMARY KEY("purchase_id","release_id")
);
--> statement-breakpoint
ALTER TABLE "release_downloads" ADD CONSTRAINT "release_downloads_purchase_id_purchases_id_fk" FOREIGN KEY ("purchase_id") REFERENCES "public"."purchases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_downloads" ADD CONSTRAINT "release_downloads_release_id_workflow_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."workflow_releases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "release_downloads_release_idx" ON "release_downloads" USING btree ("release_id");