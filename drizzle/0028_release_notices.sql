CREATE TABLE "release_notices" (
	"release_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "release_notices_release_id_user_id_pk" PRIMARY KEY("release_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "release_notices" ADD CONSTRAINT "release_notices_release_id_workflow_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."workflow_releases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_notices" ADD CONSTRAINT "release_notices_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "release_notices_user_idx" ON "release_notices" USING btree ("user_id");