DROP INDEX "educator_names_last_first_idx";--> statement-breakpoint
DROP INDEX "credentials_educator_idx";--> statement-breakpoint
CREATE INDEX "educator_names_search_idx" ON "educator_names" USING btree ("last_name_norm" text_pattern_ops,"first_name_norm" text_pattern_ops,"educator_id","kind");--> statement-breakpoint
CREATE INDEX "credentials_educator_status_idx" ON "credentials" USING btree ("educator_id","status");