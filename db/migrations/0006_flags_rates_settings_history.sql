CREATE TABLE "feature_flags" (
	"key" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"category" text DEFAULT 'general' NOT NULL,
	"is_beta" boolean DEFAULT false NOT NULL,
	"is_premium" boolean DEFAULT false NOT NULL,
	"depends_on" text[] DEFAULT '{}' NOT NULL,
	"plans" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_rates" (
	"id" text PRIMARY KEY NOT NULL,
	"base" char(3) NOT NULL,
	"quote" char(3) NOT NULL,
	"rate" numeric(24, 10) NOT NULL,
	"effective_on" date NOT NULL,
	"source" text DEFAULT 'manual' NOT NULL,
	"created_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exchange_rates_rate_check" CHECK (rate > 0),
	CONSTRAINT "exchange_rates_pair_check" CHECK (base <> quote)
);
--> statement-breakpoint
CREATE TABLE "platform_setting_history" (
	"id" text PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"old_value" jsonb,
	"new_value" jsonb,
	"changed_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "exchange_rates" ADD CONSTRAINT "exchange_rates_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_setting_history" ADD CONSTRAINT "platform_setting_history_changed_by_id_users_id_fk" FOREIGN KEY ("changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_rates_pair_day_key" ON "exchange_rates" USING btree ("base","quote","effective_on");--> statement-breakpoint
CREATE INDEX "exchange_rates_day_idx" ON "exchange_rates" USING btree ("effective_on");--> statement-breakpoint
CREATE INDEX "platform_setting_history_key_idx" ON "platform_setting_history" USING btree ("key","created_at");