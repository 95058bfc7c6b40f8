import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * PostgreSQL has had UUIDs from the start; this adds the media fields of Payload's S3 adapter and
 * makes the clinic's disclaimer translatable, its current text becoming the English one.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "clinic_settings_locales" (
  	"medical_disclaimer" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  ALTER TABLE "media" ADD COLUMN "prefix" varchar DEFAULT '';
  ALTER TABLE "media" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "clinic_settings_locales" ADD CONSTRAINT "clinic_settings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."clinic_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "clinic_settings_locales_locale_parent_id_unique" ON "clinic_settings_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "clinic_settings_locales_parent_lookup_idx" ON "clinic_settings_locales" USING btree ("_parent_id");
  INSERT INTO "clinic_settings_locales" ("medical_disclaimer", "_locale", "_parent_id") SELECT "medical_disclaimer", 'en', "id" FROM "clinic_settings";
  ALTER TABLE "clinic_settings" DROP COLUMN "medical_disclaimer";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "clinic_settings_locales" CASCADE;
  ALTER TABLE "clinic_settings" ADD COLUMN "medical_disclaimer" varchar NOT NULL;
  ALTER TABLE "media" DROP COLUMN "prefix";
  ALTER TABLE "media" DROP COLUMN "_objectkey";`)
}
