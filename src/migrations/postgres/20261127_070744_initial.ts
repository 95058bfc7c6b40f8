import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_conditions_expected_relief_unit" AS ENUM('minutes', 'hours', 'days', 'weeks', 'months');
  CREATE TYPE "public"."enum_conditions_indication_status" AS ENUM('approved', 'off-label', 'unknown');
  CREATE TYPE "public"."enum_conditions_workflow_status" AS ENUM('draft', 'in-review', 'published');
  CREATE TYPE "public"."enum_conditions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__conditions_v_version_expected_relief_unit" AS ENUM('minutes', 'hours', 'days', 'weeks', 'months');
  CREATE TYPE "public"."enum__conditions_v_version_indication_status" AS ENUM('approved', 'off-label', 'unknown');
  CREATE TYPE "public"."enum__conditions_v_version_workflow_status" AS ENUM('draft', 'in-review', 'published');
  CREATE TYPE "public"."enum__conditions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__conditions_v_published_locale" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_procedures_relief_durations_duration_unit" AS ENUM('minutes', 'hours', 'days', 'weeks', 'months');
  CREATE TYPE "public"."enum_procedures_onset_unit" AS ENUM('minutes', 'hours', 'days', 'weeks', 'months');
  CREATE TYPE "public"."enum_procedures_full_effect_unit" AS ENUM('minutes', 'hours', 'days', 'weeks', 'months');
  CREATE TYPE "public"."enum_procedures_retreatment_interval_unit" AS ENUM('minutes', 'hours', 'days', 'weeks', 'months');
  CREATE TYPE "public"."enum_procedures_workflow_status" AS ENUM('draft', 'in-review', 'published');
  CREATE TYPE "public"."enum_procedures_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__procedures_v_version_relief_durations_duration_unit" AS ENUM('minutes', 'hours', 'days', 'weeks', 'months');
  CREATE TYPE "public"."enum__procedures_v_version_onset_unit" AS ENUM('minutes', 'hours', 'days', 'weeks', 'months');
  CREATE TYPE "public"."enum__procedures_v_version_full_effect_unit" AS ENUM('minutes', 'hours', 'days', 'weeks', 'months');
  CREATE TYPE "public"."enum__procedures_v_version_retreatment_interval_unit" AS ENUM('minutes', 'hours', 'days', 'weeks', 'months');
  CREATE TYPE "public"."enum__procedures_v_version_workflow_status" AS ENUM('draft', 'in-review', 'published');
  CREATE TYPE "public"."enum__procedures_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__procedures_v_published_locale" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_aftercare_steps_timeframe_unit" AS ENUM('minutes', 'hours', 'days', 'weeks', 'months');
  CREATE TYPE "public"."enum_aftercare_steps_likelihood" AS ENUM('common', 'rare');
  CREATE TYPE "public"."enum_aftercare_steps_workflow_status" AS ENUM('draft', 'in-review', 'published');
  CREATE TYPE "public"."enum_aftercare_steps_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__aftercare_steps_v_version_timeframe_unit" AS ENUM('minutes', 'hours', 'days', 'weeks', 'months');
  CREATE TYPE "public"."enum__aftercare_steps_v_version_likelihood" AS ENUM('common', 'rare');
  CREATE TYPE "public"."enum__aftercare_steps_v_version_workflow_status" AS ENUM('draft', 'in-review', 'published');
  CREATE TYPE "public"."enum__aftercare_steps_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__aftercare_steps_v_published_locale" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_faqs_workflow_status" AS ENUM('draft', 'in-review', 'published');
  CREATE TYPE "public"."enum_faqs_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__faqs_v_version_workflow_status" AS ENUM('draft', 'in-review', 'published');
  CREATE TYPE "public"."enum__faqs_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__faqs_v_published_locale" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'reviewer');
  CREATE TYPE "public"."enum_partners_scopes_collections" AS ENUM('conditions', 'procedures', 'aftercare-steps', 'faqs');
  CREATE TYPE "public"."enum_partners_scopes_locales" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_partners_status" AS ENUM('active', 'suspended');
  CREATE TYPE "public"."enum_partners_rate_limit_tier" AS ENUM('trial', 'standard', 'premium');
  CREATE TYPE "public"."enum_syndication_events_kind" AS ENUM('created', 'updated', 'unpublished', 'deleted');
  CREATE TYPE "public"."enum_syndication_events_document_collection" AS ENUM('conditions', 'procedures', 'aftercare-steps', 'faqs');
  CREATE TYPE "public"."enum_webhook_deliveries_outcome" AS ENUM('delivered', 'failed');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverPartnerWebhook', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverPartnerWebhook', 'schedulePublish');
  CREATE TABLE "conditions_complementary_therapies" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "conditions_complementary_therapies_locales" (
  	"therapy" varchar,
  	"when_used" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "conditions" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"image_id" uuid,
  	"expected_relief_min" numeric,
  	"expected_relief_max" numeric,
  	"expected_relief_unit" "enum_conditions_expected_relief_unit",
  	"expected_relief_wording" varchar,
  	"indication_status" "enum_conditions_indication_status" DEFAULT 'unknown',
  	"indication_reference" varchar,
  	"workflow_status" "enum_conditions_workflow_status" DEFAULT 'draft',
  	"last_reviewed" timestamp(3) with time zone,
  	"next_review_due" timestamp(3) with time zone,
  	"reviewed_by_id" uuid,
  	"reviewer_name" varchar,
  	"slug" varchar,
  	"provenance_source_document" varchar,
  	"provenance_source_section" varchar,
  	"provenance_seed_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_conditions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "conditions_locales" (
  	"name" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"how_treatment_helps" varchar,
  	"indication_note" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" uuid,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "conditions_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar,
  	"locale" "_locales"
  );
  
  CREATE TABLE "_conditions_v_version_complementary_therapies" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_conditions_v_version_complementary_therapies_locales" (
  	"therapy" varchar,
  	"when_used" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_conditions_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_image_id" uuid,
  	"version_expected_relief_min" numeric,
  	"version_expected_relief_max" numeric,
  	"version_expected_relief_unit" "enum__conditions_v_version_expected_relief_unit",
  	"version_expected_relief_wording" varchar,
  	"version_indication_status" "enum__conditions_v_version_indication_status" DEFAULT 'unknown',
  	"version_indication_reference" varchar,
  	"version_workflow_status" "enum__conditions_v_version_workflow_status" DEFAULT 'draft',
  	"version_last_reviewed" timestamp(3) with time zone,
  	"version_next_review_due" timestamp(3) with time zone,
  	"version_reviewed_by_id" uuid,
  	"version_reviewer_name" varchar,
  	"version_slug" varchar,
  	"version_provenance_source_document" varchar,
  	"version_provenance_source_section" varchar,
  	"version_provenance_seed_hash" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__conditions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__conditions_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_conditions_v_locales" (
  	"version_name" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_how_treatment_helps" varchar,
  	"version_indication_note" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" uuid,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_conditions_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar,
  	"locale" "_locales"
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
  	"image_id" uuid,
  	"drug" varchar,
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
  	"downtime_required" boolean DEFAULT false,
  	"workflow_status" "enum_procedures_workflow_status" DEFAULT 'draft',
  	"last_reviewed" timestamp(3) with time zone,
  	"next_review_due" timestamp(3) with time zone,
  	"reviewed_by_id" uuid,
  	"reviewer_name" varchar,
  	"slug" varchar,
  	"provenance_source_document" varchar,
  	"provenance_source_section" varchar,
  	"provenance_seed_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_procedures_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "procedures_locales" (
  	"name" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"mechanism" varchar,
  	"technique" varchar,
  	"sensation" varchar,
  	"retreatment_note" varchar,
  	"downtime_note" varchar,
  	"administered_by" varchar,
  	"safety_note" varchar,
  	"insurance_note" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" uuid,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
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
  	"version_image_id" uuid,
  	"version_drug" varchar,
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
  	"version_downtime_required" boolean DEFAULT false,
  	"version_workflow_status" "enum__procedures_v_version_workflow_status" DEFAULT 'draft',
  	"version_last_reviewed" timestamp(3) with time zone,
  	"version_next_review_due" timestamp(3) with time zone,
  	"version_reviewed_by_id" uuid,
  	"version_reviewer_name" varchar,
  	"version_slug" varchar,
  	"version_provenance_source_document" varchar,
  	"version_provenance_source_section" varchar,
  	"version_provenance_seed_hash" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__procedures_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__procedures_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_procedures_v_locales" (
  	"version_name" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_mechanism" varchar,
  	"version_technique" varchar,
  	"version_sensation" varchar,
  	"version_retreatment_note" varchar,
  	"version_downtime_note" varchar,
  	"version_administered_by" varchar,
  	"version_safety_note" varchar,
  	"version_insurance_note" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" uuid,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
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
  	"procedure_id" uuid,
  	"order" numeric,
  	"timeframe_min" numeric,
  	"timeframe_max" numeric,
  	"timeframe_unit" "enum_aftercare_steps_timeframe_unit",
  	"timeframe_wording" varchar,
  	"likelihood" "enum_aftercare_steps_likelihood",
  	"workflow_status" "enum_aftercare_steps_workflow_status" DEFAULT 'draft',
  	"last_reviewed" timestamp(3) with time zone,
  	"next_review_due" timestamp(3) with time zone,
  	"reviewed_by_id" uuid,
  	"reviewer_name" varchar,
  	"slug" varchar,
  	"provenance_source_document" varchar,
  	"provenance_source_section" varchar,
  	"provenance_seed_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_aftercare_steps_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "aftercare_steps_locales" (
  	"title" varchar,
  	"description" varchar,
  	"what_to_do" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" uuid,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_aftercare_steps_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_procedure_id" uuid,
  	"version_order" numeric,
  	"version_timeframe_min" numeric,
  	"version_timeframe_max" numeric,
  	"version_timeframe_unit" "enum__aftercare_steps_v_version_timeframe_unit",
  	"version_timeframe_wording" varchar,
  	"version_likelihood" "enum__aftercare_steps_v_version_likelihood",
  	"version_workflow_status" "enum__aftercare_steps_v_version_workflow_status" DEFAULT 'draft',
  	"version_last_reviewed" timestamp(3) with time zone,
  	"version_next_review_due" timestamp(3) with time zone,
  	"version_reviewed_by_id" uuid,
  	"version_reviewer_name" varchar,
  	"version_slug" varchar,
  	"version_provenance_source_document" varchar,
  	"version_provenance_source_section" varchar,
  	"version_provenance_seed_hash" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__aftercare_steps_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__aftercare_steps_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_aftercare_steps_v_locales" (
  	"version_title" varchar,
  	"version_description" varchar,
  	"version_what_to_do" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" uuid,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "faqs" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"order" numeric,
  	"workflow_status" "enum_faqs_workflow_status" DEFAULT 'draft',
  	"last_reviewed" timestamp(3) with time zone,
  	"next_review_due" timestamp(3) with time zone,
  	"reviewed_by_id" uuid,
  	"reviewer_name" varchar,
  	"slug" varchar,
  	"provenance_source_document" varchar,
  	"provenance_source_section" varchar,
  	"provenance_seed_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_faqs_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "faqs_locales" (
  	"question" varchar,
  	"answer" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" uuid,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
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
  	"version_order" numeric,
  	"version_workflow_status" "enum__faqs_v_version_workflow_status" DEFAULT 'draft',
  	"version_last_reviewed" timestamp(3) with time zone,
  	"version_next_review_due" timestamp(3) with time zone,
  	"version_reviewed_by_id" uuid,
  	"version_reviewer_name" varchar,
  	"version_slug" varchar,
  	"version_provenance_source_document" varchar,
  	"version_provenance_source_section" varchar,
  	"version_provenance_seed_hash" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__faqs_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__faqs_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_faqs_v_locales" (
  	"version_question" varchar,
  	"version_answer" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" uuid,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
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
  
  CREATE TABLE "partners_scopes_collections" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_partners_scopes_collections",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "partners_scopes_locales" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_partners_scopes_locales",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "partners" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"contact_name" varchar,
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"status" "enum_partners_status" DEFAULT 'active' NOT NULL,
  	"rate_limit_tier" "enum_partners_rate_limit_tier" DEFAULT 'standard' NOT NULL,
  	"webhook_url" varchar,
  	"webhook_secret" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "partners_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "partner_keys" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"partner_id" uuid NOT NULL,
  	"prefix" varchar NOT NULL,
  	"label" varchar,
  	"key_hash" varchar NOT NULL,
  	"expires_at" timestamp(3) with time zone,
  	"revoked_at" timestamp(3) with time zone,
  	"last_used_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "syndication_events" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"sequence" numeric NOT NULL,
  	"kind" "enum_syndication_events_kind" NOT NULL,
  	"document_collection" "enum_syndication_events_document_collection" NOT NULL,
  	"document_id" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"title" varchar,
  	"version" numeric NOT NULL,
  	"content_hashes" jsonb,
  	"occurred_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "webhook_deliveries" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"partner_id" uuid NOT NULL,
  	"event_id" uuid NOT NULL,
  	"webhook_id" varchar NOT NULL,
  	"event_type" varchar NOT NULL,
  	"url" varchar NOT NULL,
  	"attempt" numeric NOT NULL,
  	"outcome" "enum_webhook_deliveries_outcome" NOT NULL,
  	"response_status" numeric,
  	"error" varchar,
  	"duration_ms" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
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
  	"users_id" uuid,
  	"partners_id" uuid,
  	"partner_keys_id" uuid,
  	"syndication_events_id" uuid,
  	"webhook_deliveries_id" uuid
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
  ALTER TABLE "conditions_complementary_therapies_locales" ADD CONSTRAINT "conditions_complementary_therapies_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."conditions_complementary_therapies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conditions" ADD CONSTRAINT "conditions_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conditions" ADD CONSTRAINT "conditions_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conditions_locales" ADD CONSTRAINT "conditions_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conditions_locales" ADD CONSTRAINT "conditions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conditions_texts" ADD CONSTRAINT "conditions_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v_version_complementary_therapies" ADD CONSTRAINT "_conditions_v_version_complementary_therapies_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_conditions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v_version_complementary_therapies_locales" ADD CONSTRAINT "_conditions_v_version_complementary_therapies_locales_par_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_conditions_v_version_complementary_therapies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v" ADD CONSTRAINT "_conditions_v_parent_id_conditions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."conditions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conditions_v" ADD CONSTRAINT "_conditions_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conditions_v" ADD CONSTRAINT "_conditions_v_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conditions_v_locales" ADD CONSTRAINT "_conditions_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conditions_v_locales" ADD CONSTRAINT "_conditions_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_conditions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v_texts" ADD CONSTRAINT "_conditions_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_conditions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_relief_durations" ADD CONSTRAINT "procedures_relief_durations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures" ADD CONSTRAINT "procedures_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures" ADD CONSTRAINT "procedures_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures_locales" ADD CONSTRAINT "procedures_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures_locales" ADD CONSTRAINT "procedures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_rels" ADD CONSTRAINT "procedures_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_rels" ADD CONSTRAINT "procedures_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_relief_durations" ADD CONSTRAINT "_procedures_v_version_relief_durations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_parent_id_procedures_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v_locales" ADD CONSTRAINT "_procedures_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v_locales" ADD CONSTRAINT "_procedures_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_rels" ADD CONSTRAINT "_procedures_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_rels" ADD CONSTRAINT "_procedures_v_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "aftercare_steps" ADD CONSTRAINT "aftercare_steps_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "aftercare_steps" ADD CONSTRAINT "aftercare_steps_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "aftercare_steps_locales" ADD CONSTRAINT "aftercare_steps_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "aftercare_steps_locales" ADD CONSTRAINT "aftercare_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."aftercare_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_aftercare_steps_v" ADD CONSTRAINT "_aftercare_steps_v_parent_id_aftercare_steps_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."aftercare_steps"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_aftercare_steps_v" ADD CONSTRAINT "_aftercare_steps_v_version_procedure_id_procedures_id_fk" FOREIGN KEY ("version_procedure_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_aftercare_steps_v" ADD CONSTRAINT "_aftercare_steps_v_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_aftercare_steps_v_locales" ADD CONSTRAINT "_aftercare_steps_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_aftercare_steps_v_locales" ADD CONSTRAINT "_aftercare_steps_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_aftercare_steps_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs" ADD CONSTRAINT "faqs_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faqs_locales" ADD CONSTRAINT "faqs_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faqs_locales" ADD CONSTRAINT "faqs_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_parent_id_faqs_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faqs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v_locales" ADD CONSTRAINT "_faqs_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v_locales" ADD CONSTRAINT "_faqs_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_faqs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_faqs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners_scopes_collections" ADD CONSTRAINT "partners_scopes_collections_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners_scopes_locales" ADD CONSTRAINT "partners_scopes_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners_texts" ADD CONSTRAINT "partners_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partner_keys" ADD CONSTRAINT "partner_keys_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_event_id_syndication_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."syndication_events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_aftercare_steps_fk" FOREIGN KEY ("aftercare_steps_id") REFERENCES "public"."aftercare_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_partners_fk" FOREIGN KEY ("partners_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_partner_keys_fk" FOREIGN KEY ("partner_keys_id") REFERENCES "public"."partner_keys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_syndication_events_fk" FOREIGN KEY ("syndication_events_id") REFERENCES "public"."syndication_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhook_deliveries_fk" FOREIGN KEY ("webhook_deliveries_id") REFERENCES "public"."webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "conditions_complementary_therapies_order_idx" ON "conditions_complementary_therapies" USING btree ("_order");
  CREATE INDEX "conditions_complementary_therapies_parent_id_idx" ON "conditions_complementary_therapies" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "conditions_complementary_therapies_locales_locale_parent_id_" ON "conditions_complementary_therapies_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "conditions_complementary_therapies_locales_parent_lookup_idx" ON "conditions_complementary_therapies_locales" USING btree ("_parent_id");
  CREATE INDEX "conditions_image_idx" ON "conditions" USING btree ("image_id");
  CREATE INDEX "conditions_workflow_status_idx" ON "conditions" USING btree ("workflow_status");
  CREATE INDEX "conditions_next_review_due_idx" ON "conditions" USING btree ("next_review_due");
  CREATE INDEX "conditions_reviewed_by_idx" ON "conditions" USING btree ("reviewed_by_id");
  CREATE UNIQUE INDEX "conditions_slug_idx" ON "conditions" USING btree ("slug");
  CREATE INDEX "conditions_updated_at_idx" ON "conditions" USING btree ("updated_at");
  CREATE INDEX "conditions_created_at_idx" ON "conditions" USING btree ("created_at");
  CREATE INDEX "conditions__status_idx" ON "conditions" USING btree ("_status");
  CREATE INDEX "_status_createdAt_idx" ON "conditions" USING btree ("_status","created_at");
  CREATE INDEX "conditions_meta_meta_image_idx" ON "conditions_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "conditions_locales_locale_parent_id_unique" ON "conditions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "conditions_locales_parent_lookup_idx" ON "conditions_locales" USING btree ("_parent_id");
  CREATE INDEX "conditions_texts_order_parent" ON "conditions_texts" USING btree ("order","parent_id");
  CREATE INDEX "conditions_texts_locale_parent" ON "conditions_texts" USING btree ("locale","parent_id");
  CREATE INDEX "conditions_texts_parent_lookup_idx" ON "conditions_texts" USING btree ("parent_id");
  CREATE INDEX "_conditions_v_version_complementary_therapies_order_idx" ON "_conditions_v_version_complementary_therapies" USING btree ("_order");
  CREATE INDEX "_conditions_v_version_complementary_therapies_parent_id_idx" ON "_conditions_v_version_complementary_therapies" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_conditions_v_version_complementary_therapies_locales_locale" ON "_conditions_v_version_complementary_therapies_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_conditions_v_version_complementary__6753bcd9_parent_lookup_idx" ON "_conditions_v_version_complementary_therapies_locales" USING btree ("_parent_id");
  CREATE INDEX "_conditions_v_parent_idx" ON "_conditions_v" USING btree ("parent_id");
  CREATE INDEX "_conditions_v_version_version_image_idx" ON "_conditions_v" USING btree ("version_image_id");
  CREATE INDEX "_conditions_v_version_version_workflow_status_idx" ON "_conditions_v" USING btree ("version_workflow_status");
  CREATE INDEX "_conditions_v_version_version_next_review_due_idx" ON "_conditions_v" USING btree ("version_next_review_due");
  CREATE INDEX "_conditions_v_version_version_reviewed_by_idx" ON "_conditions_v" USING btree ("version_reviewed_by_id");
  CREATE INDEX "_conditions_v_version_version_slug_idx" ON "_conditions_v" USING btree ("version_slug");
  CREATE INDEX "_conditions_v_version_version_updated_at_idx" ON "_conditions_v" USING btree ("version_updated_at");
  CREATE INDEX "_conditions_v_version_version_created_at_idx" ON "_conditions_v" USING btree ("version_created_at");
  CREATE INDEX "_conditions_v_version_version__status_idx" ON "_conditions_v" USING btree ("version__status");
  CREATE INDEX "_conditions_v_created_at_idx" ON "_conditions_v" USING btree ("created_at");
  CREATE INDEX "_conditions_v_updated_at_idx" ON "_conditions_v" USING btree ("updated_at");
  CREATE INDEX "_conditions_v_snapshot_idx" ON "_conditions_v" USING btree ("snapshot");
  CREATE INDEX "_conditions_v_published_locale_idx" ON "_conditions_v" USING btree ("published_locale");
  CREATE INDEX "_conditions_v_latest_idx" ON "_conditions_v" USING btree ("latest");
  CREATE INDEX "_conditions_v_autosave_idx" ON "_conditions_v" USING btree ("autosave");
  CREATE INDEX "version__status_version_createdAt_idx" ON "_conditions_v" USING btree ("version__status","version_created_at");
  CREATE INDEX "_conditions_v_version_meta_version_meta_image_idx" ON "_conditions_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_conditions_v_locales_locale_parent_id_unique" ON "_conditions_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_conditions_v_locales_parent_lookup_idx" ON "_conditions_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_conditions_v_texts_order_parent" ON "_conditions_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_conditions_v_texts_locale_parent" ON "_conditions_v_texts" USING btree ("locale","parent_id");
  CREATE INDEX "_conditions_v_texts_parent_lookup_idx" ON "_conditions_v_texts" USING btree ("parent_id");
  CREATE INDEX "procedures_relief_durations_order_idx" ON "procedures_relief_durations" USING btree ("_order");
  CREATE INDEX "procedures_relief_durations_parent_id_idx" ON "procedures_relief_durations" USING btree ("_parent_id");
  CREATE INDEX "procedures_image_idx" ON "procedures" USING btree ("image_id");
  CREATE INDEX "procedures_workflow_status_idx" ON "procedures" USING btree ("workflow_status");
  CREATE INDEX "procedures_next_review_due_idx" ON "procedures" USING btree ("next_review_due");
  CREATE INDEX "procedures_reviewed_by_idx" ON "procedures" USING btree ("reviewed_by_id");
  CREATE UNIQUE INDEX "procedures_slug_idx" ON "procedures" USING btree ("slug");
  CREATE INDEX "procedures_updated_at_idx" ON "procedures" USING btree ("updated_at");
  CREATE INDEX "procedures_created_at_idx" ON "procedures" USING btree ("created_at");
  CREATE INDEX "procedures__status_idx" ON "procedures" USING btree ("_status");
  CREATE INDEX "_status_createdAt_1_idx" ON "procedures" USING btree ("_status","created_at");
  CREATE INDEX "procedures_meta_meta_image_idx" ON "procedures_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "procedures_locales_locale_parent_id_unique" ON "procedures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "procedures_locales_parent_lookup_idx" ON "procedures_locales" USING btree ("_parent_id");
  CREATE INDEX "procedures_rels_order_idx" ON "procedures_rels" USING btree ("order");
  CREATE INDEX "procedures_rels_parent_idx" ON "procedures_rels" USING btree ("parent_id");
  CREATE INDEX "procedures_rels_path_idx" ON "procedures_rels" USING btree ("path");
  CREATE INDEX "procedures_rels_conditions_id_idx" ON "procedures_rels" USING btree ("conditions_id");
  CREATE INDEX "_procedures_v_version_relief_durations_order_idx" ON "_procedures_v_version_relief_durations" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_relief_durations_parent_id_idx" ON "_procedures_v_version_relief_durations" USING btree ("_parent_id");
  CREATE INDEX "_procedures_v_parent_idx" ON "_procedures_v" USING btree ("parent_id");
  CREATE INDEX "_procedures_v_version_version_image_idx" ON "_procedures_v" USING btree ("version_image_id");
  CREATE INDEX "_procedures_v_version_version_workflow_status_idx" ON "_procedures_v" USING btree ("version_workflow_status");
  CREATE INDEX "_procedures_v_version_version_next_review_due_idx" ON "_procedures_v" USING btree ("version_next_review_due");
  CREATE INDEX "_procedures_v_version_version_reviewed_by_idx" ON "_procedures_v" USING btree ("version_reviewed_by_id");
  CREATE INDEX "_procedures_v_version_version_slug_idx" ON "_procedures_v" USING btree ("version_slug");
  CREATE INDEX "_procedures_v_version_version_updated_at_idx" ON "_procedures_v" USING btree ("version_updated_at");
  CREATE INDEX "_procedures_v_version_version_created_at_idx" ON "_procedures_v" USING btree ("version_created_at");
  CREATE INDEX "_procedures_v_version_version__status_idx" ON "_procedures_v" USING btree ("version__status");
  CREATE INDEX "_procedures_v_created_at_idx" ON "_procedures_v" USING btree ("created_at");
  CREATE INDEX "_procedures_v_updated_at_idx" ON "_procedures_v" USING btree ("updated_at");
  CREATE INDEX "_procedures_v_snapshot_idx" ON "_procedures_v" USING btree ("snapshot");
  CREATE INDEX "_procedures_v_published_locale_idx" ON "_procedures_v" USING btree ("published_locale");
  CREATE INDEX "_procedures_v_latest_idx" ON "_procedures_v" USING btree ("latest");
  CREATE INDEX "_procedures_v_autosave_idx" ON "_procedures_v" USING btree ("autosave");
  CREATE INDEX "version__status_version_createdAt_1_idx" ON "_procedures_v" USING btree ("version__status","version_created_at");
  CREATE INDEX "_procedures_v_version_meta_version_meta_image_idx" ON "_procedures_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_procedures_v_locales_locale_parent_id_unique" ON "_procedures_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_procedures_v_locales_parent_lookup_idx" ON "_procedures_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_procedures_v_rels_order_idx" ON "_procedures_v_rels" USING btree ("order");
  CREATE INDEX "_procedures_v_rels_parent_idx" ON "_procedures_v_rels" USING btree ("parent_id");
  CREATE INDEX "_procedures_v_rels_path_idx" ON "_procedures_v_rels" USING btree ("path");
  CREATE INDEX "_procedures_v_rels_conditions_id_idx" ON "_procedures_v_rels" USING btree ("conditions_id");
  CREATE INDEX "aftercare_steps_procedure_idx" ON "aftercare_steps" USING btree ("procedure_id");
  CREATE INDEX "aftercare_steps_order_idx" ON "aftercare_steps" USING btree ("order");
  CREATE INDEX "aftercare_steps_workflow_status_idx" ON "aftercare_steps" USING btree ("workflow_status");
  CREATE INDEX "aftercare_steps_next_review_due_idx" ON "aftercare_steps" USING btree ("next_review_due");
  CREATE INDEX "aftercare_steps_reviewed_by_idx" ON "aftercare_steps" USING btree ("reviewed_by_id");
  CREATE UNIQUE INDEX "aftercare_steps_slug_idx" ON "aftercare_steps" USING btree ("slug");
  CREATE INDEX "aftercare_steps_updated_at_idx" ON "aftercare_steps" USING btree ("updated_at");
  CREATE INDEX "aftercare_steps_created_at_idx" ON "aftercare_steps" USING btree ("created_at");
  CREATE INDEX "aftercare_steps__status_idx" ON "aftercare_steps" USING btree ("_status");
  CREATE INDEX "_status_order_idx" ON "aftercare_steps" USING btree ("_status","order");
  CREATE INDEX "_status_createdAt_2_idx" ON "aftercare_steps" USING btree ("_status","created_at");
  CREATE INDEX "aftercare_steps_meta_meta_image_idx" ON "aftercare_steps_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "aftercare_steps_locales_locale_parent_id_unique" ON "aftercare_steps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "aftercare_steps_locales_parent_lookup_idx" ON "aftercare_steps_locales" USING btree ("_parent_id");
  CREATE INDEX "_aftercare_steps_v_parent_idx" ON "_aftercare_steps_v" USING btree ("parent_id");
  CREATE INDEX "_aftercare_steps_v_version_version_procedure_idx" ON "_aftercare_steps_v" USING btree ("version_procedure_id");
  CREATE INDEX "_aftercare_steps_v_version_version_order_idx" ON "_aftercare_steps_v" USING btree ("version_order");
  CREATE INDEX "_aftercare_steps_v_version_version_workflow_status_idx" ON "_aftercare_steps_v" USING btree ("version_workflow_status");
  CREATE INDEX "_aftercare_steps_v_version_version_next_review_due_idx" ON "_aftercare_steps_v" USING btree ("version_next_review_due");
  CREATE INDEX "_aftercare_steps_v_version_version_reviewed_by_idx" ON "_aftercare_steps_v" USING btree ("version_reviewed_by_id");
  CREATE INDEX "_aftercare_steps_v_version_version_slug_idx" ON "_aftercare_steps_v" USING btree ("version_slug");
  CREATE INDEX "_aftercare_steps_v_version_version_updated_at_idx" ON "_aftercare_steps_v" USING btree ("version_updated_at");
  CREATE INDEX "_aftercare_steps_v_version_version_created_at_idx" ON "_aftercare_steps_v" USING btree ("version_created_at");
  CREATE INDEX "_aftercare_steps_v_version_version__status_idx" ON "_aftercare_steps_v" USING btree ("version__status");
  CREATE INDEX "_aftercare_steps_v_created_at_idx" ON "_aftercare_steps_v" USING btree ("created_at");
  CREATE INDEX "_aftercare_steps_v_updated_at_idx" ON "_aftercare_steps_v" USING btree ("updated_at");
  CREATE INDEX "_aftercare_steps_v_snapshot_idx" ON "_aftercare_steps_v" USING btree ("snapshot");
  CREATE INDEX "_aftercare_steps_v_published_locale_idx" ON "_aftercare_steps_v" USING btree ("published_locale");
  CREATE INDEX "_aftercare_steps_v_latest_idx" ON "_aftercare_steps_v" USING btree ("latest");
  CREATE INDEX "_aftercare_steps_v_autosave_idx" ON "_aftercare_steps_v" USING btree ("autosave");
  CREATE INDEX "version__status_version_order_idx" ON "_aftercare_steps_v" USING btree ("version__status","version_order");
  CREATE INDEX "version__status_version_createdAt_2_idx" ON "_aftercare_steps_v" USING btree ("version__status","version_created_at");
  CREATE INDEX "_aftercare_steps_v_version_meta_version_meta_image_idx" ON "_aftercare_steps_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_aftercare_steps_v_locales_locale_parent_id_unique" ON "_aftercare_steps_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_aftercare_steps_v_locales_parent_lookup_idx" ON "_aftercare_steps_v_locales" USING btree ("_parent_id");
  CREATE INDEX "faqs_order_idx" ON "faqs" USING btree ("order");
  CREATE INDEX "faqs_workflow_status_idx" ON "faqs" USING btree ("workflow_status");
  CREATE INDEX "faqs_next_review_due_idx" ON "faqs" USING btree ("next_review_due");
  CREATE INDEX "faqs_reviewed_by_idx" ON "faqs" USING btree ("reviewed_by_id");
  CREATE UNIQUE INDEX "faqs_slug_idx" ON "faqs" USING btree ("slug");
  CREATE INDEX "faqs_updated_at_idx" ON "faqs" USING btree ("updated_at");
  CREATE INDEX "faqs_created_at_idx" ON "faqs" USING btree ("created_at");
  CREATE INDEX "faqs__status_idx" ON "faqs" USING btree ("_status");
  CREATE INDEX "_status_order_1_idx" ON "faqs" USING btree ("_status","order");
  CREATE INDEX "_status_createdAt_3_idx" ON "faqs" USING btree ("_status","created_at");
  CREATE INDEX "faqs_meta_meta_image_idx" ON "faqs_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "faqs_locales_locale_parent_id_unique" ON "faqs_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "faqs_locales_parent_lookup_idx" ON "faqs_locales" USING btree ("_parent_id");
  CREATE INDEX "faqs_rels_order_idx" ON "faqs_rels" USING btree ("order");
  CREATE INDEX "faqs_rels_parent_idx" ON "faqs_rels" USING btree ("parent_id");
  CREATE INDEX "faqs_rels_path_idx" ON "faqs_rels" USING btree ("path");
  CREATE INDEX "faqs_rels_conditions_id_idx" ON "faqs_rels" USING btree ("conditions_id");
  CREATE INDEX "faqs_rels_procedures_id_idx" ON "faqs_rels" USING btree ("procedures_id");
  CREATE INDEX "_faqs_v_parent_idx" ON "_faqs_v" USING btree ("parent_id");
  CREATE INDEX "_faqs_v_version_version_order_idx" ON "_faqs_v" USING btree ("version_order");
  CREATE INDEX "_faqs_v_version_version_workflow_status_idx" ON "_faqs_v" USING btree ("version_workflow_status");
  CREATE INDEX "_faqs_v_version_version_next_review_due_idx" ON "_faqs_v" USING btree ("version_next_review_due");
  CREATE INDEX "_faqs_v_version_version_reviewed_by_idx" ON "_faqs_v" USING btree ("version_reviewed_by_id");
  CREATE INDEX "_faqs_v_version_version_slug_idx" ON "_faqs_v" USING btree ("version_slug");
  CREATE INDEX "_faqs_v_version_version_updated_at_idx" ON "_faqs_v" USING btree ("version_updated_at");
  CREATE INDEX "_faqs_v_version_version_created_at_idx" ON "_faqs_v" USING btree ("version_created_at");
  CREATE INDEX "_faqs_v_version_version__status_idx" ON "_faqs_v" USING btree ("version__status");
  CREATE INDEX "_faqs_v_created_at_idx" ON "_faqs_v" USING btree ("created_at");
  CREATE INDEX "_faqs_v_updated_at_idx" ON "_faqs_v" USING btree ("updated_at");
  CREATE INDEX "_faqs_v_snapshot_idx" ON "_faqs_v" USING btree ("snapshot");
  CREATE INDEX "_faqs_v_published_locale_idx" ON "_faqs_v" USING btree ("published_locale");
  CREATE INDEX "_faqs_v_latest_idx" ON "_faqs_v" USING btree ("latest");
  CREATE INDEX "_faqs_v_autosave_idx" ON "_faqs_v" USING btree ("autosave");
  CREATE INDEX "version__status_version_order_1_idx" ON "_faqs_v" USING btree ("version__status","version_order");
  CREATE INDEX "version__status_version_createdAt_3_idx" ON "_faqs_v" USING btree ("version__status","version_created_at");
  CREATE INDEX "_faqs_v_version_meta_version_meta_image_idx" ON "_faqs_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_faqs_v_locales_locale_parent_id_unique" ON "_faqs_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_faqs_v_locales_parent_lookup_idx" ON "_faqs_v_locales" USING btree ("_parent_id");
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
  CREATE INDEX "partners_scopes_collections_order_idx" ON "partners_scopes_collections" USING btree ("order");
  CREATE INDEX "partners_scopes_collections_parent_idx" ON "partners_scopes_collections" USING btree ("parent_id");
  CREATE INDEX "partners_scopes_locales_order_idx" ON "partners_scopes_locales" USING btree ("order");
  CREATE INDEX "partners_scopes_locales_parent_idx" ON "partners_scopes_locales" USING btree ("parent_id");
  CREATE INDEX "partners_updated_at_idx" ON "partners" USING btree ("updated_at");
  CREATE INDEX "partners_created_at_idx" ON "partners" USING btree ("created_at");
  CREATE INDEX "partners_texts_order_parent" ON "partners_texts" USING btree ("order","parent_id");
  CREATE INDEX "partners_texts_parent_lookup_idx" ON "partners_texts" USING btree ("parent_id");
  CREATE INDEX "partner_keys_partner_idx" ON "partner_keys" USING btree ("partner_id");
  CREATE UNIQUE INDEX "partner_keys_key_hash_idx" ON "partner_keys" USING btree ("key_hash");
  CREATE INDEX "partner_keys_expires_at_idx" ON "partner_keys" USING btree ("expires_at");
  CREATE INDEX "partner_keys_updated_at_idx" ON "partner_keys" USING btree ("updated_at");
  CREATE INDEX "partner_keys_created_at_idx" ON "partner_keys" USING btree ("created_at");
  CREATE UNIQUE INDEX "syndication_events_sequence_idx" ON "syndication_events" USING btree ("sequence");
  CREATE INDEX "syndication_events_document_id_idx" ON "syndication_events" USING btree ("document_id");
  CREATE INDEX "syndication_events_updated_at_idx" ON "syndication_events" USING btree ("updated_at");
  CREATE INDEX "syndication_events_created_at_idx" ON "syndication_events" USING btree ("created_at");
  CREATE INDEX "webhook_deliveries_partner_idx" ON "webhook_deliveries" USING btree ("partner_id");
  CREATE INDEX "webhook_deliveries_event_idx" ON "webhook_deliveries" USING btree ("event_id");
  CREATE INDEX "webhook_deliveries_webhook_id_idx" ON "webhook_deliveries" USING btree ("webhook_id");
  CREATE INDEX "webhook_deliveries_updated_at_idx" ON "webhook_deliveries" USING btree ("updated_at");
  CREATE INDEX "webhook_deliveries_created_at_idx" ON "webhook_deliveries" USING btree ("created_at");
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
  CREATE INDEX "payload_locked_documents_rels_partners_id_idx" ON "payload_locked_documents_rels" USING btree ("partners_id");
  CREATE INDEX "payload_locked_documents_rels_partner_keys_id_idx" ON "payload_locked_documents_rels" USING btree ("partner_keys_id");
  CREATE INDEX "payload_locked_documents_rels_syndication_events_id_idx" ON "payload_locked_documents_rels" USING btree ("syndication_events_id");
  CREATE INDEX "payload_locked_documents_rels_webhook_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("webhook_deliveries_id");
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
  DROP TABLE "conditions_complementary_therapies_locales" CASCADE;
  DROP TABLE "conditions" CASCADE;
  DROP TABLE "conditions_locales" CASCADE;
  DROP TABLE "conditions_texts" CASCADE;
  DROP TABLE "_conditions_v_version_complementary_therapies" CASCADE;
  DROP TABLE "_conditions_v_version_complementary_therapies_locales" CASCADE;
  DROP TABLE "_conditions_v" CASCADE;
  DROP TABLE "_conditions_v_locales" CASCADE;
  DROP TABLE "_conditions_v_texts" CASCADE;
  DROP TABLE "procedures_relief_durations" CASCADE;
  DROP TABLE "procedures" CASCADE;
  DROP TABLE "procedures_locales" CASCADE;
  DROP TABLE "procedures_rels" CASCADE;
  DROP TABLE "_procedures_v_version_relief_durations" CASCADE;
  DROP TABLE "_procedures_v" CASCADE;
  DROP TABLE "_procedures_v_locales" CASCADE;
  DROP TABLE "_procedures_v_rels" CASCADE;
  DROP TABLE "aftercare_steps" CASCADE;
  DROP TABLE "aftercare_steps_locales" CASCADE;
  DROP TABLE "_aftercare_steps_v" CASCADE;
  DROP TABLE "_aftercare_steps_v_locales" CASCADE;
  DROP TABLE "faqs" CASCADE;
  DROP TABLE "faqs_locales" CASCADE;
  DROP TABLE "faqs_rels" CASCADE;
  DROP TABLE "_faqs_v" CASCADE;
  DROP TABLE "_faqs_v_locales" CASCADE;
  DROP TABLE "_faqs_v_rels" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "partners_scopes_collections" CASCADE;
  DROP TABLE "partners_scopes_locales" CASCADE;
  DROP TABLE "partners" CASCADE;
  DROP TABLE "partners_texts" CASCADE;
  DROP TABLE "partner_keys" CASCADE;
  DROP TABLE "syndication_events" CASCADE;
  DROP TABLE "webhook_deliveries" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "clinic_settings" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_conditions_expected_relief_unit";
  DROP TYPE "public"."enum_conditions_indication_status";
  DROP TYPE "public"."enum_conditions_workflow_status";
  DROP TYPE "public"."enum_conditions_status";
  DROP TYPE "public"."enum__conditions_v_version_expected_relief_unit";
  DROP TYPE "public"."enum__conditions_v_version_indication_status";
  DROP TYPE "public"."enum__conditions_v_version_workflow_status";
  DROP TYPE "public"."enum__conditions_v_version_status";
  DROP TYPE "public"."enum__conditions_v_published_locale";
  DROP TYPE "public"."enum_procedures_relief_durations_duration_unit";
  DROP TYPE "public"."enum_procedures_onset_unit";
  DROP TYPE "public"."enum_procedures_full_effect_unit";
  DROP TYPE "public"."enum_procedures_retreatment_interval_unit";
  DROP TYPE "public"."enum_procedures_workflow_status";
  DROP TYPE "public"."enum_procedures_status";
  DROP TYPE "public"."enum__procedures_v_version_relief_durations_duration_unit";
  DROP TYPE "public"."enum__procedures_v_version_onset_unit";
  DROP TYPE "public"."enum__procedures_v_version_full_effect_unit";
  DROP TYPE "public"."enum__procedures_v_version_retreatment_interval_unit";
  DROP TYPE "public"."enum__procedures_v_version_workflow_status";
  DROP TYPE "public"."enum__procedures_v_version_status";
  DROP TYPE "public"."enum__procedures_v_published_locale";
  DROP TYPE "public"."enum_aftercare_steps_timeframe_unit";
  DROP TYPE "public"."enum_aftercare_steps_likelihood";
  DROP TYPE "public"."enum_aftercare_steps_workflow_status";
  DROP TYPE "public"."enum_aftercare_steps_status";
  DROP TYPE "public"."enum__aftercare_steps_v_version_timeframe_unit";
  DROP TYPE "public"."enum__aftercare_steps_v_version_likelihood";
  DROP TYPE "public"."enum__aftercare_steps_v_version_workflow_status";
  DROP TYPE "public"."enum__aftercare_steps_v_version_status";
  DROP TYPE "public"."enum__aftercare_steps_v_published_locale";
  DROP TYPE "public"."enum_faqs_workflow_status";
  DROP TYPE "public"."enum_faqs_status";
  DROP TYPE "public"."enum__faqs_v_version_workflow_status";
  DROP TYPE "public"."enum__faqs_v_version_status";
  DROP TYPE "public"."enum__faqs_v_published_locale";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_partners_scopes_collections";
  DROP TYPE "public"."enum_partners_scopes_locales";
  DROP TYPE "public"."enum_partners_status";
  DROP TYPE "public"."enum_partners_rate_limit_tier";
  DROP TYPE "public"."enum_syndication_events_kind";
  DROP TYPE "public"."enum_syndication_events_document_collection";
  DROP TYPE "public"."enum_webhook_deliveries_outcome";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
