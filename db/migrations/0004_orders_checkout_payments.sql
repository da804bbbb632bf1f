CREATE TYPE "public"."coupon_type" AS ENUM('percentage', 'fixed_amount', 'free_shipping');--> statement-breakpoint
CREATE TYPE "public"."fulfilment_method" AS ENUM('delivery', 'pickup');--> statement-breakpoint
CREATE TYPE "public"."order_payment_status" AS ENUM('unpaid', 'pending', 'paid', 'partially_refunded', 'refunded', 'failed', 'voided');--> statement-breakpoint
CREATE TYPE "public"."order_status" AS ENUM('pending', 'confirmed', 'processing', 'packed', 'out_for_delivery', 'delivered', 'cancelled', 'refunded');--> statement-breakpoint
CREATE TYPE "public"."payment_method" AS ENUM('card', 'cod', 'bank_transfer');--> statement-breakpoint
CREATE TYPE "public"."order_actor_type" AS ENUM('customer', 'staff', 'system');--> statement-breakpoint
CREATE TYPE "public"."reservation_status" AS ENUM('active', 'released', 'fulfilled');--> statement-breakpoint
CREATE TYPE "public"."payment_status" AS ENUM('pending', 'processing', 'completed', 'failed', 'cancelled', 'partially_refunded', 'refunded');--> statement-breakpoint
CREATE TYPE "public"."refund_status" AS ENUM('pending', 'succeeded', 'failed');--> statement-breakpoint
CREATE TABLE "delivery_zones" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"city" text NOT NULL,
	"districts" text[] DEFAULT '{}'::text[] NOT NULL,
	"postal_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "delivery_zones_org_id_key" UNIQUE("organization_id","id")
);
--> statement-breakpoint
ALTER TABLE "delivery_zones" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "delivery_tariffs" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"zone_id" text NOT NULL,
	"name" text NOT NULL,
	"base_cost" bigint NOT NULL,
	"cost_per_kg" bigint DEFAULT 0 NOT NULL,
	"min_order_amount" bigint DEFAULT 0 NOT NULL,
	"free_delivery_threshold" bigint,
	"estimated_hours" integer,
	"currency" char(3) NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "delivery_tariffs_org_id_key" UNIQUE("organization_id","id")
);
--> statement-breakpoint
ALTER TABLE "delivery_tariffs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "coupons" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"type" "coupon_type" NOT NULL,
	"value" bigint DEFAULT 0 NOT NULL,
	"currency" char(3) NOT NULL,
	"min_order_amount" bigint DEFAULT 0 NOT NULL,
	"max_discount_amount" bigint,
	"usage_limit" integer,
	"used_count" integer DEFAULT 0 NOT NULL,
	"per_customer_limit" integer,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "coupons_org_id_key" UNIQUE("organization_id","id"),
	CONSTRAINT "coupons_usage_limit_check" CHECK (usage_limit is null or used_count <= usage_limit),
	CONSTRAINT "coupons_used_count_check" CHECK (used_count >= 0)
);
--> statement-breakpoint
ALTER TABLE "coupons" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "coupon_redemptions" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"coupon_id" text NOT NULL,
	"order_id" text NOT NULL,
	"customer_id" text,
	"email" text NOT NULL,
	"discount_amount" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"voided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "coupon_redemptions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "orders" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"number" text NOT NULL,
	"customer_id" text,
	"email" text NOT NULL,
	"phone" text,
	"customer_name" text NOT NULL,
	"status" "order_status" DEFAULT 'pending' NOT NULL,
	"payment_status" "order_payment_status" DEFAULT 'unpaid' NOT NULL,
	"payment_method" "payment_method" NOT NULL,
	"fulfilment_method" "fulfilment_method" DEFAULT 'delivery' NOT NULL,
	"currency" char(3) NOT NULL,
	"subtotal" bigint NOT NULL,
	"discount_total" bigint DEFAULT 0 NOT NULL,
	"tax_total" bigint DEFAULT 0 NOT NULL,
	"shipping_total" bigint DEFAULT 0 NOT NULL,
	"total" bigint NOT NULL,
	"refunded_total" bigint DEFAULT 0 NOT NULL,
	"prices_include_tax" boolean NOT NULL,
	"price_snapshot" jsonb NOT NULL,
	"shipping_address" jsonb,
	"billing_address" jsonb,
	"delivery_zone_id" text,
	"delivery_tariff_id" text,
	"estimated_delivery_hours" integer,
	"coupon_id" text,
	"coupon_code" text,
	"customer_note" text,
	"access_token_hash" text NOT NULL,
	"payment_due_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"cancellation_reason" text,
	"cancelled_by_id" text,
	"placed_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "orders_org_id_key" UNIQUE("organization_id","id")
);
--> statement-breakpoint
ALTER TABLE "orders" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "order_items" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"order_id" text NOT NULL,
	"product_id" text NOT NULL,
	"variant_id" text NOT NULL,
	"product_name" text NOT NULL,
	"variant_name" text,
	"sku" text,
	"option_values" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"image_key" text,
	"quantity" integer NOT NULL,
	"unit_price" bigint NOT NULL,
	"subtotal" bigint NOT NULL,
	"discount_amount" bigint DEFAULT 0 NOT NULL,
	"tax_rate_bps" integer DEFAULT 0 NOT NULL,
	"tax_amount" bigint DEFAULT 0 NOT NULL,
	"total" bigint NOT NULL,
	"weight_grams" integer,
	"requires_shipping" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "order_items_org_id_key" UNIQUE("organization_id","id")
);
--> statement-breakpoint
ALTER TABLE "order_items" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "order_status_history" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"order_id" text NOT NULL,
	"from_status" "order_status",
	"to_status" "order_status" NOT NULL,
	"reason" text,
	"notes" text,
	"actor_type" "order_actor_type" NOT NULL,
	"changed_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "order_status_history" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "order_notes" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"order_id" text NOT NULL,
	"body" text NOT NULL,
	"author_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "order_notes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "carts" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"customer_id" text,
	"token_hash" text,
	"currency" char(3) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone,
	CONSTRAINT "carts_org_id_key" UNIQUE("organization_id","id")
);
--> statement-breakpoint
ALTER TABLE "carts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "cart_items" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"cart_id" text NOT NULL,
	"product_id" text NOT NULL,
	"variant_id" text NOT NULL,
	"quantity" integer NOT NULL,
	"unit_price_at_add" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cart_items_quantity_check" CHECK (quantity > 0)
);
--> statement-breakpoint
ALTER TABLE "cart_items" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "stock_reservations" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"order_id" text NOT NULL,
	"order_item_id" text NOT NULL,
	"product_id" text NOT NULL,
	"variant_id" text NOT NULL,
	"warehouse_id" text NOT NULL,
	"quantity" integer NOT NULL,
	"status" "reservation_status" DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stock_reservations_quantity_check" CHECK (quantity > 0)
);
--> statement-breakpoint
ALTER TABLE "stock_reservations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "payments" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"order_id" text NOT NULL,
	"customer_id" text,
	"amount" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"method" "payment_method" NOT NULL,
	"provider" text,
	"status" "payment_status" DEFAULT 'pending' NOT NULL,
	"gateway_transaction_id" text,
	"gateway_session_id" text,
	"gateway_response" jsonb,
	"refunded_amount" bigint DEFAULT 0 NOT NULL,
	"refund_reason" text,
	"processed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payments_org_id_key" UNIQUE("organization_id","id")
);
--> statement-breakpoint
ALTER TABLE "payments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "refunds" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"payment_id" text NOT NULL,
	"order_id" text NOT NULL,
	"amount" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"reason" text,
	"status" "refund_status" DEFAULT 'pending' NOT NULL,
	"gateway_refund_id" text,
	"created_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"processed_at" timestamp with time zone,
	CONSTRAINT "refunds_amount_check" CHECK (amount > 0)
);
--> statement-breakpoint
ALTER TABLE "refunds" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "payment_gateways" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"provider" text DEFAULT 'stripe' NOT NULL,
	"publishable_key" text,
	"secret_key_encrypted" text NOT NULL,
	"webhook_secret_encrypted" text NOT NULL,
	"secret_key_hint" text NOT NULL,
	"mode" text NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "payment_gateways" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "checkout_settings" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"card_enabled" boolean DEFAULT false NOT NULL,
	"cod_enabled" boolean DEFAULT true NOT NULL,
	"bank_transfer_enabled" boolean DEFAULT false NOT NULL,
	"bank_transfer_instructions" text,
	"pickup_enabled" boolean DEFAULT false NOT NULL,
	"pickup_instructions" text,
	"prices_include_tax" boolean DEFAULT true NOT NULL,
	"card_payment_timeout_minutes" integer DEFAULT 30 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "checkout_settings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "processed_webhook_events" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"provider" text NOT NULL,
	"event_id" text NOT NULL,
	"event_type" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "processed_webhook_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_org_id_key" UNIQUE("organization_id","id");--> statement-breakpoint
ALTER TABLE "delivery_zones" ADD CONSTRAINT "delivery_zones_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_tariffs" ADD CONSTRAINT "delivery_tariffs_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_tariffs" ADD CONSTRAINT "delivery_tariffs_zone_fk" FOREIGN KEY ("organization_id","zone_id") REFERENCES "public"."delivery_zones"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coupons" ADD CONSTRAINT "coupons_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coupons" ADD CONSTRAINT "coupons_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coupon_redemptions" ADD CONSTRAINT "coupon_redemptions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coupon_redemptions" ADD CONSTRAINT "coupon_redemptions_coupon_fk" FOREIGN KEY ("organization_id","coupon_id") REFERENCES "public"."coupons"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coupon_redemptions" ADD CONSTRAINT "coupon_redemptions_order_fk" FOREIGN KEY ("organization_id","order_id") REFERENCES "public"."orders"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_cancelled_by_id_users_id_fk" FOREIGN KEY ("cancelled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_placed_by_user_id_users_id_fk" FOREIGN KEY ("placed_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_customer_fk" FOREIGN KEY ("organization_id","customer_id") REFERENCES "public"."customers"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_items" ADD CONSTRAINT "order_items_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_items" ADD CONSTRAINT "order_items_order_fk" FOREIGN KEY ("organization_id","order_id") REFERENCES "public"."orders"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_items" ADD CONSTRAINT "order_items_product_fk" FOREIGN KEY ("organization_id","product_id") REFERENCES "public"."products"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_items" ADD CONSTRAINT "order_items_variant_fk" FOREIGN KEY ("organization_id","product_id","variant_id") REFERENCES "public"."product_variants"("organization_id","product_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_status_history" ADD CONSTRAINT "order_status_history_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_status_history" ADD CONSTRAINT "order_status_history_changed_by_id_users_id_fk" FOREIGN KEY ("changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_status_history" ADD CONSTRAINT "order_status_history_order_fk" FOREIGN KEY ("organization_id","order_id") REFERENCES "public"."orders"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_notes" ADD CONSTRAINT "order_notes_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_notes" ADD CONSTRAINT "order_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_notes" ADD CONSTRAINT "order_notes_order_fk" FOREIGN KEY ("organization_id","order_id") REFERENCES "public"."orders"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carts" ADD CONSTRAINT "carts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carts" ADD CONSTRAINT "carts_customer_fk" FOREIGN KEY ("organization_id","customer_id") REFERENCES "public"."customers"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cart_items" ADD CONSTRAINT "cart_items_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cart_items" ADD CONSTRAINT "cart_items_cart_fk" FOREIGN KEY ("organization_id","cart_id") REFERENCES "public"."carts"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cart_items" ADD CONSTRAINT "cart_items_variant_fk" FOREIGN KEY ("organization_id","product_id","variant_id") REFERENCES "public"."product_variants"("organization_id","product_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_reservations" ADD CONSTRAINT "stock_reservations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_reservations" ADD CONSTRAINT "stock_reservations_order_fk" FOREIGN KEY ("organization_id","order_id") REFERENCES "public"."orders"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_reservations" ADD CONSTRAINT "stock_reservations_item_fk" FOREIGN KEY ("organization_id","order_item_id") REFERENCES "public"."order_items"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_reservations" ADD CONSTRAINT "stock_reservations_variant_fk" FOREIGN KEY ("organization_id","product_id","variant_id") REFERENCES "public"."product_variants"("organization_id","product_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_reservations" ADD CONSTRAINT "stock_reservations_warehouse_fk" FOREIGN KEY ("organization_id","warehouse_id") REFERENCES "public"."warehouses"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_order_fk" FOREIGN KEY ("organization_id","order_id") REFERENCES "public"."orders"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_payment_fk" FOREIGN KEY ("organization_id","payment_id") REFERENCES "public"."payments"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_order_fk" FOREIGN KEY ("organization_id","order_id") REFERENCES "public"."orders"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_gateways" ADD CONSTRAINT "payment_gateways_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkout_settings" ADD CONSTRAINT "checkout_settings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processed_webhook_events" ADD CONSTRAINT "processed_webhook_events_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "delivery_zones_org_city_idx" ON "delivery_zones" USING btree ("organization_id",lower("city"));--> statement-breakpoint
CREATE INDEX "delivery_tariffs_org_zone_idx" ON "delivery_tariffs" USING btree ("organization_id","zone_id","sort_order");--> statement-breakpoint
CREATE UNIQUE INDEX "coupons_org_code_key" ON "coupons" USING btree ("organization_id","code") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "coupons_org_created_idx" ON "coupons" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "coupon_redemptions_org_order_key" ON "coupon_redemptions" USING btree ("organization_id","order_id");--> statement-breakpoint
CREATE INDEX "coupon_redemptions_org_coupon_email_idx" ON "coupon_redemptions" USING btree ("organization_id","coupon_id","email");--> statement-breakpoint
CREATE INDEX "coupon_redemptions_org_coupon_customer_idx" ON "coupon_redemptions" USING btree ("organization_id","coupon_id","customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "orders_org_number_key" ON "orders" USING btree ("organization_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "orders_org_access_token_key" ON "orders" USING btree ("organization_id","access_token_hash");--> statement-breakpoint
CREATE INDEX "orders_org_created_idx" ON "orders" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "orders_org_status_created_idx" ON "orders" USING btree ("organization_id","status","created_at");--> statement-breakpoint
CREATE INDEX "orders_org_payment_status_idx" ON "orders" USING btree ("organization_id","payment_status","created_at");--> statement-breakpoint
CREATE INDEX "orders_org_customer_idx" ON "orders" USING btree ("organization_id","customer_id","created_at");--> statement-breakpoint
CREATE INDEX "orders_org_email_idx" ON "orders" USING btree ("organization_id",lower("email"));--> statement-breakpoint
CREATE INDEX "orders_payment_due_idx" ON "orders" USING btree ("payment_due_at") WHERE status = 'pending' and payment_due_at is not null;--> statement-breakpoint
CREATE INDEX "order_items_org_order_idx" ON "order_items" USING btree ("organization_id","order_id");--> statement-breakpoint
CREATE INDEX "order_items_org_product_idx" ON "order_items" USING btree ("organization_id","product_id");--> statement-breakpoint
CREATE INDEX "order_status_history_org_order_idx" ON "order_status_history" USING btree ("organization_id","order_id","created_at");--> statement-breakpoint
CREATE INDEX "order_notes_org_order_idx" ON "order_notes" USING btree ("organization_id","order_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "carts_org_token_key" ON "carts" USING btree ("organization_id","token_hash") WHERE token_hash is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "carts_org_customer_key" ON "carts" USING btree ("organization_id","customer_id") WHERE customer_id is not null;--> statement-breakpoint
CREATE INDEX "carts_expires_idx" ON "carts" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "cart_items_cart_variant_key" ON "cart_items" USING btree ("organization_id","cart_id","variant_id");--> statement-breakpoint
CREATE INDEX "stock_reservations_org_order_idx" ON "stock_reservations" USING btree ("organization_id","order_id");--> statement-breakpoint
CREATE INDEX "stock_reservations_org_variant_active_idx" ON "stock_reservations" USING btree ("organization_id","variant_id") WHERE status = 'active';--> statement-breakpoint
CREATE INDEX "payments_org_order_idx" ON "payments" USING btree ("organization_id","order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payments_org_gateway_txn_key" ON "payments" USING btree ("organization_id","gateway_transaction_id") WHERE gateway_transaction_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "payments_org_gateway_session_key" ON "payments" USING btree ("organization_id","gateway_session_id") WHERE gateway_session_id is not null;--> statement-breakpoint
CREATE INDEX "refunds_org_order_idx" ON "refunds" USING btree ("organization_id","order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "refunds_org_gateway_key" ON "refunds" USING btree ("organization_id","gateway_refund_id") WHERE gateway_refund_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "payment_gateways_org_provider_key" ON "payment_gateways" USING btree ("organization_id","provider");--> statement-breakpoint
CREATE UNIQUE INDEX "checkout_settings_org_key" ON "checkout_settings" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "processed_webhook_events_key" ON "processed_webhook_events" USING btree ("organization_id","provider","event_id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "delivery_zones" AS PERMISSIVE FOR ALL TO public USING ("delivery_zones"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on') WITH CHECK ("delivery_zones"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "delivery_tariffs" AS PERMISSIVE FOR ALL TO public USING ("delivery_tariffs"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on') WITH CHECK ("delivery_tariffs"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "coupons" AS PERMISSIVE FOR ALL TO public USING ("coupons"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on') WITH CHECK ("coupons"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "coupon_redemptions" AS PERMISSIVE FOR ALL TO public USING ("coupon_redemptions"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on') WITH CHECK ("coupon_redemptions"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "orders" AS PERMISSIVE FOR ALL TO public USING ("orders"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on') WITH CHECK ("orders"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "order_items" AS PERMISSIVE FOR ALL TO public USING ("order_items"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on') WITH CHECK ("order_items"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "order_status_history" AS PERMISSIVE FOR ALL TO public USING ("order_status_history"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on') WITH CHECK ("order_status_history"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "order_notes" AS PERMISSIVE FOR ALL TO public USING ("order_notes"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on') WITH CHECK ("order_notes"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "carts" AS PERMISSIVE FOR ALL TO public USING ("carts"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on') WITH CHECK ("carts"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "cart_items" AS PERMISSIVE FOR ALL TO public USING ("cart_items"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on') WITH CHECK ("cart_items"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "stock_reservations" AS PERMISSIVE FOR ALL TO public USING ("stock_reservations"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on') WITH CHECK ("stock_reservations"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "payments" AS PERMISSIVE FOR ALL TO public USING ("payments"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on') WITH CHECK ("payments"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "refunds" AS PERMISSIVE FOR ALL TO public USING ("refunds"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on') WITH CHECK ("refunds"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "payment_gateways" AS PERMISSIVE FOR ALL TO public USING ("payment_gateways"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on') WITH CHECK ("payment_gateways"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "checkout_settings" AS PERMISSIVE FOR ALL TO public USING ("checkout_settings"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on') WITH CHECK ("checkout_settings"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "processed_webhook_events" AS PERMISSIVE FOR ALL TO public USING ("processed_webhook_events"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on') WITH CHECK ("processed_webhook_events"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on');