-- References that also carry organization_id (and the product), so a row can only point at its own
-- tenant's rows (foreign-key checks bypass row-level security) and a variant's image or a stock
-- row's variant belongs to the same product.
ALTER TABLE "products" DROP CONSTRAINT "products_category_id_categories_id_fk";--> statement-breakpoint
ALTER TABLE "product_variants" DROP CONSTRAINT "product_variants_image_id_product_images_id_fk";--> statement-breakpoint
ALTER TABLE "stock_levels" DROP CONSTRAINT "stock_levels_variant_fk";--> statement-breakpoint
ALTER TABLE "inventory_movements" DROP CONSTRAINT "inventory_movements_variant_fk";--> statement-breakpoint
ALTER TABLE "product_images" ADD CONSTRAINT "product_images_org_product_id_key" UNIQUE("organization_id","product_id","id");--> statement-breakpoint
ALTER TABLE "product_variants" ADD CONSTRAINT "product_variants_org_product_id_key" UNIQUE("organization_id","product_id","id");--> statement-breakpoint
ALTER TABLE "stock_levels" ADD CONSTRAINT "stock_levels_variant_fk" FOREIGN KEY ("organization_id","product_id","variant_id") REFERENCES "public"."product_variants"("organization_id","product_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventory_movements" ADD CONSTRAINT "inventory_movements_variant_fk" FOREIGN KEY ("organization_id","product_id","variant_id") REFERENCES "public"."product_variants"("organization_id","product_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_relations" ADD CONSTRAINT "product_relations_not_self_check" CHECK (product_id <> related_product_id);--> statement-breakpoint
-- SET NULL of the one column (Postgres 15+); drizzle cannot declare these, so they live only here.
ALTER TABLE "products" ADD CONSTRAINT "products_category_fk" FOREIGN KEY ("organization_id","category_id") REFERENCES "public"."categories"("organization_id","id") ON DELETE SET NULL ("category_id");--> statement-breakpoint
ALTER TABLE "product_variants" ADD CONSTRAINT "product_variants_image_fk" FOREIGN KEY ("organization_id","product_id","image_id") REFERENCES "public"."product_images"("organization_id","product_id","id") ON DELETE SET NULL ("image_id");
