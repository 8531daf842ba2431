// The public Satisfaction Survey page (issue 8): no sign-in, phone first.
import type id from './id'

const en: typeof id = {
  title: 'Public Satisfaction Survey',
  intro: 'Help us improve the service. This survey is anonymous: your name and address are not recorded.',
  loading: 'Loading the survey…',
  unknownUnit: 'This service unit was not found. Please check the address or the QR code you scanned.',
  loadFailed: 'The survey could not be loaded.',
  retry: 'Try again',
  progress: '{answered} of {total} questions answered',
  questionLabel: 'Question {n}',
  skipHint: 'Questions left unanswered are not counted.',
  about: {
    title: 'About you (optional)',
    sex: 'Sex',
    age: 'Age (years)',
    education: 'Highest education',
    occupation: 'Occupation',
    none: '— Not given —',
  },
  suggestion: {
    label: 'Suggestions (optional)',
    count: '{count}/{max} characters',
  },
  submit: 'Send my answers',
  submitting: 'Sending…',
  needOne: 'Please answer at least one question before sending.',
  ageRange: 'The age must be between {min} and {max} years.',
  tooLong: 'The suggestion may have at most {max} characters.',
  tooMany: 'Too many answers from this device within an hour. Please try again later.',
  fieldError: 'Please check {field}: {message}',
  period: 'Survey period: {nama} ({dates})',
  closed: {
    title: 'The survey of this unit is closed.',
    next: 'Next period: {nama} ({dates}).',
    none: 'There is no next period yet.',
    body: 'Thank you for your willingness. Please come back in the next survey period.',
  },
  thanks: {
    title: 'Thank you!',
    body: 'Your answers for {unit} were received and will be used to improve the service.',
    again: 'Answer again (next respondent)',
  },
}

export default en
