import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_conditions_codes_system" AS ENUM('icd10cm', 'snomedct');
  CREATE TYPE "public"."enum_conditions_codes_status" AS ENUM('proposed', 'confirmed');
  CREATE TYPE "public"."enum_conditions_claim_flags_kind" AS ENUM('absolute', 'regulatory', 'first-person', 'unhedged-cause', 'duration');
  CREATE TYPE "public"."enum_conditions_claim_flags_status" AS ENUM('open', 'acknowledged');
  CREATE TYPE "public"."enum__conditions_v_version_codes_system" AS ENUM('icd10cm', 'snomedct');
  CREATE TYPE "public"."enum__conditions_v_version_codes_status" AS ENUM('proposed', 'confirmed');
  CREATE TYPE "public"."enum__conditions_v_version_claim_flags_kind" AS ENUM('absolute', 'regulatory', 'first-person', 'unhedged-cause', 'duration');
  CREATE TYPE "public"."enum__conditions_v_version_claim_flags_status" AS ENUM('open', 'acknowledged');
  CREATE TYPE "public"."enum_procedures_claim_flags_kind" AS ENUM('absolute', 'regulatory', 'first-person', 'unhedged-cause', 'duration');
  CREATE TYPE "public"."enum_procedures_claim_flags_status" AS ENUM('open', 'acknowledged');
  CREATE TYPE "public"."enum__procedures_v_version_claim_flags_kind" AS ENUM('absolute', 'regulatory', 'first-person', 'unhedged-cause', 'duration');
  CREATE TYPE "public"."enum__procedures_v_version_claim_flags_status" AS ENUM('open', 'acknowledged');
  CREATE TYPE "public"."enum_aftercare_steps_claim_flags_kind" AS ENUM('absolute', 'regulatory', 'first-person', 'unhedged-cause', 'duration');
  CREATE TYPE "public"."enum_aftercare_steps_claim_flags_status" AS ENUM('open', 'acknowledged');
  CREATE TYPE "public"."enum__aftercare_steps_v_version_claim_flags_kind" AS ENUM('absolute', 'regulatory', 'first-person', 'unhedged-cause', 'duration');
  CREATE TYPE "public"."enum__aftercare_steps_v_version_claim_flags_status" AS ENUM('open', 'acknowledged');
  CREATE TYPE "public"."enum_faqs_claim_flags_kind" AS ENUM('absolute', 'regulatory', 'first-person', 'unhedged-cause', 'duration');
  CREATE TYPE "public"."enum_faqs_claim_flags_status" AS ENUM('open', 'acknowledged');
  CREATE TYPE "public"."enum__faqs_v_version_claim_flags_kind" AS ENUM('absolute', 'regulatory', 'first-person', 'unhedged-cause', 'duration');
  CREATE TYPE "public"."enum__faqs_v_version_claim_flags_status" AS ENUM('open', 'acknowledged');
  CREATE TYPE "public"."enum_audit_log_operation" AS ENUM('create', 'update', 'publish', 'unpublish', 'delete', 'restore', 'schedule', 'cancel-schedule');
  ALTER TYPE "public"."enum_syndication_events_kind" ADD VALUE 'reviewed' BEFORE 'unpublished';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'notifyInReview' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'reviewDigest' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'notifyInReview' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'reviewDigest' BEFORE 'schedulePublish';
  CREATE TABLE "conditions_codes" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"system" "enum_conditions_codes_system",
  	"code" varchar,
  	"display" varchar,
  	"status" "enum_conditions_codes_status" DEFAULT 'proposed',
  	"confirmed_by_id" uuid,
  	"confirmed_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "conditions_claim_flags" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"field" varchar,
  	"locale" varchar,
  	"kind" "enum_conditions_claim_flags_kind",
  	"match" varchar,
  	"phrase" varchar,
  	"reason" varchar,
  	"status" "enum_conditions_claim_flags_status" DEFAULT 'open',
  	"acknowledged_by_id" uuid,
  	"acknowledged_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_conditions_v_version_codes" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"system" "enum__conditions_v_version_codes_system",
  	"code" varchar,
  	"display" varchar,
  	"status" "enum__conditions_v_version_codes_status" DEFAULT 'proposed',
  	"confirmed_by_id" uuid,
  	"confirmed_at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_conditions_v_version_claim_flags" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"field" varchar,
  	"locale" varchar,
  	"kind" "enum__conditions_v_version_claim_flags_kind",
  	"match" varchar,
  	"phrase" varchar,
  	"reason" varchar,
  	"status" "enum__conditions_v_version_claim_flags_status" DEFAULT 'open',
  	"acknowledged_by_id" uuid,
  	"acknowledged_at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "proc_approved_ind" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "proc_approved_ind_locales" (
  	"indication" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "proc_contraind" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "proc_contraind_locales" (
  	"contraindication" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "procedures_claim_flags" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"field" varchar,
  	"locale" varchar,
  	"kind" "enum_procedures_claim_flags_kind",
  	"match" varchar,
  	"phrase" varchar,
  	"reason" varchar,
  	"status" "enum_procedures_claim_flags_status" DEFAULT 'open',
  	"acknowledged_by_id" uuid,
  	"acknowledged_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_proc_approved_ind_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_proc_approved_ind_v_locales" (
  	"indication" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_proc_contraind_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_proc_contraind_v_locales" (
  	"contraindication" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_procedures_v_version_claim_flags" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"field" varchar,
  	"locale" varchar,
  	"kind" "enum__procedures_v_version_claim_flags_kind",
  	"match" varchar,
  	"phrase" varchar,
  	"reason" varchar,
  	"status" "enum__procedures_v_version_claim_flags_status" DEFAULT 'open',
  	"acknowledged_by_id" uuid,
  	"acknowledged_at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "aftercare_steps_claim_flags" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"field" varchar,
  	"locale" varchar,
  	"kind" "enum_aftercare_steps_claim_flags_kind",
  	"match" varchar,
  	"phrase" varchar,
  	"reason" varchar,
  	"status" "enum_aftercare_steps_claim_flags_status" DEFAULT 'open',
  	"acknowledged_by_id" uuid,
  	"acknowledged_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_aftercare_steps_v_version_claim_flags" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"field" varchar,
  	"locale" varchar,
  	"kind" "enum__aftercare_steps_v_version_claim_flags_kind",
  	"match" varchar,
  	"phrase" varchar,
  	"reason" varchar,
  	"status" "enum__aftercare_steps_v_version_claim_flags_status" DEFAULT 'open',
  	"acknowledged_by_id" uuid,
  	"acknowledged_at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "faqs_claim_flags" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"field" varchar,
  	"locale" varchar,
  	"kind" "enum_faqs_claim_flags_kind",
  	"match" varchar,
  	"phrase" varchar,
  	"reason" varchar,
  	"status" "enum_faqs_claim_flags_status" DEFAULT 'open',
  	"acknowledged_by_id" uuid,
  	"acknowledged_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_faqs_v_version_claim_flags" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"field" varchar,
  	"locale" varchar,
  	"kind" "enum__faqs_v_version_claim_flags_kind",
  	"match" varchar,
  	"phrase" varchar,
  	"reason" varchar,
  	"status" "enum__faqs_v_version_claim_flags_status" DEFAULT 'open',
  	"acknowledged_by_id" uuid,
  	"acknowledged_at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "notification_log" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar NOT NULL,
  	"subject" varchar,
  	"recipients" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "audit_log" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"actor_id" varchar,
  	"actor_name" varchar NOT NULL,
  	"operation" "enum_audit_log_operation" NOT NULL,
  	"document_collection" varchar NOT NULL,
  	"document_id" varchar,
  	"summary" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "audit_log_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "conditions" ADD COLUMN "indication_provenance" varchar DEFAULT 'added from the prescribing information';
  ALTER TABLE "conditions" ADD COLUMN "indication_needs_reviewer_confirmation" boolean DEFAULT true;
  ALTER TABLE "conditions" ADD COLUMN "edited_by_id" uuid;
  ALTER TABLE "_conditions_v" ADD COLUMN "version_indication_provenance" varchar DEFAULT 'added from the prescribing information';
  ALTER TABLE "_conditions_v" ADD COLUMN "version_indication_needs_reviewer_confirmation" boolean DEFAULT true;
  ALTER TABLE "_conditions_v" ADD COLUMN "version_edited_by_id" uuid;
  ALTER TABLE "procedures" ADD COLUMN "regulatory_label_title" varchar;
  ALTER TABLE "procedures" ADD COLUMN "regulatory_label_publisher" varchar;
  ALTER TABLE "procedures" ADD COLUMN "regulatory_label_url" varchar;
  ALTER TABLE "procedures" ADD COLUMN "regulatory_label_revision_date" timestamp(3) with time zone;
  ALTER TABLE "procedures" ADD COLUMN "regulatory_provenance" varchar DEFAULT 'added from the prescribing information';
  ALTER TABLE "procedures" ADD COLUMN "regulatory_citation" varchar;
  ALTER TABLE "procedures" ADD COLUMN "regulatory_needs_reviewer_confirmation" boolean DEFAULT true;
  ALTER TABLE "procedures" ADD COLUMN "safety_information_provenance" varchar DEFAULT 'added from the prescribing information';
  ALTER TABLE "procedures" ADD COLUMN "safety_information_citation" varchar;
  ALTER TABLE "procedures" ADD COLUMN "safety_information_needs_reviewer_confirmation" boolean DEFAULT true;
  ALTER TABLE "procedures" ADD COLUMN "edited_by_id" uuid;
  ALTER TABLE "procedures_locales" ADD COLUMN "regulatory_off_label_notice" varchar;
  ALTER TABLE "procedures_locales" ADD COLUMN "safety_information_boxed_warning" varchar;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_regulatory_label_title" varchar;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_regulatory_label_publisher" varchar;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_regulatory_label_url" varchar;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_regulatory_label_revision_date" timestamp(3) with time zone;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_regulatory_provenance" varchar DEFAULT 'added from the prescribing information';
  ALTER TABLE "_procedures_v" ADD COLUMN "version_regulatory_citation" varchar;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_regulatory_needs_reviewer_confirmation" boolean DEFAULT true;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_safety_information_provenance" varchar DEFAULT 'added from the prescribing information';
  ALTER TABLE "_procedures_v" ADD COLUMN "version_safety_information_citation" varchar;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_safety_information_needs_reviewer_confirmation" boolean DEFAULT true;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_edited_by_id" uuid;
  ALTER TABLE "_procedures_v_locales" ADD COLUMN "version_regulatory_off_label_notice" varchar;
  ALTER TABLE "_procedures_v_locales" ADD COLUMN "version_safety_information_boxed_warning" varchar;
  ALTER TABLE "aftercare_steps" ADD COLUMN "edited_by_id" uuid;
  ALTER TABLE "_aftercare_steps_v" ADD COLUMN "version_edited_by_id" uuid;
  ALTER TABLE "faqs" ADD COLUMN "edited_by_id" uuid;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_edited_by_id" uuid;
  ALTER TABLE "partners" ADD COLUMN "include_unreviewed" boolean DEFAULT false;
  ALTER TABLE "syndication_events" ADD COLUMN "last_reviewed" timestamp(3) with time zone;
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "notification_log_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_log_id" uuid;
  ALTER TABLE "conditions_codes" ADD CONSTRAINT "conditions_codes_confirmed_by_id_users_id_fk" FOREIGN KEY ("confirmed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conditions_codes" ADD CONSTRAINT "conditions_codes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conditions_claim_flags" ADD CONSTRAINT "conditions_claim_flags_acknowledged_by_id_users_id_fk" FOREIGN KEY ("acknowledged_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conditions_claim_flags" ADD CONSTRAINT "conditions_claim_flags_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v_version_codes" ADD CONSTRAINT "_conditions_v_version_codes_confirmed_by_id_users_id_fk" FOREIGN KEY ("confirmed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conditions_v_version_codes" ADD CONSTRAINT "_conditions_v_version_codes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_conditions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v_version_claim_flags" ADD CONSTRAINT "_conditions_v_version_claim_flags_acknowledged_by_id_users_id_fk" FOREIGN KEY ("acknowledged_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conditions_v_version_claim_flags" ADD CONSTRAINT "_conditions_v_version_claim_flags_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_conditions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "proc_approved_ind" ADD CONSTRAINT "proc_approved_ind_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "proc_approved_ind_locales" ADD CONSTRAINT "proc_approved_ind_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."proc_approved_ind"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "proc_contraind" ADD CONSTRAINT "proc_contraind_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "proc_contraind_locales" ADD CONSTRAINT "proc_contraind_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."proc_contraind"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_claim_flags" ADD CONSTRAINT "procedures_claim_flags_acknowledged_by_id_users_id_fk" FOREIGN KEY ("acknowledged_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures_claim_flags" ADD CONSTRAINT "procedures_claim_flags_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_proc_approved_ind_v" ADD CONSTRAINT "_proc_approved_ind_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_proc_approved_ind_v_locales" ADD CONSTRAINT "_proc_approved_ind_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_proc_approved_ind_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_proc_contraind_v" ADD CONSTRAINT "_proc_contraind_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_proc_contraind_v_locales" ADD CONSTRAINT "_proc_contraind_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_proc_contraind_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_claim_flags" ADD CONSTRAINT "_procedures_v_version_claim_flags_acknowledged_by_id_users_id_fk" FOREIGN KEY ("acknowledged_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_claim_flags" ADD CONSTRAINT "_procedures_v_version_claim_flags_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "aftercare_steps_claim_flags" ADD CONSTRAINT "aftercare_steps_claim_flags_acknowledged_by_id_users_id_fk" FOREIGN KEY ("acknowledged_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "aftercare_steps_claim_flags" ADD CONSTRAINT "aftercare_steps_claim_flags_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."aftercare_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_aftercare_steps_v_version_claim_flags" ADD CONSTRAINT "_aftercare_steps_v_version_claim_flags_acknowledged_by_id_users_id_fk" FOREIGN KEY ("acknowledged_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_aftercare_steps_v_version_claim_flags" ADD CONSTRAINT "_aftercare_steps_v_version_claim_flags_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_aftercare_steps_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_claim_flags" ADD CONSTRAINT "faqs_claim_flags_acknowledged_by_id_users_id_fk" FOREIGN KEY ("acknowledged_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faqs_claim_flags" ADD CONSTRAINT "faqs_claim_flags_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_version_claim_flags" ADD CONSTRAINT "_faqs_v_version_claim_flags_acknowledged_by_id_users_id_fk" FOREIGN KEY ("acknowledged_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v_version_claim_flags" ADD CONSTRAINT "_faqs_v_version_claim_flags_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_faqs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "audit_log_texts" ADD CONSTRAINT "audit_log_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "conditions_codes_order_idx" ON "conditions_codes" USING btree ("_order");
  CREATE INDEX "conditions_codes_parent_id_idx" ON "conditions_codes" USING btree ("_parent_id");
  CREATE INDEX "conditions_codes_code_idx" ON "conditions_codes" USING btree ("code");
  CREATE INDEX "conditions_codes_confirmed_by_idx" ON "conditions_codes" USING btree ("confirmed_by_id");
  CREATE INDEX "conditions_claim_flags_order_idx" ON "conditions_claim_flags" USING btree ("_order");
  CREATE INDEX "conditions_claim_flags_parent_id_idx" ON "conditions_claim_flags" USING btree ("_parent_id");
  CREATE INDEX "conditions_claim_flags_acknowledged_by_idx" ON "conditions_claim_flags" USING btree ("acknowledged_by_id");
  CREATE INDEX "_conditions_v_version_codes_order_idx" ON "_conditions_v_version_codes" USING btree ("_order");
  CREATE INDEX "_conditions_v_version_codes_parent_id_idx" ON "_conditions_v_version_codes" USING btree ("_parent_id");
  CREATE INDEX "_conditions_v_version_codes_code_idx" ON "_conditions_v_version_codes" USING btree ("code");
  CREATE INDEX "_conditions_v_version_codes_confirmed_by_idx" ON "_conditions_v_version_codes" USING btree ("confirmed_by_id");
  CREATE INDEX "_conditions_v_version_claim_flags_order_idx" ON "_conditions_v_version_claim_flags" USING btree ("_order");
  CREATE INDEX "_conditions_v_version_claim_flags_parent_id_idx" ON "_conditions_v_version_claim_flags" USING btree ("_parent_id");
  CREATE INDEX "_conditions_v_version_claim_flags_acknowledged_by_idx" ON "_conditions_v_version_claim_flags" USING btree ("acknowledged_by_id");
  CREATE INDEX "proc_approved_ind_order_idx" ON "proc_approved_ind" USING btree ("_order");
  CREATE INDEX "proc_approved_ind_parent_id_idx" ON "proc_approved_ind" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "proc_approved_ind_locales_locale_parent_id_unique" ON "proc_approved_ind_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "proc_approved_ind_locales_parent_lookup_idx" ON "proc_approved_ind_locales" USING btree ("_parent_id");
  CREATE INDEX "proc_contraind_order_idx" ON "proc_contraind" USING btree ("_order");
  CREATE INDEX "proc_contraind_parent_id_idx" ON "proc_contraind" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "proc_contraind_locales_locale_parent_id_unique" ON "proc_contraind_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "proc_contraind_locales_parent_lookup_idx" ON "proc_contraind_locales" USING btree ("_parent_id");
  CREATE INDEX "procedures_claim_flags_order_idx" ON "procedures_claim_flags" USING btree ("_order");
  CREATE INDEX "procedures_claim_flags_parent_id_idx" ON "procedures_claim_flags" USING btree ("_parent_id");
  CREATE INDEX "procedures_claim_flags_acknowledged_by_idx" ON "procedures_claim_flags" USING btree ("acknowledged_by_id");
  CREATE INDEX "_proc_approved_ind_v_order_idx" ON "_proc_approved_ind_v" USING btree ("_order");
  CREATE INDEX "_proc_approved_ind_v_parent_id_idx" ON "_proc_approved_ind_v" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_proc_approved_ind_v_locales_locale_parent_id_unique" ON "_proc_approved_ind_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_proc_approved_ind_v_locales_parent_lookup_idx" ON "_proc_approved_ind_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_proc_contraind_v_order_idx" ON "_proc_contraind_v" USING btree ("_order");
  CREATE INDEX "_proc_contraind_v_parent_id_idx" ON "_proc_contraind_v" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_proc_contraind_v_locales_locale_parent_id_unique" ON "_proc_contraind_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_proc_contraind_v_locales_parent_lookup_idx" ON "_proc_contraind_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_procedures_v_version_claim_flags_order_idx" ON "_procedures_v_version_claim_flags" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_claim_flags_parent_id_idx" ON "_procedures_v_version_claim_flags" USING btree ("_parent_id");
  CREATE INDEX "_procedures_v_version_claim_flags_acknowledged_by_idx" ON "_procedures_v_version_claim_flags" USING btree ("acknowledged_by_id");
  CREATE INDEX "aftercare_steps_claim_flags_order_idx" ON "aftercare_steps_claim_flags" USING btree ("_order");
  CREATE INDEX "aftercare_steps_claim_flags_parent_id_idx" ON "aftercare_steps_claim_flags" USING btree ("_parent_id");
  CREATE INDEX "aftercare_steps_claim_flags_acknowledged_by_idx" ON "aftercare_steps_claim_flags" USING btree ("acknowledged_by_id");
  CREATE INDEX "_aftercare_steps_v_version_claim_flags_order_idx" ON "_aftercare_steps_v_version_claim_flags" USING btree ("_order");
  CREATE INDEX "_aftercare_steps_v_version_claim_flags_parent_id_idx" ON "_aftercare_steps_v_version_claim_flags" USING btree ("_parent_id");
  CREATE INDEX "_aftercare_steps_v_version_claim_flags_acknowledged_by_idx" ON "_aftercare_steps_v_version_claim_flags" USING btree ("acknowledged_by_id");
  CREATE INDEX "faqs_claim_flags_order_idx" ON "faqs_claim_flags" USING btree ("_order");
  CREATE INDEX "faqs_claim_flags_parent_id_idx" ON "faqs_claim_flags" USING btree ("_parent_id");
  CREATE INDEX "faqs_claim_flags_acknowledged_by_idx" ON "faqs_claim_flags" USING btree ("acknowledged_by_id");
  CREATE INDEX "_faqs_v_version_claim_flags_order_idx" ON "_faqs_v_version_claim_flags" USING btree ("_order");
  CREATE INDEX "_faqs_v_version_claim_flags_parent_id_idx" ON "_faqs_v_version_claim_flags" USING btree ("_parent_id");
  CREATE INDEX "_faqs_v_version_claim_flags_acknowledged_by_idx" ON "_faqs_v_version_claim_flags" USING btree ("acknowledged_by_id");
  CREATE UNIQUE INDEX "notification_log_key_idx" ON "notification_log" USING btree ("key");
  CREATE INDEX "notification_log_updated_at_idx" ON "notification_log" USING btree ("updated_at");
  CREATE INDEX "notification_log_created_at_idx" ON "notification_log" USING btree ("created_at");
  CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");
  CREATE INDEX "audit_log_operation_idx" ON "audit_log" USING btree ("operation");
  CREATE INDEX "audit_log_document_collection_idx" ON "audit_log" USING btree ("document_collection");
  CREATE INDEX "audit_log_document_id_idx" ON "audit_log" USING btree ("document_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE INDEX "audit_log_texts_order_parent" ON "audit_log_texts" USING btree ("order","parent_id");
  CREATE INDEX "audit_log_texts_parent_lookup_idx" ON "audit_log_texts" USING btree ("parent_id");
  ALTER TABLE "conditions" ADD CONSTRAINT "conditions_edited_by_id_users_id_fk" FOREIGN KEY ("edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conditions_v" ADD CONSTRAINT "_conditions_v_version_edited_by_id_users_id_fk" FOREIGN KEY ("version_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures" ADD CONSTRAINT "procedures_edited_by_id_users_id_fk" FOREIGN KEY ("edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_version_edited_by_id_users_id_fk" FOREIGN KEY ("version_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "aftercare_steps" ADD CONSTRAINT "aftercare_steps_edited_by_id_users_id_fk" FOREIGN KEY ("edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_aftercare_steps_v" ADD CONSTRAINT "_aftercare_steps_v_version_edited_by_id_users_id_fk" FOREIGN KEY ("version_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faqs" ADD CONSTRAINT "faqs_edited_by_id_users_id_fk" FOREIGN KEY ("edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_version_edited_by_id_users_id_fk" FOREIGN KEY ("version_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notification_log_fk" FOREIGN KEY ("notification_log_id") REFERENCES "public"."notification_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "conditions_edited_by_idx" ON "conditions" USING btree ("edited_by_id");
  CREATE INDEX "_conditions_v_version_version_edited_by_idx" ON "_conditions_v" USING btree ("version_edited_by_id");
  CREATE INDEX "procedures_edited_by_idx" ON "procedures" USING btree ("edited_by_id");
  CREATE INDEX "_procedures_v_version_version_edited_by_idx" ON "_procedures_v" USING btree ("version_edited_by_id");
  CREATE INDEX "aftercare_steps_edited_by_idx" ON "aftercare_steps" USING btree ("edited_by_id");
  CREATE INDEX "_aftercare_steps_v_version_version_edited_by_idx" ON "_aftercare_steps_v" USING btree ("version_edited_by_id");
  CREATE INDEX "faqs_edited_by_idx" ON "faqs" USING btree ("edited_by_id");
  CREATE INDEX "_faqs_v_version_version_edited_by_idx" ON "_faqs_v" USING btree ("version_edited_by_id");
  CREATE INDEX "payload_locked_documents_rels_notification_log_id_idx" ON "payload_locked_documents_rels" USING btree ("notification_log_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");
  ALTER TABLE "users" DROP COLUMN "login_attempts";
  ALTER TABLE "users" DROP COLUMN "lock_until";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "conditions_codes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "conditions_claim_flags" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_conditions_v_version_codes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_conditions_v_version_claim_flags" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "proc_approved_ind" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "proc_approved_ind_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "proc_contraind" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "proc_contraind_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procedures_claim_flags" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_proc_approved_ind_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_proc_approved_ind_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_proc_contraind_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_proc_contraind_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_version_claim_flags" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "aftercare_steps_claim_flags" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_aftercare_steps_v_version_claim_flags" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "faqs_claim_flags" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_faqs_v_version_claim_flags" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "notification_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "audit_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "audit_log_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "conditions_codes" CASCADE;
  DROP TABLE "conditions_claim_flags" CASCADE;
  DROP TABLE "_conditions_v_version_codes" CASCADE;
  DROP TABLE "_conditions_v_version_claim_flags" CASCADE;
  DROP TABLE "proc_approved_ind" CASCADE;
  DROP TABLE "proc_approved_ind_locales" CASCADE;
  DROP TABLE "proc_contraind" CASCADE;
  DROP TABLE "proc_contraind_locales" CASCADE;
  DROP TABLE "procedures_claim_flags" CASCADE;
  DROP TABLE "_proc_approved_ind_v" CASCADE;
  DROP TABLE "_proc_approved_ind_v_locales" CASCADE;
  DROP TABLE "_proc_contraind_v" CASCADE;
  DROP TABLE "_proc_contraind_v_locales" CASCADE;
  DROP TABLE "_procedures_v_version_claim_flags" CASCADE;
  DROP TABLE "aftercare_steps_claim_flags" CASCADE;
  DROP TABLE "_aftercare_steps_v_version_claim_flags" CASCADE;
  DROP TABLE "faqs_claim_flags" CASCADE;
  DROP TABLE "_faqs_v_version_claim_flags" CASCADE;
  DROP TABLE "notification_log" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "audit_log_texts" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "conditions" DROP CONSTRAINT "conditions_edited_by_id_users_id_fk";
  
  ALTER TABLE "_conditions_v" DROP CONSTRAINT "_conditions_v_version_edited_by_id_users_id_fk";
  
  ALTER TABLE "procedures" DROP CONSTRAINT "procedures_edited_by_id_users_id_fk";
  
  ALTER TABLE "_procedures_v" DROP CONSTRAINT "_procedures_v_version_edited_by_id_users_id_fk";
  
  ALTER TABLE "aftercare_steps" DROP CONSTRAINT "aftercare_steps_edited_by_id_users_id_fk";
  
  ALTER TABLE "_aftercare_steps_v" DROP CONSTRAINT "_aftercare_steps_v_version_edited_by_id_users_id_fk";
  
  ALTER TABLE "faqs" DROP CONSTRAINT "faqs_edited_by_id_users_id_fk";
  
  ALTER TABLE "_faqs_v" DROP CONSTRAINT "_faqs_v_version_edited_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_notification_log_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_log_fk";
  
  ALTER TABLE "syndication_events" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_syndication_events_kind";
  CREATE TYPE "public"."enum_syndication_events_kind" AS ENUM('created', 'updated', 'unpublished', 'deleted');
  ALTER TABLE "syndication_events" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_syndication_events_kind" USING "kind"::"public"."enum_syndication_events_kind";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverPartnerWebhook', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverPartnerWebhook', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "conditions_edited_by_idx";
  DROP INDEX "_conditions_v_version_version_edited_by_idx";
  DROP INDEX "procedures_edited_by_idx";
  DROP INDEX "_procedures_v_version_version_edited_by_idx";
  DROP INDEX "aftercare_steps_edited_by_idx";
  DROP INDEX "_aftercare_steps_v_version_version_edited_by_idx";
  DROP INDEX "faqs_edited_by_idx";
  DROP INDEX "_faqs_v_version_version_edited_by_idx";
  DROP INDEX "payload_locked_documents_rels_notification_log_id_idx";
  DROP INDEX "payload_locked_documents_rels_audit_log_id_idx";
  ALTER TABLE "users" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "users" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "conditions" DROP COLUMN "indication_provenance";
  ALTER TABLE "conditions" DROP COLUMN "indication_needs_reviewer_confirmation";
  ALTER TABLE "conditions" DROP COLUMN "edited_by_id";
  ALTER TABLE "_conditions_v" DROP COLUMN "version_indication_provenance";
  ALTER TABLE "_conditions_v" DROP COLUMN "version_indication_needs_reviewer_confirmation";
  ALTER TABLE "_conditions_v" DROP COLUMN "version_edited_by_id";
  ALTER TABLE "procedures" DROP COLUMN "regulatory_label_title";
  ALTER TABLE "procedures" DROP COLUMN "regulatory_label_publisher";
  ALTER TABLE "procedures" DROP COLUMN "regulatory_label_url";
  ALTER TABLE "procedures" DROP COLUMN "regulatory_label_revision_date";
  ALTER TABLE "procedures" DROP COLUMN "regulatory_provenance";
  ALTER TABLE "procedures" DROP COLUMN "regulatory_citation";
  ALTER TABLE "procedures" DROP COLUMN "regulatory_needs_reviewer_confirmation";
  ALTER TABLE "procedures" DROP COLUMN "safety_information_provenance";
  ALTER TABLE "procedures" DROP COLUMN "safety_information_citation";
  ALTER TABLE "procedures" DROP COLUMN "safety_information_needs_reviewer_confirmation";
  ALTER TABLE "procedures" DROP COLUMN "edited_by_id";
  ALTER TABLE "procedures_locales" DROP COLUMN "regulatory_off_label_notice";
  ALTER TABLE "procedures_locales" DROP COLUMN "safety_information_boxed_warning";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_regulatory_label_title";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_regulatory_label_publisher";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_regulatory_label_url";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_regulatory_label_revision_date";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_regulatory_provenance";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_regulatory_citation";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_regulatory_needs_reviewer_confirmation";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_safety_information_provenance";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_safety_information_citation";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_safety_information_needs_reviewer_confirmation";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_edited_by_id";
  ALTER TABLE "_procedures_v_locales" DROP COLUMN "version_regulatory_off_label_notice";
  ALTER TABLE "_procedures_v_locales" DROP COLUMN "version_safety_information_boxed_warning";
  ALTER TABLE "aftercare_steps" DROP COLUMN "edited_by_id";
  ALTER TABLE "_aftercare_steps_v" DROP COLUMN "version_edited_by_id";
  ALTER TABLE "faqs" DROP COLUMN "edited_by_id";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_edited_by_id";
  ALTER TABLE "partners" DROP COLUMN "include_unreviewed";
  ALTER TABLE "syndication_events" DROP COLUMN "last_reviewed";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "notification_log_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_log_id";
  DROP TYPE "public"."enum_conditions_codes_system";
  DROP TYPE "public"."enum_conditions_codes_status";
  DROP TYPE "public"."enum_conditions_claim_flags_kind";
  DROP TYPE "public"."enum_conditions_claim_flags_status";
  DROP TYPE "public"."enum__conditions_v_version_codes_system";
  DROP TYPE "public"."enum__conditions_v_version_codes_status";
  DROP TYPE "public"."enum__conditions_v_version_claim_flags_kind";
  DROP TYPE "public"."enum__conditions_v_version_claim_flags_status";
  DROP TYPE "public"."enum_procedures_claim_flags_kind";
  DROP TYPE "public"."enum_procedures_claim_flags_status";
  DROP TYPE "public"."enum__procedures_v_version_claim_flags_kind";
  DROP TYPE "public"."enum__procedures_v_version_claim_flags_status";
  DROP TYPE "public"."enum_aftercare_steps_claim_flags_kind";
  DROP TYPE "public"."enum_aftercare_steps_claim_flags_status";
  DROP TYPE "public"."enum__aftercare_steps_v_version_claim_flags_kind";
  DROP TYPE "public"."enum__aftercare_steps_v_version_claim_flags_status";
  DROP TYPE "public"."enum_faqs_claim_flags_kind";
  DROP TYPE "public"."enum_faqs_claim_flags_status";
  DROP TYPE "public"."enum__faqs_v_version_claim_flags_kind";
  DROP TYPE "public"."enum__faqs_v_version_claim_flags_status";
  DROP TYPE "public"."enum_audit_log_operation";`)
}
