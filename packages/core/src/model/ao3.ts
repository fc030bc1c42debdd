/**
 * AO3's fixed tag sets. Works on every archive we imitate use exactly these spellings, so they are
 * closed enums rather than vocabulary entries.
 * @module
 */

export const RATINGS = [
  'General Audiences',
  'Teen And Up Audiences',
  'Mature',
  'Explicit',
  'Not Rated',
] as const
export type Rating = (typeof RATINGS)[number]

export const WARNINGS = [
  'Creator Chose Not To Use Archive Warnings',
  'No Archive Warnings Apply',
  'Graphic Depictions Of Violence',
  'Major Character Death',
  'Rape/Non-Con',
  'Underage Sex',
] as const
export type Warning = (typeof WARNINGS)[number]

export const CATEGORIES = ['F/F', 'F/M', 'Gen', 'M/M', 'Multi', 'Other'] as const
export type Category = (typeof CATEGORIES)[number]
