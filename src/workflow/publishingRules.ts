import type { Role } from '../access/roles'

/**
 * Who may do what to treatment content: the one table the hooks, the access functions, the tests
 * and docs/editors.md all follow. Editors write drafts; what patients and partners see changes only
 * by a clinician reviewer's (or an admin's) hand.
 */
export const publishingActions = [
  'create',
  'save-draft',
  'submit-for-review',
  'publish',
  'unpublish',
  'schedule',
  'cancel-schedule',
  'restore-version',
  'duplicate',
  'discard-draft',
  'delete-never-published',
  'delete-published',
  'replace-media-in-use',
  'delete-media-in-use',
] as const
export type PublishingAction = (typeof publishingActions)[number]

/** `as-draft`: allowed, but only as a new draft; the published document stays as it is. */
export type Permission = 'yes' | 'no' | 'as-draft'

export type PublishingRule = {
  action: PublishingAction
  /** How the action reads in docs/editors.md. */
  label: string
  editor: Permission
  reviewer: Permission
  admin: Permission
  /** The 403 message, saying who may do it and what to do instead. */
  refusal: string
}

const reviewersOnly = (what: string, instead: string) =>
  `Only a clinician reviewer or an admin can ${what}. ${instead}`

export const publishingRules: readonly PublishingRule[] = [
  {
    action: 'create',
    label: 'Create a document (as a draft)',
    editor: 'yes',
    reviewer: 'yes',
    admin: 'yes',
    refusal: 'Sign in as clinic staff to create content.',
  },
  {
    action: 'save-draft',
    label: 'Save a draft (also autosave)',
    editor: 'yes',
    reviewer: 'yes',
    admin: 'yes',
    refusal: 'Sign in as clinic staff to save drafts.',
  },
  {
    action: 'submit-for-review',
    label: 'Submit for review (Workflow: In review)',
    editor: 'yes',
    reviewer: 'yes',
    admin: 'yes',
    refusal: 'Sign in as clinic staff to submit drafts for review.',
  },
  {
    action: 'publish',
    label: 'Publish, or change the published text',
    editor: 'no',
    reviewer: 'yes',
    admin: 'yes',
    refusal: reviewersOnly(
      'publish',
      'Save your changes as a draft and set "Workflow" to "In review" so a reviewer can approve and publish them.',
    ),
  },
  {
    action: 'unpublish',
    label: 'Unpublish',
    editor: 'no',
    reviewer: 'yes',
    admin: 'yes',
    refusal: reviewersOnly('unpublish a page', 'Ask a reviewer to take it down.'),
  },
  {
    action: 'schedule',
    label: 'Schedule a publish or unpublish',
    editor: 'no',
    reviewer: 'yes',
    admin: 'yes',
    refusal: reviewersOnly(
      'schedule a publish or unpublish',
      'Set "Workflow" to "In review" and a reviewer will schedule it.',
    ),
  },
  {
    action: 'cancel-schedule',
    label: 'Cancel a scheduled publish or unpublish',
    editor: 'no',
    reviewer: 'yes',
    admin: 'yes',
    refusal: reviewersOnly(
      'cancel a scheduled publish or unpublish',
      'Ask the reviewer who scheduled it.',
    ),
  },
  {
    action: 'restore-version',
    label: 'Restore an earlier version',
    editor: 'as-draft',
    reviewer: 'yes',
    admin: 'yes',
    refusal: reviewersOnly(
      'restore a version onto the published page',
      'Restore it as a draft; a reviewer then publishes it.',
    ),
  },
  {
    action: 'duplicate',
    label: 'Duplicate a document',
    editor: 'as-draft',
    reviewer: 'yes',
    admin: 'yes',
    refusal: reviewersOnly(
      'publish a copy of a page',
      'The copy is saved as a draft; a reviewer then publishes it.',
    ),
  },
  {
    action: 'discard-draft',
    label: 'Discard your draft (Revert to published)',
    editor: 'yes',
    reviewer: 'yes',
    admin: 'yes',
    refusal: 'Sign in as clinic staff to discard drafts.',
  },
  {
    action: 'delete-never-published',
    label: 'Delete a document that was never published',
    editor: 'yes',
    reviewer: 'yes',
    admin: 'yes',
    refusal: 'Sign in as clinic staff to delete drafts.',
  },
  {
    action: 'delete-published',
    label: 'Delete a document that is or was published',
    editor: 'no',
    reviewer: 'yes',
    admin: 'yes',
    refusal: reviewersOnly(
      'delete a page that has been published',
      'Ask a reviewer to unpublish or delete it.',
    ),
  },
  {
    action: 'replace-media-in-use',
    label: 'Change an image a published page uses',
    editor: 'no',
    reviewer: 'yes',
    admin: 'yes',
    refusal: reviewersOnly(
      'change an image a published page uses (its file, crop, focal point, alternative text or caption)',
      'Upload a new image and choose it in a draft instead.',
    ),
  },
  {
    action: 'delete-media-in-use',
    label: 'Delete an image a published page uses',
    editor: 'no',
    reviewer: 'no',
    admin: 'no',
    refusal:
      'No one can delete an image while a published page uses it, not even a reviewer or an admin: choose another image on those pages and publish them first.',
  },
]

export const ruleFor = (action: PublishingAction): PublishingRule =>
  publishingRules.find((rule) => rule.action === action)!

/** The most a user with these roles may do; `no` for anyone without a staff role. */
export function permissionOf(roles: readonly Role[], action: PublishingAction): Permission {
  const rule = ruleFor(action)
  const held = roles.map((role) => rule[role])
  if (held.includes('yes')) return 'yes'
  if (held.includes('as-draft')) return 'as-draft'
  return 'no'
}

export const refusalFor = (action: PublishingAction): string => ruleFor(action).refusal

const permissionWords: Record<Permission, string> = {
  yes: 'yes',
  no: 'no',
  'as-draft': 'only as a new draft',
}

/** The table's rows as docs/editors.md shows them: action, editor, reviewer, admin. */
export const rulesTableRows = (): string[][] =>
  publishingRules.map((rule) => [
    rule.label,
    permissionWords[rule.editor],
    permissionWords[rule.reviewer],
    permissionWords[rule.admin],
  ])
