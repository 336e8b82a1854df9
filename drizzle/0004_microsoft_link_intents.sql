CREATE TABLE "microsoft_link_intents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"browser_binding_hash" text NOT NULL,
	"user_id" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"consumed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "microsoft_link_intents" ADD CONSTRAINT "microsoft_link_intents_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "microsoft_link_intents_token_key" ON "microsoft_link_intents" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "microsoft_link_intents_user_idx" ON "microsoft_link_intents" USING btree ("user_id");