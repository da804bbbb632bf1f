CREATE TYPE "public"."billing_status" AS ENUM('none', 'incomplete', 'trialing', 'active', 'past_due', 'unpaid', 'canceled');--> statement-breakpoint
CREATE TYPE "public"."plan_change_source" AS ENUM('admin', 'billing', 'grace_period', 'cancellation');--> statement-breakpoint
CREATE TYPE "public"."impersonation_mode" AS ENUM('read_only', 'read_write');--> statement-breakpoint
CREATE TABLE "billing_subscriptions" (
	"organization_id" text PRIMARY KEY NOT NULL,
	"stripe_customer_id" text NOT NULL,
	"stripe_subscription_id" text,
	"plan" "organization_plan",
	"status" "billing_status" DEFAULT 'none' NOT NULL,
	"current_period_end" timestamp with time zone,
	"cancel_at_period_end" boolean DEFAULT false NOT NULL,
	"grace_until" timestamp with time zone,
	"last_event_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "billing_subscriptions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "billing_webhook_events" (
	"id" text PRIMARY KEY NOT NULL,
	"event_id" text NOT NULL,
	"event_type" text NOT NULL,
	"organization_id" text,
	"outcome" text DEFAULT 'processed' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_changes" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"from_plan" "organization_plan" NOT NULL,
	"to_plan" "organization_plan" NOT NULL,
	"source" "plan_change_source" NOT NULL,
	"actor_user_id" text,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plan_changes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "impersonation_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"admin_user_id" text NOT NULL,
	"organization_id" text NOT NULL,
	"mode" "impersonation_mode" DEFAULT 'read_only' NOT NULL,
	"reason" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "impersonation_sessions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "billing_subscriptions" ADD CONSTRAINT "billing_subscriptions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_changes" ADD CONSTRAINT "plan_changes_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_changes" ADD CONSTRAINT "plan_changes_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impersonation_sessions" ADD CONSTRAINT "impersonation_sessions_admin_user_id_users_id_fk" FOREIGN KEY ("admin_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impersonation_sessions" ADD CONSTRAINT "impersonation_sessions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "billing_subscriptions_customer_key" ON "billing_subscriptions" USING btree ("stripe_customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "billing_subscriptions_subscription_key" ON "billing_subscriptions" USING btree ("stripe_subscription_id");--> statement-breakpoint
CREATE UNIQUE INDEX "billing_webhook_events_event_key" ON "billing_webhook_events" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "plan_changes_org_idx" ON "plan_changes" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "impersonation_sessions_admin_idx" ON "impersonation_sessions" USING btree ("admin_user_id","organization_id");--> statement-breakpoint
CREATE INDEX "impersonation_sessions_org_idx" ON "impersonation_sessions" USING btree ("organization_id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "billing_subscriptions" AS PERMISSIVE FOR ALL TO public USING ("billing_subscriptions"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on') WITH CHECK ("billing_subscriptions"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "plan_changes" AS PERMISSIVE FOR ALL TO public USING ("plan_changes"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on') WITH CHECK ("plan_changes"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "user_isolation" ON "impersonation_sessions" AS PERMISSIVE FOR ALL TO public USING ("impersonation_sessions"."admin_user_id" = nullif(current_setting('app.user_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on') WITH CHECK ("impersonation_sessions"."admin_user_id" = nullif(current_setting('app.user_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on');