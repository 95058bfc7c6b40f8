import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`conditions\` ADD \`indication_confirmed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`conditions\` ADD \`indication_confirmed_at\` text;`)
  await db.run(sql`CREATE INDEX \`conditions_indication_indication_confirmed_by_idx\` ON \`conditions\` (\`indication_confirmed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_conditions_v\` ADD \`version_indication_confirmed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_conditions_v\` ADD \`version_indication_confirmed_at\` text;`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_indication_version_indication_conf_idx\` ON \`_conditions_v\` (\`version_indication_confirmed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`regulatory_confirmed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`regulatory_confirmed_at\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`safety_information_confirmed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`safety_information_confirmed_at\` text;`)
  await db.run(sql`CREATE INDEX \`procedures_regulatory_regulatory_confirmed_by_idx\` ON \`procedures\` (\`regulatory_confirmed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_safety_information_safety_information_confirm_idx\` ON \`procedures\` (\`safety_information_confirmed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_regulatory_confirmed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_regulatory_confirmed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_safety_information_confirmed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_safety_information_confirmed_at\` text;`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_regulatory_version_regulatory_conf_idx\` ON \`_procedures_v\` (\`version_regulatory_confirmed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_safety_information_version_safety__idx\` ON \`_procedures_v\` (\`version_safety_information_confirmed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`syndication_events\` ADD \`titles\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_conditions\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`image_id\` integer,
  	\`expected_relief_min\` numeric,
  	\`expected_relief_max\` numeric,
  	\`expected_relief_unit\` text,
  	\`expected_relief_wording\` text,
  	\`indication_status\` text DEFAULT 'unknown',
  	\`indication_reference\` text,
  	\`indication_provenance\` text DEFAULT 'added from the prescribing information',
  	\`indication_needs_reviewer_confirmation\` integer DEFAULT true,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`last_reviewed\` text,
  	\`next_review_due\` text,
  	\`reviewed_by_id\` integer,
  	\`reviewer_name\` text,
  	\`slug\` text,
  	\`provenance_source_document\` text,
  	\`provenance_source_section\` text,
  	\`provenance_seed_hash\` text,
  	\`edited_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_conditions\`("id", "image_id", "expected_relief_min", "expected_relief_max", "expected_relief_unit", "expected_relief_wording", "indication_status", "indication_reference", "indication_provenance", "indication_needs_reviewer_confirmation", "workflow_status", "last_reviewed", "next_review_due", "reviewed_by_id", "reviewer_name", "slug", "provenance_source_document", "provenance_source_section", "provenance_seed_hash", "edited_by_id", "updated_at", "created_at", "_status") SELECT "id", "image_id", "expected_relief_min", "expected_relief_max", "expected_relief_unit", "expected_relief_wording", "indication_status", "indication_reference", "indication_provenance", "indication_needs_reviewer_confirmation", "workflow_status", "last_reviewed", "next_review_due", "reviewed_by_id", "reviewer_name", "slug", "provenance_source_document", "provenance_source_section", "provenance_seed_hash", "edited_by_id", "updated_at", "created_at", "_status" FROM \`conditions\`;`)
  await db.run(sql`DROP TABLE \`conditions\`;`)
  await db.run(sql`ALTER TABLE \`__new_conditions\` RENAME TO \`conditions\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`conditions_image_idx\` ON \`conditions\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`conditions_workflow_status_idx\` ON \`conditions\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`conditions_next_review_due_idx\` ON \`conditions\` (\`next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`conditions_reviewed_by_idx\` ON \`conditions\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`conditions_slug_idx\` ON \`conditions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`conditions_edited_by_idx\` ON \`conditions\` (\`edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`conditions_updated_at_idx\` ON \`conditions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`conditions_created_at_idx\` ON \`conditions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`conditions__status_idx\` ON \`conditions\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_createdAt_idx\` ON \`conditions\` (\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__conditions_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_image_id\` integer,
  	\`version_expected_relief_min\` numeric,
  	\`version_expected_relief_max\` numeric,
  	\`version_expected_relief_unit\` text,
  	\`version_expected_relief_wording\` text,
  	\`version_indication_status\` text DEFAULT 'unknown',
  	\`version_indication_reference\` text,
  	\`version_indication_provenance\` text DEFAULT 'added from the prescribing information',
  	\`version_indication_needs_reviewer_confirmation\` integer DEFAULT true,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_last_reviewed\` text,
  	\`version_next_review_due\` text,
  	\`version_reviewed_by_id\` integer,
  	\`version_reviewer_name\` text,
  	\`version_slug\` text,
  	\`version_provenance_source_document\` text,
  	\`version_provenance_source_section\` text,
  	\`version_provenance_seed_hash\` text,
  	\`version_edited_by_id\` integer,
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
  	FOREIGN KEY (\`version_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__conditions_v\`("id", "parent_id", "version_image_id", "version_expected_relief_min", "version_expected_relief_max", "version_expected_relief_unit", "version_expected_relief_wording", "version_indication_status", "version_indication_reference", "version_indication_provenance", "version_indication_needs_reviewer_confirmation", "version_workflow_status", "version_last_reviewed", "version_next_review_due", "version_reviewed_by_id", "version_reviewer_name", "version_slug", "version_provenance_source_document", "version_provenance_source_section", "version_provenance_seed_hash", "version_edited_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_image_id", "version_expected_relief_min", "version_expected_relief_max", "version_expected_relief_unit", "version_expected_relief_wording", "version_indication_status", "version_indication_reference", "version_indication_provenance", "version_indication_needs_reviewer_confirmation", "version_workflow_status", "version_last_reviewed", "version_next_review_due", "version_reviewed_by_id", "version_reviewer_name", "version_slug", "version_provenance_source_document", "version_provenance_source_section", "version_provenance_seed_hash", "version_edited_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_conditions_v\`;`)
  await db.run(sql`DROP TABLE \`_conditions_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__conditions_v\` RENAME TO \`_conditions_v\`;`)
  await db.run(sql`CREATE INDEX \`_conditions_v_parent_idx\` ON \`_conditions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_version_image_idx\` ON \`_conditions_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_version_workflow_status_idx\` ON \`_conditions_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_version_next_review_due_idx\` ON \`_conditions_v\` (\`version_next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_version_reviewed_by_idx\` ON \`_conditions_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_version_slug_idx\` ON \`_conditions_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_version_edited_by_idx\` ON \`_conditions_v\` (\`version_edited_by_id\`);`)
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
  await db.run(sql`CREATE TABLE \`__new_procedures\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`image_id\` integer,
  	\`drug\` text,
  	\`regulatory_label_title\` text,
  	\`regulatory_label_publisher\` text,
  	\`regulatory_label_url\` text,
  	\`regulatory_label_revision_date\` text,
  	\`regulatory_provenance\` text DEFAULT 'added from the prescribing information',
  	\`regulatory_citation\` text,
  	\`regulatory_needs_reviewer_confirmation\` integer DEFAULT true,
  	\`safety_information_provenance\` text DEFAULT 'added from the prescribing information',
  	\`safety_information_citation\` text,
  	\`safety_information_needs_reviewer_confirmation\` integer DEFAULT true,
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
  	\`edited_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_procedures\`("id", "image_id", "drug", "regulatory_label_title", "regulatory_label_publisher", "regulatory_label_url", "regulatory_label_revision_date", "regulatory_provenance", "regulatory_citation", "regulatory_needs_reviewer_confirmation", "safety_information_provenance", "safety_information_citation", "safety_information_needs_reviewer_confirmation", "onset_min", "onset_max", "onset_unit", "onset_wording", "full_effect_min", "full_effect_max", "full_effect_unit", "full_effect_wording", "retreatment_interval_min", "retreatment_interval_max", "retreatment_interval_unit", "retreatment_interval_wording", "downtime_required", "workflow_status", "last_reviewed", "next_review_due", "reviewed_by_id", "reviewer_name", "slug", "provenance_source_document", "provenance_source_section", "provenance_seed_hash", "edited_by_id", "updated_at", "created_at", "_status") SELECT "id", "image_id", "drug", "regulatory_label_title", "regulatory_label_publisher", "regulatory_label_url", "regulatory_label_revision_date", "regulatory_provenance", "regulatory_citation", "regulatory_needs_reviewer_confirmation", "safety_information_provenance", "safety_information_citation", "safety_information_needs_reviewer_confirmation", "onset_min", "onset_max", "onset_unit", "onset_wording", "full_effect_min", "full_effect_max", "full_effect_unit", "full_effect_wording", "retreatment_interval_min", "retreatment_interval_max", "retreatment_interval_unit", "retreatment_interval_wording", "downtime_required", "workflow_status", "last_reviewed", "next_review_due", "reviewed_by_id", "reviewer_name", "slug", "provenance_source_document", "provenance_source_section", "provenance_seed_hash", "edited_by_id", "updated_at", "created_at", "_status" FROM \`procedures\`;`)
  await db.run(sql`DROP TABLE \`procedures\`;`)
  await db.run(sql`ALTER TABLE \`__new_procedures\` RENAME TO \`procedures\`;`)
  await db.run(sql`CREATE INDEX \`procedures_image_idx\` ON \`procedures\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_workflow_status_idx\` ON \`procedures\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`procedures_next_review_due_idx\` ON \`procedures\` (\`next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`procedures_reviewed_by_idx\` ON \`procedures\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`procedures_slug_idx\` ON \`procedures\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`procedures_edited_by_idx\` ON \`procedures\` (\`edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_updated_at_idx\` ON \`procedures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`procedures_created_at_idx\` ON \`procedures\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`procedures__status_idx\` ON \`procedures\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_createdAt_1_idx\` ON \`procedures\` (\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__procedures_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_image_id\` integer,
  	\`version_drug\` text,
  	\`version_regulatory_label_title\` text,
  	\`version_regulatory_label_publisher\` text,
  	\`version_regulatory_label_url\` text,
  	\`version_regulatory_label_revision_date\` text,
  	\`version_regulatory_provenance\` text DEFAULT 'added from the prescribing information',
  	\`version_regulatory_citation\` text,
  	\`version_regulatory_needs_reviewer_confirmation\` integer DEFAULT true,
  	\`version_safety_information_provenance\` text DEFAULT 'added from the prescribing information',
  	\`version_safety_information_citation\` text,
  	\`version_safety_information_needs_reviewer_confirmation\` integer DEFAULT true,
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
  	\`version_edited_by_id\` integer,
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
  	FOREIGN KEY (\`version_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__procedures_v\`("id", "parent_id", "version_image_id", "version_drug", "version_regulatory_label_title", "version_regulatory_label_publisher", "version_regulatory_label_url", "version_regulatory_label_revision_date", "version_regulatory_provenance", "version_regulatory_citation", "version_regulatory_needs_reviewer_confirmation", "version_safety_information_provenance", "version_safety_information_citation", "version_safety_information_needs_reviewer_confirmation", "version_onset_min", "version_onset_max", "version_onset_unit", "version_onset_wording", "version_full_effect_min", "version_full_effect_max", "version_full_effect_unit", "version_full_effect_wording", "version_retreatment_interval_min", "version_retreatment_interval_max", "version_retreatment_interval_unit", "version_retreatment_interval_wording", "version_downtime_required", "version_workflow_status", "version_last_reviewed", "version_next_review_due", "version_reviewed_by_id", "version_reviewer_name", "version_slug", "version_provenance_source_document", "version_provenance_source_section", "version_provenance_seed_hash", "version_edited_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_image_id", "version_drug", "version_regulatory_label_title", "version_regulatory_label_publisher", "version_regulatory_label_url", "version_regulatory_label_revision_date", "version_regulatory_provenance", "version_regulatory_citation", "version_regulatory_needs_reviewer_confirmation", "version_safety_information_provenance", "version_safety_information_citation", "version_safety_information_needs_reviewer_confirmation", "version_onset_min", "version_onset_max", "version_onset_unit", "version_onset_wording", "version_full_effect_min", "version_full_effect_max", "version_full_effect_unit", "version_full_effect_wording", "version_retreatment_interval_min", "version_retreatment_interval_max", "version_retreatment_interval_unit", "version_retreatment_interval_wording", "version_downtime_required", "version_workflow_status", "version_last_reviewed", "version_next_review_due", "version_reviewed_by_id", "version_reviewer_name", "version_slug", "version_provenance_source_document", "version_provenance_source_section", "version_provenance_seed_hash", "version_edited_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_procedures_v\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__procedures_v\` RENAME TO \`_procedures_v\`;`)
  await db.run(sql`CREATE INDEX \`_procedures_v_parent_idx\` ON \`_procedures_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_image_idx\` ON \`_procedures_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_workflow_status_idx\` ON \`_procedures_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_next_review_due_idx\` ON \`_procedures_v\` (\`version_next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_reviewed_by_idx\` ON \`_procedures_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_slug_idx\` ON \`_procedures_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_edited_by_idx\` ON \`_procedures_v\` (\`version_edited_by_id\`);`)
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
  await db.run(sql`ALTER TABLE \`syndication_events\` DROP COLUMN \`titles\`;`)
}
