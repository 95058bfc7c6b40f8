import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`conditions_codes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`system\` text,
  	\`code\` text,
  	\`display\` text,
  	\`status\` text DEFAULT 'proposed',
  	\`confirmed_by_id\` integer,
  	\`confirmed_at\` text,
  	FOREIGN KEY (\`confirmed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`conditions_codes_order_idx\` ON \`conditions_codes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`conditions_codes_parent_id_idx\` ON \`conditions_codes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`conditions_codes_code_idx\` ON \`conditions_codes\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`conditions_codes_confirmed_by_idx\` ON \`conditions_codes\` (\`confirmed_by_id\`);`)
  await db.run(sql`CREATE TABLE \`conditions_claim_flags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`locale\` text,
  	\`kind\` text,
  	\`match\` text,
  	\`phrase\` text,
  	\`reason\` text,
  	\`status\` text DEFAULT 'open',
  	\`acknowledged_by_id\` integer,
  	\`acknowledged_at\` text,
  	FOREIGN KEY (\`acknowledged_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`conditions_claim_flags_order_idx\` ON \`conditions_claim_flags\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`conditions_claim_flags_parent_id_idx\` ON \`conditions_claim_flags\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`conditions_claim_flags_acknowledged_by_idx\` ON \`conditions_claim_flags\` (\`acknowledged_by_id\`);`)
  await db.run(sql`CREATE TABLE \`_conditions_v_version_codes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`system\` text,
  	\`code\` text,
  	\`display\` text,
  	\`status\` text DEFAULT 'proposed',
  	\`confirmed_by_id\` integer,
  	\`confirmed_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`confirmed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_conditions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_codes_order_idx\` ON \`_conditions_v_version_codes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_codes_parent_id_idx\` ON \`_conditions_v_version_codes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_codes_code_idx\` ON \`_conditions_v_version_codes\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_codes_confirmed_by_idx\` ON \`_conditions_v_version_codes\` (\`confirmed_by_id\`);`)
  await db.run(sql`CREATE TABLE \`_conditions_v_version_claim_flags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`field\` text,
  	\`locale\` text,
  	\`kind\` text,
  	\`match\` text,
  	\`phrase\` text,
  	\`reason\` text,
  	\`status\` text DEFAULT 'open',
  	\`acknowledged_by_id\` integer,
  	\`acknowledged_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`acknowledged_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_conditions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_claim_flags_order_idx\` ON \`_conditions_v_version_claim_flags\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_claim_flags_parent_id_idx\` ON \`_conditions_v_version_claim_flags\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_claim_flags_acknowledged_by_idx\` ON \`_conditions_v_version_claim_flags\` (\`acknowledged_by_id\`);`)
  await db.run(sql`CREATE TABLE \`proc_approved_ind\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`proc_approved_ind_order_idx\` ON \`proc_approved_ind\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`proc_approved_ind_parent_id_idx\` ON \`proc_approved_ind\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`proc_approved_ind_locales\` (
  	\`indication\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`proc_approved_ind\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`proc_approved_ind_locales_locale_parent_id_unique\` ON \`proc_approved_ind_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`proc_approved_ind_locales_parent_lookup_idx\` ON \`proc_approved_ind_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`proc_contraind\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`proc_contraind_order_idx\` ON \`proc_contraind\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`proc_contraind_parent_id_idx\` ON \`proc_contraind\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`proc_contraind_locales\` (
  	\`contraindication\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`proc_contraind\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`proc_contraind_locales_locale_parent_id_unique\` ON \`proc_contraind_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`proc_contraind_locales_parent_lookup_idx\` ON \`proc_contraind_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`procedures_claim_flags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`locale\` text,
  	\`kind\` text,
  	\`match\` text,
  	\`phrase\` text,
  	\`reason\` text,
  	\`status\` text DEFAULT 'open',
  	\`acknowledged_by_id\` integer,
  	\`acknowledged_at\` text,
  	FOREIGN KEY (\`acknowledged_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procedures_claim_flags_order_idx\` ON \`procedures_claim_flags\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`procedures_claim_flags_parent_id_idx\` ON \`procedures_claim_flags\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_claim_flags_acknowledged_by_idx\` ON \`procedures_claim_flags\` (\`acknowledged_by_id\`);`)
  await db.run(sql`CREATE TABLE \`_proc_approved_ind_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_proc_approved_ind_v_order_idx\` ON \`_proc_approved_ind_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_proc_approved_ind_v_parent_id_idx\` ON \`_proc_approved_ind_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_proc_approved_ind_v_locales\` (
  	\`indication\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_proc_approved_ind_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_proc_approved_ind_v_locales_locale_parent_id_unique\` ON \`_proc_approved_ind_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_proc_approved_ind_v_locales_parent_lookup_idx\` ON \`_proc_approved_ind_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_proc_contraind_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_proc_contraind_v_order_idx\` ON \`_proc_contraind_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_proc_contraind_v_parent_id_idx\` ON \`_proc_contraind_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_proc_contraind_v_locales\` (
  	\`contraindication\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_proc_contraind_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_proc_contraind_v_locales_locale_parent_id_unique\` ON \`_proc_contraind_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_proc_contraind_v_locales_parent_lookup_idx\` ON \`_proc_contraind_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v_version_claim_flags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`field\` text,
  	\`locale\` text,
  	\`kind\` text,
  	\`match\` text,
  	\`phrase\` text,
  	\`reason\` text,
  	\`status\` text DEFAULT 'open',
  	\`acknowledged_by_id\` integer,
  	\`acknowledged_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`acknowledged_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_claim_flags_order_idx\` ON \`_procedures_v_version_claim_flags\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_claim_flags_parent_id_idx\` ON \`_procedures_v_version_claim_flags\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_claim_flags_acknowledged_by_idx\` ON \`_procedures_v_version_claim_flags\` (\`acknowledged_by_id\`);`)
  await db.run(sql`CREATE TABLE \`aftercare_steps_claim_flags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`locale\` text,
  	\`kind\` text,
  	\`match\` text,
  	\`phrase\` text,
  	\`reason\` text,
  	\`status\` text DEFAULT 'open',
  	\`acknowledged_by_id\` integer,
  	\`acknowledged_at\` text,
  	FOREIGN KEY (\`acknowledged_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`aftercare_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`aftercare_steps_claim_flags_order_idx\` ON \`aftercare_steps_claim_flags\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`aftercare_steps_claim_flags_parent_id_idx\` ON \`aftercare_steps_claim_flags\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`aftercare_steps_claim_flags_acknowledged_by_idx\` ON \`aftercare_steps_claim_flags\` (\`acknowledged_by_id\`);`)
  await db.run(sql`CREATE TABLE \`_aftercare_steps_v_version_claim_flags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`field\` text,
  	\`locale\` text,
  	\`kind\` text,
  	\`match\` text,
  	\`phrase\` text,
  	\`reason\` text,
  	\`status\` text DEFAULT 'open',
  	\`acknowledged_by_id\` integer,
  	\`acknowledged_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`acknowledged_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_aftercare_steps_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_aftercare_steps_v_version_claim_flags_order_idx\` ON \`_aftercare_steps_v_version_claim_flags\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_aftercare_steps_v_version_claim_flags_parent_id_idx\` ON \`_aftercare_steps_v_version_claim_flags\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_aftercare_steps_v_version_claim_flags_acknowledged_by_idx\` ON \`_aftercare_steps_v_version_claim_flags\` (\`acknowledged_by_id\`);`)
  await db.run(sql`CREATE TABLE \`faqs_claim_flags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text,
  	\`locale\` text,
  	\`kind\` text,
  	\`match\` text,
  	\`phrase\` text,
  	\`reason\` text,
  	\`status\` text DEFAULT 'open',
  	\`acknowledged_by_id\` integer,
  	\`acknowledged_at\` text,
  	FOREIGN KEY (\`acknowledged_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`faqs_claim_flags_order_idx\` ON \`faqs_claim_flags\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`faqs_claim_flags_parent_id_idx\` ON \`faqs_claim_flags\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_claim_flags_acknowledged_by_idx\` ON \`faqs_claim_flags\` (\`acknowledged_by_id\`);`)
  await db.run(sql`CREATE TABLE \`_faqs_v_version_claim_flags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`field\` text,
  	\`locale\` text,
  	\`kind\` text,
  	\`match\` text,
  	\`phrase\` text,
  	\`reason\` text,
  	\`status\` text DEFAULT 'open',
  	\`acknowledged_by_id\` integer,
  	\`acknowledged_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`acknowledged_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_faqs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_claim_flags_order_idx\` ON \`_faqs_v_version_claim_flags\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_claim_flags_parent_id_idx\` ON \`_faqs_v_version_claim_flags\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_claim_flags_acknowledged_by_idx\` ON \`_faqs_v_version_claim_flags\` (\`acknowledged_by_id\`);`)
  await db.run(sql`CREATE TABLE \`notification_log\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text NOT NULL,
  	\`subject\` text,
  	\`recipients\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`notification_log_key_idx\` ON \`notification_log\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`notification_log_updated_at_idx\` ON \`notification_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notification_log_created_at_idx\` ON \`notification_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`at\` text NOT NULL,
  	\`actor_id\` text,
  	\`actor_name\` text NOT NULL,
  	\`operation\` text NOT NULL,
  	\`document_collection\` text NOT NULL,
  	\`document_id\` text,
  	\`summary\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_at_idx\` ON \`audit_log\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_operation_idx\` ON \`audit_log\` (\`operation\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_document_collection_idx\` ON \`audit_log\` (\`document_collection\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_document_id_idx\` ON \`audit_log\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`audit_log_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_texts_order_parent\` ON \`audit_log_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_texts_parent_lookup_idx\` ON \`audit_log_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`conditions\` ADD \`indication_provenance\` text DEFAULT 'added from the prescribing information';`)
  await db.run(sql`ALTER TABLE \`conditions\` ADD \`indication_needs_reviewer_confirmation\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`conditions\` ADD \`edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`conditions_edited_by_idx\` ON \`conditions\` (\`edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_conditions_v\` ADD \`version_indication_provenance\` text DEFAULT 'added from the prescribing information';`)
  await db.run(sql`ALTER TABLE \`_conditions_v\` ADD \`version_indication_needs_reviewer_confirmation\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_conditions_v\` ADD \`version_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_version_edited_by_idx\` ON \`_conditions_v\` (\`version_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`regulatory_label_title\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`regulatory_label_publisher\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`regulatory_label_url\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`regulatory_label_revision_date\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`regulatory_provenance\` text DEFAULT 'added from the prescribing information';`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`regulatory_citation\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`regulatory_needs_reviewer_confirmation\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`safety_information_provenance\` text DEFAULT 'added from the prescribing information';`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`safety_information_citation\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`safety_information_needs_reviewer_confirmation\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`procedures_edited_by_idx\` ON \`procedures\` (\`edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`procedures_locales\` ADD \`regulatory_off_label_notice\` text;`)
  await db.run(sql`ALTER TABLE \`procedures_locales\` ADD \`safety_information_boxed_warning\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_regulatory_label_title\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_regulatory_label_publisher\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_regulatory_label_url\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_regulatory_label_revision_date\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_regulatory_provenance\` text DEFAULT 'added from the prescribing information';`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_regulatory_citation\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_regulatory_needs_reviewer_confirmation\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_safety_information_provenance\` text DEFAULT 'added from the prescribing information';`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_safety_information_citation\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_safety_information_needs_reviewer_confirmation\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_edited_by_idx\` ON \`_procedures_v\` (\`version_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_procedures_v_locales\` ADD \`version_regulatory_off_label_notice\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v_locales\` ADD \`version_safety_information_boxed_warning\` text;`)
  await db.run(sql`ALTER TABLE \`aftercare_steps\` ADD \`edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`aftercare_steps_edited_by_idx\` ON \`aftercare_steps\` (\`edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_aftercare_steps_v\` ADD \`version_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_aftercare_steps_v_version_version_edited_by_idx\` ON \`_aftercare_steps_v\` (\`version_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`faqs_edited_by_idx\` ON \`faqs\` (\`edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` ADD \`version_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_edited_by_idx\` ON \`_faqs_v\` (\`version_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`partners\` ADD \`include_unreviewed\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`syndication_events\` ADD \`last_reviewed\` text;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`notification_log_id\` integer REFERENCES notification_log(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audit_log_id\` integer REFERENCES audit_log(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notification_log_id_idx\` ON \`payload_locked_documents_rels\` (\`notification_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`conditions_codes\`;`)
  await db.run(sql`DROP TABLE \`conditions_claim_flags\`;`)
  await db.run(sql`DROP TABLE \`_conditions_v_version_codes\`;`)
  await db.run(sql`DROP TABLE \`_conditions_v_version_claim_flags\`;`)
  await db.run(sql`DROP TABLE \`proc_approved_ind\`;`)
  await db.run(sql`DROP TABLE \`proc_approved_ind_locales\`;`)
  await db.run(sql`DROP TABLE \`proc_contraind\`;`)
  await db.run(sql`DROP TABLE \`proc_contraind_locales\`;`)
  await db.run(sql`DROP TABLE \`procedures_claim_flags\`;`)
  await db.run(sql`DROP TABLE \`_proc_approved_ind_v\`;`)
  await db.run(sql`DROP TABLE \`_proc_approved_ind_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_proc_contraind_v\`;`)
  await db.run(sql`DROP TABLE \`_proc_contraind_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_claim_flags\`;`)
  await db.run(sql`DROP TABLE \`aftercare_steps_claim_flags\`;`)
  await db.run(sql`DROP TABLE \`_aftercare_steps_v_version_claim_flags\`;`)
  await db.run(sql`DROP TABLE \`faqs_claim_flags\`;`)
  await db.run(sql`DROP TABLE \`_faqs_v_version_claim_flags\`;`)
  await db.run(sql`DROP TABLE \`notification_log\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`audit_log_texts\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
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
  await db.run(sql`INSERT INTO \`__new_conditions\`("id", "image_id", "expected_relief_min", "expected_relief_max", "expected_relief_unit", "expected_relief_wording", "indication_status", "indication_reference", "workflow_status", "last_reviewed", "next_review_due", "reviewed_by_id", "reviewer_name", "slug", "provenance_source_document", "provenance_source_section", "provenance_seed_hash", "updated_at", "created_at", "_status") SELECT "id", "image_id", "expected_relief_min", "expected_relief_max", "expected_relief_unit", "expected_relief_wording", "indication_status", "indication_reference", "workflow_status", "last_reviewed", "next_review_due", "reviewed_by_id", "reviewer_name", "slug", "provenance_source_document", "provenance_source_section", "provenance_seed_hash", "updated_at", "created_at", "_status" FROM \`conditions\`;`)
  await db.run(sql`DROP TABLE \`conditions\`;`)
  await db.run(sql`ALTER TABLE \`__new_conditions\` RENAME TO \`conditions\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`conditions_image_idx\` ON \`conditions\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`conditions_workflow_status_idx\` ON \`conditions\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`conditions_next_review_due_idx\` ON \`conditions\` (\`next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`conditions_reviewed_by_idx\` ON \`conditions\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`conditions_slug_idx\` ON \`conditions\` (\`slug\`);`)
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
  await db.run(sql`INSERT INTO \`__new__conditions_v\`("id", "parent_id", "version_image_id", "version_expected_relief_min", "version_expected_relief_max", "version_expected_relief_unit", "version_expected_relief_wording", "version_indication_status", "version_indication_reference", "version_workflow_status", "version_last_reviewed", "version_next_review_due", "version_reviewed_by_id", "version_reviewer_name", "version_slug", "version_provenance_source_document", "version_provenance_source_section", "version_provenance_seed_hash", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_image_id", "version_expected_relief_min", "version_expected_relief_max", "version_expected_relief_unit", "version_expected_relief_wording", "version_indication_status", "version_indication_reference", "version_workflow_status", "version_last_reviewed", "version_next_review_due", "version_reviewed_by_id", "version_reviewer_name", "version_slug", "version_provenance_source_document", "version_provenance_source_section", "version_provenance_seed_hash", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_conditions_v\`;`)
  await db.run(sql`DROP TABLE \`_conditions_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__conditions_v\` RENAME TO \`_conditions_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_procedures\` (
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
  await db.run(sql`INSERT INTO \`__new_procedures\`("id", "image_id", "drug", "onset_min", "onset_max", "onset_unit", "onset_wording", "full_effect_min", "full_effect_max", "full_effect_unit", "full_effect_wording", "retreatment_interval_min", "retreatment_interval_max", "retreatment_interval_unit", "retreatment_interval_wording", "downtime_required", "workflow_status", "last_reviewed", "next_review_due", "reviewed_by_id", "reviewer_name", "slug", "provenance_source_document", "provenance_source_section", "provenance_seed_hash", "updated_at", "created_at", "_status") SELECT "id", "image_id", "drug", "onset_min", "onset_max", "onset_unit", "onset_wording", "full_effect_min", "full_effect_max", "full_effect_unit", "full_effect_wording", "retreatment_interval_min", "retreatment_interval_max", "retreatment_interval_unit", "retreatment_interval_wording", "downtime_required", "workflow_status", "last_reviewed", "next_review_due", "reviewed_by_id", "reviewer_name", "slug", "provenance_source_document", "provenance_source_section", "provenance_seed_hash", "updated_at", "created_at", "_status" FROM \`procedures\`;`)
  await db.run(sql`DROP TABLE \`procedures\`;`)
  await db.run(sql`ALTER TABLE \`__new_procedures\` RENAME TO \`procedures\`;`)
  await db.run(sql`CREATE INDEX \`procedures_image_idx\` ON \`procedures\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_workflow_status_idx\` ON \`procedures\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`procedures_next_review_due_idx\` ON \`procedures\` (\`next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`procedures_reviewed_by_idx\` ON \`procedures\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`procedures_slug_idx\` ON \`procedures\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`procedures_updated_at_idx\` ON \`procedures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`procedures_created_at_idx\` ON \`procedures\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`procedures__status_idx\` ON \`procedures\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_createdAt_1_idx\` ON \`procedures\` (\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__procedures_v\` (
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
  await db.run(sql`INSERT INTO \`__new__procedures_v\`("id", "parent_id", "version_image_id", "version_drug", "version_onset_min", "version_onset_max", "version_onset_unit", "version_onset_wording", "version_full_effect_min", "version_full_effect_max", "version_full_effect_unit", "version_full_effect_wording", "version_retreatment_interval_min", "version_retreatment_interval_max", "version_retreatment_interval_unit", "version_retreatment_interval_wording", "version_downtime_required", "version_workflow_status", "version_last_reviewed", "version_next_review_due", "version_reviewed_by_id", "version_reviewer_name", "version_slug", "version_provenance_source_document", "version_provenance_source_section", "version_provenance_seed_hash", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_image_id", "version_drug", "version_onset_min", "version_onset_max", "version_onset_unit", "version_onset_wording", "version_full_effect_min", "version_full_effect_max", "version_full_effect_unit", "version_full_effect_wording", "version_retreatment_interval_min", "version_retreatment_interval_max", "version_retreatment_interval_unit", "version_retreatment_interval_wording", "version_downtime_required", "version_workflow_status", "version_last_reviewed", "version_next_review_due", "version_reviewed_by_id", "version_reviewer_name", "version_slug", "version_provenance_source_document", "version_provenance_source_section", "version_provenance_seed_hash", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_procedures_v\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__procedures_v\` RENAME TO \`_procedures_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_aftercare_steps\` (
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
  await db.run(sql`INSERT INTO \`__new_aftercare_steps\`("id", "procedure_id", "order", "timeframe_min", "timeframe_max", "timeframe_unit", "timeframe_wording", "likelihood", "workflow_status", "last_reviewed", "next_review_due", "reviewed_by_id", "reviewer_name", "slug", "provenance_source_document", "provenance_source_section", "provenance_seed_hash", "updated_at", "created_at", "_status") SELECT "id", "procedure_id", "order", "timeframe_min", "timeframe_max", "timeframe_unit", "timeframe_wording", "likelihood", "workflow_status", "last_reviewed", "next_review_due", "reviewed_by_id", "reviewer_name", "slug", "provenance_source_document", "provenance_source_section", "provenance_seed_hash", "updated_at", "created_at", "_status" FROM \`aftercare_steps\`;`)
  await db.run(sql`DROP TABLE \`aftercare_steps\`;`)
  await db.run(sql`ALTER TABLE \`__new_aftercare_steps\` RENAME TO \`aftercare_steps\`;`)
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
  await db.run(sql`CREATE TABLE \`__new__aftercare_steps_v\` (
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
  await db.run(sql`INSERT INTO \`__new__aftercare_steps_v\`("id", "parent_id", "version_procedure_id", "version_order", "version_timeframe_min", "version_timeframe_max", "version_timeframe_unit", "version_timeframe_wording", "version_likelihood", "version_workflow_status", "version_last_reviewed", "version_next_review_due", "version_reviewed_by_id", "version_reviewer_name", "version_slug", "version_provenance_source_document", "version_provenance_source_section", "version_provenance_seed_hash", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_procedure_id", "version_order", "version_timeframe_min", "version_timeframe_max", "version_timeframe_unit", "version_timeframe_wording", "version_likelihood", "version_workflow_status", "version_last_reviewed", "version_next_review_due", "version_reviewed_by_id", "version_reviewer_name", "version_slug", "version_provenance_source_document", "version_provenance_source_section", "version_provenance_seed_hash", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_aftercare_steps_v\`;`)
  await db.run(sql`DROP TABLE \`_aftercare_steps_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__aftercare_steps_v\` RENAME TO \`_aftercare_steps_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_faqs\` (
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
  await db.run(sql`INSERT INTO \`__new_faqs\`("id", "order", "workflow_status", "last_reviewed", "next_review_due", "reviewed_by_id", "reviewer_name", "slug", "provenance_source_document", "provenance_source_section", "provenance_seed_hash", "updated_at", "created_at", "_status") SELECT "id", "order", "workflow_status", "last_reviewed", "next_review_due", "reviewed_by_id", "reviewer_name", "slug", "provenance_source_document", "provenance_source_section", "provenance_seed_hash", "updated_at", "created_at", "_status" FROM \`faqs\`;`)
  await db.run(sql`DROP TABLE \`faqs\`;`)
  await db.run(sql`ALTER TABLE \`__new_faqs\` RENAME TO \`faqs\`;`)
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
  await db.run(sql`CREATE TABLE \`__new__faqs_v\` (
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
  await db.run(sql`INSERT INTO \`__new__faqs_v\`("id", "parent_id", "version_order", "version_workflow_status", "version_last_reviewed", "version_next_review_due", "version_reviewed_by_id", "version_reviewer_name", "version_slug", "version_provenance_source_document", "version_provenance_source_section", "version_provenance_seed_hash", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_order", "version_workflow_status", "version_last_reviewed", "version_next_review_due", "version_reviewed_by_id", "version_reviewer_name", "version_slug", "version_provenance_source_document", "version_provenance_source_section", "version_provenance_seed_hash", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_faqs_v\`;`)
  await db.run(sql`DROP TABLE \`_faqs_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__faqs_v\` RENAME TO \`_faqs_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "conditions_id", "procedures_id", "aftercare_steps_id", "faqs_id", "media_id", "users_id", "partners_id", "partner_keys_id", "syndication_events_id", "webhook_deliveries_id") SELECT "id", "order", "parent_id", "path", "conditions_id", "procedures_id", "aftercare_steps_id", "faqs_id", "media_id", "users_id", "partners_id", "partner_keys_id", "syndication_events_id", "webhook_deliveries_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
  await db.run(sql`ALTER TABLE \`procedures_locales\` DROP COLUMN \`regulatory_off_label_notice\`;`)
  await db.run(sql`ALTER TABLE \`procedures_locales\` DROP COLUMN \`safety_information_boxed_warning\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v_locales\` DROP COLUMN \`version_regulatory_off_label_notice\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v_locales\` DROP COLUMN \`version_safety_information_boxed_warning\`;`)
  await db.run(sql`ALTER TABLE \`partners\` DROP COLUMN \`include_unreviewed\`;`)
  await db.run(sql`ALTER TABLE \`syndication_events\` DROP COLUMN \`last_reviewed\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
