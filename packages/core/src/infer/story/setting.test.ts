import { describe, expect, it } from 'vitest'
import { WorkText } from '../work-text.js'
import { readSetting } from './setting.js'

describe('readSetting: the workplace words a story has', () => {
  const cases: [text: string, workWords: number, first?: string][] = [
    ['The patient in four needs a consult. Page the attending; the nurses have the chart.', 5, 'attending'],
    ['Patients, patients, patients: the hospital never sleeps.', 4, 'patient'],
    ['She made breakfast in the kitchen and read on the couch.', 0],
    ['The charter boat left the harbour.', 0],
  ]
  it.each(cases)('%s', (text, workWords, first) => {
    const setting = readSetting(new WorkText([text]))
    expect(setting.workWords).toBe(workWords)
    expect(setting.work[0]?.phrase).toBe(first)
  })
})
