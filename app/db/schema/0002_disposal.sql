-- Schema version 2: disposal requests (报废/报损) with approval. Frozen.
CREATE TABLE "disposal_doc" ("id" INTEGER NOT NULL PRIMARY KEY, "number" TEXT NOT NULL, "date" DATE NOT NULL, "kind" TEXT NOT NULL, "reason" TEXT NOT NULL, "condition" TEXT NOT NULL, "repair_worthwhile" INTEGER, "assessors" TEXT NOT NULL, "method" TEXT NOT NULL, "state" TEXT NOT NULL, "requested_by" TEXT NOT NULL, "decided_by" TEXT NOT NULL, "decided_on" DATE, "decision_note" TEXT NOT NULL, "operator" TEXT NOT NULL, "created_at" DATETIME NOT NULL);
CREATE UNIQUE INDEX "disposal_doc_number" ON "disposal_doc" ("number");
CREATE INDEX "disposal_doc_date" ON "disposal_doc" ("date");
CREATE INDEX "disposal_doc_state" ON "disposal_doc" ("state");
CREATE TABLE "disposal_line" ("id" INTEGER NOT NULL PRIMARY KEY, "doc_id" INTEGER NOT NULL, "asset_id" INTEGER NOT NULL, "original_value_fen" INTEGER NOT NULL, "net_value_fen" INTEGER NOT NULL, "residual_value_fen" INTEGER NOT NULL, "status_before" TEXT NOT NULL, FOREIGN KEY ("doc_id") REFERENCES "disposal_doc" ("id") ON DELETE CASCADE, FOREIGN KEY ("asset_id") REFERENCES "asset" ("id") ON DELETE RESTRICT);
CREATE INDEX "disposal_line_doc_id" ON "disposal_line" ("doc_id");
CREATE INDEX "disposal_line_asset_id" ON "disposal_line" ("asset_id");
