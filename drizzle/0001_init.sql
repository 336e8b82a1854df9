CREATE TYPE "public"."credential_rank" AS ENUM('I', 'II', 'III');--> statement-breakpoint
CREATE TYPE "public"."credential_status" AS ENUM('active', 'expired', 'suspended', 'revoked', 'surrendered');--> statement-breakpoint
CREATE TYPE "public"."disciplinary_action_type" AS ENUM('reprimand', 'suspension', 'revocation', 'probation', 'denial', 'surrender');--> statement-breakpoint
CREATE TYPE "public"."educator_name_kind" AS ENUM('current', 'former');--> statement-breakpoint
CREATE TYPE "public"."educator_source" AS ENUM('legacy_import', 'registration', 'seed', 'staff');--> statement-breakpoint
CREATE TYPE "public"."notification_kind" AS ENUM('credential_issued', 'credential_status_changed', 'credential_expiring', 'name_change_received', 'name_change_decided', 'support_answered', 'agency_message');--> statement-breakpoint
CREATE TYPE "public"."email_outbox_status" AS ENUM('pending', 'sending', 'sent', 'failed');--> statement-breakpoint
CREATE TABLE "educator_names" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"educator_id" uuid NOT NULL,
	"kind" "educator_name_kind" NOT NULL,
	"first_name" text NOT NULL,
	"middle_name" text,
	"last_name" text NOT NULL,
	"suffix" text,
	"first_name_norm" text NOT NULL,
	"last_name_norm" text NOT NULL,
	"search_fingerprint" text NOT NULL,
	"search_fingerprint_key_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "educator_names_norm_not_empty" CHECK ("educator_names"."last_name_norm" <> '' and "educator_names"."first_name_norm" <> '')
);
--> statement-breakpoint
CREATE TABLE "educators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"public_id" text NOT NULL,
	"date_of_birth" date NOT NULL,
	"ssn_ciphertext" text NOT NULL,
	"ssn_key_id" text NOT NULL,
	"ssn_fingerprint" text NOT NULL,
	"ssn_fingerprint_key_id" text NOT NULL,
	"show_former_names" boolean DEFAULT true NOT NULL,
	"source" "educator_source" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "educators_public_id_format" CHECK ("educators"."public_id" ~ '^[0-9A-HJKMNP-TV-Z]{10}$')
);
--> statement-breakpoint
CREATE TABLE "accounts" (
	"user_id" text NOT NULL,
	"type" text NOT NULL,
	"provider" text NOT NULL,
	"provider_account_id" text NOT NULL,
	"refresh_token" text,
	"access_token" text,
	"expires_at" integer,
	"token_type" text,
	"scope" text,
	"id_token" text,
	"session_state" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accounts_provider_provider_account_id_pk" PRIMARY KEY("provider","provider_account_id")
);
--> statement-breakpoint
CREATE TABLE "password_hashes" (
	"user_id" text PRIMARY KEY NOT NULL,
	"hash" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"educator_id" uuid NOT NULL,
	"username" text NOT NULL,
	"name" text,
	"email" text NOT NULL,
	"email_verified_at" timestamp with time zone,
	"image" text,
	"session_version" integer DEFAULT 1 NOT NULL,
	"failed_sign_in_count" integer DEFAULT 0 NOT NULL,
	"last_failed_sign_in_at" timestamp with time zone,
	"locked_until" timestamp with time zone,
	"unlock_required_at" timestamp with time zone,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"last_sign_in_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_format" CHECK ("users"."username" ~ '^[A-Za-z0-9._-]{3,64}$'),
	CONSTRAINT "users_email_normalised" CHECK ("users"."email" = lower(btrim("users"."email")))
);
--> statement-breakpoint
CREATE TABLE "credential_types" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"validity_years" integer
);
--> statement-breakpoint
CREATE TABLE "credentials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"educator_id" uuid NOT NULL,
	"credential_type_id" integer NOT NULL,
	"certificate_number" text NOT NULL,
	"area" text,
	"grade_range" text,
	"rank" "credential_rank",
	"status" "credential_status" NOT NULL,
	"effective_date" date NOT NULL,
	"expiration_date" date,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "credentials_dates_ordered" CHECK ("credentials"."expiration_date" is null or "credentials"."expiration_date" >= "credentials"."effective_date")
);
--> statement-breakpoint
CREATE TABLE "public_disciplinary_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"educator_id" uuid NOT NULL,
	"credential_id" uuid,
	"action_type" "disciplinary_action_type" NOT NULL,
	"action_date" date NOT NULL,
	"effective_from" date,
	"effective_until" date,
	"summary" text NOT NULL,
	"order_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "public_disciplinary_actions_period_ordered" CHECK ("public_disciplinary_actions"."effective_until" is null or "public_disciplinary_actions"."effective_from" is null or "public_disciplinary_actions"."effective_until" >= "public_disciplinary_actions"."effective_from")
);
--> statement-breakpoint
CREATE TABLE "endorsements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"credential_id" uuid NOT NULL,
	"name" text NOT NULL,
	"effective_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "test_scores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"educator_id" uuid NOT NULL,
	"test_code" text NOT NULL,
	"test_name" text NOT NULL,
	"score" integer NOT NULL,
	"passing_score" integer,
	"test_date" date NOT NULL,
	"reported_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "announcements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"starts_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ends_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"event" text NOT NULL,
	"outcome" text NOT NULL,
	"user_id" text,
	"educator_id" uuid,
	"ip" "inet",
	"user_agent" text,
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "email_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"html" text NOT NULL,
	"text" text NOT NULL,
	"template" text NOT NULL,
	"status" "email_outbox_status" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"provider_message_id" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"kind" "notification_kind" NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"link_path" text,
	"dedupe_key" text,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limit_counters" (
	"key" text PRIMARY KEY NOT NULL,
	"count" integer NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "educator_names" ADD CONSTRAINT "educator_names_educator_id_educators_id_fk" FOREIGN KEY ("educator_id") REFERENCES "public"."educators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "password_hashes" ADD CONSTRAINT "password_hashes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_educator_id_educators_id_fk" FOREIGN KEY ("educator_id") REFERENCES "public"."educators"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credentials" ADD CONSTRAINT "credentials_educator_id_educators_id_fk" FOREIGN KEY ("educator_id") REFERENCES "public"."educators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credentials" ADD CONSTRAINT "credentials_credential_type_id_credential_types_id_fk" FOREIGN KEY ("credential_type_id") REFERENCES "public"."credential_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_disciplinary_actions" ADD CONSTRAINT "public_disciplinary_actions_educator_id_educators_id_fk" FOREIGN KEY ("educator_id") REFERENCES "public"."educators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_disciplinary_actions" ADD CONSTRAINT "public_disciplinary_actions_credential_id_credentials_id_fk" FOREIGN KEY ("credential_id") REFERENCES "public"."credentials"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "endorsements" ADD CONSTRAINT "endorsements_credential_id_credentials_id_fk" FOREIGN KEY ("credential_id") REFERENCES "public"."credentials"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "test_scores" ADD CONSTRAINT "test_scores_educator_id_educators_id_fk" FOREIGN KEY ("educator_id") REFERENCES "public"."educators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_educator_id_educators_id_fk" FOREIGN KEY ("educator_id") REFERENCES "public"."educators"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "educator_names_one_current_key" ON "educator_names" USING btree ("educator_id") WHERE "educator_names"."kind" = 'current';--> statement-breakpoint
CREATE INDEX "educator_names_educator_idx" ON "educator_names" USING btree ("educator_id");--> statement-breakpoint
CREATE INDEX "educator_names_search_fingerprint_idx" ON "educator_names" USING btree ("search_fingerprint");--> statement-breakpoint
CREATE INDEX "educator_names_last_first_idx" ON "educator_names" USING btree ("last_name_norm" text_pattern_ops,"first_name_norm" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "educator_names_last_trgm_idx" ON "educator_names" USING gin ("last_name_norm" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "educators_public_id_key" ON "educators" USING btree ("public_id");--> statement-breakpoint
CREATE UNIQUE INDEX "educators_ssn_fingerprint_key" ON "educators" USING btree ("ssn_fingerprint");--> statement-breakpoint
CREATE INDEX "educators_pii_keys_idx" ON "educators" USING btree ("ssn_key_id","ssn_fingerprint_key_id");--> statement-breakpoint
CREATE INDEX "accounts_user_id_idx" ON "accounts" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_educator_id_key" ON "users" USING btree ("educator_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_lower_key" ON "users" USING btree (lower("username"));--> statement-breakpoint
CREATE INDEX "users_email_idx" ON "users" USING btree ("email");--> statement-breakpoint
CREATE UNIQUE INDEX "credential_types_code_key" ON "credential_types" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "credentials_certificate_number_key" ON "credentials" USING btree ("certificate_number");--> statement-breakpoint
CREATE INDEX "credentials_educator_idx" ON "credentials" USING btree ("educator_id");--> statement-breakpoint
CREATE INDEX "credentials_active_expiration_idx" ON "credentials" USING btree ("expiration_date") WHERE "credentials"."status" = 'active';--> statement-breakpoint
CREATE INDEX "public_disciplinary_actions_educator_idx" ON "public_disciplinary_actions" USING btree ("educator_id");--> statement-breakpoint
CREATE UNIQUE INDEX "endorsements_credential_name_key" ON "endorsements" USING btree ("credential_id","name");--> statement-breakpoint
CREATE INDEX "test_scores_educator_idx" ON "test_scores" USING btree ("educator_id");--> statement-breakpoint
CREATE INDEX "announcements_starts_at_idx" ON "announcements" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "audit_events_user_idx" ON "audit_events" USING btree ("user_id","occurred_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_events_educator_idx" ON "audit_events" USING btree ("educator_id","occurred_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_events_event_idx" ON "audit_events" USING btree ("event","occurred_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "email_outbox_due_idx" ON "email_outbox" USING btree ("next_attempt_at") WHERE "email_outbox"."status" in ('pending', 'sending');--> statement-breakpoint
CREATE INDEX "email_outbox_to_created_idx" ON "email_outbox" USING btree ("to_address","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "notifications_user_created_idx" ON "notifications" USING btree ("user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "notifications_user_unread_idx" ON "notifications" USING btree ("user_id") WHERE "notifications"."read_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_dedupe_key" ON "notifications" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "rate_limit_counters_expires_idx" ON "rate_limit_counters" USING btree ("expires_at");