// The dihedral group D5 multiplication table, the permutation table and the inverse table of
// Verhoeff's check-digit scheme, which SNOMED CT uses for the last digit of every identifier.
const multiply = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
const permute = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]

/** True when a string of digits ends in its correct Verhoeff check digit. */
export function hasValidVerhoeffCheckDigit(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false
  let check = 0
  const reversed = [...digits].reverse().map(Number)
  reversed.forEach((digit, position) => {
    check = multiply[check]![permute[position % 8]![digit]!]!
  })
  return check === 0
}

/**
 * A SNOMED CT identifier's shape: 6 to 18 digits, no leading zero, a partition identifier
 * (second- and third-last digits) of a concept, description or relationship, and a valid
 * Verhoeff check digit. Whether the concept exists is for a terminology server to say.
 */
export function isSnomedCtIdentifier(value: string): boolean {
  if (!/^[1-9]\d{5,17}$/.test(value)) return false
  return hasValidVerhoeffCheckDigit(value)
}
