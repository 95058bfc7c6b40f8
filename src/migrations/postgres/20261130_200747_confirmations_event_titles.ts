import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "conditions" ADD COLUMN "indication_confirmed_by_id" uuid;
  ALTER TABLE "conditions" ADD COLUMN "indication_confirmed_at" timestamp(3) with time zone;
  ALTER TABLE "_conditions_v" ADD COLUMN "version_indication_confirmed_by_id" uuid;
  ALTER TABLE "_conditions_v" ADD COLUMN "version_indication_confirmed_at" timestamp(3) with time zone;
  ALTER TABLE "procedures" ADD COLUMN "regulatory_confirmed_by_id" uuid;
  ALTER TABLE "procedures" ADD COLUMN "regulatory_confirmed_at" timestamp(3) with time zone;
  ALTER TABLE "procedures" ADD COLUMN "safety_information_confirmed_by_id" uuid;
  ALTER TABLE "procedures" ADD COLUMN "safety_information_confirmed_at" timestamp(3) with time zone;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_regulatory_confirmed_by_id" uuid;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_regulatory_confirmed_at" timestamp(3) with time zone;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_safety_information_confirmed_by_id" uuid;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_safety_information_confirmed_at" timestamp(3) with time zone;
  ALTER TABLE "syndication_events" ADD COLUMN "titles" jsonb;
  ALTER TABLE "conditions" ADD CONSTRAINT "conditions_indication_confirmed_by_id_users_id_fk" FOREIGN KEY ("indication_confirmed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conditions_v" ADD CONSTRAINT "_conditions_v_version_indication_confirmed_by_id_users_id_fk" FOREIGN KEY ("version_indication_confirmed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures" ADD CONSTRAINT "procedures_regulatory_confirmed_by_id_users_id_fk" FOREIGN KEY ("regulatory_confirmed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures" ADD CONSTRAINT "procedures_safety_information_confirmed_by_id_users_id_fk" FOREIGN KEY ("safety_information_confirmed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_version_regulatory_confirmed_by_id_users_id_fk" FOREIGN KEY ("version_regulatory_confirmed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_version_safety_information_confirmed_by_id_users_id_fk" FOREIGN KEY ("version_safety_information_confirmed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "conditions_indication_indication_confirmed_by_idx" ON "conditions" USING btree ("indication_confirmed_by_id");
  CREATE INDEX "_conditions_v_version_indication_version_indication_conf_idx" ON "_conditions_v" USING btree ("version_indication_confirmed_by_id");
  CREATE INDEX "procedures_regulatory_regulatory_confirmed_by_idx" ON "procedures" USING btree ("regulatory_confirmed_by_id");
  CREATE INDEX "procedures_safety_information_safety_information_confirm_idx" ON "procedures" USING btree ("safety_information_confirmed_by_id");
  CREATE INDEX "_procedures_v_version_regulatory_version_regulatory_conf_idx" ON "_procedures_v" USING btree ("version_regulatory_confirmed_by_id");
  CREATE INDEX "_procedures_v_version_safety_information_version_safety__idx" ON "_procedures_v" USING btree ("version_safety_information_confirmed_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "conditions" DROP CONSTRAINT "conditions_indication_confirmed_by_id_users_id_fk";
  
  ALTER TABLE "_conditions_v" DROP CONSTRAINT "_conditions_v_version_indication_confirmed_by_id_users_id_fk";
  
  ALTER TABLE "procedures" DROP CONSTRAINT "procedures_regulatory_confirmed_by_id_users_id_fk";
  
  ALTER TABLE "procedures" DROP CONSTRAINT "procedures_safety_information_confirmed_by_id_users_id_fk";
  
  ALTER TABLE "_procedures_v" DROP CONSTRAINT "_procedures_v_version_regulatory_confirmed_by_id_users_id_fk";
  
  ALTER TABLE "_procedures_v" DROP CONSTRAINT "_procedures_v_version_safety_information_confirmed_by_id_users_id_fk";
  
  DROP INDEX "conditions_indication_indication_confirmed_by_idx";
  DROP INDEX "_conditions_v_version_indication_version_indication_conf_idx";
  DROP INDEX "procedures_regulatory_regulatory_confirmed_by_idx";
  DROP INDEX "procedures_safety_information_safety_information_confirm_idx";
  DROP INDEX "_procedures_v_version_regulatory_version_regulatory_conf_idx";
  DROP INDEX "_procedures_v_version_safety_information_version_safety__idx";
  ALTER TABLE "conditions" DROP COLUMN "indication_confirmed_by_id";
  ALTER TABLE "conditions" DROP COLUMN "indication_confirmed_at";
  ALTER TABLE "_conditions_v" DROP COLUMN "version_indication_confirmed_by_id";
  ALTER TABLE "_conditions_v" DROP COLUMN "version_indication_confirmed_at";
  ALTER TABLE "procedures" DROP COLUMN "regulatory_confirmed_by_id";
  ALTER TABLE "procedures" DROP COLUMN "regulatory_confirmed_at";
  ALTER TABLE "procedures" DROP COLUMN "safety_information_confirmed_by_id";
  ALTER TABLE "procedures" DROP COLUMN "safety_information_confirmed_at";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_regulatory_confirmed_by_id";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_regulatory_confirmed_at";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_safety_information_confirmed_by_id";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_safety_information_confirmed_at";
  ALTER TABLE "syndication_events" DROP COLUMN "titles";`)
}
