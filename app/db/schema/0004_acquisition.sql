-- Schema version 4: 取得方式 (acquisition method) on assets. Frozen.
-- SQLite adds a column only at the end of the table's text, so the table is rebuilt in the
-- models' column order; foreign keys are deferred by the migration while it is rebuilt.
-- Every existing asset was acquired by purchase (the only way the register knew).
CREATE TEMP TABLE "asset_before_v4" AS SELECT * FROM "asset";
DROP TABLE "asset";
CREATE TABLE "asset" ("id" INTEGER NOT NULL PRIMARY KEY, "number" TEXT NOT NULL, "old_number" TEXT NOT NULL, "name" TEXT NOT NULL, "category_id" INTEGER NOT NULL, "spec" TEXT NOT NULL, "brand" TEXT NOT NULL, "unit_id" INTEGER, "quantity" INTEGER NOT NULL, "original_value_fen" INTEGER NOT NULL, "purchase_date" DATE NOT NULL, "booked_date" DATE NOT NULL, "acquisition" TEXT NOT NULL, "funding_source_id" INTEGER, "supplier_id" INTEGER, "invoice_no" TEXT NOT NULL, "serial_no" TEXT NOT NULL, "warranty_end" DATE, "status" TEXT NOT NULL, "room_id" INTEGER, "custodian_id" INTEGER, "department_id" INTEGER, "note" TEXT NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, FOREIGN KEY ("category_id") REFERENCES "category" ("id") ON DELETE RESTRICT, FOREIGN KEY ("unit_id") REFERENCES "unit" ("id") ON DELETE RESTRICT, FOREIGN KEY ("funding_source_id") REFERENCES "funding_source" ("id") ON DELETE RESTRICT, FOREIGN KEY ("supplier_id") REFERENCES "supplier" ("id") ON DELETE RESTRICT, FOREIGN KEY ("room_id") REFERENCES "room" ("id") ON DELETE RESTRICT, FOREIGN KEY ("custodian_id") REFERENCES "person" ("id") ON DELETE RESTRICT, FOREIGN KEY ("department_id") REFERENCES "department" ("id") ON DELETE RESTRICT);
INSERT INTO "asset" ("id", "number", "old_number", "name", "category_id", "spec", "brand", "unit_id", "quantity", "original_value_fen", "purchase_date", "booked_date", "acquisition", "funding_source_id", "supplier_id", "invoice_no", "serial_no", "warranty_end", "status", "room_id", "custodian_id", "department_id", "note", "created_at", "updated_at") SELECT "id", "number", "old_number", "name", "category_id", "spec", "brand", "unit_id", "quantity", "original_value_fen", "purchase_date", "booked_date", '购置', "funding_source_id", "supplier_id", "invoice_no", "serial_no", "warranty_end", "status", "room_id", "custodian_id", "department_id", "note", "created_at", "updated_at" FROM "asset_before_v4";
DROP TABLE "asset_before_v4";
CREATE UNIQUE INDEX "asset_number" ON "asset" ("number");
CREATE INDEX "asset_old_number" ON "asset" ("old_number");
CREATE INDEX "asset_name" ON "asset" ("name");
CREATE INDEX "asset_category_id" ON "asset" ("category_id");
CREATE INDEX "asset_unit_id" ON "asset" ("unit_id");
CREATE INDEX "asset_original_value_fen" ON "asset" ("original_value_fen");
CREATE INDEX "asset_purchase_date" ON "asset" ("purchase_date");
CREATE INDEX "asset_funding_source_id" ON "asset" ("funding_source_id");
CREATE INDEX "asset_supplier_id" ON "asset" ("supplier_id");
CREATE INDEX "asset_status" ON "asset" ("status");
CREATE INDEX "asset_room_id" ON "asset" ("room_id");
CREATE INDEX "asset_custodian_id" ON "asset" ("custodian_id");
CREATE INDEX "asset_department_id" ON "asset" ("department_id");
