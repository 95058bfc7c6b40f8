import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_conditions_expected_relief_unit" AS ENUM('minutes', 'hours', 'days', 'weeks', 'months');
  CREATE TYPE "public"."enum_conditions_indication_status" AS ENUM('approved', 'off-label', 'unknown');
  CREATE TYPE "public"."enum_conditions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__conditions_v_version_expected_relief_unit" AS ENUM('minutes', 'hours', 'days', 'weeks', 'months');
  CREATE TYPE "public"."enum__conditions_v_version_indication_status" AS ENUM('approved', 'off-label', 'unknown');
  CREATE TYPE "public"."enum__conditions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_procedures_relief_durations_duration_unit" AS ENUM('minutes', 'hours', 'days', 'weeks', 'months');
  CREATE TYPE "public"."enum_procedures_onset_unit" AS ENUM('minutes', 'hours', 'days', 'weeks', 'months');
  CREATE TYPE "public"."enum_procedures_full_effect_unit" AS ENUM('minutes', 'hours', 'days', 'weeks', 'months');
  CREATE TYPE "public"."enum_procedures_retreatment_interval_unit" AS ENUM('minutes', 'hours', 'days', 'weeks', 'months');
  CREATE TYPE "public"."enum_procedures_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__procedures_v_version_relief_durations_duration_unit" AS ENUM('minutes', 'hours', 'days', 'weeks', 'months');
  CREATE TYPE "public"."enum__procedures_v_version_onset_unit" AS ENUM('minutes', 'hours', 'days', 'weeks', 'months');
  CREATE TYPE "public"."enum__procedures_v_version_full_effect_unit" AS ENUM('minutes', 'hours', 'days', 'weeks', 'months');
  CREATE TYPE "public"."enum__procedures_v_version_retreatment_interval_unit" AS ENUM('minutes', 'hours', 'days', 'weeks', 'months');
  CREATE TYPE "public"."enum__procedures_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_aftercare_steps_timeframe_unit" AS ENUM('minutes', 'hours', 'days', 'weeks', 'months');
  CREATE TYPE "public"."enum_aftercare_steps_likelihood" AS ENUM('common', 'rare');
  CREATE TYPE "public"."enum_aftercare_steps_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__aftercare_steps_v_version_timeframe_unit" AS ENUM('minutes', 'hours', 'days', 'weeks', 'months');
  CREATE TYPE "public"."enum__aftercare_steps_v_version_likelihood" AS ENUM('common', 'rare');
  CREATE TYPE "public"."enum__aftercare_steps_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_faqs_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__faqs_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'reviewer');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "conditions_complementary_therapies" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"therapy" varchar,
  	"when_used" varchar
  );
  
  CREATE TABLE "conditions" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"how_treatment_helps" varchar,
  	"expected_relief_min" numeric,
  	"expected_relief_max" numeric,
  	"expected_relief_unit" "enum_conditions_expected_relief_unit",
  	"expected_relief_wording" varchar,
  	"indication_status" "enum_conditions_indication_status" DEFAULT 'unknown',
  	"indication_note" varchar,
  	"indication_reference" varchar,
  	"slug" varchar,
  	"provenance_source_document" varchar,
  	"provenance_source_section" varchar,
  	"provenance_seed_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_conditions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "conditions_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_conditions_v_version_complementary_therapies" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"therapy" varchar,
  	"when_used" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_conditions_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_name" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_how_treatment_helps" varchar,
  	"version_expected_relief_min" numeric,
  	"version_expected_relief_max" numeric,
  	"version_expected_relief_unit" "enum__conditions_v_version_expected_relief_unit",
  	"version_expected_relief_wording" varchar,
  	"version_indication_status" "enum__conditions_v_version_indication_status" DEFAULT 'unknown',
  	"version_indication_note" varchar,
  	"version_indication_reference" varchar,
  	"version_slug" varchar,
  	"version_provenance_source_document" varchar,
  	"version_provenance_source_section" varchar,
  	"version_provenance_seed_hash" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__conditions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_conditions_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "procedures_relief_durations" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"duration_min" numeric,
  	"duration_max" numeric,
  	"duration_unit" "enum_procedures_relief_durations_duration_unit",
  	"duration_wording" varchar,
  	"attribution" varchar
  );
  
  CREATE TABLE "procedures" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"drug" varchar,
  	"mechanism" varchar,
  	"technique" varchar,
  	"sensation" varchar,
  	"onset_min" numeric,
  	"onset_max" numeric,
  	"onset_unit" "enum_procedures_onset_unit",
  	"onset_wording" varchar,
  	"full_effect_min" numeric,
  	"full_effect_max" numeric,
  	"full_effect_unit" "enum_procedures_full_effect_unit",
  	"full_effect_wording" varchar,
  	"retreatment_interval_min" numeric,
  	"retreatment_interval_max" numeric,
  	"retreatment_interval_unit" "enum_procedures_retreatment_interval_unit",
  	"retreatment_interval_wording" varchar,
  	"retreatment_note" varchar,
  	"downtime_required" boolean DEFAULT false,
  	"downtime_note" varchar,
  	"administered_by" varchar,
  	"safety_note" varchar,
  	"insurance_note" varchar,
  	"slug" varchar,
  	"provenance_source_document" varchar,
  	"provenance_source_section" varchar,
  	"provenance_seed_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_procedures_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "procedures_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"conditions_id" uuid
  );
  
  CREATE TABLE "_procedures_v_version_relief_durations" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"duration_min" numeric,
  	"duration_max" numeric,
  	"duration_unit" "enum__procedures_v_version_relief_durations_duration_unit",
  	"duration_wording" varchar,
  	"attribution" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_name" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_drug" varchar,
  	"version_mechanism" varchar,
  	"version_technique" varchar,
  	"version_sensation" varchar,
  	"version_onset_min" numeric,
  	"version_onset_max" numeric,
  	"version_onset_unit" "enum__procedures_v_version_onset_unit",
  	"version_onset_wording" varchar,
  	"version_full_effect_min" numeric,
  	"version_full_effect_max" numeric,
  	"version_full_effect_unit" "enum__procedures_v_version_full_effect_unit",
  	"version_full_effect_wording" varchar,
  	"version_retreatment_interval_min" numeric,
  	"version_retreatment_interval_max" numeric,
  	"version_retreatment_interval_unit" "enum__procedures_v_version_retreatment_interval_unit",
  	"version_retreatment_interval_wording" varchar,
  	"version_retreatment_note" varchar,
  	"version_downtime_required" boolean DEFAULT false,
  	"version_downtime_note" varchar,
  	"version_administered_by" varchar,
  	"version_safety_note" varchar,
  	"version_insurance_note" varchar,
  	"version_slug" varchar,
  	"version_provenance_source_document" varchar,
  	"version_provenance_source_section" varchar,
  	"version_provenance_seed_hash" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__procedures_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_procedures_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"conditions_id" uuid
  );
  
  CREATE TABLE "aftercare_steps" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"procedure_id" uuid,
  	"order" numeric,
  	"description" varchar,
  	"timeframe_min" numeric,
  	"timeframe_max" numeric,
  	"timeframe_unit" "enum_aftercare_steps_timeframe_unit",
  	"timeframe_wording" varchar,
  	"likelihood" "enum_aftercare_steps_likelihood",
  	"what_to_do" varchar,
  	"slug" varchar,
  	"provenance_source_document" varchar,
  	"provenance_source_section" varchar,
  	"provenance_seed_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_aftercare_steps_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_aftercare_steps_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_title" varchar,
  	"version_procedure_id" uuid,
  	"version_order" numeric,
  	"version_description" varchar,
  	"version_timeframe_min" numeric,
  	"version_timeframe_max" numeric,
  	"version_timeframe_unit" "enum__aftercare_steps_v_version_timeframe_unit",
  	"version_timeframe_wording" varchar,
  	"version_likelihood" "enum__aftercare_steps_v_version_likelihood",
  	"version_what_to_do" varchar,
  	"version_slug" varchar,
  	"version_provenance_source_document" varchar,
  	"version_provenance_source_section" varchar,
  	"version_provenance_seed_hash" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__aftercare_steps_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "faqs" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"question" varchar,
  	"answer" jsonb,
  	"order" numeric,
  	"slug" varchar,
  	"provenance_source_document" varchar,
  	"provenance_source_section" varchar,
  	"provenance_seed_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_faqs_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "faqs_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"conditions_id" uuid,
  	"procedures_id" uuid
  );
  
  CREATE TABLE "_faqs_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_question" varchar,
  	"version_answer" jsonb,
  	"version_order" numeric,
  	"version_slug" varchar,
  	"version_provenance_source_document" varchar,
  	"version_provenance_source_section" varchar,
  	"version_provenance_seed_hash" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__faqs_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_faqs_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"conditions_id" uuid,
  	"procedures_id" uuid
  );
  
  CREATE TABLE "media" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_users_roles",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"conditions_id" uuid,
  	"procedures_id" uuid,
  	"aftercare_steps_id" uuid,
  	"faqs_id" uuid,
  	"media_id" uuid,
  	"users_id" uuid
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "clinic_settings" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"clinic_name" varchar NOT NULL,
  	"site_url" varchar NOT NULL,
  	"medical_disclaimer" varchar NOT NULL,
  	"attribution_text" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "conditions_complementary_therapies" ADD CONSTRAINT "conditions_complementary_therapies_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conditions_texts" ADD CONSTRAINT "conditions_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v_version_complementary_therapies" ADD CONSTRAINT "_conditions_v_version_complementary_therapies_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_conditions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v" ADD CONSTRAINT "_conditions_v_parent_id_conditions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."conditions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conditions_v_texts" ADD CONSTRAINT "_conditions_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_conditions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_relief_durations" ADD CONSTRAINT "procedures_relief_durations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_rels" ADD CONSTRAINT "procedures_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_rels" ADD CONSTRAINT "procedures_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_relief_durations" ADD CONSTRAINT "_procedures_v_version_relief_durations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_parent_id_procedures_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v_rels" ADD CONSTRAINT "_procedures_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_rels" ADD CONSTRAINT "_procedures_v_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "aftercare_steps" ADD CONSTRAINT "aftercare_steps_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_aftercare_steps_v" ADD CONSTRAINT "_aftercare_steps_v_parent_id_aftercare_steps_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."aftercare_steps"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_aftercare_steps_v" ADD CONSTRAINT "_aftercare_steps_v_version_procedure_id_procedures_id_fk" FOREIGN KEY ("version_procedure_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_parent_id_faqs_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faqs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_faqs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_aftercare_steps_fk" FOREIGN KEY ("aftercare_steps_id") REFERENCES "public"."aftercare_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "conditions_complementary_therapies_order_idx" ON "conditions_complementary_therapies" USING btree ("_order");
  CREATE INDEX "conditions_complementary_therapies_parent_id_idx" ON "conditions_complementary_therapies" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "conditions_slug_idx" ON "conditions" USING btree ("slug");
  CREATE INDEX "conditions_updated_at_idx" ON "conditions" USING btree ("updated_at");
  CREATE INDEX "conditions_created_at_idx" ON "conditions" USING btree ("created_at");
  CREATE INDEX "conditions__status_idx" ON "conditions" USING btree ("_status");
  CREATE INDEX "conditions_texts_order_parent" ON "conditions_texts" USING btree ("order","parent_id");
  CREATE INDEX "_conditions_v_version_complementary_therapies_order_idx" ON "_conditions_v_version_complementary_therapies" USING btree ("_order");
  CREATE INDEX "_conditions_v_version_complementary_therapies_parent_id_idx" ON "_conditions_v_version_complementary_therapies" USING btree ("_parent_id");
  CREATE INDEX "_conditions_v_parent_idx" ON "_conditions_v" USING btree ("parent_id");
  CREATE INDEX "_conditions_v_version_version_slug_idx" ON "_conditions_v" USING btree ("version_slug");
  CREATE INDEX "_conditions_v_version_version_updated_at_idx" ON "_conditions_v" USING btree ("version_updated_at");
  CREATE INDEX "_conditions_v_version_version_created_at_idx" ON "_conditions_v" USING btree ("version_created_at");
  CREATE INDEX "_conditions_v_version_version__status_idx" ON "_conditions_v" USING btree ("version__status");
  CREATE INDEX "_conditions_v_created_at_idx" ON "_conditions_v" USING btree ("created_at");
  CREATE INDEX "_conditions_v_updated_at_idx" ON "_conditions_v" USING btree ("updated_at");
  CREATE INDEX "_conditions_v_latest_idx" ON "_conditions_v" USING btree ("latest");
  CREATE INDEX "_conditions_v_autosave_idx" ON "_conditions_v" USING btree ("autosave");
  CREATE INDEX "_conditions_v_texts_order_parent" ON "_conditions_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "procedures_relief_durations_order_idx" ON "procedures_relief_durations" USING btree ("_order");
  CREATE INDEX "procedures_relief_durations_parent_id_idx" ON "procedures_relief_durations" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "procedures_slug_idx" ON "procedures" USING btree ("slug");
  CREATE INDEX "procedures_updated_at_idx" ON "procedures" USING btree ("updated_at");
  CREATE INDEX "procedures_created_at_idx" ON "procedures" USING btree ("created_at");
  CREATE INDEX "procedures__status_idx" ON "procedures" USING btree ("_status");
  CREATE INDEX "procedures_rels_order_idx" ON "procedures_rels" USING btree ("order");
  CREATE INDEX "procedures_rels_parent_idx" ON "procedures_rels" USING btree ("parent_id");
  CREATE INDEX "procedures_rels_path_idx" ON "procedures_rels" USING btree ("path");
  CREATE INDEX "procedures_rels_conditions_id_idx" ON "procedures_rels" USING btree ("conditions_id");
  CREATE INDEX "_procedures_v_version_relief_durations_order_idx" ON "_procedures_v_version_relief_durations" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_relief_durations_parent_id_idx" ON "_procedures_v_version_relief_durations" USING btree ("_parent_id");
  CREATE INDEX "_procedures_v_parent_idx" ON "_procedures_v" USING btree ("parent_id");
  CREATE INDEX "_procedures_v_version_version_slug_idx" ON "_procedures_v" USING btree ("version_slug");
  CREATE INDEX "_procedures_v_version_version_updated_at_idx" ON "_procedures_v" USING btree ("version_updated_at");
  CREATE INDEX "_procedures_v_version_version_created_at_idx" ON "_procedures_v" USING btree ("version_created_at");
  CREATE INDEX "_procedures_v_version_version__status_idx" ON "_procedures_v" USING btree ("version__status");
  CREATE INDEX "_procedures_v_created_at_idx" ON "_procedures_v" USING btree ("created_at");
  CREATE INDEX "_procedures_v_updated_at_idx" ON "_procedures_v" USING btree ("updated_at");
  CREATE INDEX "_procedures_v_latest_idx" ON "_procedures_v" USING btree ("latest");
  CREATE INDEX "_procedures_v_autosave_idx" ON "_procedures_v" USING btree ("autosave");
  CREATE INDEX "_procedures_v_rels_order_idx" ON "_procedures_v_rels" USING btree ("order");
  CREATE INDEX "_procedures_v_rels_parent_idx" ON "_procedures_v_rels" USING btree ("parent_id");
  CREATE INDEX "_procedures_v_rels_path_idx" ON "_procedures_v_rels" USING btree ("path");
  CREATE INDEX "_procedures_v_rels_conditions_id_idx" ON "_procedures_v_rels" USING btree ("conditions_id");
  CREATE INDEX "aftercare_steps_procedure_idx" ON "aftercare_steps" USING btree ("procedure_id");
  CREATE INDEX "aftercare_steps_order_idx" ON "aftercare_steps" USING btree ("order");
  CREATE UNIQUE INDEX "aftercare_steps_slug_idx" ON "aftercare_steps" USING btree ("slug");
  CREATE INDEX "aftercare_steps_updated_at_idx" ON "aftercare_steps" USING btree ("updated_at");
  CREATE INDEX "aftercare_steps_created_at_idx" ON "aftercare_steps" USING btree ("created_at");
  CREATE INDEX "aftercare_steps__status_idx" ON "aftercare_steps" USING btree ("_status");
  CREATE INDEX "_aftercare_steps_v_parent_idx" ON "_aftercare_steps_v" USING btree ("parent_id");
  CREATE INDEX "_aftercare_steps_v_version_version_procedure_idx" ON "_aftercare_steps_v" USING btree ("version_procedure_id");
  CREATE INDEX "_aftercare_steps_v_version_version_order_idx" ON "_aftercare_steps_v" USING btree ("version_order");
  CREATE INDEX "_aftercare_steps_v_version_version_slug_idx" ON "_aftercare_steps_v" USING btree ("version_slug");
  CREATE INDEX "_aftercare_steps_v_version_version_updated_at_idx" ON "_aftercare_steps_v" USING btree ("version_updated_at");
  CREATE INDEX "_aftercare_steps_v_version_version_created_at_idx" ON "_aftercare_steps_v" USING btree ("version_created_at");
  CREATE INDEX "_aftercare_steps_v_version_version__status_idx" ON "_aftercare_steps_v" USING btree ("version__status");
  CREATE INDEX "_aftercare_steps_v_created_at_idx" ON "_aftercare_steps_v" USING btree ("created_at");
  CREATE INDEX "_aftercare_steps_v_updated_at_idx" ON "_aftercare_steps_v" USING btree ("updated_at");
  CREATE INDEX "_aftercare_steps_v_latest_idx" ON "_aftercare_steps_v" USING btree ("latest");
  CREATE INDEX "_aftercare_steps_v_autosave_idx" ON "_aftercare_steps_v" USING btree ("autosave");
  CREATE INDEX "faqs_order_idx" ON "faqs" USING btree ("order");
  CREATE UNIQUE INDEX "faqs_slug_idx" ON "faqs" USING btree ("slug");
  CREATE INDEX "faqs_updated_at_idx" ON "faqs" USING btree ("updated_at");
  CREATE INDEX "faqs_created_at_idx" ON "faqs" USING btree ("created_at");
  CREATE INDEX "faqs__status_idx" ON "faqs" USING btree ("_status");
  CREATE INDEX "faqs_rels_order_idx" ON "faqs_rels" USING btree ("order");
  CREATE INDEX "faqs_rels_parent_idx" ON "faqs_rels" USING btree ("parent_id");
  CREATE INDEX "faqs_rels_path_idx" ON "faqs_rels" USING btree ("path");
  CREATE INDEX "faqs_rels_conditions_id_idx" ON "faqs_rels" USING btree ("conditions_id");
  CREATE INDEX "faqs_rels_procedures_id_idx" ON "faqs_rels" USING btree ("procedures_id");
  CREATE INDEX "_faqs_v_parent_idx" ON "_faqs_v" USING btree ("parent_id");
  CREATE INDEX "_faqs_v_version_version_order_idx" ON "_faqs_v" USING btree ("version_order");
  CREATE INDEX "_faqs_v_version_version_slug_idx" ON "_faqs_v" USING btree ("version_slug");
  CREATE INDEX "_faqs_v_version_version_updated_at_idx" ON "_faqs_v" USING btree ("version_updated_at");
  CREATE INDEX "_faqs_v_version_version_created_at_idx" ON "_faqs_v" USING btree ("version_created_at");
  CREATE INDEX "_faqs_v_version_version__status_idx" ON "_faqs_v" USING btree ("version__status");
  CREATE INDEX "_faqs_v_created_at_idx" ON "_faqs_v" USING btree ("created_at");
  CREATE INDEX "_faqs_v_updated_at_idx" ON "_faqs_v" USING btree ("updated_at");
  CREATE INDEX "_faqs_v_latest_idx" ON "_faqs_v" USING btree ("latest");
  CREATE INDEX "_faqs_v_autosave_idx" ON "_faqs_v" USING btree ("autosave");
  CREATE INDEX "_faqs_v_rels_order_idx" ON "_faqs_v_rels" USING btree ("order");
  CREATE INDEX "_faqs_v_rels_parent_idx" ON "_faqs_v_rels" USING btree ("parent_id");
  CREATE INDEX "_faqs_v_rels_path_idx" ON "_faqs_v_rels" USING btree ("path");
  CREATE INDEX "_faqs_v_rels_conditions_id_idx" ON "_faqs_v_rels" USING btree ("conditions_id");
  CREATE INDEX "_faqs_v_rels_procedures_id_idx" ON "_faqs_v_rels" USING btree ("procedures_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_conditions_id_idx" ON "payload_locked_documents_rels" USING btree ("conditions_id");
  CREATE INDEX "payload_locked_documents_rels_procedures_id_idx" ON "payload_locked_documents_rels" USING btree ("procedures_id");
  CREATE INDEX "payload_locked_documents_rels_aftercare_steps_id_idx" ON "payload_locked_documents_rels" USING btree ("aftercare_steps_id");
  CREATE INDEX "payload_locked_documents_rels_faqs_id_idx" ON "payload_locked_documents_rels" USING btree ("faqs_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "conditions_complementary_therapies" CASCADE;
  DROP TABLE "conditions" CASCADE;
  DROP TABLE "conditions_texts" CASCADE;
  DROP TABLE "_conditions_v_version_complementary_therapies" CASCADE;
  DROP TABLE "_conditions_v" CASCADE;
  DROP TABLE "_conditions_v_texts" CASCADE;
  DROP TABLE "procedures_relief_durations" CASCADE;
  DROP TABLE "procedures" CASCADE;
  DROP TABLE "procedures_rels" CASCADE;
  DROP TABLE "_procedures_v_version_relief_durations" CASCADE;
  DROP TABLE "_procedures_v" CASCADE;
  DROP TABLE "_procedures_v_rels" CASCADE;
  DROP TABLE "aftercare_steps" CASCADE;
  DROP TABLE "_aftercare_steps_v" CASCADE;
  DROP TABLE "faqs" CASCADE;
  DROP TABLE "faqs_rels" CASCADE;
  DROP TABLE "_faqs_v" CASCADE;
  DROP TABLE "_faqs_v_rels" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "clinic_settings" CASCADE;
  DROP TYPE "public"."enum_conditions_expected_relief_unit";
  DROP TYPE "public"."enum_conditions_indication_status";
  DROP TYPE "public"."enum_conditions_status";
  DROP TYPE "public"."enum__conditions_v_version_expected_relief_unit";
  DROP TYPE "public"."enum__conditions_v_version_indication_status";
  DROP TYPE "public"."enum__conditions_v_version_status";
  DROP TYPE "public"."enum_procedures_relief_durations_duration_unit";
  DROP TYPE "public"."enum_procedures_onset_unit";
  DROP TYPE "public"."enum_procedures_full_effect_unit";
  DROP TYPE "public"."enum_procedures_retreatment_interval_unit";
  DROP TYPE "public"."enum_procedures_status";
  DROP TYPE "public"."enum__procedures_v_version_relief_durations_duration_unit";
  DROP TYPE "public"."enum__procedures_v_version_onset_unit";
  DROP TYPE "public"."enum__procedures_v_version_full_effect_unit";
  DROP TYPE "public"."enum__procedures_v_version_retreatment_interval_unit";
  DROP TYPE "public"."enum__procedures_v_version_status";
  DROP TYPE "public"."enum_aftercare_steps_timeframe_unit";
  DROP TYPE "public"."enum_aftercare_steps_likelihood";
  DROP TYPE "public"."enum_aftercare_steps_status";
  DROP TYPE "public"."enum__aftercare_steps_v_version_timeframe_unit";
  DROP TYPE "public"."enum__aftercare_steps_v_version_likelihood";
  DROP TYPE "public"."enum__aftercare_steps_v_version_status";
  DROP TYPE "public"."enum_faqs_status";
  DROP TYPE "public"."enum__faqs_v_version_status";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
