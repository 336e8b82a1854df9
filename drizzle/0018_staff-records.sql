CREATE TYPE "public"."record_correction_field" AS ENUM('date_of_birth', 'ssn');--> statement-breakpoint
CREATE TABLE "record_corrections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"educator_id" uuid NOT NULL,
	"staff_id" uuid,
	"field" "record_correction_field" NOT NULL,
	"old_value" text NOT NULL,
	"old_key_id" text,
	"new_value" text NOT NULL,
	"new_key_id" text,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "disabled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "record_corrections" ADD CONSTRAINT "record_corrections_educator_id_educators_id_fk" FOREIGN KEY ("educator_id") REFERENCES "public"."educators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_corrections" ADD CONSTRAINT "record_corrections_staff_id_staff_members_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "record_corrections_educator_idx" ON "record_corrections" USING btree ("educator_id","created_at" DESC NULLS LAST);