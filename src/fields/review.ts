import type { FieldHook, SelectField, Tab } from 'payload'

import { hasRole } from '../access/roles'
import { isStaffField } from '../access/isStaffField'
import { reviewerOrAdminField } from '../access/reviewerOrAdmin'
import { reviewDateDisplayFormat } from '../admin/describeReviewDue'
import { computedFrom } from './computedFrom'
import { now } from '../lib/clock'
import { reviewStatusOf, reviewStatuses } from '../workflow/reviewStatus'

const nobodyWrites = () => false

/**
 * A copy of a page is a new page nobody has reviewed: it does not carry the original's review
 * record (the reviewer's name would otherwise go out with text they never saw). A fresh object per
 * field: Payload's sanitising may add to a field's hooks.
 */
const notCopied = () => ({ beforeDuplicate: [() => null] })

type SelectFieldFilterOptions = NonNullable<SelectField['filterOptions']>

/**
 * Editors cannot publish, so the admin does not offer them "Published" (the server turned it back
 * silently). A document that is already published keeps the option, so its value stays valid.
 */
const workflowOptionsFor: SelectFieldFilterOptions = ({ options, req, siblingData }) =>
  hasRole(req.user, 'admin', 'reviewer') ||
  (siblingData as { workflowStatus?: unknown } | undefined)?.workflowStatus === 'published'
    ? options
    : options.filter(
        (option) => (typeof option === 'string' ? option : option.value) !== 'published',
      )

const computeReviewStatus: FieldHook = ({ siblingData }) =>
  reviewStatusOf(siblingData?.nextReviewDue, now())

/**
 * The clinical review of a treatment document: where it is in draft → in review → published, who
 * approved it and when, and when it must be looked at again. The record is written by the
 * recordReview hook when a reviewer publishes; nobody types it in.
 */
export const reviewTab: Tab = {
  label: 'Review',
  description:
    'Medical text goes live only after a clinician reviews it. Editors save drafts and set Workflow to "In review"; a reviewer checks the text and presses Publish.',
  fields: [
    {
      name: 'workflowStatus',
      label: 'Workflow',
      type: 'select',
      defaultValue: 'draft',
      index: true,
      options: [
        { label: 'Draft', value: 'draft' },
        { label: 'In review (ready for a clinician)', value: 'in-review' },
        { label: 'Published', value: 'published' },
      ],
      filterOptions: workflowOptionsFor,
      admin: {
        description:
          'Choose "In review" and save the draft when your text is ready for a clinician. It becomes "Published" when a reviewer publishes.',
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'lastReviewed',
          hooks: notCopied(),
          label: 'Last reviewed',
          type: 'date',
          access: { create: nobodyWrites, update: nobodyWrites },
          admin: {
            readOnly: true,
            date: { pickerAppearance: 'dayOnly', displayFormat: reviewDateDisplayFormat },
            description: 'Set when a reviewer publishes. Empty: no clinician has reviewed it yet.',
          },
        },
        {
          name: 'nextReviewDue',
          hooks: notCopied(),
          label: 'Next review due',
          type: 'date',
          index: true,
          access: { create: reviewerOrAdminField, update: reviewerOrAdminField },
          admin: {
            date: { pickerAppearance: 'dayOnly', displayFormat: reviewDateDisplayFormat },
            description:
              'Set to 12 months after each review. A reviewer may pick another date before publishing.',
            components: {
              afterInput: ['/src/admin/ReviewDueNote#ReviewDueNote'],
              Cell: '/src/admin/ReviewDueCell#ReviewDueCell',
            },
          },
        },
        {
          name: 'reviewStatus',
          label: 'Review status',
          type: 'select',
          virtual: true,
          options: reviewStatuses.map((status) => ({
            label: { current: 'Current', due: 'Due within 30 days', overdue: 'Overdue' }[status],
            value: status,
          })),
          hooks: { afterRead: [computeReviewStatus] },
          custom: computedFrom('nextReviewDue'),
          admin: {
            readOnly: true,
            description:
              'Worked out from the next review date: current, due within 30 days, or overdue.',
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'reviewedBy',
          hooks: notCopied(),
          label: 'Reviewed by',
          type: 'relationship',
          relationTo: 'users',
          // The public sees the reviewer's name below, never their account.
          access: { read: isStaffField, create: nobodyWrites, update: nobodyWrites },
          admin: { readOnly: true, description: 'The clinician who last published it.' },
        },
        {
          name: 'reviewerName',
          hooks: notCopied(),
          label: 'Reviewer name shown to the public',
          type: 'text',
          access: { create: nobodyWrites, update: nobodyWrites },
          admin: {
            readOnly: true,
            description: 'Copied from the reviewer’s profile name when they publish.',
          },
        },
      ],
    },
  ],
}
