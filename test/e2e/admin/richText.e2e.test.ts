import { describe, expect, test } from 'vitest'

import { tokenFor } from './api'
import { idBySlug, roleNames, screenshot, settle, signIn, useAdminSuite } from './session'

const suite = useAdminSuite()
/** Each role edits a different FAQ, so none finds another's text. */
const faqFor = {
  admin: 'how-long-do-injections-last',
  reviewer: 'is-there-downtime',
  editor: 'does-insurance-cover',
}

/** The node types of a FAQ's latest draft answer, read back over REST. */
async function answerNodeTypes(baseUrl: string, id: number | string): Promise<string[]> {
  const response = await fetch(`${baseUrl}/api/faqs/${id}?draft=true&depth=0`, {
    headers: { authorization: `JWT ${await tokenFor(baseUrl, 'admin')}` },
  })
  const doc = (await response.json()) as { answer: { root: { children: { type: string }[] } } }
  return doc.answer.root.children.map((node) => node.type)
}

/**
 * The write checks refuse rich-text nodes the field's editor does not have
 * (src/writes/lexicalShape.ts): what the admin's own editor makes must still save.
 */
describe.each(roleNames)('rich text for an %s', (role) => {
  test('should save a heading, a list and a quote written in the admin editor', async () => {
    const { page, server } = suite
    await signIn(page, server.baseUrl, role)
    const id = await idBySlug(server.baseUrl, 'faqs', faqFor[role])
    await page.goto(`${server.baseUrl}/admin/collections/faqs/${id}`)
    await settle(page)
    const editor = page.locator('[data-lexical-editor="true"][contenteditable="true"]').first()
    await editor.click()
    await page.keyboard.press('Control+End')
    await page.keyboard.press('Enter')
    // Lexical's Markdown shortcuts, as an editor types them.
    await page.keyboard.type(`## Written by the ${role}`)
    await page.keyboard.press('Enter')
    await page.keyboard.type('> A quoted line')
    await page.keyboard.press('Enter')
    await page.keyboard.type('- First point')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Second point')
    await screenshot(page, `${role}-rich-text-typed`)
    await page.locator('#action-save-draft').click()
    await page
      .getByText(/draft saved|saved successfully/i)
      .first()
      .waitFor()
    await settle(page)
    const types = await answerNodeTypes(server.baseUrl, id)
    expect(types).toEqual(expect.arrayContaining(['heading', 'list', 'quote']))
  })
})
