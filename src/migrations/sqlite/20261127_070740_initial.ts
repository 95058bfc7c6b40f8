import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { migrationLogWithTextIds } from '../../database/migrationLogWithTextIds'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`conditions_complementary_therapies\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`conditions_complementary_therapies_order_idx\` ON \`conditions_complementary_therapies\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`conditions_complementary_therapies_parent_id_idx\` ON \`conditions_complementary_therapies\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`conditions_complementary_therapies_locales\` (
  	\`therapy\` text,
  	\`when_used\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`conditions_complementary_therapies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`conditions_complementary_therapies_locales_locale_parent_id_\` ON \`conditions_complementary_therapies_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`conditions_complementary_therapies_locales_parent_lookup_idx\` ON \`conditions_complementary_therapies_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`conditions\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`image_id\` integer,
  	\`expected_relief_min\` numeric,
  	\`expected_relief_max\` numeric,
  	\`expected_relief_unit\` text,
  	\`expected_relief_wording\` text,
  	\`indication_status\` text DEFAULT 'unknown',
  	\`indication_reference\` text,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`last_reviewed\` text,
  	\`next_review_due\` text,
  	\`reviewed_by_id\` integer,
  	\`reviewer_name\` text,
  	\`slug\` text,
  	\`provenance_source_document\` text,
  	\`provenance_source_section\` text,
  	\`provenance_seed_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`conditions_image_idx\` ON \`conditions\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`conditions_workflow_status_idx\` ON \`conditions\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`conditions_next_review_due_idx\` ON \`conditions\` (\`next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`conditions_reviewed_by_idx\` ON \`conditions\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`conditions_slug_idx\` ON \`conditions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`conditions_updated_at_idx\` ON \`conditions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`conditions_created_at_idx\` ON \`conditions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`conditions__status_idx\` ON \`conditions\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_createdAt_idx\` ON \`conditions\` (\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`conditions_locales\` (
  	\`name\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`how_treatment_helps\` text,
  	\`indication_note\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`conditions_meta_meta_image_idx\` ON \`conditions_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`conditions_locales_locale_parent_id_unique\` ON \`conditions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`conditions_locales_parent_lookup_idx\` ON \`conditions_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`conditions_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	\`locale\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`conditions_texts_order_parent\` ON \`conditions_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`conditions_texts_locale_parent\` ON \`conditions_texts\` (\`locale\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`conditions_texts_parent_lookup_idx\` ON \`conditions_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_conditions_v_version_complementary_therapies\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_conditions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_complementary_therapies_order_idx\` ON \`_conditions_v_version_complementary_therapies\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_complementary_therapies_parent_id_idx\` ON \`_conditions_v_version_complementary_therapies\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_conditions_v_version_complementary_therapies_locales\` (
  	\`therapy\` text,
  	\`when_used\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_conditions_v_version_complementary_therapies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_conditions_v_version_complementary_therapies_locales_locale\` ON \`_conditions_v_version_complementary_therapies_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_complementary__6753bcd9_parent_lookup_idx\` ON \`_conditions_v_version_complementary_therapies_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_conditions_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_image_id\` integer,
  	\`version_expected_relief_min\` numeric,
  	\`version_expected_relief_max\` numeric,
  	\`version_expected_relief_unit\` text,
  	\`version_expected_relief_wording\` text,
  	\`version_indication_status\` text DEFAULT 'unknown',
  	\`version_indication_reference\` text,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_last_reviewed\` text,
  	\`version_next_review_due\` text,
  	\`version_reviewed_by_id\` integer,
  	\`version_reviewer_name\` text,
  	\`version_slug\` text,
  	\`version_provenance_source_document\` text,
  	\`version_provenance_source_section\` text,
  	\`version_provenance_seed_hash\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_conditions_v_parent_idx\` ON \`_conditions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_version_image_idx\` ON \`_conditions_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_version_workflow_status_idx\` ON \`_conditions_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_version_next_review_due_idx\` ON \`_conditions_v\` (\`version_next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_version_reviewed_by_idx\` ON \`_conditions_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_version_slug_idx\` ON \`_conditions_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_version_updated_at_idx\` ON \`_conditions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_version_created_at_idx\` ON \`_conditions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_version__status_idx\` ON \`_conditions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_created_at_idx\` ON \`_conditions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_updated_at_idx\` ON \`_conditions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_snapshot_idx\` ON \`_conditions_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_published_locale_idx\` ON \`_conditions_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_latest_idx\` ON \`_conditions_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_autosave_idx\` ON \`_conditions_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_createdAt_idx\` ON \`_conditions_v\` (\`version__status\`,\`version_created_at\`);`)
  await db.run(sql`CREATE TABLE \`_conditions_v_locales\` (
  	\`version_name\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_how_treatment_helps\` text,
  	\`version_indication_note\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_conditions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_meta_version_meta_image_idx\` ON \`_conditions_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_conditions_v_locales_locale_parent_id_unique\` ON \`_conditions_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_locales_parent_lookup_idx\` ON \`_conditions_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_conditions_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	\`locale\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_conditions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_conditions_v_texts_order_parent\` ON \`_conditions_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_texts_locale_parent\` ON \`_conditions_v_texts\` (\`locale\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_texts_parent_lookup_idx\` ON \`_conditions_v_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`procedures_relief_durations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`duration_min\` numeric,
  	\`duration_max\` numeric,
  	\`duration_unit\` text,
  	\`duration_wording\` text,
  	\`attribution\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procedures_relief_durations_order_idx\` ON \`procedures_relief_durations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`procedures_relief_durations_parent_id_idx\` ON \`procedures_relief_durations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`procedures\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`image_id\` integer,
  	\`drug\` text,
  	\`onset_min\` numeric,
  	\`onset_max\` numeric,
  	\`onset_unit\` text,
  	\`onset_wording\` text,
  	\`full_effect_min\` numeric,
  	\`full_effect_max\` numeric,
  	\`full_effect_unit\` text,
  	\`full_effect_wording\` text,
  	\`retreatment_interval_min\` numeric,
  	\`retreatment_interval_max\` numeric,
  	\`retreatment_interval_unit\` text,
  	\`retreatment_interval_wording\` text,
  	\`downtime_required\` integer DEFAULT false,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`last_reviewed\` text,
  	\`next_review_due\` text,
  	\`reviewed_by_id\` integer,
  	\`reviewer_name\` text,
  	\`slug\` text,
  	\`provenance_source_document\` text,
  	\`provenance_source_section\` text,
  	\`provenance_seed_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`procedures_image_idx\` ON \`procedures\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_workflow_status_idx\` ON \`procedures\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`procedures_next_review_due_idx\` ON \`procedures\` (\`next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`procedures_reviewed_by_idx\` ON \`procedures\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`procedures_slug_idx\` ON \`procedures\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`procedures_updated_at_idx\` ON \`procedures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`procedures_created_at_idx\` ON \`procedures\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`procedures__status_idx\` ON \`procedures\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_createdAt_1_idx\` ON \`procedures\` (\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`procedures_locales\` (
  	\`name\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`mechanism\` text,
  	\`technique\` text,
  	\`sensation\` text,
  	\`retreatment_note\` text,
  	\`downtime_note\` text,
  	\`administered_by\` text,
  	\`safety_note\` text,
  	\`insurance_note\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procedures_meta_meta_image_idx\` ON \`procedures_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`procedures_locales_locale_parent_id_unique\` ON \`procedures_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_locales_parent_lookup_idx\` ON \`procedures_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`procedures_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`conditions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procedures_rels_order_idx\` ON \`procedures_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`procedures_rels_parent_idx\` ON \`procedures_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_rels_path_idx\` ON \`procedures_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`procedures_rels_conditions_id_idx\` ON \`procedures_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v_version_relief_durations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`duration_min\` numeric,
  	\`duration_max\` numeric,
  	\`duration_unit\` text,
  	\`duration_wording\` text,
  	\`attribution\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_relief_durations_order_idx\` ON \`_procedures_v_version_relief_durations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_relief_durations_parent_id_idx\` ON \`_procedures_v_version_relief_durations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_image_id\` integer,
  	\`version_drug\` text,
  	\`version_onset_min\` numeric,
  	\`version_onset_max\` numeric,
  	\`version_onset_unit\` text,
  	\`version_onset_wording\` text,
  	\`version_full_effect_min\` numeric,
  	\`version_full_effect_max\` numeric,
  	\`version_full_effect_unit\` text,
  	\`version_full_effect_wording\` text,
  	\`version_retreatment_interval_min\` numeric,
  	\`version_retreatment_interval_max\` numeric,
  	\`version_retreatment_interval_unit\` text,
  	\`version_retreatment_interval_wording\` text,
  	\`version_downtime_required\` integer DEFAULT false,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_last_reviewed\` text,
  	\`version_next_review_due\` text,
  	\`version_reviewed_by_id\` integer,
  	\`version_reviewer_name\` text,
  	\`version_slug\` text,
  	\`version_provenance_source_document\` text,
  	\`version_provenance_source_section\` text,
  	\`version_provenance_seed_hash\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_procedures_v_parent_idx\` ON \`_procedures_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_image_idx\` ON \`_procedures_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_workflow_status_idx\` ON \`_procedures_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_next_review_due_idx\` ON \`_procedures_v\` (\`version_next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_reviewed_by_idx\` ON \`_procedures_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_slug_idx\` ON \`_procedures_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_updated_at_idx\` ON \`_procedures_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_created_at_idx\` ON \`_procedures_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version__status_idx\` ON \`_procedures_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_created_at_idx\` ON \`_procedures_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_updated_at_idx\` ON \`_procedures_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_snapshot_idx\` ON \`_procedures_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_published_locale_idx\` ON \`_procedures_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_latest_idx\` ON \`_procedures_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_autosave_idx\` ON \`_procedures_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_createdAt_1_idx\` ON \`_procedures_v\` (\`version__status\`,\`version_created_at\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v_locales\` (
  	\`version_name\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_mechanism\` text,
  	\`version_technique\` text,
  	\`version_sensation\` text,
  	\`version_retreatment_note\` text,
  	\`version_downtime_note\` text,
  	\`version_administered_by\` text,
  	\`version_safety_note\` text,
  	\`version_insurance_note\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_meta_version_meta_image_idx\` ON \`_procedures_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_procedures_v_locales_locale_parent_id_unique\` ON \`_procedures_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_locales_parent_lookup_idx\` ON \`_procedures_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`conditions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_order_idx\` ON \`_procedures_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_parent_idx\` ON \`_procedures_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_path_idx\` ON \`_procedures_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_conditions_id_idx\` ON \`_procedures_v_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE TABLE \`aftercare_steps\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`procedure_id\` integer,
  	\`order\` numeric,
  	\`timeframe_min\` numeric,
  	\`timeframe_max\` numeric,
  	\`timeframe_unit\` text,
  	\`timeframe_wording\` text,
  	\`likelihood\` text,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`last_reviewed\` text,
  	\`next_review_due\` text,
  	\`reviewed_by_id\` integer,
  	\`reviewer_name\` text,
  	\`slug\` text,
  	\`provenance_source_document\` text,
  	\`provenance_source_section\` text,
  	\`provenance_seed_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`procedure_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`aftercare_steps_procedure_idx\` ON \`aftercare_steps\` (\`procedure_id\`);`)
  await db.run(sql`CREATE INDEX \`aftercare_steps_order_idx\` ON \`aftercare_steps\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`aftercare_steps_workflow_status_idx\` ON \`aftercare_steps\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`aftercare_steps_next_review_due_idx\` ON \`aftercare_steps\` (\`next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`aftercare_steps_reviewed_by_idx\` ON \`aftercare_steps\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`aftercare_steps_slug_idx\` ON \`aftercare_steps\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`aftercare_steps_updated_at_idx\` ON \`aftercare_steps\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`aftercare_steps_created_at_idx\` ON \`aftercare_steps\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`aftercare_steps__status_idx\` ON \`aftercare_steps\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_order_idx\` ON \`aftercare_steps\` (\`_status\`,\`order\`);`)
  await db.run(sql`CREATE INDEX \`_status_createdAt_2_idx\` ON \`aftercare_steps\` (\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`aftercare_steps_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`what_to_do\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`aftercare_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`aftercare_steps_meta_meta_image_idx\` ON \`aftercare_steps_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`aftercare_steps_locales_locale_parent_id_unique\` ON \`aftercare_steps_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`aftercare_steps_locales_parent_lookup_idx\` ON \`aftercare_steps_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_aftercare_steps_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_procedure_id\` integer,
  	\`version_order\` numeric,
  	\`version_timeframe_min\` numeric,
  	\`version_timeframe_max\` numeric,
  	\`version_timeframe_unit\` text,
  	\`version_timeframe_wording\` text,
  	\`version_likelihood\` text,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_last_reviewed\` text,
  	\`version_next_review_due\` text,
  	\`version_reviewed_by_id\` integer,
  	\`version_reviewer_name\` text,
  	\`version_slug\` text,
  	\`version_provenance_source_document\` text,
  	\`version_provenance_source_section\` text,
  	\`version_provenance_seed_hash\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`aftercare_steps\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_procedure_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_aftercare_steps_v_parent_idx\` ON \`_aftercare_steps_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_aftercare_steps_v_version_version_procedure_idx\` ON \`_aftercare_steps_v\` (\`version_procedure_id\`);`)
  await db.run(sql`CREATE INDEX \`_aftercare_steps_v_version_version_order_idx\` ON \`_aftercare_steps_v\` (\`version_order\`);`)
  await db.run(sql`CREATE INDEX \`_aftercare_steps_v_version_version_workflow_status_idx\` ON \`_aftercare_steps_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_aftercare_steps_v_version_version_next_review_due_idx\` ON \`_aftercare_steps_v\` (\`version_next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`_aftercare_steps_v_version_version_reviewed_by_idx\` ON \`_aftercare_steps_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_aftercare_steps_v_version_version_slug_idx\` ON \`_aftercare_steps_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_aftercare_steps_v_version_version_updated_at_idx\` ON \`_aftercare_steps_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_aftercare_steps_v_version_version_created_at_idx\` ON \`_aftercare_steps_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_aftercare_steps_v_version_version__status_idx\` ON \`_aftercare_steps_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_aftercare_steps_v_created_at_idx\` ON \`_aftercare_steps_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_aftercare_steps_v_updated_at_idx\` ON \`_aftercare_steps_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_aftercare_steps_v_snapshot_idx\` ON \`_aftercare_steps_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_aftercare_steps_v_published_locale_idx\` ON \`_aftercare_steps_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_aftercare_steps_v_latest_idx\` ON \`_aftercare_steps_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_aftercare_steps_v_autosave_idx\` ON \`_aftercare_steps_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_order_idx\` ON \`_aftercare_steps_v\` (\`version__status\`,\`version_order\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_createdAt_2_idx\` ON \`_aftercare_steps_v\` (\`version__status\`,\`version_created_at\`);`)
  await db.run(sql`CREATE TABLE \`_aftercare_steps_v_locales\` (
  	\`version_title\` text,
  	\`version_description\` text,
  	\`version_what_to_do\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_aftercare_steps_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_aftercare_steps_v_version_meta_version_meta_image_idx\` ON \`_aftercare_steps_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_aftercare_steps_v_locales_locale_parent_id_unique\` ON \`_aftercare_steps_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_aftercare_steps_v_locales_parent_lookup_idx\` ON \`_aftercare_steps_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`faqs\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`order\` numeric,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`last_reviewed\` text,
  	\`next_review_due\` text,
  	\`reviewed_by_id\` integer,
  	\`reviewer_name\` text,
  	\`slug\` text,
  	\`provenance_source_document\` text,
  	\`provenance_source_section\` text,
  	\`provenance_seed_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`faqs_order_idx\` ON \`faqs\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`faqs_workflow_status_idx\` ON \`faqs\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`faqs_next_review_due_idx\` ON \`faqs\` (\`next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`faqs_reviewed_by_idx\` ON \`faqs\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`faqs_slug_idx\` ON \`faqs\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`faqs_updated_at_idx\` ON \`faqs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`faqs_created_at_idx\` ON \`faqs\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`faqs__status_idx\` ON \`faqs\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_order_1_idx\` ON \`faqs\` (\`_status\`,\`order\`);`)
  await db.run(sql`CREATE INDEX \`_status_createdAt_3_idx\` ON \`faqs\` (\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`faqs_locales\` (
  	\`question\` text,
  	\`answer\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`faqs_meta_meta_image_idx\` ON \`faqs_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`faqs_locales_locale_parent_id_unique\` ON \`faqs_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_locales_parent_lookup_idx\` ON \`faqs_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`faqs_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`conditions_id\` integer,
  	\`procedures_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`faqs_rels_order_idx\` ON \`faqs_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`faqs_rels_parent_idx\` ON \`faqs_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_rels_path_idx\` ON \`faqs_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`faqs_rels_conditions_id_idx\` ON \`faqs_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_rels_procedures_id_idx\` ON \`faqs_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE TABLE \`_faqs_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_order\` numeric,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_last_reviewed\` text,
  	\`version_next_review_due\` text,
  	\`version_reviewed_by_id\` integer,
  	\`version_reviewer_name\` text,
  	\`version_slug\` text,
  	\`version_provenance_source_document\` text,
  	\`version_provenance_source_section\` text,
  	\`version_provenance_seed_hash\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_faqs_v_parent_idx\` ON \`_faqs_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_order_idx\` ON \`_faqs_v\` (\`version_order\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_workflow_status_idx\` ON \`_faqs_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_next_review_due_idx\` ON \`_faqs_v\` (\`version_next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_reviewed_by_idx\` ON \`_faqs_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_slug_idx\` ON \`_faqs_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_updated_at_idx\` ON \`_faqs_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_created_at_idx\` ON \`_faqs_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version__status_idx\` ON \`_faqs_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_created_at_idx\` ON \`_faqs_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_updated_at_idx\` ON \`_faqs_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_snapshot_idx\` ON \`_faqs_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_published_locale_idx\` ON \`_faqs_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_latest_idx\` ON \`_faqs_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_autosave_idx\` ON \`_faqs_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_order_1_idx\` ON \`_faqs_v\` (\`version__status\`,\`version_order\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_createdAt_3_idx\` ON \`_faqs_v\` (\`version__status\`,\`version_created_at\`);`)
  await db.run(sql`CREATE TABLE \`_faqs_v_locales\` (
  	\`version_question\` text,
  	\`version_answer\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_faqs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_meta_version_meta_image_idx\` ON \`_faqs_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_faqs_v_locales_locale_parent_id_unique\` ON \`_faqs_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_locales_parent_lookup_idx\` ON \`_faqs_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_faqs_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`conditions_id\` integer,
  	\`procedures_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_faqs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_faqs_v_rels_order_idx\` ON \`_faqs_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_rels_parent_idx\` ON \`_faqs_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_rels_path_idx\` ON \`_faqs_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_rels_conditions_id_idx\` ON \`_faqs_v_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_rels_procedures_id_idx\` ON \`_faqs_v_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`alt\` text NOT NULL,
  	\`caption\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`partners_scopes_collections\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partners_scopes_collections_order_idx\` ON \`partners_scopes_collections\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`partners_scopes_collections_parent_idx\` ON \`partners_scopes_collections\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`partners_scopes_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partners_scopes_locales_order_idx\` ON \`partners_scopes_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`partners_scopes_locales_parent_idx\` ON \`partners_scopes_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`partners\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`contact_name\` text,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`status\` text DEFAULT 'active' NOT NULL,
  	\`rate_limit_tier\` text DEFAULT 'standard' NOT NULL,
  	\`webhook_url\` text,
  	\`webhook_secret\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`partners_updated_at_idx\` ON \`partners\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`partners_created_at_idx\` ON \`partners\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`partners_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partners_texts_order_parent\` ON \`partners_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`partners_texts_parent_lookup_idx\` ON \`partners_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`partner_keys\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`partner_id\` integer NOT NULL,
  	\`prefix\` text NOT NULL,
  	\`label\` text,
  	\`key_hash\` text NOT NULL,
  	\`expires_at\` text,
  	\`revoked_at\` text,
  	\`last_used_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`partner_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`partner_keys_partner_idx\` ON \`partner_keys\` (\`partner_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`partner_keys_key_hash_idx\` ON \`partner_keys\` (\`key_hash\`);`)
  await db.run(sql`CREATE INDEX \`partner_keys_expires_at_idx\` ON \`partner_keys\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`partner_keys_updated_at_idx\` ON \`partner_keys\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`partner_keys_created_at_idx\` ON \`partner_keys\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`syndication_events\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`sequence\` numeric NOT NULL,
  	\`kind\` text NOT NULL,
  	\`document_collection\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`title\` text,
  	\`version\` numeric NOT NULL,
  	\`content_hashes\` text,
  	\`occurred_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`syndication_events_sequence_idx\` ON \`syndication_events\` (\`sequence\`);`)
  await db.run(sql`CREATE INDEX \`syndication_events_document_id_idx\` ON \`syndication_events\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`syndication_events_updated_at_idx\` ON \`syndication_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`syndication_events_created_at_idx\` ON \`syndication_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`webhook_deliveries\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`partner_id\` integer NOT NULL,
  	\`event_id\` integer NOT NULL,
  	\`webhook_id\` text NOT NULL,
  	\`event_type\` text NOT NULL,
  	\`url\` text NOT NULL,
  	\`attempt\` numeric NOT NULL,
  	\`outcome\` text NOT NULL,
  	\`response_status\` numeric,
  	\`error\` text,
  	\`duration_ms\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`partner_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`syndication_events\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_partner_idx\` ON \`webhook_deliveries\` (\`partner_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_event_idx\` ON \`webhook_deliveries\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_webhook_id_idx\` ON \`webhook_deliveries\` (\`webhook_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_updated_at_idx\` ON \`webhook_deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_created_at_idx\` ON \`webhook_deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`conditions_id\` integer,
  	\`procedures_id\` integer,
  	\`aftercare_steps_id\` integer,
  	\`faqs_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`partners_id\` integer,
  	\`partner_keys_id\` integer,
  	\`syndication_events_id\` integer,
  	\`webhook_deliveries_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`aftercare_steps_id\`) REFERENCES \`aftercare_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partner_keys_id\`) REFERENCES \`partner_keys\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`syndication_events_id\`) REFERENCES \`syndication_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_conditions_id_idx\` ON \`payload_locked_documents_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_procedures_id_idx\` ON \`payload_locked_documents_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_aftercare_steps_id_idx\` ON \`payload_locked_documents_rels\` (\`aftercare_steps_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_faqs_id_idx\` ON \`payload_locked_documents_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partner_keys_id_idx\` ON \`payload_locked_documents_rels\` (\`partner_keys_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_syndication_events_id_idx\` ON \`payload_locked_documents_rels\` (\`syndication_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`clinic_settings\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`clinic_name\` text NOT NULL,
  	\`site_url\` text NOT NULL,
  	\`medical_disclaimer\` text NOT NULL,
  	\`attribution_text\` text NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  // Added when SQLite's IDs became text: lets a new database record this migration.
  await migrationLogWithTextIds({ db, payload, req })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`conditions_complementary_therapies\`;`)
  await db.run(sql`DROP TABLE \`conditions_complementary_therapies_locales\`;`)
  await db.run(sql`DROP TABLE \`conditions\`;`)
  await db.run(sql`DROP TABLE \`conditions_locales\`;`)
  await db.run(sql`DROP TABLE \`conditions_texts\`;`)
  await db.run(sql`DROP TABLE \`_conditions_v_version_complementary_therapies\`;`)
  await db.run(sql`DROP TABLE \`_conditions_v_version_complementary_therapies_locales\`;`)
  await db.run(sql`DROP TABLE \`_conditions_v\`;`)
  await db.run(sql`DROP TABLE \`_conditions_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_conditions_v_texts\`;`)
  await db.run(sql`DROP TABLE \`procedures_relief_durations\`;`)
  await db.run(sql`DROP TABLE \`procedures\`;`)
  await db.run(sql`DROP TABLE \`procedures_locales\`;`)
  await db.run(sql`DROP TABLE \`procedures_rels\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_relief_durations\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_rels\`;`)
  await db.run(sql`DROP TABLE \`aftercare_steps\`;`)
  await db.run(sql`DROP TABLE \`aftercare_steps_locales\`;`)
  await db.run(sql`DROP TABLE \`_aftercare_steps_v\`;`)
  await db.run(sql`DROP TABLE \`_aftercare_steps_v_locales\`;`)
  await db.run(sql`DROP TABLE \`faqs\`;`)
  await db.run(sql`DROP TABLE \`faqs_locales\`;`)
  await db.run(sql`DROP TABLE \`faqs_rels\`;`)
  await db.run(sql`DROP TABLE \`_faqs_v\`;`)
  await db.run(sql`DROP TABLE \`_faqs_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_faqs_v_rels\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`partners_scopes_collections\`;`)
  await db.run(sql`DROP TABLE \`partners_scopes_locales\`;`)
  await db.run(sql`DROP TABLE \`partners\`;`)
  await db.run(sql`DROP TABLE \`partners_texts\`;`)
  await db.run(sql`DROP TABLE \`partner_keys\`;`)
  await db.run(sql`DROP TABLE \`syndication_events\`;`)
  await db.run(sql`DROP TABLE \`webhook_deliveries\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`clinic_settings\`;`)
}
