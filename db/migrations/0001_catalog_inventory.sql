-- Search: trigram matching for typo tolerance, and btree_gin so a GIN index can lead with organization_id.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS btree_gin;--> statement-breakpoint
-- The product search document. 'simple' (no stemming) because stores write in many languages;
-- prefix queries (word:*) cover inflections. Declared IMMUTABLE so a generated column can use it.
CREATE FUNCTION catalog_search_vector(name text, brand text, sku text, tags text[], keywords text[], short_description text, description text)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  select setweight(to_tsvector('simple', coalesce(name, '')), 'A')
      || setweight(to_tsvector('simple', concat_ws(' ', brand, sku, array_to_string(tags, ' '), array_to_string(keywords, ' '))), 'B')
      || setweight(to_tsvector('simple', coalesce(short_description, '')), 'C')
      || setweight(to_tsvector('simple', coalesce(description, '')), 'D')
$$;--> statement-breakpoint
CREATE TYPE "public"."product_status" AS ENUM('draft', 'active', 'inactive', 'out_of_stock', 'discontinued');--> statement-breakpoint
CREATE TYPE "public"."product_relation_kind" AS ENUM('related', 'frequently_bought_together');--> statement-breakpoint
CREATE TYPE "public"."inventory_movement_type" AS ENUM('in', 'out', 'adjustment', 'transfer');--> statement-breakpoint
CREATE TABLE "categories" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"parent_id" text,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"description" text,
	"image_key" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"meta_title" text,
	"meta_description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "categories_org_id_key" UNIQUE("organization_id","id")
);
--> statement-breakpoint
ALTER TABLE "categories" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "products" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"category_id" text,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"sku" text,
	"barcode" text,
	"brand" text,
	"short_description" text,
	"description" text,
	"base_price" bigint NOT NULL,
	"sale_price" bigint,
	"cost_price" bigint,
	"price" bigint GENERATED ALWAYS AS (coalesce(sale_price, base_price)) STORED NOT NULL,
	"currency" char(3) NOT NULL,
	"tax_rate_bps" integer DEFAULT 0 NOT NULL,
	"weight_grams" integer,
	"length_mm" integer,
	"width_mm" integer,
	"height_mm" integer,
	"status" "product_status" DEFAULT 'draft' NOT NULL,
	"is_featured" boolean DEFAULT false NOT NULL,
	"is_digital" boolean DEFAULT false NOT NULL,
	"requires_shipping" boolean DEFAULT true NOT NULL,
	"min_order_quantity" integer DEFAULT 1 NOT NULL,
	"max_order_quantity" integer,
	"low_stock_threshold" integer DEFAULT 10 NOT NULL,
	"allow_backorder" boolean DEFAULT false NOT NULL,
	"stock_available" integer DEFAULT 0 NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"options" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"meta_title" text,
	"meta_description" text,
	"view_count" integer DEFAULT 0 NOT NULL,
	"rating_average" numeric(3, 2) DEFAULT '0' NOT NULL,
	"rating_count" integer DEFAULT 0 NOT NULL,
	"published_at" timestamp with time zone,
	"created_by_id" text,
	"updated_by_id" text,
	"search_vector" "tsvector" GENERATED ALWAYS AS (catalog_search_vector(name, brand, sku, tags, keywords, short_description, description)) STORED NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "products_org_id_key" UNIQUE("organization_id","id")
);
--> statement-breakpoint
ALTER TABLE "products" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "product_images" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"product_id" text NOT NULL,
	"storage_key" text NOT NULL,
	"thumbnail_key" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"byte_size" integer NOT NULL,
	"alt_text" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"is_primary" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "product_images" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "product_variants" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"product_id" text NOT NULL,
	"name" text NOT NULL,
	"sku" text,
	"barcode" text,
	"option_values" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"price" bigint,
	"price_adjustment" bigint DEFAULT 0 NOT NULL,
	"image_id" text,
	"weight_grams" integer,
	"is_default" boolean DEFAULT false NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "product_variants_org_id_key" UNIQUE("organization_id","id")
);
--> statement-breakpoint
ALTER TABLE "product_variants" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "product_attributes" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"product_id" text NOT NULL,
	"name" text NOT NULL,
	"value" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "product_attributes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "product_relations" (
	"organization_id" text NOT NULL,
	"product_id" text NOT NULL,
	"related_product_id" text NOT NULL,
	"kind" "product_relation_kind" DEFAULT 'related' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "product_relations_pkey" PRIMARY KEY("organization_id","product_id","kind","related_product_id")
);
--> statement-breakpoint
ALTER TABLE "product_relations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "warehouses" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"name" text NOT NULL,
	"code" text,
	"address" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"contact_person" text,
	"phone" text,
	"email" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "warehouses_org_id_key" UNIQUE("organization_id","id")
);
--> statement-breakpoint
ALTER TABLE "warehouses" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "stock_levels" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"warehouse_id" text NOT NULL,
	"product_id" text NOT NULL,
	"variant_id" text NOT NULL,
	"quantity" integer DEFAULT 0 NOT NULL,
	"reserved" integer DEFAULT 0 NOT NULL,
	"available" integer GENERATED ALWAYS AS (quantity - reserved) STORED NOT NULL,
	"reorder_level" integer DEFAULT 0 NOT NULL,
	"max_level" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stock_levels_reserved_check" CHECK (reserved >= 0)
);
--> statement-breakpoint
ALTER TABLE "stock_levels" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "inventory_movements" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"product_id" text NOT NULL,
	"variant_id" text NOT NULL,
	"warehouse_id" text NOT NULL,
	"type" "inventory_movement_type" NOT NULL,
	"quantity" integer NOT NULL,
	"quantity_after" integer NOT NULL,
	"reason" text,
	"reference" text,
	"transfer_id" text,
	"counterpart_warehouse_id" text,
	"created_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "inventory_movements" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "categories" ADD CONSTRAINT "categories_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "categories" ADD CONSTRAINT "categories_parent_fk" FOREIGN KEY ("organization_id","parent_id") REFERENCES "public"."categories"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_images" ADD CONSTRAINT "product_images_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_images" ADD CONSTRAINT "product_images_product_fk" FOREIGN KEY ("organization_id","product_id") REFERENCES "public"."products"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_variants" ADD CONSTRAINT "product_variants_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_variants" ADD CONSTRAINT "product_variants_image_id_product_images_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."product_images"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_variants" ADD CONSTRAINT "product_variants_product_fk" FOREIGN KEY ("organization_id","product_id") REFERENCES "public"."products"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_attributes" ADD CONSTRAINT "product_attributes_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_attributes" ADD CONSTRAINT "product_attributes_product_fk" FOREIGN KEY ("organization_id","product_id") REFERENCES "public"."products"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_relations" ADD CONSTRAINT "product_relations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_relations" ADD CONSTRAINT "product_relations_product_fk" FOREIGN KEY ("organization_id","product_id") REFERENCES "public"."products"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_relations" ADD CONSTRAINT "product_relations_related_fk" FOREIGN KEY ("organization_id","related_product_id") REFERENCES "public"."products"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warehouses" ADD CONSTRAINT "warehouses_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_levels" ADD CONSTRAINT "stock_levels_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_levels" ADD CONSTRAINT "stock_levels_warehouse_fk" FOREIGN KEY ("organization_id","warehouse_id") REFERENCES "public"."warehouses"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_levels" ADD CONSTRAINT "stock_levels_product_fk" FOREIGN KEY ("organization_id","product_id") REFERENCES "public"."products"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_levels" ADD CONSTRAINT "stock_levels_variant_fk" FOREIGN KEY ("organization_id","variant_id") REFERENCES "public"."product_variants"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventory_movements" ADD CONSTRAINT "inventory_movements_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventory_movements" ADD CONSTRAINT "inventory_movements_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventory_movements" ADD CONSTRAINT "inventory_movements_product_fk" FOREIGN KEY ("organization_id","product_id") REFERENCES "public"."products"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventory_movements" ADD CONSTRAINT "inventory_movements_variant_fk" FOREIGN KEY ("organization_id","variant_id") REFERENCES "public"."product_variants"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventory_movements" ADD CONSTRAINT "inventory_movements_warehouse_fk" FOREIGN KEY ("organization_id","warehouse_id") REFERENCES "public"."warehouses"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "categories_org_slug_key" ON "categories" USING btree ("organization_id","slug") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "categories_org_parent_idx" ON "categories" USING btree ("organization_id","parent_id","sort_order");--> statement-breakpoint
CREATE UNIQUE INDEX "products_org_slug_key" ON "products" USING btree ("organization_id","slug") WHERE deleted_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "products_org_sku_key" ON "products" USING btree ("organization_id","sku") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "products_org_created_idx" ON "products" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "products_org_category_price_idx" ON "products" USING btree ("organization_id","category_id","price");--> statement-breakpoint
CREATE INDEX "products_org_featured_idx" ON "products" USING btree ("organization_id") WHERE is_featured and status = 'active' and deleted_at is null;--> statement-breakpoint
CREATE INDEX "products_search_idx" ON "products" USING gin ("organization_id","search_vector");--> statement-breakpoint
CREATE INDEX "products_name_trgm_idx" ON "products" USING gin ("organization_id","name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "products_tags_idx" ON "products" USING gin ("organization_id","tags");--> statement-breakpoint
CREATE INDEX "product_images_org_product_idx" ON "product_images" USING btree ("organization_id","product_id","sort_order");--> statement-breakpoint
CREATE UNIQUE INDEX "product_images_one_primary_key" ON "product_images" USING btree ("product_id") WHERE is_primary;--> statement-breakpoint
CREATE UNIQUE INDEX "product_variants_org_sku_key" ON "product_variants" USING btree ("organization_id","sku") WHERE deleted_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "product_variants_product_options_key" ON "product_variants" USING btree ("product_id","option_values") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "product_variants_org_product_idx" ON "product_variants" USING btree ("organization_id","product_id","sort_order");--> statement-breakpoint
CREATE INDEX "product_attributes_org_product_idx" ON "product_attributes" USING btree ("organization_id","product_id","sort_order");--> statement-breakpoint
CREATE INDEX "product_attributes_org_name_value_idx" ON "product_attributes" USING btree ("organization_id","name","value");--> statement-breakpoint
CREATE UNIQUE INDEX "warehouses_org_name_key" ON "warehouses" USING btree ("organization_id",lower("name")) WHERE deleted_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "warehouses_org_default_key" ON "warehouses" USING btree ("organization_id") WHERE is_default and deleted_at is null;--> statement-breakpoint
CREATE INDEX "warehouses_org_idx" ON "warehouses" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "stock_levels_org_warehouse_variant_key" ON "stock_levels" USING btree ("organization_id","warehouse_id","variant_id");--> statement-breakpoint
CREATE INDEX "stock_levels_org_product_idx" ON "stock_levels" USING btree ("organization_id","product_id");--> statement-breakpoint
CREATE INDEX "stock_levels_org_variant_idx" ON "stock_levels" USING btree ("organization_id","variant_id");--> statement-breakpoint
CREATE INDEX "inventory_movements_org_product_idx" ON "inventory_movements" USING btree ("organization_id","product_id","created_at");--> statement-breakpoint
CREATE INDEX "inventory_movements_org_created_idx" ON "inventory_movements" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "categories" AS PERMISSIVE FOR ALL TO public USING ("categories"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on') WITH CHECK ("categories"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "products" AS PERMISSIVE FOR ALL TO public USING ("products"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on') WITH CHECK ("products"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "product_images" AS PERMISSIVE FOR ALL TO public USING ("product_images"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on') WITH CHECK ("product_images"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "product_variants" AS PERMISSIVE FOR ALL TO public USING ("product_variants"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on') WITH CHECK ("product_variants"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "product_attributes" AS PERMISSIVE FOR ALL TO public USING ("product_attributes"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on') WITH CHECK ("product_attributes"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "product_relations" AS PERMISSIVE FOR ALL TO public USING ("product_relations"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on') WITH CHECK ("product_relations"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "warehouses" AS PERMISSIVE FOR ALL TO public USING ("warehouses"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on') WITH CHECK ("warehouses"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "stock_levels" AS PERMISSIVE FOR ALL TO public USING ("stock_levels"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on') WITH CHECK ("stock_levels"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "inventory_movements" AS PERMISSIVE FOR ALL TO public USING ("inventory_movements"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on') WITH CHECK ("inventory_movements"."organization_id" = nullif(current_setting('app.org_id', true), '') or coalesce(current_setting('app.platform', true), '') = 'on');
--> statement-breakpoint
-- products.stock_available follows its stock rows (quantity - reserved), whichever code path changes them.
CREATE FUNCTION stock_levels_sync_product() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.product_id = NEW.product_id THEN
    IF (NEW.quantity - NEW.reserved) <> (OLD.quantity - OLD.reserved) THEN
      UPDATE products SET stock_available = stock_available + (NEW.quantity - NEW.reserved) - (OLD.quantity - OLD.reserved)
      WHERE organization_id = NEW.organization_id AND id = NEW.product_id;
    END IF;
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE products SET stock_available = stock_available - (OLD.quantity - OLD.reserved)
    WHERE organization_id = OLD.organization_id AND id = OLD.product_id;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    UPDATE products SET stock_available = stock_available + (NEW.quantity - NEW.reserved)
    WHERE organization_id = NEW.organization_id AND id = NEW.product_id;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER stock_levels_sync_product AFTER INSERT OR DELETE OR UPDATE OF quantity, reserved, product_id ON stock_levels
FOR EACH ROW EXECUTE FUNCTION stock_levels_sync_product();
