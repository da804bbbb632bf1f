CREATE TYPE "public"."courier_status" AS ENUM('available', 'busy', 'offline');--> statement-breakpoint
CREATE TYPE "public"."courier_vehicle" AS ENUM('on_foot', 'bicycle', 'motorbike', 'car', 'van');--> statement-breakpoint
CREATE TYPE "public"."delivery_status" AS ENUM('pending', 'processing', 'dispatched', 'delivered', 'returned', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."delivery_actor_type" AS ENUM('staff', 'courier', 'customer', 'system');--> statement-breakpoint
CREATE TYPE "public"."delivery_event" AS ENUM('created', 'status_changed', 'assigned', 'unassigned', 'failed_attempt', 'code_sent', 'rated');--> statement-breakpoint
CREATE TYPE "public"."delivery_proof_requirement" AS ENUM('none', 'otp', 'photo', 'otp_or_photo', 'otp_and_photo');--> statement-breakpoint
ALTER TYPE "public"."order_actor_type" ADD VALUE 'courier';--> statement-breakpoint
CREATE TABLE "couriers" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"user_id" text NOT NULL,
	"phone" text,
	"vehicle_type" "courier_vehicle" DEFAULT 'motorbike' NOT NULL,
	"status" "courier_status" DEFAULT 'offline' NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"last_latitude" double precision,
	"last_longitude" double precision,
	"last_seen_at" timestamp with time zone,
	"fee_per_delivery" bigint DEFAULT 0 NOT NULL,
	"total_earnings" bigint DEFAULT 0 NOT NULL,
	"currency" char(3) NOT NULL,
	"rating_sum" integer DEFAULT 0 NOT NULL,
	"rating_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "couriers_org_id_key" UNIQUE("organization_id","id"),
	CONSTRAINT "couriers_org_user_key" UNIQUE("organization_id","user_id"),
	CONSTRAINT "couriers_fee_check" CHECK (fee_per_delivery >= 0)
);
--> statement-breakpoint
ALTER TABLE "couriers" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "deliveries" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"order_id" text NOT NULL,
	"courier_id" text,
	"tracking_number" text NOT NULL,
	"status" "delivery_status" DEFAULT 'pending' NOT NULL,
	"address" jsonb NOT NULL,
	"items" jsonb NOT NULL,
	"special_instructions" text,
	"pickup_warehouse_id" text,
	"pickup_label" text,
	"pickup_latitude" double precision,
	"pickup_longitude" double precision,
	"dropoff_latitude" double precision,
	"dropoff_longitude" double precision,
	"zone_id" text,
	"cod_amount" bigint DEFAULT 0 NOT NULL,
	"currency" char(3) NOT NULL,
	"courier_fee" bigint,
	"estimated_delivery_at" timestamp with time zone,
	"assigned_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"dispatched_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"returned_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"return_reason" text,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"last_failure_reason" text,
	"otp_hash" text,
	"otp_sent_at" timestamp with time zone,
	"otp_attempts" integer DEFAULT 0 NOT NULL,
	"otp_verified_at" timestamp with time zone,
	"proof_photo_key" text,
	"rating_stars" smallint,
	"rating_feedback" text,
	"rated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "deliveries_org_id_key" UNIQUE("organization_id","id"),
	CONSTRAINT "deliveries_rating_check" CHECK (rating_stars is null or rating_stars between 1 and 5),
	CONSTRAINT "deliveries_cod_check" CHECK (cod_amount >= 0)
);
--> statement-breakpoint
ALTER TABLE "deliveries" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "delivery_status_history" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"delivery_id" text NOT NULL,
	"event" "delivery_event" NOT NULL,
	"from_status" "delivery_status",
	"to_status" "delivery_status",
	"courier_id" text,
	"reason" text,
	"notes" text,
	"latitude" double precision,
	"longitude" double precision,
	"actor_type" "delivery_actor_type" NOT NULL,
	"changed_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "delivery_status_history" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "delivery_tracking_points" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"delivery_id" text NOT NULL,
	"courier_id" text NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"accuracy_meters" real,
	"recorded_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "delivery_tracking_points" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "courier_cash_handins" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"courier_id" text NOT NULL,
	"amount" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"note" text,
	"received_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "courier_cash_handins_amount_check" CHECK (amount > 0)
);
--> statement-breakpoint
ALTER TABLE "courier_cash_handins" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "delivery_settings" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"proof_requirement" "delivery_proof_requirement" DEFAULT 'otp' NOT NULL,
	"create_on_packed" boolean DEFAULT true NOT NULL,
	"otp_max_attempts" integer DEFAULT 5 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "delivery_settings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "warehouses" ADD COLUMN "latitude" double precision;--> statement-breakpoint
ALTER TABLE "warehouses" ADD COLUMN "longitude" double precision;--> statement-breakpoint
ALTER TABLE "delivery_zones" ADD COLUMN "latitude" double precision;--> statement-breakpoint
ALTER TABLE "delivery_zones" ADD COLUMN "longitude" double precision;--> statement-breakpoint
ALTER TABLE "couriers" ADD CONSTRAINT "couriers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "couriers" ADD CONSTRAINT "couriers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_order_fk" FOREIGN KEY ("organization_id","order_id") REFERENCES "public"."orders"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_courier_fk" FOREIGN KEY ("organization_id","courier_id") REFERENCES "public"."couriers"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_warehouse_fk" FOREIGN KEY ("organization_id","pickup_warehouse_id") REFERENCES "public"."warehouses"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_status_history" ADD CONSTRAINT "delivery_status_history_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_status_history" ADD CONSTRAINT "delivery_status_history_changed_by_id_users_id_fk" FOREIGN KEY ("changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_status_history" ADD CONSTRAINT "delivery_status_history_delivery_fk" FOREIGN KEY ("organization_id","delivery_id") REFERENCES "public"."deliveries"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_tracking_points" ADD CONSTRAINT "delivery_tracking_points_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_tracking_points" ADD CONSTRAINT "delivery_tracking_points_delivery_fk" FOREIGN KEY ("organization_id","delivery_id") REFERENCES "public"."deliveries"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_tracking_points" ADD CONSTRAINT "delivery_tracking_points_courier_fk" FOREIGN KEY ("organization_id","courier_id") REFERENCES "public"."couriers"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "courier_cash_handins" ADD CONSTRAINT "courier_cash_handins_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "courier_cash_handins" ADD CONSTRAINT "courier_cash_handins_received_by_id_users_id_fk" FOREIGN KEY ("received_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "courier_cash_handins" ADD CONSTRAINT "courier_cash_handins_courier_fk" FOREIGN KEY ("organization_id","courier_id") REFERENCES "public"."couriers"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_settings" ADD CONSTRAINT "delivery_settings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "couriers_org_status_idx" ON "couriers" USING btree ("organization_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "deliveries_tracking_number_key" ON "deliveries" USING btree ("tracking_number");--> statement-breakpoint
CREATE UNIQUE INDEX "deliveries_open_per_order_key" ON "deliveries" USING btree ("organization_id","order_id") WHERE status in ('pending', 'processing', 'dispatched');--> statement-breakpoint
CREATE INDEX "deliveries_org_status_created_idx" ON "deliveries" USING btree ("organization_id","status","created_at");--> statement-breakpoint
CREATE INDEX "deliveries_org_courier_status_idx" ON "deliveries" USING btree ("organization_id","courier_id","status");--> statement-breakpoint
CREATE INDEX "deliveries_org_order_idx" ON "deliveries" USING btree ("organization_id","order_id");--> statement-breakpoint
CREATE INDEX "delivery_status_history_org_delivery_idx" ON "delivery_status_history" USING btree ("organization_id","delivery_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "delivery_tracking_points_point_key" ON "delivery_tracking_points" USING btree ("organization_id","delivery_id","recorded_at");--> statement-breakpoint
CREATE INDEX "delivery_tracking_points_org_courier_idx" ON "delivery_tracking_points" USING btree ("organization_id","courier_id","recorded_at");--> statement-breakpoint
CREATE INDEX "courier_cash_handins_org_courier_idx" ON "courier_cash_handins" USING btree ("organization_id","courier_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "delivery_settings_org_key" ON "delivery_settings" USING btree ("organization_id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "couriers" AS PERMISSIVE FOR ALL TO public USING ("couriers"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on') WITH CHECK ("couriers"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "deliveries" AS PERMISSIVE FOR ALL TO public USING ("deliveries"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on') WITH CHECK ("deliveries"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "delivery_status_history" AS PERMISSIVE FOR ALL TO public USING ("delivery_status_history"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on') WITH CHECK ("delivery_status_history"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "delivery_tracking_points" AS PERMISSIVE FOR ALL TO public USING ("delivery_tracking_points"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on') WITH CHECK ("delivery_tracking_points"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "courier_cash_handins" AS PERMISSIVE FOR ALL TO public USING ("courier_cash_handins"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on') WITH CHECK ("courier_cash_handins"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "delivery_settings" AS PERMISSIVE FOR ALL TO public USING ("delivery_settings"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on') WITH CHECK ("delivery_settings"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on');