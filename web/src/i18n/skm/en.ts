// Public satisfaction survey dashboard (issue 8): IKM per service unit and agency, QR posters.
export default {
  title: 'Public Satisfaction Survey',
  intro: 'The public satisfaction index (IKM, Permenpan RB 14/2017) of every service unit and agency. Print a poster with a QR code so that the public can answer the survey on their phones.',
  filters: {
    legend: 'Filter',
    year: 'Year',
    allYears: 'All years',
    agency: 'Agency',
    allAgencies: 'All agencies',
  },
  agencies: {
    title: 'IKM per agency',
    units: '{count} service units',
    pooled: "An agency's IKM is computed from every answer of its units.",
  },
  units: {
    title: 'Service units',
    count: '({count} units)',
    col: {
      unit: 'Service unit',
      agency: 'Agency',
      respondents: 'Respondents',
      index: 'IKM score',
      grade: 'Service quality',
      actions: 'Actions',
    },
    poster: 'QR poster (PDF)',
    posterFor: 'QR poster of unit {unit} (PDF)',
    open: 'Open survey',
    openFor: 'Open the survey page of unit {unit}',
    empty: 'No service units yet. Import the service units first.',
  },
  noAnswers: 'No answers yet',
  incomplete: 'Incomplete',
  incompleteHint: 'An element has never been answered, so the IKM cannot be computed yet.',
  respondents: '{count} respondents',
  loadFailed: 'The survey data could not be loaded.',
}
